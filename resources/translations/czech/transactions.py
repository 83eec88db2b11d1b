"""Czech for the Transactions page (ui/transactions/): context → English source → translation."""

from __future__ import annotations

CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
    "EntryDetailsDialog": {
        "Ledger entry %1": "Pohyb kreditu %1",
        "Entry number": "Číslo pohybu",
        "Payment %1": "Platba %1",
        "Invoice %1": "Faktura %1",
        "Campaign %1": "Kampaň %1",
        "Message %1": "Zpráva %1",
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
        "%1 · %Ln message(s)": ("%1 · %Ln zpráva", "%1 · %Ln zprávy", "%1 · %Ln zpráv"),
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
    "LedgerKinds": {
        "Top-up": "Dobití",
        "Message charge": "Poplatek za zprávu",
        "Refund": "Vrácení",
        "Adjustment": "Úprava",
    },
    "GroupsModel": {
        # A campaign's charges of one day in one row: its name and how many messages.
        "%1 · %Ln message(s)": ("%1 · %Ln zpráva", "%1 · %Ln zprávy", "%1 · %Ln zpráv"),
        "Click to sort by this column": "Kliknutím seřadíte podle tohoto sloupce",
        # Accusative: zobrazíte 1 zprávu, 2 zprávy, 5 zpráv.
        "Double-click to show each of the %Ln message(s)": (
            "Dvojklikem zobrazíte %Ln zprávu",
            "Dvojklikem zobrazíte všechny %Ln zprávy",
            "Dvojklikem zobrazíte všech %Ln zpráv",
        ),
    },
    "GroupsTable": {
        "Show the messages": "Zobrazit zprávy",
        "Show details…": "Zobrazit podrobnosti…",
    },
    "LedgerModel": {
        "Click to sort by this column": "Kliknutím seřadíte podle tohoto sloupce",
        "%1 (UTC)": "%1 (UTC)",
    },
    "LedgerPanel": {
        "Every entry": "Jednotlivé pohyby",
        "List every message charge, instead of one row per campaign and day": (
            "Vypsat každý poplatek za zprávu zvlášť, ne jeden řádek za kampaň a den"
        ),
        "Back to campaigns": "Zpět na kampaně",
        "%1 on %2: %Ln message(s)": (
            "%1 dne %2: %Ln zpráva",
            "%1 dne %2: %Ln zprávy",
            "%1 dne %2: %Ln zpráv",
        ),
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
