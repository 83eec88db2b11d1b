"""A Fio-style CSV export for tests: the account preamble, the header row, and rows."""

from __future__ import annotations

from models.payments.statement_csv import CsvMapping

FIO_HEADER = (
    '"ID pohybu";"Datum";"Objem";"Měna";"Protiúčet";"Název protiúčtu";"Kód banky";"Název banky";'
    '"KS";"VS";"SS";"Uživatelská identifikace";"Zpráva pro příjemce";"Typ";"Provedl";'
    '"Upřesnění";"Komentář";"BIC";"ID pokynu"'
)
FIO_PREAMBLE = '"accountId";"2000145399"\n"bankId";"2010"\n"currency";"CZK"\n\n'


def fio_row(
    movement: str,
    day: str,
    amount: str,
    *,
    account: str = "",
    name: str = "",
    bank: str = "",
    symbol: str = "",
    message: str = "",
) -> str:
    """One quoted row of the 19 columns of FIO_HEADER."""
    cells = [movement, day, amount, "CZK", account, name, bank, "", "", symbol, "", "", message]
    return ";".join(f'"{c}"' for c in [*cells, "Bezhotovostní příjem", "", "", "", "", ""])


FIO_ROWS = [
    fio_row(
        "26962199069",
        "05.01.2024",
        "1 500,00",
        account="2000145399",
        name="Jan Novák",
        bank="0800",
        symbol="0001234567",
        message="Dobití kreditu",
    ),
    fio_row("26962199070", "06.01.2024", "-250,50", message="Poplatek"),
    fio_row(
        "26962199071",
        "07.01.2024",
        "300,00",
        account="123-456/0100",
        name="Firma s.r.o.",
        message="Platba VS: 2024000123",
    ),
]
FIO = FIO_PREAMBLE + FIO_HEADER + "\n" + "\n".join(FIO_ROWS) + "\n"
FIO_MAPPING = CsvMapping(
    date="Datum",
    amount="Objem",
    currency="Měna",
    variable_symbol="VS",
    reference="ID pohybu",
    counterparty="Název protiúčtu",
    message="Zpráva pro příjemce",
    counterparty_account="Protiúčet",
    bank_code="Kód banky",
    bank="Fio",
)
