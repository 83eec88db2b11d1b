"""The CSV exports of Czech banks, known by their header rows: which column holds what.

The account a file is for is read from the layout's own-account column where the export has one
(Raiffeisenbank, ČSOB, Moneta, UniCredit, Česká spořitelna), else from the lines above the header
(Fio's accountId/bankId/iban, KB+'s “Cislo uctu”/“IBAN”, mBank's “#Číslo účtu:”, ČSOB's and
UniCredit's “Pohyby na účtu …”; see csv_account.py). Air Bank's export does not state it.

Each layout names the columns Credit Desk reads; a header row that holds all of them is that
bank's export (names compare without case or extra spaces). Where each layout comes from:

- Fio: Fio's internet banking export “Pohyby na účtu” (CSV), the layout of Fio's API
  documentation; preamble rows (accountId, bankId, …), “;”, cp1250 or UTF-8.
- Air Bank: the 42 columns listed in archont00/ofxstatement-airbankcz
  (src/ofxstatement/plugins/airbankcz.py); UTF-8, “,” (as set in the bank's settings), dates
  dd/mm/yyyy. A card payment not booked yet has an empty “Datum zaúčtování”: it is skipped.
- KB+ (Komerční banka, 2025): “KB+, vypis v csv. formatu”, headers without diacritics
  (“Datum zauctovani;Datum provedeni;Protistrana;Nazev protiuctu;Castka;Mena;…;VS;KS;SS;
  Identifikace transakce;Typ transakce;Popis pro me;Zprava pro prijemce;…”), as public KB+
  importers on GitHub read it; cp1250, “;”, account details before the header.
- Raiffeisenbank: “Datum provedení;Datum zaúčtování;Číslo účtu;Název účtu;Kategorie transakce;
  Číslo protiúčtu;Název protiúčtu;Typ transakce;Zpráva;Poznámka;VS;KS;SS;Zaúčtovaná částka;
  Měna účtu;…;Id transakce;…” from Hartrik/finance-js (src/parsers/ParserRaiffeisen.js) and
  archont00/ofxstatement-raiffeisencz; cp1250, “;”; dates may carry a time (13.08.2021 07:08).
- ČSOB: “číslo účtu;datum zaúčtování;částka;měna;zůstatek;číslo protiúčtu;kód banky protiúčtu;
  jméno protistrany;…;variabilní symbol;…;zpráva;kategorie” (the export since 2023) and the
  older one with “číslo účtu protiúčtu;…;název účtu protiúčtu;…;ID transakce;poznámka”, both
  after a “Pohyby na účtu …” line, as public ČSOB importers on GitHub read them.
- Moneta: “Číslo účtu;IBAN;Číslo protiúčtu;Banka protiúčtu;Název účtu příjemce;Splatnost;
  Odesláno;Částka;Měna;Variabilní Symbol;…;Zpráva pro příjemce;…;Bankovní reference” from
  Hartrik/finance-js (src/parsers/ParserMoneta.js); “;”.
- mBank: “#Datum uskutečnění transakce;#Datum zaúčtování transakce;#Popis transakce;#Zpráva pro
  příjemce;#Plátce/Příjemce;#Číslo účtu plátce/příjemce;#KS;#VS;#SS;#Částka transakce;…” from
  archont00/ofxstatement-mbankcz; cp1250, “;”, dates dd-mm-yyyy, balances above and below.
- UniCredit: “Účet;Částka;Měna;Datum zaúčtování;Valuta;Banka;…;Číslo účtu;Název účtu;…;
  Detaily transakce;…;Variabilní kód;…;Reference” from archont00/ofxstatement-unicreditcz;
  UTF-8, “;”, dates yyyy-mm-dd.
- Česká spořitelna (George): the columns of George's export as described for Erste's George
  in Slovakia (“Vlastný IBAN;Dátum splatnosti;Suma;Mena;Partner;…;Variabilný symbol”), in
  Czech. Not checked against a Czech file: an export with other headers asks for a mapping
  once, and that mapping is remembered.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class BankLayout:
    """One bank's CSV export: statement field → header name, and how its values are written."""

    bank: str
    columns: dict[str, str] = field(default_factory=dict)
    date_format: str = "%d.%m.%Y"
    decimal_separator: str = ","
    default_currency: str | None = None  # for exports without a currency column
    unbooked_without_date: bool = False  # an empty booking date: pending, not booked yet
    account_columns: tuple[str, ...] = ()  # the own account's column, the preferred first
    bank_code: str | None = None  # the bank's code, for an own account written without it


LAYOUTS: tuple[BankLayout, ...] = (
    BankLayout(
        "Fio",
        {
            "date": "Datum",
            "amount": "Objem",
            "currency": "Měna",
            "variable_symbol": "VS",
            "reference": "ID pohybu",
            "counterparty": "Název protiúčtu",
            "message": "Zpráva pro příjemce",
            "counterparty_account": "Protiúčet",
            "bank_code": "Kód banky",
        },
        bank_code="2010",
    ),
    BankLayout(
        "Air Bank",
        {
            "date": "Datum zaúčtování",
            "amount": "Částka v měně účtu",
            "currency": "Měna účtu",
            "variable_symbol": "Variabilní symbol",
            "reference": "Referenční číslo",
            "counterparty": "Název protistrany",
            "message": "Zpráva pro příjemce",
            "counterparty_account": "Číslo účtu protistrany",
        },
        date_format="%d/%m/%Y",
        unbooked_without_date=True,
        bank_code="3030",
    ),
    BankLayout(
        "KB+",
        {
            "date": "Datum zauctovani",
            "amount": "Castka",
            "currency": "Mena",
            "variable_symbol": "VS",
            "reference": "Identifikace transakce",
            "counterparty": "Nazev protiuctu",
            "message": "Zprava pro prijemce",
            "counterparty_account": "Protistrana",
        },
        bank_code="0100",
    ),
    BankLayout(
        "Raiffeisenbank",
        {
            "date": "Datum zaúčtování",
            "amount": "Zaúčtovaná částka",
            "currency": "Měna účtu",
            "variable_symbol": "VS",
            "reference": "Id transakce",
            "counterparty": "Název protiúčtu",
            "message": "Zpráva",
            "counterparty_account": "Číslo protiúčtu",
        },
        date_format="%d.%m.%Y %H:%M",
        account_columns=("Číslo účtu",),
        bank_code="5500",
    ),
    BankLayout(
        "ČSOB",
        {
            "date": "datum zaúčtování",
            "amount": "částka",
            "currency": "měna",
            "variable_symbol": "variabilní symbol",
            "counterparty": "jméno protistrany",
            "message": "zpráva",
            "counterparty_account": "číslo protiúčtu",
            "bank_code": "kód banky protiúčtu",
        },
        account_columns=("číslo účtu",),
        bank_code="0300",
    ),
    BankLayout(
        "ČSOB",
        {
            "date": "datum zaúčtování",
            "amount": "částka",
            "currency": "měna",
            "variable_symbol": "variabilní symbol",
            "reference": "ID transakce",
            "counterparty": "název účtu protiúčtu",
            "message": "poznámka",
            "counterparty_account": "číslo účtu protiúčtu",
            "bank_code": "kód banky protiúčtu",
        },
        account_columns=("číslo účtu",),
        bank_code="0300",
    ),
    BankLayout(
        "Moneta",
        {
            "date": "Odesláno",
            "amount": "Částka",
            "currency": "Měna",
            "variable_symbol": "Variabilní Symbol",
            "reference": "Bankovní reference",
            "counterparty": "Název účtu příjemce",
            "message": "Zpráva pro příjemce",
            "counterparty_account": "Číslo protiúčtu",
            "bank_code": "Banka protiúčtu",
        },
        account_columns=("IBAN", "Číslo účtu"),
        bank_code="0600",
    ),
    BankLayout(
        "mBank",
        {
            "date": "#Datum zaúčtování transakce",
            "amount": "#Částka transakce",
            "variable_symbol": "#VS",
            "counterparty": "#Plátce/Příjemce",
            "message": "#Zpráva pro příjemce",
            "counterparty_account": "#Číslo účtu plátce/příjemce",
        },
        date_format="%d-%m-%Y",
        default_currency="CZK",
        bank_code="6210",
    ),
    BankLayout(
        "UniCredit",
        {
            "date": "Datum zaúčtování",
            "amount": "Částka",
            "currency": "Měna",
            "variable_symbol": "Variabilní kód",
            "reference": "Reference",
            "counterparty": "Název účtu",
            "message": "Detaily transakce",
            "counterparty_account": "Číslo účtu",
            "bank_code": "Banka",
        },
        date_format="%Y-%m-%d",
        account_columns=("Účet",),
        bank_code="2700",
    ),
    BankLayout(
        "Česká spořitelna",
        {
            "date": "Datum splatnosti",
            "amount": "Částka",
            "currency": "Měna",
            "variable_symbol": "Variabilní symbol",
            "counterparty": "Partner",
            "message": "Popis transakce",
            "counterparty_account": "Číslo účtu partnera",
            "bank_code": "Kód banky partnera",
        },
        account_columns=("Vlastní IBAN",),
        bank_code="0800",
    ),
)


def bank_code(bank: str | None) -> str | None:
    """The code of the bank whose export `bank` names (“Fio” → “2010”), None if unknown."""
    return next((layout.bank_code for layout in LAYOUTS if layout.bank == bank), None)
