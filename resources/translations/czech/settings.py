"""Czech for the settings dialogs (ui/settings/): context → English source → translation."""

from __future__ import annotations

CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
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
        "Czech National Bank: address of the daily exchange rate file "
        "(?date=DD.MM.YYYY is added)": (
            "Česká národní banka: adresa souboru s denními kurzy (doplní se ?date=DD.MM.RRRR)"
        ),
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
        "Exchange rates": "Kurzy měn",
        "Yes": "Ano",
        "No": "Ne",
        "English": "Angličtina",
        "Czech": "Čeština",
        "Promotional": "Marketingové",
        "Transactional": "Transakční",
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
        "Seller's other accounts that receive top-ups, e.g. a EUR account (IBANs or Czech "
        "account numbers, separated by commas)": (
            "Další účty dodavatele, na které přicházejí platby za dobití, např. účet v EUR "
            "(IBAN nebo česká čísla účtů oddělená čárkami)"
        ),
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
        "Commercial register: the court that keeps it (empty = none)": (
            "Obchodní rejstřík: soud, který ho vede (prázdné = žádný)"
        ),
        "Commercial register: section (oddíl), e.g. C": "Obchodní rejstřík: oddíl, např. C",
        "Commercial register: file (vložka), e.g. 12345": (
            "Obchodní rejstřík: vložka, např. 12345"
        ),
        "Register entry written out whole (used instead of court, section and file), "
        "e.g. for a sole trader": (
            "Zápis v rejstříku celým textem (použije se místo soudu, oddílu a vložky), "
            "např. u živnostníka"
        ),
        "Seller's web address, e.g. www.example.cz": "Webová adresa dodavatele, např. www.example.cz",
        "Seller's phone number, e.g. +420 601 234 567": (
            "Telefon dodavatele, např. +420 601 234 567"
        ),
        "Seller's e-mail address for documents": "E-mail dodavatele uváděný na dokladech",
        "Smallest top-up in CZK, without VAT (0 = any amount)": (
            "Nejmenší dobití v CZK bez DPH (0 = jakákoli částka)"
        ),
        "Smallest top-up in EUR, without VAT (0 = any amount)": (
            "Nejmenší dobití v EUR bez DPH (0 = jakákoli částka)"
        ),
        "(none)": "(žádný)",
    },
}
