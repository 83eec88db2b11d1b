"""Which columns of a bank's CSV export hold what, and the headers of common exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.payments.statements import StatementError

_COLUMNS = (
    "date", "amount", "currency", "variable_symbol", "reference", "counterparty", "message",
    "counterparty_account", "bank_code",
)  # fmt: skip


@dataclass(frozen=True)
class CsvMapping:
    """Which header names hold what. Optional columns are None; names match case-insensitively."""

    date: str
    amount: str
    currency: str | None = None
    variable_symbol: str | None = None
    reference: str | None = None  # the bank's unique id of the transaction
    counterparty: str | None = None
    message: str | None = None
    counterparty_account: str | None = None
    bank_code: str | None = None  # joined to the account as “number/code” when it has none
    date_format: str = "%d.%m.%Y"
    decimal_separator: str = ","
    default_currency: str | None = None  # for files without a currency column

    def __post_init__(self) -> None:
        if self.decimal_separator not in {",", "."}:
            raise StatementError("The decimal separator must be “,” or “.”.")
        if not self.currency and not self.default_currency:
            raise StatementError("Choose a currency column or the currency of the account.")

    def columns(self) -> dict[str, str]:
        """Field → header name, for the columns this mapping uses."""
        return {name: getattr(self, name) for name in _COLUMNS if getattr(self, name)}


def mapping_from_columns(
    items: Sequence[str],
    date_format: str = "%d.%m.%Y",
    decimal_separator: str = ",",
    default_currency: str | None = None,
) -> CsvMapping:
    """A mapping from “FIELD=HEADER” items as a person writes them (the CLI's --column)."""
    columns: dict[str, str] = {}
    for item in items:
        field, sign, header = item.partition("=")
        field = field.strip().lower()
        if not sign or not field or not header.strip():
            raise StatementError(
                "“{item}” is not FIELD=HEADER (for example amount=Objem).", item=item
            )
        if field not in _COLUMNS:
            raise StatementError(
                "“{field}” is not a column of a statement; use {fields}.",
                field=field,
                fields=", ".join(_COLUMNS),
            )
        columns[field] = header.strip()
    for required in ("date", "amount"):
        if required not in columns:
            raise StatementError(
                "Say which column holds the {field} (FIELD=HEADER, e.g. {field}=…).",
                field=required,
            )
    return CsvMapping(
        **columns,
        date_format=date_format,
        decimal_separator=decimal_separator,
        default_currency=default_currency,
    )


# Header names of common exports, the preferred name first. Fio: “ID pohybu;Datum;Objem;Měna;
# Protiúčet;Název protiúčtu;Kód banky;…;VS;…;Zpráva pro příjemce;…”.
_CZECH = {
    "date": ["datum", "datum zaúčtování", "datum pohybu", "datum provedení"],
    "amount": ["objem", "částka", "částka v měně účtu"],
    "currency": ["měna", "měna účtu"],
    "variable_symbol": ["vs", "variabilní symbol"],
    "reference": ["id pohybu", "id operace", "id transakce"],
    "counterparty": ["název protiúčtu", "protistrana", "název protistrany"],
    "message": ["zpráva pro příjemce", "zpráva", "popis", "poznámka"],
    "counterparty_account": ["protiúčet", "číslo protiúčtu", "účet protistrany"],
    "bank_code": ["kód banky"],
}
_ENGLISH = {
    "date": ["date", "booking date", "booked on"],
    "amount": ["amount"],
    "currency": ["currency"],
    "variable_symbol": ["variable symbol", "vs"],
    "reference": ["reference", "transaction id", "id"],
    "counterparty": ["counterparty", "counterparty name", "payer", "name"],
    "message": ["message", "description", "details", "remittance information"],
    "counterparty_account": ["counterparty account", "payer account", "account"],
    "bank_code": ["bank code"],
}


def guess_csv_mapping(header: Sequence[str]) -> CsvMapping | None:
    """A mapping for a known header row (Fio and other Czech exports, generic English), or None."""
    present = {header_key(name): name.strip().lstrip("\ufeff") for name in header}
    for names, date_format, separator, currency in (
        (_CZECH, "%d.%m.%Y", ",", "CZK"),
        (_ENGLISH, "%Y-%m-%d", ".", None),
    ):
        found = {
            field: next((present[n] for n in synonyms if n in present), None)
            for field, synonyms in names.items()
        }
        date_column, amount_column = found["date"], found["amount"]
        if date_column and amount_column and (found["currency"] or currency):
            return CsvMapping(
                date_column,
                amount_column,
                currency=found["currency"],
                variable_symbol=found["variable_symbol"],
                reference=found["reference"],
                counterparty=found["counterparty"],
                message=found["message"],
                counterparty_account=found["counterparty_account"],
                bank_code=found["bank_code"],
                date_format=date_format,
                decimal_separator=separator,
                default_currency=None if found["currency"] else currency,
            )
    return None


def header_key(name: str) -> str:
    """A column name as it is compared: without BOM, case or extra spaces."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()
