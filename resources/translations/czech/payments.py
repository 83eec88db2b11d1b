"""Czech for the Payments page (ui/payments/): context → English source → translation."""

from __future__ import annotations

CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
    "BankEntriesModel": {
        "Booked": "Zaúčtováno",
        "From": "Plátce",
        "Message": "Zpráva pro příjemce",
        "Why it waits": "Proč čeká",
        "Less than the payment": "Nižší než platba",
        "More than the payment": "Vyšší než platba",
        "No matching payment": "Žádná odpovídající platba",
        "Another currency than its payment": "Jiná měna, než má platba",
        "Booked before its payment was made": "Zaúčtováno dřív, než platba vznikla",
    },
    "CsvColumnsDialog": {
        "Columns of the statement": "Sloupce výpisu",
        "The columns of this CSV file were not recognised. Choose which holds what; the "
        "choice is remembered for the next file with the same columns.": (
            "Sloupce tohoto souboru CSV se nepodařilo rozpoznat. Určete, co který obsahuje; "
            "volba se zapamatuje pro další soubor se stejnými sloupci."
        ),
        "Header row": "Řádek záhlaví",
        "Booking date": "Datum zaúčtování",
        "Transaction ID": "ID transakce",
        "Sender": "Plátce",
        "Your account (IBAN or number)": "Váš účet (IBAN nebo číslo)",
        "Message": "Zpráva pro příjemce",
        "Currency of the account (no currency column)": "Měna účtu (když chybí sloupec s měnou)",
        "Date format": "Formát data",
        "Decimal mark": "Desetinný oddělovač",
        "(none)": "(žádný)",
        "Choose the date and the amount columns.": "Vyberte sloupec s datem a sloupec s částkou.",
    },
    "ImportStatementDialog": {
        "Import bank statement": "Import bankovního výpisu",
        "Bank statements (*.xml *.csv *.txt *.gpc *.abo);;All files (*)": (
            "Bankovní výpisy (*.xml *.csv *.txt *.gpc *.abo);;Všechny soubory (*)"
        ),
        "Cannot read %1: %2": "Soubor %1 nelze přečíst: %2",
        "Importing the statement…": "Výpis se importuje…",
        "Reading the statement…": "Výpis se načítá…",
        # Here a "credit" is money credited to the bank account, not SMS credit.
        "Payments confirmed: %1": "Potvrzené platby: %1",
        "Credits waiting for pairing: %1": "Příchozí platby čekající na spárování: %1",
        "Credits imported before: %1": "Příchozí platby importované už dříve: %1",
        "Entries that are not credits: %1": "Položky, které nejsou příchozí platbou: %1",
        "Statement imported": "Výpis importován",
        "The statement was not imported": "Výpis nebyl importován",
        "Nothing was changed.": "Nic se nezměnilo.",
    },
    "ImportPlanDialog": {
        "Import bank statement": "Import bankovního výpisu",
        "Format": "Formát",
        "Account": "Účet",
        "not stated in the file": "v souboru neuveden",
        "Period": "Období",
        # Here a "credit" is money credited to the bank account, not SMS credit.
        "Payments to confirm: %1": "Platby k potvrzení: %1",
        "Credits that will wait for pairing: %1": "Příchozí platby, které počkají na spárování: %1",
        "Entries that are not credits (ignored): %1": (
            "Položky, které nejsou příchozí platbou (přeskočí se): %1"
        ),
        "Credits imported before: %1": "Příchozí platby importované už dříve: %1",
        "Import": "Importovat",
    },
    "PairPaymentDialog": {
        "Pair with a payment": "Spárovat s platbou",
        "Credit of %1 booked on %2 from %3. Which payment does it pay?": (
            "Příchozí platba %1 ze dne %2, plátce: %3. Kterou platbu hradí?"
        ),
        "an unknown sender": "neznámý",
        "There is no pending payment in %1.": "Žádná platba v %1 nečeká na úhradu.",
        "Pairing confirms the payment: its credits are added to your balance.": (
            "Spárováním se platba potvrdí a její kredity se připíšou k vašemu zůstatku."
        ),
        "Pair": "Spárovat",
    },
    "PaymentDetailsDialog": {
        "Payment %1": "Platba %1",
        "Created": "Vytvořeno",
        "Paid": "Uhrazeno",
        "Bank reference": "ID transakce v bance",
    },
    "PaymentInstructionsView": {
        "Account (IBAN)": "Účet (IBAN)",
        "BIC": "BIC",
        "Beneficiary": "Příjemce",
        "Due date": "Splatnost",
        "Copy": "Kopírovat",
    },
    "PaymentsModel": {
        "Date": "Datum",
        "Method": "Způsob",
        "Bank transfer": "Bankovní převod",
        "Received by hand": "Přijato ručně",
        "Pending": "Čeká na úhradu",
        "Paid": "Uhrazeno",
        "Cancelled": "Zrušeno",
        "Expired": "Propadlo",
    },
    "PaymentsPage": {
        "Import statement…": "Importovat výpis…",
        "No payments yet": "Zatím žádné platby",
        "Every top-up you make appears here with its state: pending until the money arrives, then "
        "paid. Import your bank statement to confirm transfers.": (
            "Každé dobití kreditu se zde objeví se svým stavem: než dorazí peníze, čeká na "
            "úhradu, pak je uhrazené. Převody potvrdíte importem bankovního výpisu."
        ),
        "Show": "Zobrazit",
        "All payments": "Všechny platby",
        "Show payment details": "Podrobnosti platby",
        "Mark as received": "Označit jako přijatou",
        "Cancel payment": "Zrušit platbu",
        "Pair with a payment…": "Spárovat s platbou…",
        "Not a top-up": "Není dobití",
        "Set this credit aside; it stays recorded.": (
            "Odložit tuto příchozí platbu; zůstane zaznamenaná."
        ),
        "Top-ups paid by bank transfer or recorded by hand.": (
            "Dobití kreditu zaplacená bankovním převodem nebo zaznamenaná ručně."
        ),
        "Bank credits that matched no pending payment exactly: %1. Pair each with the payment it "
        "pays, or set it aside.": (
            "Příchozí platby, které přesně neodpovídají žádné platbě čekající na úhradu: %1. "
            "Každou spárujte s platbou, kterou hradí, nebo ji odložte."
        ),
        "Has the money for payment %1 arrived? Its credits are added to your balance.": (
            "Dorazily peníze za platbu %1? Její kredity se připíšou k vašemu zůstatku."
        ),
        "Cancel payment %1? If its money arrives later, the credit waits here to be paired "
        "with a new top-up or set aside.": (
            "Zrušit platbu %1? Pokud peníze přesto dorazí, počkají tady: spárujete je s novým "
            "dobitím, nebo je odložíte."
        ),
        "Not possible": "Nelze provést",
    },
    "TopUpDialog": {
        "Payment %1 was created; its payment code cannot be made: %2 Its proforma on the "
        "Invoices page names the account and the symbol.": (
            "Platba %1 byla vytvořena; její platební kód nelze vytvořit: %2 Její proforma "
            "na stránce Faktury uvádí účet i symbol."
        ),
        "Creating the payment…": "Vytváří se platba…",
        "The payment could not be created: %1": "Platbu nelze vytvořit: %1",
        "Credits never expire. Your balance grows when the payment arrives; a payment received by "
        "hand is credited at once.": (
            "Kredity nepropadají. Zůstatek se navýší, jakmile platba dorazí; ručně zaznamenaná "
            "platba se připíše hned."
        ),
        "Bank transfer, with a QR payment code": "Bankovní převod s QR platbou",
        "Payment received by hand (cash or other)": "Platba přijatá ručně (hotově nebo jinak)",
        "Price without VAT": "Cena bez DPH",
        "e.g. Cash received at the office": "např. Hotovost přijatá v kanceláři",
        "Total to pay": "Celkem k úhradě",
        "No invoice will be issued for this top-up: your billing information is not filled in "
        "yet.": ("K tomuto dobití se nevystaví faktura: zatím nemáte vyplněné fakturační údaje."),
        "Record payment": "Zaznamenat platbu",
        "Create payment": "Vytvořit platbu",
        "VAT (reverse charge)": "DPH (přenesená daňová povinnost)",
        "VAT (outside the scope of VAT)": "DPH (mimo předmět daně)",
        "VAT (seller is not a VAT payer)": "DPH (dodavatel není plátce)",
        "Pay by bank transfer": "Zaplaťte bankovním převodem",
        "Scan the code in your banking app or copy the details. Your balance grows when the "
        "payment arrives: import your bank statement on the Payments page.": (
            "Naskenujte kód v bankovní aplikaci nebo zkopírujte údaje. Zůstatek se navýší, až "
            "platba dorazí: importujte bankovní výpis na stránce Platby."
        ),
    },
}
