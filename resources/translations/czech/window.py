"""Czech for the main window (ui/window/) and main.py: context → English source → translation."""

from __future__ import annotations

CONTEXTS: dict[str, dict[str, str | tuple[str, str, str]]] = {
    "main": {
        "Cannot open the database": "Databázi nelze otevřít",
    },
    "Refusals": {  # ui/common/refusals.py: a change the database refused
        "Nothing was saved": "Nic nebylo uloženo",
    },
    "ConnectServerDialog": {
        "Connect to server": "Připojit k serveru",
        (
            "A team's Credit Desk database on a PostgreSQL server. The password is kept in the "
            "system keyring when you ask for it (or in your ~/.pgpass file)."
        ): (
            "Společná databáze Credit Desk týmu na serveru PostgreSQL. Heslo se uloží do "
            "systémové klíčenky, když o to požádáte (nebo je v souboru ~/.pgpass)."
        ),
        "Remember the password in the system keyring": "Zapamatovat heslo v systémové klíčence",
        "Host": "Server",
        "Port": "Port",
        "Database": "Databáze",
        "User": "Uživatel",
        "Password": "Heslo",
        "Connect": "Připojit",
        "Stored; type to replace it": "Uložené; napsáním ho nahradíte",
        "Connecting to %1…": "Připojování k %1…",
    },
    "MainWindow": {
        "Toolbar": "Panel nástrojů",
        "&File": "&Soubor",
        "&Top up…": "&Dobít kredit…",
        "&Open database file…": "&Otevřít soubor databáze…",
        "&Connect to server…": "&Připojit k serveru…",
        "A server database is backed up on the server (pg_dump).": (
            "Databáze na serveru se zálohuje na serveru (pg_dump)."
        ),
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
        "Credit Desk — %1": "Credit Desk — %1",
        "&BulkGate credentials…": "Přístupové údaje &BulkGate…",
        "E&xchange rates…": "&Kurzy měn…",
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
        "Top up to send messages: one to %1 costs %2.": (
            "Dobijte kredit, abyste mohli posílat zprávy: jedna zpráva do země %1 stojí %2."
        ),
        "≈ %Ln one-part messages to %1 at %2 each": (
            "≈ %Ln jednodílná zpráva do země %1 (%2 za zprávu)",
            "≈ %Ln jednodílné zprávy do země %1 (%2 za zprávu)",
            "≈ %Ln jednodílných zpráv do země %1 (%2 za zprávu)",
        ),
    },
    "BalancePopup": {
        "Credit balance": "Zůstatek kreditu",
    },
    "AboutDialog": {
        "About Credit Desk": "O aplikaci Credit Desk",
        "Prepaid credit for SMS campaigns: price list, top-ups, credit ledger, invoices and the "
        "outbox.": (
            "Předplacený kredit pro SMS kampaně: ceník, dobíjení kreditu, pohyby kreditu, "
            "faktury a odchozí zprávy."
        ),
        "Database:": "Databáze:",
        "Data folder:": "Složka s daty:",
        "Open data folder": "Otevřít složku s daty",
        "Included": "Součást",
        "Licence": "Licence",
        "Credit Desk includes, under their own licences:": (
            "Credit Desk obsahuje, pod jejich vlastními licencemi:"
        ),
    },
    "TaskFinisher": {
        "Finishing %n task(s)…": (
            "Dokončuje se %n úloha…",
            "Dokončují se %n úlohy…",
            "Dokončuje se %n úloh…",
        ),
    },
}
