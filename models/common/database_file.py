"""Checking a database file before it is opened, and naming what went wrong when it cannot be.

Nothing here writes: a file that is not Credit Desk's, newer, damaged, locked, read-only or on a
full disk is reported with what to do, and left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from models.common.database_errors import sqlite_code
from models.common.messages import Message

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every Credit Desk database has had since its first schema step.
OUR_TABLES = frozenset({"account", "ledger_entry", "setting"})


class DatabaseOpenError(Exception):
    """The file cannot be used as a Credit Desk database; the message says why, for the user.

    Raised with one Message (main.py and the main window show it with translated())."""


class NewerDatabaseError(DatabaseOpenError):
    pass


class NotADatabaseError(DatabaseOpenError):
    pass


class OtherProgramsDatabaseError(NotADatabaseError):
    pass


class CorruptDatabaseError(DatabaseOpenError):
    pass


class DatabaseLockedError(DatabaseOpenError):
    pass


class DatabaseNotWritableError(DatabaseOpenError):
    pass


class DiskFullError(DatabaseOpenError):
    pass


def sqlite_path(address: str | os.PathLike[str]) -> Path:
    """The file an address names: a path, or sqlite:///PATH; any other scheme is refused."""
    text = os.fspath(address)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite:///"))
    scheme, colon, rest = text.partition(":")
    # “C:\…” is a Windows drive, not a scheme; “http:/host” is what Path leaves of “http://host”.
    web = scheme.lower() in {"http", "https", "ftp", "file"} and rest.startswith("/")
    if colon and len(scheme) > 1 and scheme.isalpha() and (rest.startswith("//") or web):
        raise DatabaseOpenError(
            Message(
                "Unsupported database address “{address}”: only SQLite files "
                "(a path or sqlite:///PATH).",
                address=text,
            )
        )
    return Path(text)


def locked(path: Path) -> Message:
    return Message(
        "“{path}” is locked by another program; try again when it has finished.", path=str(path)
    )


def inspect_existing(path: Path, busy_timeout_ms: int) -> int:
    """Check an existing file without writing to it; return its schema version."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseOpenError(
            Message("Cannot read “{path}”: {reason}.", path=str(path), reason=error.strerror)
        ) from error
    if not header:
        return 0  # an empty file is a new database
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            Message("“{path}” is not a Credit Desk database (not an SQLite file).", path=str(path))
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = {
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            }
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise opening_failed(path, error) from error
    if tables and not OUR_TABLES <= tables:
        raise OtherProgramsDatabaseError(
            Message(
                "“{path}” is another program's database (its tables: {tables}). Credit Desk "
                "opens only its own databases; the file was not changed.",
                path=str(path),
                tables=", ".join(sorted(tables)[:8]) + (", …" if len(tables) > 8 else ""),
            )
        )
    return version


def opening_failed(path: Path, error: BaseException) -> DatabaseOpenError:
    """What an SQLite failure while opening or migrating means, by its result code."""
    code = sqlite_code(error)
    reason = str(error)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseLockedError(locked(path))
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return DatabaseNotWritableError(
            Message(
                "“{path}” cannot be written ({reason}). Credit Desk writes the file and a "
                "journal beside it: allow writing to the file and its folder, or copy the file "
                "to a folder you can write to. The file was not changed.",
                path=str(path),
                reason=reason,
            )
        )
    if code == sqlite3.SQLITE_FULL:
        return DiskFullError(
            Message(
                "The disk holding “{path}” is full. Free some space and open it again; the "
                "file was not changed.",
                path=str(path),
            )
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return CorruptDatabaseError(
            Message(
                "“{path}” is damaged and cannot be opened ({reason}). It was left as it is; "
                "restore a backup copy.",
                path=str(path),
                reason=reason,
            )
        )
    return DatabaseOpenError(
        Message("Cannot open “{path}”: {reason}.", path=str(path), reason=reason)
    )
