"""Czech words that read the same in every context, and notes for the next translator."""

from __future__ import annotations

NBSP = "\u00a0"  # between a number and "%" ("21 %"), as Czech typography wants

# After a decimal number Czech takes the genitive singular: "2,5 litru", so "0,0000 kreditu",
# "1 234,5678 kreditu" (Internetová jazyková příručka, "Číslovky desetinné"). Every balance and
# price in credits is shown with four or more decimals, hence "kreditu" after %1. A bare unit
# label beside an entry field, where no number is printed, reads "kreditů" as on the invoices.
CREDITS_NOTE = (
    "%1 is always a decimal number (0,0000; 1 234,5678): after a decimal number Czech uses the "
    "genitive singular, hence “kreditu” (as in “2,5 litru”)."
)

# Words and phrases that read the same in every context where they appear.
GLOSSARY: dict[str, str] = {
    "Top up": "Dobít kredit",
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
    "%1 credits": "%1 kreditu",
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
    ("BalanceIndicator", "%1 credits"): CREDITS_NOTE,
    ("CostPanel", "%1 credits"): CREDITS_NOTE,
    ("CreditNoteDialog", "%1 credits, %2 without VAT"): CREDITS_NOTE,
    ("SendCampaignDialog", "%1 credits"): CREDITS_NOTE,
    ("BalanceIndicator", "≈ %Ln one-part messages to %1 at %2 credits each"): (
        "%1 is a country name in the nominative, hence “do země %1”; %2 is a decimal number."
    ),
    ("PairPaymentDialog", "an unknown sender"): "Fills %3 of “…, plátce: %3.”",
}
