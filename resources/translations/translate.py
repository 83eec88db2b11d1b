"""Czech translations of Credit Desk's GUI, kept here and written into credit_desk_cs.ts.

update.sh runs pyside6-lupdate (which adds new source texts to the .ts, unfinished) and then this
script, which fills in every message this file knows and marks it finished. To translate new
strings: run update.sh, add the texts it lists as missing to CONTEXTS (or GLOSSARY, for words
that mean the same everywhere), run it again. This file is the source of truth: a translation
made in Qt Linguist and not copied here is kept, but reported.

    python resources/translations/translate.py           fill in the .ts, report what is missing
    python resources/translations/translate.py --check   also exit 1 when anything is missing

Every translation is checked before it is written: the same placeholders (%1…%99, %n, %Ln,
{name}), the same HTML tags, the same number of keyboard accelerators (&), and a trailing "…"
kept. Terms follow BulkGate's Czech portal and the Czech invoice PDFs (models/invoicing/wording.py):
Dobít kredit, Ceník, Platby, Transakce, Faktury, Fakturační údaje, Odchozí zprávy, Zálohová
faktura, Faktura – daňový doklad, Opravný daňový doklad, Dodavatel, Odběratel, Základ, DPH.
Formal register (vykání); buttons in the infinitive ("Uložit"), as Czech software writes them.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

TS_FILE = Path(__file__).with_name("credit_desk_cs.ts")
ENGLISH_TS_FILE = Path(__file__).with_name("credit_desk_en.ts")

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

# (context → source → translation). A numerus message (%n, %Ln) takes a tuple of Czech's three
# forms: 1; 2–4; 0 and 5 and more.
CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
    "main": {
        "Cannot open the database": "Databázi nelze otevřít",
    },
    "MainWindow": {
        "Toolbar": "Panel nástrojů",
        "&File": "&Soubor",
        "&Top up…": "&Dobít kredit…",
        "&Open database…": "&Otevřít databázi…",
        "&Back up database…": "&Zálohovat databázi…",
        "&Quit": "&Konec",
        # No accelerator on "Ú": Czech keyboards type it without Shift only on some layouts.
        "&Edit": "Úpr&avy",
        "&Settings…": "&Nastavení…",
        "&View": "&Zobrazení",
        "&Language": "&Jazyk",
        "&Help": "&Nápověda",
        "&About Credit Desk": "&O aplikaci Credit Desk",
        "Language": "Jazyk",
        "The language changes when you restart Credit Desk.": (
            "Jazyk se změní po novém spuštění aplikace Credit Desk."
        ),
        "Open database": "Otevřít databázi",
        "Credit Desk databases (*.sqlite3 *.db *.sqlite);;All files (*)": (
            "Databáze Credit Desk (*.sqlite3 *.db *.sqlite);;Všechny soubory (*)"
        ),
        "Cannot open the database": "Databázi nelze otevřít",
        "Back up database": "Zálohovat databázi",
        "Credit Desk databases (*.sqlite3)": "Databáze Credit Desk (*.sqlite3)",
        "Back-up failed": "Zálohování se nezdařilo",
        "The copy could not be written: %1": "Kopii se nepodařilo zapsat: %1",
        "Backed up to %1": "Záloha uložena do %1",
        "About Credit Desk": "O aplikaci Credit Desk",
        "<b>Credit Desk</b><p>Prepaid credit for SMS campaigns: price list, top-ups, credit ledger, "
        "invoices and the outbox.</p><p>Database: %1</p>": (
            "<b>Credit Desk</b><p>Předplacený kredit pro SMS kampaně: ceník, dobíjení kreditu, "
            "pohyby kreditu, faktury a odchozí zprávy.</p><p>Databáze: %1</p>"
        ),
        "Credit Desk — %1": "Credit Desk — %1",
        "&BulkGate credentials…": "Přístupové údaje &BulkGate…",
        "Sending stopped: the balance cannot pay the next message. %1 messages wait in the "
        "outbox; top up to send them.": (
            "Odesílání zastaveno: zůstatek nestačí na další zprávu. Čekající zprávy: %1; "
            "odešlou se po dobití kreditu."
        ),
        "BulkGate credentials stored in the system keyring.": (
            "Přístupové údaje BulkGate jsou uložené v systémové klíčence."
        ),
    },
    "BalanceIndicator": {
        "Your balance is below the low-balance warning. Top up to keep sending.": (
            "Zůstatek klesl pod hranici upozornění. Dobijte kredit, abyste mohli dál odesílat."
        ),
        "Your credit balance. Click to top up.": "Zůstatek kreditu. Kliknutím kredit dobijete.",
        "Below your low-balance warning: top up to keep campaigns going.": (
            "Zůstatek je pod hranicí upozornění: dobijte kredit, aby kampaně mohly pokračovat."
        ),
        "Credits never expire; they go only when you send messages.": (
            "Kredity nepropadají; ubývají jen odesíláním zpráv."
        ),
        "≈ %Ln one-part messages to %1 at %2 credits each": (
            "≈ %Ln jednodílná zpráva do země %1 (%2 kreditu za zprávu)",
            "≈ %Ln jednodílné zprávy do země %1 (%2 kreditu za zprávu)",
            "≈ %Ln jednodílných zpráv do země %1 (%2 kreditu za zprávu)",
        ),
    },
    "BalancePopup": {
        "Credit balance": "Zůstatek kreditu",
    },
    "BankEntriesModel": {
        "Booked": "Zaúčtováno",
        "From": "Plátce",
        "Message": "Zpráva pro příjemce",
        "Why it waits": "Proč čeká",
        "Less than the payment": "Nižší než platba",
        "More than the payment": "Vyšší než platba",
        "No matching payment": "Žádná odpovídající platba",
    },
    "BillingPage": {
        "Choose…": "Vyberte…",  # the empty choice of the country list
        "Company or person name": "Název firmy nebo jméno",
        "Street and number": "Ulice a číslo",
        "City": "Město",
        "Postal code": "PSČ",
        "Company ID": "IČO",
        "VAT ID": "DIČ",
        "Invoice e-mail": "E-mail pro faktury",
        "Optional; in Czechia and Slovakia the IČO (8 digits)": (
            "Nepovinné; v Česku a na Slovensku má IČO 8 číslic"
        ),
        "Optional; with the country prefix, e.g. CZ12345678": (
            "Nepovinné; s kódem země na začátku, např. CZ12345678"
        ),
        "Optional; where invoices are sent": "Nepovinné; kam se mají faktury posílat",
        "Optional; for your own reference, not printed": (
            "Nepovinné; jen pro vaši potřebu, netiskne se"
        ),
        "Billing information": "Fakturační údaje",
        "Fill in your billing information first if you want us to generate invoices for you.": (
            "Chcete-li, abychom vám vystavovali faktury, nejprve vyplňte fakturační údaje."
        ),
        "No billing information yet: top-ups are credited, but no tax invoices are issued until "
        "it is filled in.": (
            "Fakturační údaje zatím nejsou vyplněné: dobití kreditu se připíše, ale daňové doklady "
            "se začnou vystavovat až po jejich vyplnění."
        ),
        "Saved %1. Each save is kept; an invoice shows the information that was current when it "
        "was issued.": (
            "Uloženo %1. Každé uložení se uchovává; faktura uvádí údaje platné v době svého "
            "vystavení."
        ),
        "Nothing changed since the last save.": "Od posledního uložení se nic nezměnilo.",
    },
    "BreakdownModel": {
        "Parts": "Části",
    },
    "Calculator": {
        "Cost": "Cena",
        "The recipients could not be priced: %1": "Cenu pro příjemce se nepodařilo spočítat: %1",
        "Stopped. Edit the recipients to price them again.": (
            "Zastaveno. Po úpravě příjemců se cena spočítá znovu."
        ),
        "Queueing the campaign…": "Kampaň se zařazuje do fronty…",
        "Campaign “%1” queued: %2 messages. Follow it in the Outbox.": (
            "Kampaň „%1“ je ve frontě (zprávy: %2). Sledujte ji na stránce Odchozí zprávy."
        ),
    },
    "CampaignsModel": {
        "Campaign": "Kampaň",
        "Created": "Vytvořeno",
        "Waiting": "Čeká",
        "Sent": "Odesláno",
        "Failed": "Selhalo",
        "Removed": "Odstraněno",
        "Credits spent": "Utracené kredity",
        "the gateway's number": "číslo brány",
        "%1\n\nSender: %2 · %3 part(s) per message": ("%1\n\nOdesílatel: %2 · částí na zprávu: %3"),
    },
    "ColumnDialog": {
        "Choose the phone number column": "Výběr sloupce s telefonními čísly",
        "Numbers are in:": "Čísla jsou ve sloupci:",
        "(empty)": "(prázdný)",
        "%1 values, e.g. %2": "Hodnot: %1, např. %2",
    },
    "CostPanel": {
        "In the account currency": "V měně účtu",
        "Missing": "Chybí",
        "Queue one message per priced recipient and send them while credit lasts.": (
            "Zařadit do fronty jednu zprávu pro každého příjemce s cenou a odesílat, dokud "
            "stačí kredit."
        ),
        "Checking numbers: %1 of %2": "Kontrola čísel: %1 z %2",
        "Type the message and add recipients to see what it will cost.": (
            "Napište zprávu a přidejte příjemce; zobrazí se, kolik bude kampaň stát."
        ),
        "Your balance covers this campaign.": "Zůstatek na tuto kampaň stačí.",
        "%1 valid number(s) are in countries the price list does not cover; they are not "
        "counted.": ("Platná čísla v zemích, které ceník nepokrývá, se nezapočítávají: %1."),
    },
    "CreditNoteDialog": {
        "Credit note for %1": "Opravný daňový doklad k faktuře %1",
        "A credit note corrects invoice %1 and is a tax document itself. Credits taken back leave "
        "your balance (now %2 credits); when they have been spent, correct the price only "
        "(0 credits).": (
            "Opravný daňový doklad opravuje fakturu %1 a sám je daňovým dokladem. Odebrané kredity "
            "se odečtou ze zůstatku (nyní %2 kreditu); pokud už byly utraceny, opravte jen cenu "
            "(0 kreditů)."
        ),
        # Short: the field is narrow and a longer placeholder is cut off.
        "e.g. Credits returned at the customer's request": "např. Vrácení na žádost zákazníka",
        "Reason": "Důvod",
        "Credits taken back": "Odebrané kredity",
        "Amount credited without VAT": "Dobropisovaná částka bez DPH",
        "Left on the invoice": "Zbývá na faktuře",
        "%1 credits, %2 without VAT": "%1 kreditu, %2 bez DPH",
        "Issue credit note": "Vystavit opravný doklad",
        "Enter amounts.": "Zadejte částky.",
    },
    "CsvColumnsDialog": {
        "Columns of the statement": "Sloupce výpisu",
        "The columns of this CSV file were not recognised. Choose which holds what.": (
            "Sloupce tohoto souboru CSV se nepodařilo rozpoznat. Určete, co který obsahuje."
        ),
        "Header row": "Řádek záhlaví",
        "Booking date": "Datum zaúčtování",
        "Transaction ID": "ID transakce",
        "Sender": "Plátce",
        "Message": "Zpráva pro příjemce",
        "Currency of the account (no currency column)": "Měna účtu (když chybí sloupec s měnou)",
        "Date format": "Formát data",
        "Decimal mark": "Desetinný oddělovač",
        "(none)": "(žádný)",
        "Choose the date and the amount columns.": "Vyberte sloupec s datem a sloupec s částkou.",
    },
    "DocumentsModel": {
        "Number": "Číslo",
        "Document": "Doklad",
        "Issued": "Vystaveno",
        "Buyer": "Odběratel",
        "Proforma": "Zálohová faktura",
        # The list's column is narrow: the short forms; the PDFs print the full titles.
        "Tax invoice": "Daňový doklad",
        "Credit note": "Opravný doklad",
        "%1 %": f"%1{NBSP}%",
        "Reverse charge": "Přenesená daňová povinnost",
        "Outside the scope of VAT": "Mimo předmět DPH",
        "No VAT (not a VAT payer)": "Bez DPH (neplátce)",
    },
    "EntryDetailsDialog": {
        "Ledger entry %1": "Pohyb kreditu %1",
        "Entry number": "Číslo pohybu",
        "Payment %1": "Platba %1",
        "Invoice %1": "Faktura %1",
        "Campaign %1": "Kampaň %1",
        "Message %1": "Zpráva %1",
    },
    "ExportDocumentsDialog": {
        "Export documents": "Export dokladů",
        "PDF files in a folder": "Soubory PDF do složky",
        "One ZIP file": "Jeden soubor ZIP",
        "From": "Od",
        "To": "Do",
        "Export as": "Exportovat jako",
        "Save to": "Uložit do",
        "Every proforma, invoice and credit note issued in the period. Existing files are never "
        "overwritten: a file with other content gets a new name beside it.": (
            "Všechny zálohové faktury, faktury a opravné doklady vystavené v daném období. "
            "Existující soubory se nikdy nepřepisují: soubor s jiným obsahem se uloží vedle pod "
            "novým názvem."
        ),
        "Export": "Exportovat",
        "Save ZIP": "Uložit ZIP",
        "Choose a folder": "Vyberte složku",
        "The period ends before it starts.": "Období končí dřív, než začíná.",
        "Choose where to save the documents.": "Vyberte, kam doklady uložit.",
        "No documents were issued in that period.": "V tomto období nebyly vystaveny žádné doklady.",
        "Exporting…": "Exportuje se…",
        "Cancelled.": "Zrušeno.",
        "%1 documents: %2 written, %3 unchanged, %4 saved under a new name": (
            "Dokladů: %1 (zapsáno: %2, beze změny: %3, pod novým názvem: %4)"
        ),
    },
    "TaskFinisher": {
        "Finishing %n task(s)…": (
            "Dokončuje se %n úloha…",
            "Dokončují se %n úlohy…",
            "Dokončuje se %n úloh…",
        ),
    },
    "Exports": {
        # The CSV's headers and the PDF statement of the Transactions page.
        "Entry": "Číslo pohybu",
        "Time (UTC)": "Čas (UTC)",
        "Amount (credits)": "Částka (kredity)",
        "Balance after (credits)": "Zůstatek po pohybu (kredity)",
        "Export transactions": "Export transakcí",
        "CSV files (*.csv)": "Soubory CSV (*.csv)",
        "Exporting entries…": "Exportují se pohyby…",
        "Saved %n entry(ies) to %1.": (
            "%n pohyb uložen do %1.",
            "%n pohyby uloženy do %1.",
            "%n pohybů uloženo do %1.",
        ),
        "Credit statement": "Výpis pohybů kreditu",
        "Period": "Období",
        "Issued": "Vystaveno",
        "Opening balance": "Počáteční zůstatek",
        "Credits in": "Připsané kredity",
        "Credits out": "Odepsané kredity",
        "Closing balance": "Konečný zůstatek",
        "There were no entries in this period.": "V tomto období nebyly žádné pohyby.",
        "Balance": "Zůstatek",
        "Page %1 of %2": "Strana %1 z %2",
        "Save statement": "Uložit výpis",
        "PDF documents (*.pdf)": "Dokumenty PDF (*.pdf)",
        "The period holds %1 entries; a statement lists at most %2. Choose a shorter period, or "
        "export the entries as CSV.": (
            "Počet pohybů v období: %1; výpis jich uvede nejvýše %2. Zvolte kratší období, nebo "
            "pohyby exportujte do CSV."
        ),
        "Laying out the statement…": "Sestavuje se výpis…",
        # Instrumental: s 1 pohybem, s 2 pohyby, s 5 pohyby.
        "Saved the statement of %n entry(ies) to %1.": (
            "Výpis s %n pohybem uložen do %1.",
            "Výpis s %n pohyby uložen do %1.",
            "Výpis s %n pohyby uložen do %1.",
        ),
        "Export": "Export",
    },
    "FilterBar": {
        "All time": "Celé období",
        "Today": "Dnes",
        "This month": "Tento měsíc",
        "Last month": "Minulý měsíc",
        "This year": "Tento rok",
        "From – to…": "Od – do…",
        "Which days to show (in your time zone)": "Které dny zobrazit (ve vašem časovém pásmu)",
        "All kinds": "Všechny druhy",
        "Search description or reference": "Hledat v popisu nebo odkazu",
        "&Period": "&Období",
        "&Kind": "&Druh",
    },
    "GatewayCredentialsDialog": {
        "BulkGate credentials": "Přístupové údaje BulkGate",
        "The application ID and token of your BulkGate API application. They are kept in the "
        "system keyring, not in the database. Choose the gateway in Settings.": (
            "ID a token vaší aplikace BulkGate API. Ukládají se do systémové klíčenky, ne do "
            "databáze. Bránu zvolíte v Nastavení."
        ),
        "Application ID": "ID aplikace",
        "Application token": "Token aplikace",
        "Stored; type to replace it": "Uložený; napsáním ho nahradíte",
    },
    "ImportStatementDialog": {
        "Import bank statement": "Import bankovního výpisu",
        "Bank statements (*.xml *.csv *.txt);;All files (*)": (
            "Bankovní výpisy (*.xml *.csv *.txt);;Všechny soubory (*)"
        ),
        "Cannot read %1: %2": "Soubor %1 nelze přečíst: %2",
        "Importing the statement…": "Výpis se importuje…",
        # Here a "credit" is money credited to the bank account, not SMS credit.
        "Payments confirmed: %1": "Potvrzené platby: %1",
        "Credits waiting for pairing: %1": "Příchozí platby čekající na spárování: %1",
        "Credits imported before: %1": "Příchozí platby importované už dříve: %1",
        "Entries that are not credits: %1": "Položky, které nejsou příchozí platbou: %1",
        "Statement imported": "Výpis importován",
        "The statement was not imported": "Výpis nebyl importován",
        "Nothing was changed.": "Nic se nezměnilo.",
    },
    "InvoicesPage": {
        "Export the documents of a period to a folder or a ZIP": (
            "Exportovat doklady za období do složky nebo souboru ZIP"
        ),
        "No invoices yet": "Zatím žádné faktury",
        "A proforma appears here for every bank transfer, and a tax invoice for every paid top-up "
        "once your billing information is filled in.": (
            "Jakmile vyplníte fakturační údaje, objeví se zde ke každému bankovnímu převodu "
            "zálohová faktura a ke každému uhrazenému dobití daňový doklad."
        ),
        "Invoices": "Faktury",
        "Tax documents for your payments, ready to hand to your accountant.": (
            "Daňové doklady k vašim platbám, připravené pro účetní."
        ),
        "All documents": "Všechny doklady",
        "Search number, buyer or variable symbol": "Hledat číslo, odběratele nebo var. symbol",
        "Year": "Rok",
        "Export PDF…": "Exportovat PDF…",
        "Credit note…": "Opravný doklad…",
        "Correct the selected tax invoice": "Opravit vybraný daňový doklad",
        "All years": "Všechny roky",
        "Export PDF": "Exportovat PDF",
        "PDF (*.pdf)": "PDF (*.pdf)",
        "Saved %1": "Uloženo: %1",
    },
    "LedgerKinds": {
        "Top-up": "Dobití",
        "Message charge": "Poplatek za zprávu",
        "Refund": "Vrácení",
        "Adjustment": "Úprava",
    },
    "LedgerModel": {
        "Click to sort by this column": "Kliknutím seřadíte podle tohoto sloupce",
        "%1 (UTC)": "%1 (UTC)",
    },
    "LedgerPanel": {
        "Chart": "Graf",
        "Show all entries": "Zobrazit všechny pohyby",
        "Searching…": "Hledá se…",
        "No entries match these filters.": "Zvoleným filtrům neodpovídají žádné pohyby.",
    },
    "LedgerTable": {
        "Show details…": "Zobrazit podrobnosti…",
        "Copy row": "Kopírovat řádek",
        "Copy amount": "Kopírovat částku",
        "Copy reference": "Kopírovat odkaz",
    },
    "MessageEditor": {
        "Type or paste the text of your message…": "Napište nebo vložte text zprávy…",
        "Replace with GSM characters": "Nahradit znaky GSM",
        "Replaces Czech diacritics, typographic quotes, dashes and the ellipsis, so that a part "
        "holds 160 characters instead of 70.": (
            "Nahradí českou diakritiku, typografické uvozovky, pomlčky a výpustku, aby se do "
            "jedné části vešlo 160 znaků místo 70."
        ),
        "0 characters · GSM-7 · up to 160 characters in one part": (
            "Znaků: 0 · GSM-7 · do jedné části se vejde 160 znaků"
        ),
        "%1 characters · %2 · %3 part(s) · %4 left in this part": (
            "Znaků: %1 · %2 · částí: %3 · v této části zbývá: %4"
        ),
        "Unicode (UCS-2), 70 characters per part, because of: %1": (
            "Unicode (UCS-2), 70 znaků na část, kvůli znakům: %1"
        ),
        "%1 parts is more than the maximum of %2 set in Settings (messages.max_parts).": (
            "Počet částí (%1) překračuje maximum %2 z Nastavení (messages.max_parts)."
        ),
    },
    "OutboxMessagesModel": {
        "Campaign": "Kampaň",
        "Recipient": "Příjemce",
        "Parts": "Části",
        "Price (credits)": "Cena (kredity)",
        "Queued at": "Zařazeno",
        "Waiting": "Čeká",
        "Sending": "Odesílá se",
        "Sent": "Odesláno",
        "Failed": "Selhalo",
        "Removed": "Odstraněno",
    },
    "OutboxPage": {
        "Remove outbox": "Odstranit odchozí zprávy",
        "Pause sending": "Pozastavit odesílání",
        "The outbox is empty.": "Žádné zprávy nečekají na odeslání.",
        "The outbox is empty": "Žádné odchozí zprávy",
        "Messages that wait for credit during a campaign will wait here until you top up or "
        "remove them. Send a campaign from the Price list's calculator.": (
            "Zprávy, kterým během kampaně dojde kredit, zde počkají, dokud kredit nedobijete "
            "nebo je neodstraníte. Kampaň odešlete z kalkulačky na stránce Ceník."
        ),
        "Open the campaign calculator": "Otevřít kalkulačku kampaně",
        "Nothing waits to be sent": "Nic nečeká na odeslání",
        "Every message of your campaigns has been sent, failed or removed.": (
            "Všechny zprávy vašich kampaní byly odeslány, selhaly nebo byly odstraněny."
        ),
        "Waiting": "Čekající",  # the tab
        "Campaigns": "Kampaně",
        "Show": "Zobrazit",
        "All messages": "Všechny zprávy",
        "Remove this campaign's waiting messages": "Odstranit čekající zprávy kampaně",
        "Outbox": "Odchozí zprávy",
        "Messages waiting to be sent, and what became of your campaigns.": (
            "Zprávy čekající na odeslání a výsledky vašich kampaní."
        ),
        "Sent %1 of %2": "Odesláno %1 z %2",
        "Waiting (%1)": "Čekající (%1)",
        "%1 messages wait · %2 credits needed to send them all · balance %3 credits": (
            "Čekající zprávy: %1 · potřeba k odeslání: %2 kreditu · zůstatek: %3 kreditu"
        ),
        "Sending stopped: your balance (%1 credits) cannot pay the next message (%2 credits). "
        "%3 messages wait; top up %4 credits to send them all, or remove them with Remove "
        "outbox.": (
            "Odesílání zastaveno: zůstatek (%1 kreditu) nestačí na další zprávu (%2 kreditu). "
            "Čekající zprávy: %3. Dobijte %4 kreditu, aby se odeslaly všechny, nebo je "
            "odstraňte tlačítkem Odstranit odchozí zprávy."
        ),
        "Sending is paused. %1 messages wait.": "Odesílání je pozastaveno. Čekající zprávy: %1.",
        "Remove every waiting message; nothing is charged for them.": (
            "Odstranit všechny čekající zprávy; nic se za ně neúčtuje."
        ),
        "Remove %1 waiting messages (%2 credits)? They will not be sent and nothing is charged "
        "for them. Messages already being sent finish sending.": (
            "Odstranit čekající zprávy (počet: %1, %2 kreditu)? Neodešlou se a nic se za ně "
            "neúčtuje. Zprávy, které se už odesílají, se odešlou."
        ),
        "Removed %1 waiting messages; nothing was charged for them.": (
            "Odstraněno čekajících zpráv: %1; nic se za ně neúčtovalo."
        ),
    },
    "OutboxSender": {
        "Another Credit Desk is sending from this database.": (
            "Z této databáze už odesílá jiná spuštěná aplikace Credit Desk."
        ),
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
        "Cancel payment %1? If the money arrives later, you can still pair it.": (
            "Zrušit platbu %1? Pokud peníze dorazí později, můžete je ještě spárovat."
        ),
        "Not possible": "Nelze provést",
    },
    "PriceListModel": {
        "Dialling code": "Předvolba",
        "Number prefix": "Prefix čísla",
        "%1 per part": "%1 za část",
        "Numbers that match no operator prefix of this country": (
            "Čísla, která neodpovídají žádnému prefixu operátora v této zemi"
        ),
        "all numbers": "všechna čísla",
    },
    "PriceListPage": {
        "Import…": "Importovat…",
        "Replace the price list with a CSV file": "Nahradit ceník souborem CSV",
        "Prices": "Ceny",
        "Campaign cost calculator": "Kalkulačka ceny kampaně",
        "Price list": "Ceník",
        "What one message part costs in each country, and what a campaign will cost.": (
            "Kolik stojí jedna část zprávy v jednotlivých zemích a kolik bude stát kampaň."
        ),
        "Price list not imported": "Ceník nebyl importován",
        "The file has %1 problem(s), listed below. Nothing was changed: the current price list "
        "stays in force.": (
            "Počet chyb v souboru: %1 (jejich seznam je níže). Nic se nezměnilo: dál platí "
            "současný ceník."
        ),
        "Import price list": "Import ceníku",
        "CSV files (*.csv *.txt);;All files (*)": "Soubory CSV (*.csv *.txt);;Všechny soubory (*)",
        "Export price list": "Export ceníku",
        "CSV files (*.csv)": "Soubory CSV (*.csv)",
        "Price list exported to %1": "Ceník exportován do %1",
    },
    "PricesView": {
        "This is the sample price list that comes with Credit Desk: its prices are illustrative. "
        "Import your provider's price list (CSV) to replace it.": (
            "Toto je ukázkový ceník dodávaný s aplikací Credit Desk; jeho ceny jsou jen "
            "orientační. Nahraďte ho importem ceníku svého poskytovatele (CSV)."
        ),
        "Search country, operator or dialling code": "Hledat zemi, operátora nebo předvolbu",
        "No prices match": "Žádné odpovídající ceny",
        "Loading the sample price list…": "Načítá se ukázkový ceník…",
        "Sample price list": "Ukázkový ceník",
        "<b>%1</b> · imported %2 · %3 prices in %4 countries": (
            "<b>%1</b> · importováno %2 · cen: %3 · zemí: %4"
        ),
        "Nothing in the price list matches “%1”. Search by country name or code, operator, or "
        "dialling code such as +420.": (
            "Hledanému výrazu „%1“ v ceníku nic neodpovídá. Hledejte podle názvu nebo kódu "
            "země, operátora nebo předvolby, např. +420."
        ),
    },
    "RecipientsEditor": {
        "Paste phone numbers, one a line (commas and semicolons also separate). Numbers without "
        "a country code are taken as the default country's.": (
            "Vložte telefonní čísla, jedno na řádek (oddělovat lze i čárkou nebo středníkem). "
            "Čísla bez mezinárodní předvolby se berou jako čísla výchozí země."
        ),
        "Import CSV…": "Importovat CSV…",
        "Clear": "Vymazat",
        "Import recipients": "Import příjemců",
        "CSV or text files (*.csv *.txt);;All files (*)": (
            "Soubory CSV a textové soubory (*.csv *.txt);;Všechny soubory (*)"
        ),
        "Cannot import recipients": "Příjemce nelze importovat",
        "No recipients yet. Default country: %1.": "Zatím žádní příjemci. Výchozí země: %1.",
        "%1 valid · %2 invalid · %3 duplicates (not priced) · default country %4": (
            "Platná: %1 · neplatná: %2 · duplicity (bez ceny): %3 · výchozí země: %4"
        ),
        "Line %1: “%2” — %3": "Řádek %1: „%2“ — %3",
        "Line %1: “%2” — repeats line %3": "Řádek %1: „%2“ — opakuje řádek %3",
        "… and %1 more": "… a další řádky: %1",
        "not a phone number": "není telefonní číslo",
        "unknown country calling code": "neznámá mezinárodní předvolba",
        "too short": "příliš krátké",
        "too long": "příliš dlouhé",
        "wrong number of digits for the country": "nesprávný počet číslic pro danou zemi",
        "not a valid number in the country's numbering plan": (
            "neplatné číslo v číslovacím plánu dané země"
        ),
    },
    "SendCampaignDialog": {
        "The gateway's system number": "Systémové číslo brány",
        "A name of up to 11 letters and digits, or your own phone number.": (
            "Název z nejvýše 11 písmen a číslic, nebo vaše vlastní telefonní číslo."
        ),
        "Campaign name": "Název kampaně",
        "Sender": "Odesílatel",
        "Messages": "Počet zpráv",
        "Each message": "Každá zpráva",
        "%1 part(s), %2": "Částí: %1, %2",
        "Your balance is %1 short. Messages are charged one by one as they are sent; when the "
        "balance cannot pay the next one, sending stops and the rest wait in the Outbox until "
        "you top up or remove them.": (
            "Na zůstatku chybí %1. Zprávy se účtují jednotlivě při odeslání; když zůstatek "
            "nestačí na další zprávu, odesílání se zastaví a zbytek počká v odchozích zprávách, "
            "dokud kredit nedobijete nebo zprávy neodstraníte."
        ),
        "Your balance covers the campaign. Each message is charged as it is sent.": (
            "Zůstatek na kampaň stačí. Každá zpráva se účtuje při svém odeslání."
        ),
        "Send campaign": "Odeslat kampaň",
    },
    "SettingsDialog": {
        "Sending is paused (yes, no)": "Odesílání je pozastaveno",
        "Resume sending by itself after a top-up (yes, no)": (
            "Po dobití kreditu automaticky pokračovat v odesílání"
        ),
        "Gateway that sends messages (simulated: nothing leaves this computer; bulkgate)": (
            "Brána, která odesílá zprávy (simulated: nic neopustí tento počítač; bulkgate)"
        ),
        "Sender of campaign messages: a name of up to 11 characters, or your own number "
        "(empty = the gateway's system number)": (
            "Odesílatel zpráv kampaní: název o nejvýše 11 znacích nebo vaše vlastní číslo "
            "(prázdné = systémové číslo brány)"
        ),
        "BulkGate: send campaigns as promotional or transactional SMS": (
            "BulkGate: odesílat kampaně jako marketingové, nebo transakční SMS"
        ),
        "BulkGate: address of the Simple API": "BulkGate: adresa rozhraní Simple API",
        "Simulated gateway: percent of numbers it rejects, for trying things out": (
            "Simulovaná brána: kolik procent čísel odmítne (na vyzkoušení)"
        ),
        "Settings": "Nastavení",
        "Seller": "Dodavatel",
        "Prices of credits": "Ceny kreditů",
        "Account": "Účet",
        "Balance": "Zůstatek",
        "Messages": "Zprávy",
        "Outbox": "Odchozí zprávy",
        "Gateway": "Brána",
        "Yes": "Ano",
        "No": "Ne",
        "English": "Angličtina",
        "Czech": "Čeština",
        # The descriptions of the core's settings (ui/settings/settings_texts.py).
        "Price of one credit in EUR, without VAT": "Cena jednoho kreditu v EUR bez DPH",
        "Price of one credit in CZK, without VAT": "Cena jednoho kreditu v CZK bez DPH",
        "Seller's name, as on invoices and payment orders": (
            "Název dodavatele, jak se uvádí na fakturách a platebních příkazech"
        ),
        "Seller's bank account (IBAN) that top-ups are paid to": (
            "Bankovní účet dodavatele (IBAN), na který se platí dobití kreditu"
        ),
        "Seller's bank BIC (SWIFT), optional": "BIC (SWIFT) banky dodavatele, nepovinné",
        "Is the seller a VAT payer (yes, no)": "Je dodavatel plátcem DPH?",
        "Seller's VAT rate in percent": "Sazba DPH dodavatele v procentech",
        "Seller's street and number": "Ulice a číslo dodavatele",
        "Seller's city": "Město dodavatele",
        "Seller's postal code": "PSČ dodavatele",
        "Seller's country (ISO code, e.g. CZ); decides which buyers are domestic": (
            "Země dodavatele; určuje, kteří odběratelé jsou tuzemští"
        ),
        "Seller's company ID (IČO)": "IČO dodavatele",
        "Seller's VAT ID (DIČ), e.g. CZ25596641": "DIČ dodavatele, např. CZ25596641",
        "Logo on invoices: a PNG or JPEG file (empty = none)": (
            "Logo na fakturách: soubor PNG nebo JPEG (prázdné = bez loga)"
        ),
        "Default language of new invoices (en, cs)": "Výchozí jazyk nových faktur",
        "Proforma numbers: {year} or {yy} and {number:06}; they restart each year": (
            "Čísla zálohových faktur: {year} nebo {yy} a {number:06}; každý rok začínají znovu"
        ),
        "Tax invoice numbers: {year} or {yy} and {number:06}; they restart each year": (
            "Čísla daňových dokladů: {year} nebo {yy} a {number:06}; každý rok začínají znovu"
        ),
        "Credit note numbers: {year} or {yy} and {number:06}; they restart each year": (
            "Čísla opravných daňových dokladů: {year} nebo {yy} a {number:06}; každý rok "
            "začínají znovu"
        ),
        "Days a bank transfer has to arrive": "Splatnost bankovního převodu ve dnech",
        "Days after the due date when an unpaid bank transfer expires": (
            "Počet dní po splatnosti, po nichž nezaplacený bankovní převod propadne"
        ),
        "Currency in which prices and top-ups are shown (EUR, CZK)": (
            "Měna, ve které se zobrazují ceny a dobití kreditu"
        ),
        "Warn when the balance falls below this many credits (off = never)": (
            "Upozornit, když zůstatek klesne pod tento počet kreditů (off = nikdy)"
        ),
        "Warn when a message needs more parts than this (1–255)": (
            "Upozornit, když má zpráva víc částí než tento počet (1–255)"
        ),
        "Country of numbers written without a country code (ISO code, e.g. CZ)": (
            "Země čísel zapsaných bez mezinárodní předvolby (kód ISO, např. CZ)"
        ),
    },
    "SpendingChart": {
        "Automatic": "Automaticky",
        "Per day": "Po dnech",
        "Per week": "Po týdnech",
        "Per month": "Po měsících",
        "Adding up…": "Sčítá se…",
        "No credits came in or went out in this period.": (
            "V tomto období nebyly připsány ani utraceny žádné kredity."
        ),
        "Credits in and spent per day": "Připsané a utracené kredity po dnech",
        "Credits in and spent per week": "Připsané a utracené kredity po týdnech",
        "Credits in and spent per month": "Připsané a utracené kredity po měsících",
        "Credits in": "Připsané kredity",
        "Credits spent": "Utracené kredity",
        "In: %1": "Připsáno: %1",
        "Spent: %1": "Utraceno: %1",
    },
    "TopUpDialog": {
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
        "Bank transfers need the seller's bank account: fill it in under Edit → Settings… → "
        "Seller (IBAN or Czech account number).": (
            "Bankovní převod vyžaduje bankovní účet dodavatele: vyplňte ho v Úpravy → "
            "Nastavení… → Dodavatel (IBAN nebo české číslo účtu)."
        ),
        "Pay by bank transfer": "Zaplaťte bankovním převodem",
        "Scan the code in your banking app or copy the details. Your balance grows when the "
        "payment arrives: import your bank statement on the Payments page.": (
            "Naskenujte kód v bankovní aplikaci nebo zkopírujte údaje. Zůstatek se navýší, až "
            "platba dorazí: importujte bankovní výpis na stránce Platby."
        ),
    },
    "TotalsBar": {
        "In": "Připsáno",
        "Out": "Odepsáno",
        "Net": "Saldo",  # not the glossary's VAT base: what came in less what went out
        "Adding up the entries…": "Sčítají se pohyby…",
    },
    "TransactionsPage": {
        "Export CSV…": "Exportovat CSV…",
        "Save the entries shown, as filtered, to a CSV file": (
            "Uložit zobrazené (vyfiltrované) pohyby do souboru CSV"
        ),
        "Statement (PDF)…": "Výpis (PDF)…",
        "A statement of the chosen period: opening balance, entries, closing balance": (
            "Výpis za zvolené období: počáteční zůstatek, pohyby, konečný zůstatek"
        ),
        "Payment %1 is not in this database.": "Platba %1 v této databázi není.",
        "No transactions yet": "Zatím žádné transakce",
        "Every change of your credit balance will be listed here: top-ups in, messages out.": (
            "Zde uvidíte každou změnu zůstatku kreditu: dobití ho zvyšují, odeslané zprávy snižují."
        ),
        "Transactions": "Transakce",
        "Where your credits came from and where they went.": "Odkud kredity přišly a kam odešly.",
    },
}

# The core's messages (models/), by area as ui/common/core_messages.py lists them. Czech quotation
# marks „…“; {name} placeholders stay as they are.
MESSAGES_BILLING = {
    "At most {limit} characters.": "Nejvýše {limit} znaků.",
    "Enter the company or person name.": "Zadejte název firmy nebo jméno.",
    "Enter the street and number.": "Zadejte ulici a číslo.",
    "Enter the city.": "Zadejte město.",
    "Choose the country.": "Vyberte zemi.",
    "“{value}” is not an e-mail address.": "„{value}“ není e-mailová adresa.",
    "Enter the VAT ID.": "Zadejte DIČ.",
    "“{value}” is not a VAT ID of {country}: it must start with {prefix}.": (
        "„{value}“ není DIČ země {country}: musí začínat {prefix}."
    ),
    "“{value}” is not a valid VAT ID of {country} (check the digits).": (
        "„{value}“ není platné DIČ země {country} (zkontrolujte číslice)."
    ),
    "“{value}” is not a valid VAT ID (check the digits).": (
        "„{value}“ není platné DIČ (zkontrolujte číslice)."
    ),
    "“{value}” is not a valid EU VAT ID (check the prefix and digits).": (
        "„{value}“ není platné DIČ v EU (zkontrolujte předponu a číslice)."
    ),
    "“{value}” does not look like a VAT ID.": "„{value}“ nevypadá jako DIČ.",
    "“{value}” is not a company ID (IČO): use eight digits.": (
        "„{value}“ není IČO: použijte osm číslic."
    ),
    "“{value}” is not a valid company ID (IČO): its check digit is wrong.": (
        "„{value}“ není platné IČO: nesedí kontrolní číslice."
    ),
    "A company ID has at most 30 characters.": "IČO může mít nejvýše 30 znaků.",
    "Enter the postal code.": "Zadejte PSČ.",
    "“{value}” does not look like a postal code.": "„{value}“ nevypadá jako PSČ.",
    "“{value}” is not a postal code of {country} (e.g. {example}).": (
        "„{value}“ není PSČ země {country} (např. {example})."
    ),
}

MESSAGES_DOCUMENTS = {
    "Choose one of: {choices}.": "Vyberte jednu z možností: {choices}.",
    "There is no setting “{key}”. See `settings` for the list.": (
        "Nastavení „{key}“ neexistuje. Seznam vypíše příkaz `settings`."
    ),
    "The price must be above zero.": "Cena musí být větší než nula.",
    "A rate is between 0 and 100 %.": f"Sazba musí být mezi 0 a 100{NBSP}%.",
    "Enter a whole number from {low} to {high}.": "Zadejte celé číslo od {low} do {high}.",
    "“{value}” is not a country code such as CZ or SK.": (
        "„{value}“ není kód země, jako je CZ nebo SK."
    ),
    "“{value}” is not an ISO 3166 country code (e.g. CZ).": (
        "„{value}“ není kód země podle ISO 3166 (např. CZ)."
    ),
    "A sender number has 6 to 15 digits.": "Číslo odesílatele má 6 až 15 číslic.",
    "A sender name has at most 11 letters, digits, spaces, dots or dashes.": (
        "Jméno odesílatele může mít nejvýše 11 písmen, číslic, mezer, teček nebo pomlček."
    ),
    "Enter an address starting with https://.": "Zadejte adresu začínající https://.",
    # Literal braces are doubled in a template with values, single in one without.
    "Enter a number pattern, e.g. {year}-{number:06}.": (
        "Zadejte vzor čísla, např. {year}-{number:06}."
    ),
    "“{value}” is not a pattern: {reason}.": "„{value}“ není vzor: {reason}.",
    "“{{{name}}}” is not known; use {{year}}, {{yy}} and {{number}}.": (
        "Pole „{{{name}}}“ není známé; použijte {{year}}, {{yy}} a {{number}}."
    ),
    "The pattern must contain {number}, e.g. {number:06}.": (
        "Vzor musí obsahovat {number}, např. {number:06}."
    ),
    "Numbers restart each year, so the pattern must contain {year}.": (
        "Čísla začínají každý rok znovu, proto vzor musí obsahovat {year}."
    ),
    "Use letters, digits, “-” or “_” around the fields, not slashes.": (
        "Kolem polí použijte písmena, číslice, „-“ nebo „_“, ne lomítka."
    ),
    "“{value}” cannot be used: {reason}.": "„{value}“ nelze použít: {reason}.",
    "Numbers from this pattern are longer than {limit} characters.": (
        "Čísla podle tohoto vzoru jsou delší než {limit} znaků."
    ),
    "State the reason for the correction.": "Uveďte důvod opravy.",
    "The reason is too long (at most 300 characters).": "Důvod je příliš dlouhý (nejvýše 300 znaků).",
    "Only an issued tax invoice can be corrected by a credit note.": (
        "Opravným daňovým dokladem lze opravit jen vystavenou daňovou fakturu."
    ),
    "A credit note cannot be dated before the invoice it corrects.": (
        "Opravný daňový doklad nemůže mít dřívější datum než faktura, kterou opravuje."
    ),
    "Take back between 0 and {credits} credits "
    "(what the invoice sold, less earlier credit notes).": (
        "Odeberte 0 až {credits} kreditu (co faktura prodala, bez kreditů odebraných dřívějšími "
        "opravnými daňovými doklady)."
    ),
    "The amount to credit must be above zero and at most what is left of the "
    "invoice after earlier credit notes.": (
        "Opravovaná částka musí být větší než nula a nejvýše taková, jaká z faktury zbývá po "
        "dřívějších opravných daňových dokladech."
    ),
    "The balance is {balance} credits, less than the {credits} credits this credit note "
    "would take back. Take back at most the balance, or correct the price only (0 credits).": (
        "Zůstatek je {balance} kreditu, méně než {credits} kreditu, které by tento opravný "
        "daňový doklad odebral. Odeberte nejvýše zůstatek, nebo opravte jen cenu (0 kreditů)."
    ),
    "“{name}” is not a PNG or JPEG image.": "„{name}“ není obrázek PNG ani JPEG.",
    "“{name}” cannot be read as an image ({reason}).": (
        "„{name}“ nelze načíst jako obrázek ({reason})."
    ),
    "“{name}” has no pixels.": "„{name}“ nemá žádné pixely.",
    "There is no file “{path}”.": "Soubor „{path}“ neexistuje.",
    "“{name}” is larger than 2 MB; use a smaller image.": (
        "„{name}“ je větší než 2 MB; použijte menší obrázek."
    ),
    "Cannot read “{path}”: {reason}.": "Soubor „{path}“ nelze přečíst: {reason}.",
    "Too many files named like “{name}” in “{path}”.": (
        "Ve složce „{path}“ je příliš mnoho souborů s názvem jako „{name}“."
    ),
    "“{path}” is a file, not a folder.": "„{path}“ je soubor, ne složka.",
    "Cannot write into “{path}”: {reason}.": "Do složky „{path}“ nelze zapisovat: {reason}.",
    "Cannot write “{path}”: {reason}.": "Soubor „{path}“ nelze zapsat: {reason}.",
    "The period holds {count} entries; a statement lists at most {limit}. "
    "Choose a shorter period, or export the entries as CSV.": (
        "Počet pohybů v období: {count}; výpis jich uvede nejvýše {limit}. Zvolte kratší období, "
        "nebo pohyby exportujte do CSV."
    ),
    "Enter an amount.": "Zadejte částku.",
    "“{value}” is not a number: digits must follow the separator.": (
        "„{value}“ není číslo: za oddělovačem musí následovat číslice."
    ),
    "“{value}” is not a number.": "„{value}“ není číslo.",
    "“{value}” has misplaced thousands separators.": (
        "„{value}“ má oddělovače tisíců na nesprávném místě."
    ),
    "“{value}” must be a whole number.": "„{value}“ musí být celé číslo.",
    "“{value}” has more than {decimals} decimal places.": (
        "„{value}“ má příliš mnoho desetinných míst (nejvýše {decimals})."
    ),
    "The amount cannot be negative.": "Částka nemůže být záporná.",
    "“{value}” is too large.": "Částka „{value}“ je příliš velká.",
    "The amount is too large.": "Částka je příliš velká.",
    "Unsupported database address “{address}”: only SQLite files (a path or sqlite:///PATH).": (
        "Nepodporovaná adresa databáze „{address}“: jen soubory SQLite (cesta nebo "
        "sqlite:///CESTA)."
    ),
    "“{path}” is not a Credit Desk database (not an SQLite file).": (
        "„{path}“ není databáze Credit Desk (není to soubor SQLite)."
    ),
    "“{path}” is locked by another program; try again when it has finished.": (
        "Soubor „{path}“ má zamčený jiný program; zkuste to znovu, až skončí."
    ),
    "“{path}” is damaged and cannot be opened ({reason}). It was left as it is; "
    "restore a backup copy.": (
        "Soubor „{path}“ je poškozený a nelze ho otevřít ({reason}). Zůstal beze změny; "
        "obnovte zálohu databáze."
    ),
    "“{path}” is a folder, not a database file.": "„{path}“ je složka, ne soubor databáze.",
    "“{path}” was written by a newer Credit Desk (schema {version}; this version "
    "understands up to {supported}). Update Credit Desk to open it; the file was not "
    "changed.": (
        "Soubor „{path}“ zapsala novější verze Credit Desk (schéma {version}; tato verze zná "
        "schéma nejvýše {supported}). Aktualizujte Credit Desk, abyste ho mohli otevřít; "
        "soubor se nezměnil."
    ),
    "Cannot create the folder “{path}”: {reason}.": "Složku „{path}“ nelze vytvořit: {reason}.",
    "Cannot open “{path}”: {reason}.": "Databázi „{path}“ nelze otevřít: {reason}.",
    "“{path}” cannot be used: {reason}.": "Databázi „{path}“ nelze použít: {reason}.",
}

MESSAGES_PAYMENTS = {
    # models/payments/top_ups.py, payment_instructions.py
    "Top-ups are in EUR or CZK, not “{value}”.": "Dobití je možné v EUR nebo CZK, ne v „{value}“.",
    "Top up at least some credits.": "Dobijte alespoň nějaké kredity.",
    "That is more credits than one top-up can buy.": "Tolik kreditů nelze koupit jedním dobitím.",
    "The amount is too small to pay.": "Částka je příliš malá na zaplacení.",
    "Enter an amount above zero.": "Zadejte částku větší než nula.",
    "Unknown payment method “{value}”.": "Neznámý způsob platby „{value}“.",
    "Fill in the seller's bank account first (Edit → Settings → Seller, or `settings "
    "seller.iban IBAN`), so the payment instructions can name it.": (
        "Nejprve vyplňte bankovní účet dodavatele (Úpravy → Nastavení → Dodavatel, nebo `settings "
        "seller.iban IBAN`), aby ho platební údaje mohly uvést."
    ),
    "The note is too long (at most 500 characters).": (
        "Poznámka je příliš dlouhá (nejvýše 500 znaků)."
    ),
    "There is no payment {payment_id}.": "Platba {payment_id} neexistuje.",
    "Payment {variable_symbol} was cancelled; create a new top-up instead.": (
        "Platba {variable_symbol} byla zrušena; vytvořte místo ní nové dobití."
    ),
    "Payment {variable_symbol} is paid and its credits are in the ledger; it cannot be "
    "cancelled.": (
        "Platba {variable_symbol} je zaplacená a její kredity už byly připsány; nelze ji zrušit."
    ),
    "Fill in the seller's bank account (Edit → Settings → Seller).": (
        "Vyplňte bankovní účet dodavatele (Úpravy → Nastavení → Dodavatel)."
    ),
    "Fill in the seller's name (Edit → Settings → Seller): a SEPA payment code must name the "
    "beneficiary.": (
        "Vyplňte název dodavatele (Úpravy → Nastavení → Dodavatel): platební kód SEPA musí uvádět "
        "příjemce platby."
    ),
    # models/payments/qr.py
    "“{value}” is not an ISO 4217 currency code.": "„{value}“ není kód měny podle ISO 4217.",
    "“{value}” is not a known currency.": "„{value}“ není známá měna.",
    "The amount to pay must be more than zero.": "Částka k úhradě musí být větší než nula.",
    "{amount} {currency} cannot be written with two decimals.": (
        "{amount} {currency} nelze zapsat se dvěma desetinnými místy."
    ),
    "{amount} {currency} is more than a QR payment allows.": (
        "{amount} {currency} je víc, než platba QR kódem dovoluje."
    ),
    "“{value}” is not a valid BIC (SWIFT code).": "„{value}“ není platný BIC (kód SWIFT).",
    "The recipient name is {length} characters in the QR code; QR Platba allows {limit}.": (
        "Jméno příjemce platby má v QR kódu {length} znaků; QR Platba dovoluje nejvýše {limit}."
    ),
    "“{value}” is not a variable symbol: use 1–10 digits, not all zeros.": (
        "„{value}“ není variabilní symbol: použijte 1–10 číslic, ne samé nuly."
    ),
    "The message is {length} characters in the QR code; QR Platba allows {limit}.": (
        "Zpráva pro příjemce má v QR kódu {length} znaků; QR Platba dovoluje nejvýše {limit}."
    ),
    "The beneficiary name must be one line of text without control characters.": (
        "Jméno příjemce platby musí být jeden řádek textu bez řídicích znaků."
    ),
    "The beneficiary name is {length} characters; an EPC QR code allows {limit}.": (
        "Jméno příjemce platby má {length} znaků; QR kód EPC dovoluje nejvýše {limit}."
    ),
    "The payment message must be one line of text without control characters.": (
        "Zpráva pro příjemce musí být jeden řádek textu bez řídicích znaků."
    ),
    "The payment message is {length} characters; an EPC QR code allows {limit}.": (
        "Zpráva pro příjemce má {length} znaků; QR kód EPC dovoluje nejvýše {limit}."
    ),
    "“{value}” is not a valid RF creditor reference.": (
        "„{value}“ není platná reference věřitele RF."
    ),
    "“{value}” is not a structured reference: use up to 35 letters and digits.": (
        "„{value}“ není strukturovaná reference: použijte nejvýše 35 písmen a číslic."
    ),
    "An EPC QR code pays in euros only, not in {currency}.": (
        "QR kód EPC platí jen v eurech, ne v {currency}."
    ),
    "An EPC QR code needs the beneficiary's name.": "QR kód EPC musí uvádět jméno příjemce platby.",
    "An EPC QR code carries either a structured reference or a message, not both.": (
        "QR kód EPC nese buď strukturovanou referenci, nebo zprávu pro příjemce, ne obojí."
    ),
    "The EPC QR payload is {size} bytes; at most 331 are allowed.": (
        "Obsah QR kódu EPC má {size} bajtů; povoleno je nejvýše 331."
    ),
    "There is nothing to put in the QR code.": "Do QR kódu není co vložit.",
    "The text is too long for a QR code: {reason}": "Text je pro QR kód příliš dlouhý: {reason}",
    # models/payments/bank_account.py
    "Enter an IBAN.": "Zadejte IBAN.",
    "“{value}” is not a valid IBAN: its check digits are wrong (a typo?).": (
        "„{value}“ není platný IBAN: nesedí kontrolní číslice (překlep?)."
    ),
    "“{value}” is not a valid IBAN: it has the wrong length for its country.": (
        "„{value}“ není platný IBAN: nemá správnou délku pro svou zemi."
    ),
    "“{value}” is not a valid IBAN: it is not in the IBAN format.": (
        "„{value}“ není platný IBAN: nemá formát IBAN."
    ),
    "“{value}” is not a valid IBAN: its country code or account part is not valid.": (
        "„{value}“ není platný IBAN: kód země nebo část s číslem účtu není platná."
    ),
    "“{value}” is not a valid IBAN: it is not valid.": "„{value}“ není platný IBAN.",
    "“{value}” is not a Czech account number; write it as “number/bank” or "
    "“prefix-number/bank”, e.g. 19-2000145399/0800.": (
        "„{value}“ není české číslo účtu; zapište ho jako „číslo/banka“ nebo "
        "„předčíslí-číslo/banka“, např. 19-2000145399/0800."
    ),
    "“{value}” has an account number of only zeros.": "„{value}“ má číslo účtu ze samých nul.",
    "The prefix of “{value}” fails the Czech check digit test (a typo?).": (
        "Předčíslí v „{value}“ neprošlo českou kontrolou čísla účtu (překlep?)."
    ),
    "The account number in “{value}” fails the Czech check digit test (a typo?).": (
        "Číslo účtu v „{value}“ neprošlo českou kontrolou čísla účtu (překlep?)."
    ),
    # models/payments/statements.py
    "The file is {size} MB; statements larger than {limit} MB are refused.": (
        "Soubor má {size} MB; výpisy větší než {limit} MB se odmítají."
    ),
    "The file is empty.": "Soubor je prázdný.",
    "“{value}” is not a known currency code.": "„{value}“ není známý kód měny.",
    "“{value}” is not an amount.": "„{value}“ není částka.",
    "“{value}” has more decimals than {currency} has.": (
        "„{value}“ má víc desetinných míst, než má {currency}."
    ),
    "“{value}” is too large to be an amount.": "„{value}“ je na částku příliš velké číslo.",
    "… and {count} more.": "… a další ({count}).",
    # models/payments/camt053.py
    "This is a web page (HTML), not a bank statement. Download the statement from your bank as "
    "camt.053 XML.": (
        "Toto je webová stránka (HTML), ne bankovní výpis. Stáhněte výpis ze své banky ve formátu "
        "camt.053 XML."
    ),
    "The file holds no statement (no BkToCstmrStmt/Stmt element).": (
        "Soubor neobsahuje žádný výpis (chybí prvek BkToCstmrStmt/Stmt)."
    ),
    "Entry {number} ({reference}): {problem}": "Položka {number} ({reference}): {problem}",
    "Entry {number}: {problem}": "Položka {number}: {problem}",
    "Two credits share the bank reference “{reference}”.": (
        "Dvě příchozí platby mají stejnou bankovní referenci „{reference}“."
    ),
    "The statement has entries that cannot be read:": (
        "Výpis obsahuje položky, které nelze přečíst:"
    ),
    "This XML file is not an ISO 20022 camt.053 bank statement (its root is {root}).": (
        "Tento soubor XML není bankovní výpis ISO 20022 camt.053 (jeho kořenový prvek je {root})."
    ),
    "This is an intraday account report (camt.052), not an end-of-day statement. Export "
    "camt.053 from your bank.": (
        "Toto je průběžný přehled o účtu (camt.052), ne denní výpis. Exportujte ze své banky "
        "camt.053."
    ),
    "This is a debit/credit notification (camt.054), not an end-of-day statement. Export "
    "camt.053 from your bank.": (
        "Toto je avízo o připsání či odepsání (camt.054), ne denní výpis. Exportujte ze své banky "
        "camt.053."
    ),
    "This is a camt.{number} message, not an end-of-day statement. Export camt.053 from your "
    "bank.": ("Toto je zpráva camt.{number}, ne denní výpis. Exportujte ze své banky camt.053."),
    "the credit/debit indicator “{value}” is not CRDT or DBIT.": (
        "příznak připsání/odepsání „{value}“ není CRDT ani DBIT."
    ),
    "the entry has no amount.": "položka nemá částku.",
    "the entry has no booking date.": "položka nemá datum zaúčtování.",
    "“{value}” is not a date.": "„{value}“ není datum.",
    # models/payments/statement_csv.py, csv_mapping.py
    "The columns of this CSV file are not recognised; choose which column holds what.": (
        "Sloupce tohoto souboru CSV nebyly rozpoznány; vyberte, který sloupec obsahuje co."
    ),
    "Row {line}: it has {count} columns, but {needed} are needed.": (
        "Řádek {line}: počet sloupců je {count}, ale potřeba je {needed}."
    ),
    "Row {line}: {problem}": "Řádek {line}: {problem}",
    "The reference “{reference}” appears {count} times.": (
        "Reference „{reference}“ se vyskytuje vícekrát ({count}×)."
    ),
    "Some rows of the CSV file cannot be read:": "Některé řádky souboru CSV nelze přečíst:",
    "“{value}” is not a variable symbol (1–10 digits).": (
        "„{value}“ není variabilní symbol (1–10 číslic)."
    ),
    "“{value}” is not a date like {example}.": "„{value}“ není datum ve tvaru {example}.",
    "This file is HTML or XML, not CSV. For a camt.053 statement, import it as XML.": (
        "Tento soubor je HTML nebo XML, ne CSV. Výpis camt.053 importujte jako XML."
    ),
    "This is not a text file in UTF-8 or Windows-1250 encoding.": (
        "Toto není textový soubor v kódování UTF-8 ani Windows-1250."
    ),
    "Line {line} is not valid CSV: {reason}.": "Řádek {line} není platné CSV: {reason}.",
    "No header row with the columns {columns} was found.": (
        "Nebyl nalezen řádek záhlaví se sloupci {columns}."
    ),
    "The decimal separator must be “,” or “.”.": (
        "Oddělovač desetinných míst musí být „,“ nebo „.“."
    ),
    "Choose a currency column or the currency of the account.": (
        "Vyberte sloupec s měnou nebo měnu účtu."
    ),
    # models/common/safe_xml.py
    "The file declares a DTD (<!DOCTYPE …>). Bank statements never do, and DTDs can read local "
    "files or expand into gigabytes, so the file is refused.": (
        "Soubor deklaruje DTD (<!DOCTYPE …>). Bankovní výpisy to nikdy nedělají a DTD může číst "
        "místní soubory nebo se rozrůst na gigabajty, proto byl soubor odmítnut."
    ),
    "The file declares XML entities, which bank statements never do; refused.": (
        "Soubor deklaruje entity XML, které bankovní výpisy nikdy nepoužívají; byl odmítnut."
    ),
    "The file is not well-formed XML: {reason} (line {line}, column {column}).": (
        "Soubor není správně utvořené XML: {reason} (řádek {line}, sloupec {column})."
    ),
    # models/payments/statement_import.py
    "That bank entry or payment no longer exists.": "Položka výpisu nebo platba už neexistuje.",
    "That bank entry has already been dealt with.": "Tato položka výpisu už byla vyřízena.",
    "Payment {variable_symbol} is paid; pair a pending one.": (
        "Platba {variable_symbol} je zaplacená; spárujte platbu čekající na úhradu."
    ),
    "Payment {variable_symbol} is cancelled; pair a pending one.": (
        "Platba {variable_symbol} je zrušená; spárujte platbu čekající na úhradu."
    ),
    "The credit is in {currency} but payment {variable_symbol} is in {payment_currency}.": (
        "Příchozí platba je v {currency}, ale platba {variable_symbol} je v {payment_currency}."
    ),
    # models/common/text_files.py
    "The file is in UTF-16, which is not supported: save it as UTF-8 (CSV UTF-8).": (
        "Soubor je v kódování UTF-16, které není podporováno: uložte ho jako UTF-8 (CSV UTF-8)."
    ),
    "The file is not a text file (it contains binary data).": (
        "Soubor není textový (obsahuje binární data)."
    ),
    "The file is neither UTF-8 nor Windows-1250 text (byte {position} cannot be read). Save it "
    "as UTF-8.": (
        "Soubor není text v kódování UTF-8 ani Windows-1250 (bajt {position} nelze přečíst). "
        "Uložte ho jako UTF-8."
    ),
    "Line {line}: the file is not valid CSV ({reason}).": (
        "Řádek {line}: soubor není platné CSV ({reason})."
    ),
}

MESSAGES_MESSAGING = {
    "Row {row}: {problem}": "Řádek {row}: {problem}",
    "Missing column(s): {columns}. The header reads “{found}”; expected: {expected}.": (
        "Chybějící sloupce: {columns}. Záhlaví zní „{found}“; očekáváno: {expected}."
    ),
    "Column(s) given twice: {columns}. The header reads “{found}”; expected: {expected}.": (
        "Dvakrát uvedené sloupce: {columns}. Záhlaví zní „{found}“; očekáváno: {expected}."
    ),
    "The file has a header but no prices.": "Soubor má záhlaví, ale žádné ceny.",
    "There are more problems; fix these and try again.": (
        "Problémů je víc; opravte tyto a zkuste to znovu."
    ),
    "{fields} fields where the header has {columns}": (
        "počet polí {fields}, ale záhlaví jich má {columns}"
    ),
    "{iso}'s country price is already priced on row {first}": (
        "cena pro celou zemi {iso} už je uvedena na řádku {first}"
    ),
    "prefix +{prefix} is already priced on row {first}": (
        "předvolba +{prefix} už má cenu na řádku {first}"
    ),
    "unknown country “{value}” (write its ISO code, e.g. CZ)": (
        "neznámá země „{value}“ (napište její kód ISO, např. CZ)"
    ),
    "the country is missing": "chybí země",
    "the dialling code +{dialling} is not {iso}'s (+{code})": (
        "mezinárodní předvolba +{dialling} nepatří zemi {iso} (+{code})"
    ),
    "the prefix “{value}” is not a number prefix": "předvolba „{value}“ není číselná předvolba",
    "the prefix +{prefix} does not start with {iso}'s code +{code}": (
        "předvolba +{prefix} nezačíná předvolbou země {iso} +{code}"
    ),
    "the prefix +{prefix} is longer than a phone number": (
        "předvolba +{prefix} je delší než telefonní číslo"
    ),
    "the operator's name is longer than 100 characters": "název operátora je delší než 100 znaků",
    "the price is missing": "chybí cena",
    "the price “{value}” is negative": "cena „{value}“ je záporná",
    "the price “{value}” is not a number (write e.g. 0.035 or 0,035)": (
        "cena „{value}“ není číslo (napište např. 0,035 nebo 0.035)"
    ),
    "the price “{value}” has more than {decimals} decimal places": (
        "cena „{value}“ má víc než {decimals} desetinných míst"
    ),
    "the price must be more than zero": "cena musí být větší než nula",
    "the price “{value}” is over 1000 credits per part": (
        "cena „{value}“ je vyšší než 1000 kreditů za díl zprávy"
    ),
    "The message is empty.": "Zpráva je prázdná.",
    "None of the recipients is in a country the price list covers.": (
        "Žádný z příjemců není v zemi, kterou ceník pokrývá."
    ),
    "interrupted while sending: the gateway cannot say whether it took the message; not charged": (
        "přerušeno při odesílání: brána nedokáže říct, zda zprávu převzala; nezaúčtováno"
    ),
    "Enter the BulkGate application ID and token first (they are kept in the system keyring).": (
        "Nejprve zadejte ID aplikace a token BulkGate (uchovávají se v systémové klíčence)."
    ),
    "Enter both the application ID and the token.": "Zadejte ID aplikace i token.",
    "The system keyring cannot be read: {reason}": "Systémovou klíčenku nelze přečíst: {reason}",
    "The system keyring cannot store them: {reason}": (
        "Do systémové klíčenky je nelze uložit: {reason}"
    ),
    "The system keyring cannot forget them: {reason}": (
        "Ze systémové klíčenky je nelze odstranit: {reason}"
    ),
    "BulkGate answered HTTP {status}": "BulkGate odpověděl stavem HTTP {status}",
    "cannot reach BulkGate: {reason}": "nelze se spojit s BulkGate: {reason}",
    "BulkGate answered HTTP {status} with something that is not JSON": (
        "BulkGate odpověděl stavem HTTP {status} a obsahem, který není JSON"
    ),
    "BulkGate answered JSON of an unexpected shape": "BulkGate odpověděl JSONem v nečekané podobě",
    "BulkGate's answer has no sms_id": "V odpovědi BulkGate chybí sms_id",
    "BulkGate's answer has no response list": (
        "V odpovědi BulkGate chybí seznam odpovědí (response)"
    ),
    "BulkGate did not answer for it": "BulkGate k ní neposlal odpověď",
    "unknown error": "neznámá chyba",
    "{error} (code {code})": "{error} (kód {code})",
}

CONTEXTS["Messages"] = {
    **MESSAGES_BILLING,
    **MESSAGES_DOCUMENTS,
    **MESSAGES_PAYMENTS,
    **MESSAGES_MESSAGING,
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


# English needs no translation, except the singular of a counted message: Qt prints "%n" texts
# as written unless a translation gives the forms, so credit_desk_en.ts (made by lupdate
# -pluralonly) holds just these, as (one, more).
ENGLISH_PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("BalanceIndicator", "≈ %Ln one-part messages to %1 at %2 credits each"): (
        "≈ %Ln one-part message to %1 at %2 credits each",
        "≈ %Ln one-part messages to %1 at %2 credits each",
    ),
    ("TaskFinisher", "Finishing %n task(s)…"): (
        "Finishing %n task…",
        "Finishing %n tasks…",
    ),
    ("Exports", "Saved %n entry(ies) to %1."): (
        "Saved %n entry to %1.",
        "Saved %n entries to %1.",
    ),
    ("Exports", "Saved the statement of %n entry(ies) to %1."): (
        "Saved the statement of %n entry to %1.",
        "Saved the statement of %n entries to %1.",
    ),
}


# -- checks -------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[A-Za-z_][^{}]*\}")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def problems(source: str, translation: str) -> list[str]:
    """What a translation of `source` breaks: placeholders, HTML tags, accelerators, "…"."""
    found = []
    wanted = Counter(PLACEHOLDER.findall(source))
    if Counter(PLACEHOLDER.findall(translation)) != wanted:
        found.append(f"placeholders differ: {sorted(wanted.elements())}")
    if Counter(TAG.findall(translation)) != Counter(TAG.findall(source)):
        found.append("HTML tags differ")
    if len(ACCELERATOR.findall(translation)) != len(ACCELERATOR.findall(source.replace("&&", ""))):
        found.append("keyboard accelerators (&) differ")
    if source.endswith("…") and not translation.endswith("…"):
        found.append("the trailing “…” is missing")
    if not translation.strip():
        found.append("empty")
    return found


# -- the .ts file -------------------------------------------------------------------------------


def lookup(context: str, source: str) -> str | tuple[str, ...] | None:
    return CONTEXTS.get(context, {}).get(source) or GLOSSARY.get(source)


_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;", '"': "&quot;"}


def _escape(text: str) -> str:
    """As lupdate escapes: markup characters, controls and non-ASCII spaces (NBSP → &#xa0;)."""
    return "".join(
        _ENTITIES.get(char)
        or (
            f"&#x{ord(char):x};"
            if (char < " " and char not in "\n\t") or (char > "\x7f" and char.isspace())
            else char
        )
        for char in text
    )


def _attributes(element: ET.Element) -> str:
    return "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())


def write_ts(root: ET.Element, path: Path) -> None:
    """Write the tree as pyside6-lupdate writes it, so that its next run changes nothing."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for context in root:
        lines.append("<context>")
        for child in context:
            if child.tag != "message":
                lines.append(f"    <{child.tag}>{_escape(child.text or '')}</{child.tag}>")
                continue
            lines.append(f"    <message{_attributes(child)}>")
            for part in child:
                forms = part.findall("numerusform")
                if forms:
                    lines.append(f"        <{part.tag}{_attributes(part)}>")
                    for form in forms:
                        lines.append(
                            f"            <numerusform>{_escape(form.text or '')}</numerusform>"
                        )
                    lines.append(f"        </{part.tag}>")
                elif part.tag == "location" or (not part.text and part.tag != "translation"):
                    lines.append(f"        <{part.tag}{_attributes(part)}/>")
                else:
                    text = _escape(part.text or "")
                    lines.append(f"        <{part.tag}{_attributes(part)}>{text}</{part.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _set_note(message: ET.Element, note: str | None) -> None:
    existing = message.find("translatorcomment")
    if note is None:
        return
    if existing is None:
        existing = ET.Element("translatorcomment")
        position = list(message).index(message.find("translation"))
        message.insert(position, existing)
    existing.text = note


def apply(path: Path = TS_FILE) -> tuple[int, list[str], list[str]]:
    """Fill in `path`; returns (messages translated, messages still missing, problems found)."""
    root = ET.parse(path).getroot()
    translated, missing, faults = 0, [], []
    used: set[tuple[str, str]] = set()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            where = f"{name}: {source!r}"
            translation = message.find("translation")
            assert translation is not None, where
            numerus = message.get("numerus") == "yes"
            wanted = lookup(name, source)
            if source in CONTEXTS.get(name, {}):
                used.add((name, source))
            if wanted is None:
                kept = [f.text or "" for f in translation.findall("numerusform")] or [
                    translation.text or ""
                ]
                if translation.get("type") is None and all(kept):
                    faults += [f"{where}: {p}" for k in kept for p in problems(source, k)]
                    print(f"kept a translation that only the .ts has: {where}", file=sys.stderr)
                    translated += 1
                else:
                    missing.append(where)
                continue
            forms = list(wanted) if isinstance(wanted, tuple) else [wanted]
            if numerus != isinstance(wanted, tuple):
                faults.append(f"{where}: {'three plural forms' if numerus else 'one text'} wanted")
                continue
            errors = [p for form in forms for p in problems(source, form)]
            if errors:
                faults += [f"{where}: {error}" for error in errors]
                continue
            translation.attrib.pop("type", None)
            if numerus:
                for form in translation.findall("numerusform"):
                    translation.remove(form)
                for text in forms:
                    ET.SubElement(translation, "numerusform").text = text
                translation.text = None
            else:
                translation.text = forms[0]
            _set_note(message, NOTES.get((name, source)))
            translated += 1
    for name, entries in CONTEXTS.items():
        for source in entries:
            if (name, source) not in used:
                print(f"not in the .ts (changed or removed?): {name}: {source!r}", file=sys.stderr)
    write_ts(root, path)
    return translated, missing, faults


def apply_english(path: Path = ENGLISH_TS_FILE) -> list[str]:
    """Fill in the English plural forms; returns the counted messages that have none."""
    root = ET.parse(path).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            forms = ENGLISH_PLURALS.get((name, source))
            translation = message.find("translation")
            assert translation is not None
            if forms is None:
                missing.append(f"{name}: {source!r}")
                continue
            translation.attrib.pop("type", None)
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
            translation.text = None
    write_ts(root, path)
    return missing


def main(argv: list[str]) -> int:
    english_missing = apply_english() if ENGLISH_TS_FILE.exists() else []
    for where in english_missing:
        print(f"missing English plural forms: {where}")
    translated, missing, faults = apply()
    for where in missing:
        print(f"missing: {where}")
    for fault in faults:
        print(f"refused: {fault}")
    print(f"{TS_FILE.name}: {translated} translated, {len(missing)} missing, {len(faults)} refused")
    if faults or ("--check" in argv and (missing or english_missing)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
