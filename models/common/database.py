"""The database connection: opening a file safely, pragmas, migrations and backups."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from peewee import DatabaseProxy, Model, OperationalError, SqliteDatabase

from models.common.database_errors import is_busy
from models.common.messages import Message

database = DatabaseProxy()

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class DatabaseOpenError(Exception):
    """The file cannot be used as a Credit Desk database; the message says why, for the user.

    Raised with one Message (main.py and the main window show it with translated())."""


class NewerDatabaseError(DatabaseOpenError):
    pass


class NotADatabaseError(DatabaseOpenError):
    pass


class CorruptDatabaseError(DatabaseOpenError):
    pass


class DatabaseLockedError(DatabaseOpenError):
    pass


def _locked(path: Path) -> Message:
    return Message(
        "“{path}” is locked by another program; try again when it has finished.", path=str(path)
    )


def _pragmas(busy_timeout_ms: int) -> dict[str, object]:
    return {
        "journal_mode": "wal",
        "synchronous": "full",
        "foreign_keys": 1,
        "busy_timeout": busy_timeout_ms,
    }


def _sqlite_path(path_or_url: str | os.PathLike[str]) -> Path:
    text = os.fspath(path_or_url)
    if text.startswith("sqlite:///"):
        return Path(text.removeprefix("sqlite:///"))
    if "://" in text:
        raise DatabaseOpenError(
            Message(
                "Unsupported database address “{address}”: only SQLite files "
                "(a path or sqlite:///PATH).",
                address=text,
            )
        )
    return Path(text)


def _inspect_existing(path: Path, busy_timeout_ms: int) -> int:
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
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            raise DatabaseLockedError(_locked(path)) from error
        raise CorruptDatabaseError(
            Message(
                "“{path}” is damaged and cannot be opened ({reason}). It was left as it is; "
                "restore a backup copy.",
                path=str(path),
                reason=str(error),
            )
        ) from error
    return version


def open_database(
    path_or_url: str | os.PathLike[str],
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> SqliteDatabase:
    """Open (or create) the database, migrate it to the current schema and bind the models."""
    from models.common.migrations import SCHEMA_VERSION, migrate

    path = _sqlite_path(path_or_url)
    if path.is_dir():
        raise DatabaseOpenError(
            Message("“{path}” is a folder, not a database file.", path=str(path))
        )
    version = _inspect_existing(path, busy_timeout_ms) if path.exists() else 0
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            Message(
                "“{path}” was written by a newer Credit Desk (schema {version}; this version "
                "understands up to {supported}). Update Credit Desk to open it; the file "
                "was not changed.",
                path=str(path),
                version=version,
                supported=SCHEMA_VERSION,
            )
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseOpenError(
            Message(
                "Cannot create the folder “{path}”: {reason}.",
                path=str(path.parent),
                reason=str(error),
            )
        ) from error

    db = SqliteDatabase(
        str(path), pragmas=_pragmas(busy_timeout_ms), timeout=busy_timeout_ms / 1000
    )
    try:
        db.connect(reuse_if_open=True)
        if version < SCHEMA_VERSION:
            if version > 0:
                backup_database(db, _backup_path(path, version))
            migrate(db)
    except OperationalError as error:
        db.close()
        if is_busy(error):
            raise DatabaseLockedError(_locked(path)) from error
        raise DatabaseOpenError(
            Message("Cannot open “{path}”: {reason}.", path=str(path), reason=str(error))
        ) from error
    except sqlite3.DatabaseError as error:
        db.close()
        raise CorruptDatabaseError(
            Message("“{path}” cannot be used: {reason}.", path=str(path), reason=str(error))
        ) from error
    database.initialize(db)
    return db


def _backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-migration-v{version}-{stamp}{path.suffix or '.db'}")


def backup_database(db: SqliteDatabase, destination: str | os.PathLike[str]) -> Path:
    """Write a consistent copy of the open database (SQLite backup API), atomically."""
    target = Path(destination)
    handle, temporary = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        copy = sqlite3.connect(temporary)
        try:
            db.connection().backup(copy)
        finally:
            copy.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


@contextmanager
def write_transaction() -> Iterator[None]:
    """One IMMEDIATE transaction: the write lock is taken up front, so it never deadlocks later."""
    with database.atomic("IMMEDIATE"):
        yield
