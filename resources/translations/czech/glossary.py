"""Czech words that read the same in every context, and notes for the next translator."""

from __future__ import annotations

NBSP = "\u00a0"  # between a number and "%" ("21 %"), as Czech typography wants

# An amount of credits is filled in whole, with its word, by models/common/formatting.py
# (credits_with_unit): 1 kredit, 2–4 kredity, 0 and 5+ kreditů, and after a decimal number the
# genitive singular, 0,5 kreditu (as "2,5 litru"; Internetová jazyková příručka, "Číslovky
# desetinné"). So a message says "(%1)", never "%1 kreditu". A bare unit label beside an entry
# field, where no number is printed, reads "kreditů" as on the invoices.
CREDITS_NOTE = "%1 is an amount of credits with its word, in the form its number needs (5 kreditů)."

# Words and phrases that read the same in every context where they appear.
GLOSSARY: dict[str, str] = {
    "Top up": "Dobít kredit",
    "Recorded by": "Zaznamenal",  # who made it: the server's user or the computer's login
    "not recorded (made by an earlier version)": "nezaznamenáno (z dřívější verze)",
    "Amount": "Částka",
    "Variable symbol": "Variabilní symbol",
    "Country": "Země",
    "Operator": "Operátor",
    "Recipients": "Příjemci",
    "Message": "Zpráva",
    "Credits": "Kredity",
    "Credits per part": "Kredity za část",
    "Other networks": "Ostatní sítě",
    "Cancel": "Zrušit",
    "Total": "Celkem",
    "Note": "Poznámka",
    "Currency": "Měna",
    "Method": "Způsob platby",
    "State": "Stav",
    "VAT": "DPH",
    "VAT %1 %": f"DPH %1{NBSP}%",
    "Net": "Základ",
    "credits": "kreditů",
    "Choose…": "Vybrat…",
    "Export…": "Exportovat…",
    "Export failed": "Export se nezdařil",
    "Fill in billing information": "Vyplnit fakturační údaje",
    "Payments": "Platby",
    "Import": "Importovat",
    "Save": "Uložit",
    # The credit ledger (Transactions): an entry is a "pohyb" of credit, as on a bank statement.
    "Date": "Datum",
    "Kind": "Druh",
    "Description": "Popis",
    "Reference": "Odkaz",
    "Entries": "Pohyby",
    "Balance after": "Zůstatek po pohybu",
    "Resume sending": "Pokračovat v odesílání",
    "Send as campaign": "Odeslat jako kampaň",
    "Sending stopped: %1": "Odesílání zastaveno: %1",
    "Top up the difference": "Dobít rozdíl",
    "Your balance": "Váš zůstatek",
}


# Notes for the next translator, written into the .ts as <translatorcomment>.
NOTES: dict[tuple[str, str], str] = {
    ("CreditNoteDialog", "%1, %2 without VAT"): CREDITS_NOTE,
    ("BalanceIndicator", "≈ %Ln one-part messages to %1 at %2 each"): (
        "%1 is a country name in the nominative, hence “do země %1”; "
        + CREDITS_NOTE.replace("%1", "%2")
    ),
    ("PairPaymentDialog", "an unknown sender"): "Fills %3 of “…, plátce: %3.”",
}
