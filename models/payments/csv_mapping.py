"""Which columns of a bank's CSV export hold what, and the headers of common exports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from models.payments.bank_csv_layouts import LAYOUTS, BankLayout
from models.payments.statements import StatementError

_COLUMNS = (
    "date", "amount", "currency", "variable_symbol", "reference", "counterparty", "message",
    "counterparty_account", "bank_code", "account",
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
    account: str | None = None  # the own account the row is for (IBAN or number), if stated
    date_format: str = "%d.%m.%Y"
    decimal_separator: str = ","
    default_currency: str | None = None  # for files without a currency column
    bank: str | None = None  # the bank whose known export this is; None for a user's mapping
    unbooked_without_date: bool = False  # a row without a date is pending (Air Bank's cards)

    def __post_init__(self) -> None:
        if self.decimal_separator not in {",", "."}:
            raise StatementError("The decimal separator must be “,” or “.”.")
        if not self.currency and not self.default_currency:
            raise StatementError("Choose a currency column or the currency of the account.")

    def columns(self) -> dict[str, str]:
        """Field → header name, for the columns this mapping uses."""
        return {name: getattr(self, name) for name in _COLUMNS if getattr(self, name)}

    @property
    def format_name(self) -> str:
        """What a file read with this mapping is called: “CSV (Air Bank)”, or “CSV”."""
        return f"CSV ({self.bank})" if self.bank else "CSV"


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
    return _mapping(columns, date_format, decimal_separator, default_currency)


def _mapping(
    columns: Mapping[str, str | None],
    date_format: str,
    decimal_separator: str,
    default_currency: str | None,
    bank: str | None = None,
    unbooked_without_date: bool = False,
) -> CsvMapping:
    return CsvMapping(
        date=columns.get("date") or "",
        amount=columns.get("amount") or "",
        currency=columns.get("currency"),
        variable_symbol=columns.get("variable_symbol"),
        reference=columns.get("reference"),
        counterparty=columns.get("counterparty"),
        message=columns.get("message"),
        counterparty_account=columns.get("counterparty_account"),
        bank_code=columns.get("bank_code"),
        account=columns.get("account"),
        date_format=date_format,
        decimal_separator=decimal_separator,
        default_currency=default_currency,
        bank=bank,
        unbooked_without_date=unbooked_without_date,
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
    """A mapping for a known header row (a bank's export, generic Czech or English), or None."""
    present = {header_key(name): name.strip().lstrip("\ufeff") for name in header}
    layout = bank_layout(present)
    if layout is not None:
        columns = {field: present[header_key(name)] for field, name in layout.columns.items()}
        own = [present[header_key(n)] for n in layout.account_columns if header_key(n) in present]
        return _mapping(
            {**columns, "account": own[0] if own else None},
            layout.date_format,
            layout.decimal_separator,
            layout.default_currency,
            layout.bank,
            layout.unbooked_without_date,
        )
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
            return _mapping(found, date_format, separator, None if found["currency"] else currency)
    return None


def bank_layout(present: dict[str, str]) -> BankLayout | None:
    """The known export whose columns the header holds (the one naming most of them)."""
    found = [
        layout
        for layout in LAYOUTS
        if all(header_key(name) in present for name in layout.columns.values())
    ]
    return max(found, key=lambda layout: len(layout.columns), default=None)


def header_key(name: str) -> str:
    """A column name as it is compared: without BOM, case or extra spaces."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()
