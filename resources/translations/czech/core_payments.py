"""Czech for the core's messages on top-ups, QR codes, bank statements and the ledger."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # models/payments/top_ups.py, payment_instructions.py
    "Top-ups are in EUR or CZK, not “{value}”.": "Dobití je možné v EUR nebo CZK, ne v „{value}“.",
    "The smallest top-up is {amount} (net, without VAT).": (
        "Nejmenší dobití je {amount} (bez DPH)."
    ),
    "Top up at least some credits.": "Dobijte alespoň nějaké kredity.",
    "That is more credits than one top-up can buy.": "Tolik kreditů nelze koupit jedním dobitím.",
    "The amount is too small to pay.": "Částka je příliš malá na zaplacení.",
    "Enter an amount above zero.": "Zadejte částku větší než nula.",
    "Unknown payment method “{value}”.": "Neznámý způsob platby „{value}“.",
    "The seller's name is longer than the {limit} characters a SEPA payment code can "
    "carry; shorten it in Edit → Settings → Seller.": (
        "Název dodavatele je delší než {limit} znaků, které platební kód SEPA pojme; zkraťte ho "
        "v Úpravy → Nastavení → Dodavatel."
    ),
    "Bank transfers need the seller's bank account: fill it in under Edit → Settings… → "
    "Seller (IBAN or Czech account number), or with `settings seller.iban IBAN`.": (
        "Bankovní převod vyžaduje bankovní účet dodavatele: vyplňte ho v Úpravy → Nastavení… → "
        "Dodavatel (IBAN nebo české číslo účtu), nebo příkazem `settings seller.iban IBAN`."
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
    "Fill in the seller's name (Edit → Settings → Seller): a SEPA payment code must name the "
    "beneficiary.": (
        "Vyplňte název dodavatele (Úpravy → Nastavení → Dodavatel): platební kód SEPA musí uvádět "
        "příjemce platby."
    ),
    # models/payments/qr.py
    "“{value}” is not an ISO 4217 currency code.": "„{value}“ není kód měny podle ISO 4217.",
    "“{value}” is not a known currency.": "„{value}“ není známá měna.",
    "The amount to pay must be more than zero.": "Částka k úhradě musí být větší než nula.",
    "{amount} cannot be written with two decimals.": (
        "{amount} nelze zapsat se dvěma desetinnými místy."
    ),
    "{amount} is more than a QR payment allows.": "{amount} je víc, než platba QR kódem dovoluje.",
    "“{value}” is not a valid BIC (SWIFT code).": "„{value}“ není platný BIC (kód SWIFT).",
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
    "“{value}” is not an account number or IBAN.": "„{value}“ není číslo účtu ani IBAN.",
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
    "the entry status “{value}” is not BOOK (booked), PDNG (pending) or INFO.": (
        "stav položky „{value}“ není BOOK (zaúčtováno), PDNG (čeká na zaúčtování) ani INFO."
    ),
    "the reversal indicator “{value}” is not true or false.": (
        "příznak storna „{value}“ není true ani false."
    ),
    "Statement {id}: {problem}": "Výpis {id}: {problem}",
    # models/payments/camt_document.py, camt_dates.py
    "This is a camt.053.001.{version} statement, a version Credit Desk does not read. "
    "Export camt.053 in a version from 001.02 to 001.08 from your bank.": (
        "Toto je výpis camt.053.001.{version}, tuto verzi Credit Desk nečte. Exportujte ze své "
        "banky camt.053 ve verzi 001.02 až 001.08."
    ),
    "“{value}” is not a date.": "„{value}“ není datum.",
    # models/payments/gpc.py, gpc_records.py
    "The file has no statement header (a 074 record), so it is not a GPC/ABO statement.": (
        "Soubor nemá záhlaví výpisu (záznam 074), není to tedy výpis GPC/ABO."
    ),
    "The GPC statement has lines that cannot be read:": "Některé řádky výpisu GPC nelze přečíst:",
    "Line {line}: {problem}": "Řádek {line}: {problem}",
    "The file mixes UTF-8 and Windows-1250 text (lines {first} and {line}). Export the "
    "statement from the bank again.": (
        "Soubor míchá text v kódování UTF-8 a Windows-1250 (řádky {first} a {line}). Exportujte "
        "výpis z banky znovu."
    ),
    "Line {line} is neither UTF-8 nor Windows-1250 text.": (
        "Řádek {line} není text v kódování UTF-8 ani Windows-1250."
    ),
    "the {record} record has {count} characters instead of {length}.": (
        "záznam {record} má {count} znaků místo {length}."
    ),
    "“{value}” is not a GPC record type (074, 075 or 076–079).": (
        "„{value}“ není typ záznamu GPC (074, 075 ani 076–079)."
    ),
    "an item (075) comes before the statement header (074).": (
        "položka (075) je před záhlavím výpisu (074)."
    ),
    "a {record} record must follow an item (075).": (
        "záznam {record} musí následovat za položkou (075)."
    ),
    "characters {first}–{last} must be digits, not “{value}”.": (
        "na pozicích {first}–{last} musí být číslice, ne „{value}“."
    ),
    "character {position} must be one of {signs}, not “{value}”.": (
        "na pozici {position} musí být jeden ze znaků {signs}, ne „{value}“."
    ),
    "“{value}” (characters {first}–{last}) is not a date in the form DDMMYY.": (
        "„{value}“ (pozice {first}–{last}) není datum ve tvaru DDMMRR."
    ),
    "the amount “{value}” is not a whole number of hellers.": (
        "částka „{value}“ není celý počet haléřů."
    ),
    "the posting code “{value}” is not 1 (debit), 2 (credit) or 3–5 (reversals).": (
        "kód zaúčtování „{value}“ není 1 (debet), 2 (kredit) ani 3–5 (storno)."
    ),
    "the currency code “{value}” is not a known ISO 4217 number (0203 is CZK, 0978 EUR).": (
        "kód měny „{value}“ není známý číselný kód ISO 4217 (0203 je CZK, 0978 EUR)."
    ),
    "the account number {value} fails the Czech check digit test in the standard and in the "
    "bank-internal order.": (
        "číslo účtu {value} neprošlo českou kontrolou čísla účtu ve standardním ani v interním "
        "pořadí banky."
    ),
    "the item's account {value} is not the statement's account {account}.": (
        "účet položky {value} není účet výpisu {account}."
    ),
    "the credit has neither a booking date nor a value date.": (
        "příchozí platba nemá datum zaúčtování ani datum valuty."
    ),
    # models/payments/statement_csv.py, csv_mapping.py
    "“{item}” is not FIELD=HEADER (for example amount=Objem).": (
        "„{item}“ nemá tvar POLE=ZÁHLAVÍ (například amount=Objem)."
    ),
    "“{field}” is not a column of a statement; use {fields}.": (
        "„{field}“ není sloupec výpisu; použijte {fields}."
    ),
    "Say which column holds the {field} (FIELD=HEADER, e.g. {field}=…).": (
        "Určete, který sloupec obsahuje {field} (POLE=ZÁHLAVÍ, např. {field}=…)."
    ),
    "The columns of this CSV file are not recognised; choose which column holds what.": (
        "Sloupce tohoto souboru CSV nebyly rozpoznány; vyberte, který sloupec obsahuje co."
    ),
    "it has {count} columns, but {needed} are needed.": (
        "počet sloupců je {count}, ale potřeba je {needed}."
    ),
    "a quote opened in it is not closed.": "uvozovky v něm otevřené nejsou uzavřeny.",
    "its account column is empty.": "sloupec s číslem účtu je prázdný.",
    # models/payments/csv_account.py
    "The file says it is for account “{value}”, which is not an account number or IBAN.": (
        "Soubor uvádí, že je pro účet „{value}“, což není číslo účtu ani IBAN."
    ),
    "The CSV file has a header row (line {line}) but no movements below it.": (
        "Soubor CSV má řádek záhlaví (řádek {line}), ale pod ním žádné pohyby."
    ),
    "Row {line} is another header row: the file holds more than one export. Import them one "
    "at a time.": (
        "Řádek {line} je další řádek záhlaví: soubor obsahuje více než jeden export. "
        "Importujte je jednotlivě."
    ),
    "The file starts as UTF-16 text but is not UTF-16.": (
        "Soubor začíná jako text v UTF-16, ale v UTF-16 není."
    ),
    "The file looks like UTF-16 text without a byte order mark, which cannot be read safely. "
    "Save it as UTF-8 (CSV UTF-8).": (
        "Soubor vypadá jako text v UTF-16 bez značky pořadí bajtů (BOM), který nelze spolehlivě "
        "přečíst. Uložte ho jako UTF-8 (CSV UTF-8)."
    ),
    "The file mixes two encodings: line {other} is UTF-8 but line {line} is not. Export the "
    "statement from the bank again.": (
        "Soubor míchá dvě kódování: řádek {other} je v UTF-8, ale řádek {line} ne. Exportujte "
        "výpis z banky znovu."
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
    # models/payments/import_plan.py, statement_import.py
    "Set the seller's bank account first (Edit → Settings… → Seller, or `settings "
    "seller.iban IBAN`): a statement is imported only when it is for one of your accounts.": (
        "Nejprve vyplňte bankovní účet dodavatele (Úpravy → Nastavení… → Dodavatel, nebo příkazem "
        "`settings seller.iban IBAN`): výpis se importuje, jen když patří k jednomu z vašich účtů."
    ),
    "This statement is for account {account}, which is not one of your accounts "
    "({yours}): nothing was imported.": (
        "Tento výpis patří k účtu {account}, který není žádným z vašich účtů ({yours}): "
        "nic nebylo importováno."
    ),
    "This file's statements are for accounts {accounts}, none of which is one of your "
    "accounts ({yours}): nothing was imported.": (
        "Výpisy v tomto souboru patří k účtům {accounts}, z nichž žádný není vaším účtem "
        "({yours}): nic nebylo importováno."
    ),
    "Account {account} is not one of your accounts: its credits are left out ({count}).": (
        "Účet {account} není žádným z vašich účtů: jeho příchozí platby se vynechávají ({count})."
    ),
    "The credit of {amount} booked on {booked_on} names payment {variable_symbol}, which was "
    "made later, on {created_on}; it waits for you to pair it.": (
        "Příchozí platba {amount} zaúčtovaná {booked_on} uvádí platbu {variable_symbol}, která "
        "vznikla až později, {created_on}; čeká, až ji spárujete."
    ),
    "The bank reference {reference} was imported before with another amount, currency or "
    "variable symbol; nothing was imported. Check that the statement is genuine.": (
        "Bankovní reference {reference} už byla importována s jinou částkou, měnou nebo "
        "variabilním symbolem; nic nebylo importováno. Ověřte, že je výpis pravý."
    ),
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
