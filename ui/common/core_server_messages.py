"""The core's team-mode messages (server addresses, migrate-to), listed for translation (see core_messages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# models/common/server_credentials.py and server_copy.py.
SERVER = (
    QT_TRANSLATE_NOOP("Messages", "Enter the server's host name or address."),
    QT_TRANSLATE_NOOP("Messages", "Enter the name of the database on the server."),
    QT_TRANSLATE_NOOP("Messages", "Enter the user name on the server."),
    QT_TRANSLATE_NOOP("Messages", "A port is a number from 1 to 65535."),
    QT_TRANSLATE_NOOP("Messages", "The system keyring cannot store the password: {reason}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The server database is not empty (its table {table} holds rows): migrate-to copies "
        "only into a new, empty database; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The copy of table {table} differs from the file at row {row}; the server database "
        "was not changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "“{address}” is not a server address: give postgresql://USER@HOST:PORT/NAME."
    ),
    QT_TRANSLATE_NOOP("Messages", "Cannot connect to “{address}”: {reason}. Nothing was changed."),
    QT_TRANSLATE_NOOP(
        "Messages", "The database file is not at this version's schema; open it once first."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "“{address}” was written by a newer Credit Desk; nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "The server's schema has no place for table {table}; nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "The copy to “{address}” failed: {reason}. The server database was not changed.",
    ),
)
