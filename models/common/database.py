"""The database session: opening a file safely, pragmas, migrations, backups, connections per thread.

The composition root opens one Session and passes it down; while it is open it binds the models
(through Peewee's proxy, which nothing else re-points) and `close()` unbinds them.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import peewee
from peewee import DatabaseProxy, Model, OperationalError, SqliteDatabase

from models.common.database_errors import is_busy
from models.common.messages import Message
from models.common.progress import CancelCheck, Cancelled, never_cancelled

# Peewee's binding of the models; only an open Session points it at a database.
database = DatabaseProxy()
_bound: Session | None = None
_binding = threading.Lock()

T = TypeVar("T")
CHECK_EVERY = 5_000  # SQLite virtual machine steps between looks at the clock and the cancel flag

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


class ReadTimedOut(Exception):
    """A time-limited read took longer than it was given; it was stopped, nothing was changed."""


class Session:
    """One open database: its path, transactions, a connection per thread, backups, closing.

    Made by `open_database()`; the models are bound to it until `close()`."""

    def __init__(self, db: SqliteDatabase, path: Path) -> None:
        self.db = db  # the Peewee database (the core's queries reach it through the models)
        self.path = path
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def write_transaction(self) -> peewee._atomic:
        """One IMMEDIATE transaction: the write lock is taken up front, so it never deadlocks."""
        return self.db.atomic("IMMEDIATE")

    @contextmanager
    def connection(self) -> Iterator[None]:
        """Give the calling thread its own connection for the block, and close it after (workers)."""
        self._check_open()
        opened = self.db.connect(reuse_if_open=True)
        try:
            yield
        finally:
            if opened and not self.db.is_closed():
                self.db.close()

    def read(
        self,
        work: Callable[[], T],
        cancelled: CancelCheck = never_cancelled,
        timeout: float | None = None,
    ) -> T:
        """Run the read `work()` on this thread's connection, stopped when `cancelled()` turns
        true (raises Cancelled) or after `timeout` seconds (raises ReadTimedOut)."""
        self._check_open()
        connection = self.db.connection()
        deadline = None if timeout is None else time.perf_counter() + timeout
        stopped: list[type[Exception]] = []

        def stop() -> bool:
            if cancelled():
                stopped.append(Cancelled)
            elif deadline is not None and time.perf_counter() > deadline:
                stopped.append(ReadTimedOut)
            return bool(stopped)

        connection.set_progress_handler(stop, CHECK_EVERY)
        try:
            return work()
        except (peewee.DatabaseError, sqlite3.DatabaseError):
            if stopped:  # SQLite interrupted the statement for us
                raise stopped[0]() from None
            raise
        finally:
            connection.set_progress_handler(None, 0)

    def execute_sql(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        """Run one SQL statement on this thread's connection (checks, tests, scripts)."""
        self._check_open()
        cursor: sqlite3.Cursor = self.db.execute_sql(sql, params)
        return cursor

    def backup(self, destination: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the database (SQLite backup API), atomically."""
        self._check_open()
        return backup_database(self.db, destination)

    def close(self) -> None:
        """Close this thread's connection and unbind the models (workers must have ended)."""
        global _bound
        if self._closed:
            return
        self._closed = True
        self.db.close()
        with _binding:
            if _bound is self:
                database.initialize(None)
                _bound = None

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"The database session of {self.path} is closed.")


def open_session() -> Session | None:
    """The session bound now, if any (for clean-up after a failed test or start)."""
    return _bound


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
) -> Session:
    """Open (or create) the database, migrate it to the current schema and bind the models.

    One session at a time: close the open one first (RuntimeError otherwise)."""
    from models.common.migrations import SCHEMA_VERSION, migrate

    if _bound is not None:
        raise RuntimeError(
            f"A database session is already open ({_bound.path}); close it before opening another."
        )
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
    return _bind(Session(db, path))


def _bind(session: Session) -> Session:
    global _bound
    with _binding:
        if _bound is not None:
            session.db.close()
            raise RuntimeError(f"A database session is already open ({_bound.path}).")
        database.initialize(session.db)
        _bound = session
    return session


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
    """One IMMEDIATE transaction on the open session (the core's writes call this)."""
    if _bound is None:
        raise RuntimeError("No database session is open.")
    with _bound.write_transaction():
        yield
