"""Czech for the core's team-mode messages: server addresses, passwords and migrate-to."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "Enter the server's host name or address.": "Zadejte název nebo adresu serveru.",
    "Enter the name of the database on the server.": "Zadejte název databáze na serveru.",
    "Enter the user name on the server.": "Zadejte uživatelské jméno na serveru.",
    "A port is a number from 1 to 65535.": "Port je číslo od 1 do 65535.",
    "The system keyring cannot store the password: {reason}": (
        "Systémová klíčenka nemůže heslo uložit: {reason}"
    ),
    (
        "The server database is not empty (its table {table} holds rows): migrate-to copies "
        "only into a new, empty database; nothing was changed."
    ): (
        "Databáze na serveru není prázdná (její tabulka {table} obsahuje řádky): migrate-to "
        "kopíruje jen do nové, prázdné databáze; nic nebylo změněno."
    ),
    (
        "The copy of table {table} differs from the file at row {row}; the server database "
        "was not changed."
    ): (
        "Kopie tabulky {table} se liší od souboru na řádku {row}; databáze na serveru zůstala "
        "beze změny."
    ),
    "“{address}” is not a server address: give postgresql://USER@HOST:PORT/NAME.": (
        "„{address}“ není adresa serveru: zadejte postgresql://UŽIVATEL@SERVER:PORT/NÁZEV."
    ),
    "Cannot connect to “{address}”: {reason}. Nothing was changed.": (
        "K „{address}“ se nelze připojit: {reason}. Nic nebylo změněno."
    ),
    "The database file is not at this version's schema; open it once first.": (
        "Soubor databáze nemá schéma této verze; nejprve jej jednou otevřete."
    ),
    "“{address}” was written by a newer Credit Desk; nothing was changed.": (
        "„{address}“ zapsala novější verze Credit Desk; nic nebylo změněno."
    ),
    "The server's schema has no place for table {table}; nothing was changed.": (
        "Schéma serveru nemá místo pro tabulku {table}; nic nebylo změněno."
    ),
    "The copy to “{address}” failed: {reason}. The server database was not changed.": (
        "Kopírování do „{address}“ selhalo: {reason}. Databáze na serveru zůstala beze změny."
    ),
}
