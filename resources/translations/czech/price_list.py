"""Czech for the Price list page (ui/price_list/): context → English source → translation."""

from __future__ import annotations

CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
    "BreakdownModel": {
        "Parts": "Části",
        "%1 (%2)": "%1 (%2)",
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
        "%1 characters · %2 · %Ln part(s) · %3 left in this part": (
            "Znaků: %1 · %2 · %Ln část · v této části zbývá: %3",
            "Znaků: %1 · %2 · %Ln části · v této části zbývá: %3",
            "Znaků: %1 · %2 · %Ln částí · v této části zbývá: %3",
        ),
        "Unicode (UCS-2), 70 characters per part, because of: %1": (
            "Unicode (UCS-2), 70 znaků na část, kvůli znakům: %1"
        ),
        "%1 parts is more than the maximum of %2 set in Settings (messages.max_parts).": (
            "Počet částí (%1) překračuje maximum %2 z Nastavení (messages.max_parts)."
        ),
    },
    "PriceListModel": {
        "Dialling code": "Předvolba",
        "Number prefix": "Prefix čísla",
        "Number type": "Typ čísla",
        "Mobile numbers and the other types that receive SMS; fixed lines, toll-free, "
        "premium-rate and shared-cost numbers only by rows of their own type": (
            "Mobilní čísla a další typy, které přijímají SMS; pevné linky, bezplatné linky, "
            "linky se zvýšeným tarifem a se sdílenými náklady jen řádky svého typu"
        ),
        "%1 per part": "%1 za část",
        "Numbers that match no operator prefix of this country": (
            "Čísla, která neodpovídají žádnému prefixu operátora v této zemi"
        ),
        "all numbers": "všechna čísla",
    },
    "NumberTypes": {
        "any type": "jakýkoli typ",
        "mobile": "mobilní",
        "fixed line": "pevná linka",
        "toll-free": "bezplatná linka",
        "premium rate": "zvýšený tarif",
        "shared cost": "sdílené náklady",
        "VoIP": "VoIP",
        "personal number": "osobní číslo",
        "pager": "pager",
        "universal access number": "číslo univerzálního přístupu",
        "voicemail": "hlasová schránka",
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
        "%1 valid · %2 invalid · %Ln duplicate(s) (not priced) · default country %3": (
            "Platná: %1 · neplatná: %2 · %Ln duplicita (bez ceny) · výchozí země: %3",
            "Platná: %1 · neplatná: %2 · %Ln duplicity (bez ceny) · výchozí země: %3",
            "Platná: %1 · neplatná: %2 · %Ln duplicit (bez ceny) · výchozí země: %3",
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
        "%Ln part(s), %1": ("%Ln část, %1", "%Ln části, %1", "%Ln částí, %1"),
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
}
