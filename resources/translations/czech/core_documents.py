"""Czech for the core's messages on settings, numbering, documents, PDFs, exports, the database."""

from __future__ import annotations

from czech.glossary import NBSP

MESSAGES: dict[str, str] = {
    "Choose one of: {choices}.": "Vyberte jednu z možností: {choices}.",
    "There is no setting “{key}”. See `settings` for the list.": (
        "Nastavení „{key}“ neexistuje. Seznam vypíše příkaz `settings`."
    ),
    "The price must be above zero.": "Cena musí být větší než nula.",
    "A rate is between 0 and 100 %.": f"Sazba musí být mezi 0 a 100{NBSP}%.",
    "Enter a whole number from {low} to {high}.": "Zadejte celé číslo od {low} do {high}.",
    "At most {limit} accounts.": "Nejvýše {limit} účtů.",
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
    "Fill in the court, the section and the file together, or none of them.": (
        "Vyplňte soud, oddíl i vložku, nebo nic z toho."
    ),
    "“{value}” is not a section of the register (e.g. C, B or Dr).": (
        "„{value}“ není oddíl rejstříku (např. C, B nebo Dr)."
    ),
    "“{value}” is not a file number (vložka): use its digits, e.g. 12345.": (
        "„{value}“ není číslo vložky: zadejte jen číslice, např. 12345."
    ),
    "“{value}” is not a web address (e.g. www.example.cz).": (
        "„{value}“ není webová adresa (např. www.example.cz)."
    ),
    "“{value}” is not a phone number (e.g. +420 601 234 567).": (
        "„{value}“ není telefonní číslo (např. +420 601 234 567)."
    ),
    "State the reason for the correction.": "Uveďte důvod opravy.",
    "The reason is too long (at most 300 characters).": "Důvod je příliš dlouhý (nejvýše 300 znaků).",
    "Only an issued tax invoice can be corrected by a credit note.": (
        "Opravným daňovým dokladem lze opravit jen vystavenou daňovou fakturu."
    ),
    "A credit note cannot be dated before the invoice it corrects.": (
        "Opravný daňový doklad nemůže mít dřívější datum než faktura, kterou opravuje."
    ),
    "Take back between 0 and {credits} (what the invoice sold, less earlier credit notes).": (
        "Odeberte 0 až {credits} (co faktura prodala, bez kreditů odebraných dřívějšími "
        "opravnými daňovými doklady)."
    ),
    "The amount to credit must be above zero and at most what is left of the "
    "invoice after earlier credit notes.": (
        "Opravovaná částka musí být větší než nula a nejvýše taková, jaká z faktury zbývá po "
        "dřívějších opravných daňových dokladech."
    ),
    "The balance is {balance}, less than the {credits} this credit note "
    "would take back. Take back at most the balance, or correct the price only (0 credits).": (
        "Zůstatek je {balance}, méně než {credits}, které by tento opravný "
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
    "The Factur-X data of document {number} is not valid: {reason}": (
        "Data Factur-X dokladu {number} nejsou platná: {reason}"
    ),
    "Document {number} could not be made: {reason}": "Doklad {number} nelze vytvořit: {reason}",
    "The period holds {count} entries; a statement lists at most {limit}. "
    "Choose a shorter period, or export the entries as CSV.": (
        "Počet pohybů v období: {count}; výpis jich uvede nejvýše {limit}. Zvolte kratší období, "
        "nebo pohyby exportujte do CSV."
    ),
    "SMS to {number}, campaign “{campaign}”": "SMS na {number}, kampaň „{campaign}“",
    "Top-up, variable symbol {variable_symbol}": (
        "Dobití kreditu, variabilní symbol {variable_symbol}"
    ),
    "Credit note {number} corrects invoice {invoice}": (
        "Opravný daňový doklad {number} k faktuře {invoice}"
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
    "The balance would pass {limit}, the most an account holds; nothing was credited.": (
        "Zůstatek by překročil {limit}, nejvíce, co účet pojme; nic nebylo připsáno."
    ),
    ("The disk is full: nothing was saved. Free some space and try again."): (
        "Disk je plný: nic nebylo uloženo. Uvolněte místo a zkuste to znovu."
    ),
    ("The database cannot be written (the file or its folder is read-only): nothing was saved."): (
        "Do databáze nelze zapisovat (soubor nebo jeho složka je jen pro čtení): nic nebylo "
        "uloženo."
    ),
    (
        "“{path}” is another program's database (its tables: {tables}). Credit Desk opens "
        "only its own databases; the file was not changed."
    ): (
        "„{path}“ je databáze jiného programu (její tabulky: {tables}). Credit Desk otevírá "
        "jen své vlastní databáze; soubor zůstal beze změny."
    ),
    (
        "“{path}” cannot be written ({reason}). Credit Desk writes the file and a journal "
        "beside it: allow writing to the file and its folder, or copy the file to a folder "
        "you can write to. The file was not changed."
    ): (
        "Do „{path}“ nelze zapisovat ({reason}). Credit Desk zapisuje do souboru a do žurnálu "
        "vedle něj: povolte zápis do souboru i složky, nebo soubor zkopírujte do složky, kam "
        "zapisovat můžete. Soubor zůstal beze změny."
    ),
    (
        "The disk holding “{path}” is full. Free some space and open it again; the file was "
        "not changed."
    ): (
        "Disk se souborem „{path}“ je plný. Uvolněte místo a otevřete ho znovu; soubor zůstal "
        "beze změny."
    ),
    (
        "The backup copy before updating “{path}” could not be written ({reason}); the file "
        "was not changed."
    ): (
        "Záložní kopii před aktualizací „{path}“ nelze zapsat ({reason}); soubor zůstal beze změny."
    ),
    "The database is busy with another program's change; try again in a moment.": (
        "Databázi právě mění jiný program; zkuste to za chvíli znovu."
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
    "“{path}” was written by a newer Credit Desk (schema {version}; this version "
    "understands up to {supported}). Update Credit Desk to open it; the database was not "
    "changed.": (
        "Databázi „{path}“ zapsala novější verze Credit Desk (schéma {version}; tato verze zná "
        "schéma nejvýše {supported}). Aktualizujte Credit Desk, abyste ji mohli otevřít; "
        "databáze se nezměnila."
    ),
    (
        "“{path}” is another program's database (its tables: {tables}). Credit Desk opens "
        "only its own databases; the database was not changed."
    ): (
        "„{path}“ je databáze jiného programu (její tabulky: {tables}). Credit Desk otevírá "
        "jen své vlastní databáze; databáze zůstala beze změny."
    ),
    "Cannot use the server database “{path}”: {reason}.": (
        "Databázi na serveru „{path}“ nelze použít: {reason}."
    ),
    (
        "“{path}” is a PostgreSQL server: team mode needs the psycopg package, which is not "
        'installed (.venv/bin/pip install "psycopg[binary]").'
    ): (
        "„{path}“ je server PostgreSQL: týmový režim potřebuje balíček psycopg, který není "
        'nainstalovaný (.venv/bin/pip install "psycopg[binary]").'
    ),
    "A server database is backed up on the server (pg_dump), not by Credit Desk.": (
        "Databáze na serveru se zálohuje na serveru (pg_dump), ne v Credit Desk."
    ),
    "Your role ({role}) does not allow this change; nothing was saved. Ask an administrator.": (
        "Vaše role ({role}) tuto změnu nedovoluje; nic nebylo uloženo. Požádejte správce."
    ),
    (
        "Roles exist only on a PostgreSQL server (team mode); this database is a file, where "
        "the computer's login records who did what."
    ): (
        "Role existují jen na serveru PostgreSQL (týmový režim); tato databáze je soubor, v němž "
        "kdo co udělal zaznamenává přihlašovací jméno počítače."
    ),
    "The team's roles do not exist yet: run team-init first.": (
        "Role týmu zatím neexistují: nejprve spusťte team-init."
    ),
    (
        "“{name}” is not a user name for the server: use lowercase letters, digits and _ "
        "(at most 63, not starting with a digit or pg_)."
    ): (
        "„{name}“ není uživatelské jméno pro server: použijte malá písmena, číslice a _ "
        "(nejvýše 63, nezačínající číslicí ani pg_)."
    ),
    "“{name}” is one of the team's group roles, not a desk user.": (
        "„{name}“ je jedna ze skupinových rolí týmu, ne uživatel pracoviště."
    ),
    "“{role}” is not a team role: choose administrator, operator or accountant.": (
        "„{role}“ není role týmu: zvolte administrator, operator nebo accountant."
    ),
}
