"""The database session: opening a file or a server safely, migrations, backups, connections per thread.

The composition root opens one Session and passes it down; while it is open it binds the models
(through Peewee's proxy, which nothing else re-points) and `close()` unbinds them. A path (or
sqlite:///PATH) opens SQLite; postgresql://… opens a server database (database_postgres.py), and
the session works the same on both.
"""

from __future__ import annotations

import functools
import os
import random
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import peewee
from peewee import DatabaseProxy, Model, SqliteDatabase

from models.common import database_postgres as postgres
from models.common.database_errors import WriteConflictError, typed_database_errors
from models.common.database_file import (  # the errors, for callers of open_database
    CorruptDatabaseError as CorruptDatabaseError,
)
from models.common.database_file import DatabaseLockedError as DatabaseLockedError
from models.common.database_file import DatabaseNotWritableError as DatabaseNotWritableError
from models.common.database_file import DatabaseOpenError as DatabaseOpenError
from models.common.database_file import DiskFullError as DiskFullError
from models.common.database_file import NewerDatabaseError as NewerDatabaseError
from models.common.database_file import NotADatabaseError as NotADatabaseError
from models.common.database_file import (
    OtherProgramsDatabaseError as OtherProgramsDatabaseError,
)
from models.common.database_file import inspect_existing, opening_failed, sqlite_path
from models.common.messages import Message
from models.common.progress import CancelCheck, Cancelled, never_cancelled

# Peewee's binding of the models; only an open Session points it at a database.
database = DatabaseProxy()
_bound: Session | None = None
_binding = threading.Lock()

T = TypeVar("T")
P = ParamSpec("P")
CHECK_EVERY = 5_000  # SQLite virtual machine steps between looks at the clock and the cancel flag

DEFAULT_BUSY_TIMEOUT_MS = 5000


class _Database(SqliteDatabase):
    """Peewee's SQLite database, except that a rollback SQLite has already done itself (after a
    full disk or an I/O error) is not asked for again: that second error would hide the first."""

    def rollback(self) -> None:
        if not self.is_closed() and not self.connection().in_transaction:
            return
        super().rollback()

    def execute_sql(self, sql, params=None):  # type: ignore[no-untyped-def]
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self.connection().in_transaction:
            return None  # the whole transaction is gone already; the caller's error stands
        return super().execute_sql(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        """One statement for many rows, on this thread's connection; returns the cursor."""
        with peewee.__exception_wrapper__:  # type: ignore[attr-defined]
            cursor = self.cursor()
            cursor.executemany(sql, rows)
        return cursor

    def atomic_write(self) -> Any:
        return self.atomic("IMMEDIATE")

    def atomic_read(self) -> Any:
        """A transaction whose reads all see one snapshot (WAL: from its first read on)."""
        return self.atomic()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class ReadTimedOut(Exception):
    """A time-limited read took longer than it was given; it was stopped, nothing was changed."""


class Session:
    """One open database: its path or address, transactions, a connection per thread, backups,
    closing.

    Made by `open_database()`; the models are bound to it until `close()`. `path` is the SQLite
    file, None on a server; `address` names the database for people (a server's password hidden).
    """

    def __init__(
        self,
        db: _Database | postgres.PostgresDatabase,
        path: Path | None,
        address: str | None = None,
    ) -> None:
        self.db = db  # the Peewee database (the core's queries reach it through the models)
        self.path = path
        self.address = address if address is not None else str(path)
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def team_roles(self) -> list[str]:
        """The connected user's team roles on a server (models/common/team.py); none on a file."""
        from models.common import team

        return team.connected_roles(self.db)

    @property
    def on_server(self) -> bool:
        """Whether this is a PostgreSQL server database (team mode) rather than an SQLite file."""
        return self.path is None

    def write_transaction(self) -> peewee._atomic:
        """One write transaction, its write lock taken up front so that writers never deadlock:
        SQLite's IMMEDIATE, or on PostgreSQL a SERIALIZABLE one that first locks the account."""
        atomic: peewee._atomic = self.db.atomic_write()
        return atomic

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
        deadline = None if timeout is None else time.perf_counter() + timeout
        stopped: list[type[Exception]] = []

        def stop() -> bool:
            if cancelled():
                stopped.append(Cancelled)
            elif deadline is not None and time.perf_counter() > deadline:
                stopped.append(ReadTimedOut)
            return bool(stopped)

        if isinstance(self.db, postgres.PostgresDatabase):
            try:
                return postgres.read_cancellable(self.db, work, stop)
            except peewee.DatabaseError:
                if stopped:  # the server cancelled the statement for us
                    raise stopped[0]() from None
                raise
        connection = self.db.connection()
        connection.set_progress_handler(stop, CHECK_EVERY)
        try:
            return work()
        except (peewee.DatabaseError, sqlite3.DatabaseError):
            if stopped:  # SQLite interrupted the statement for us
                raise stopped[0]() from None
            raise
        finally:
            connection.set_progress_handler(None, 0)

    def execute_sql(self, sql: str, params: tuple[object, ...] = ()) -> Any:
        """Run one SQL statement on this thread's connection (checks, tests, scripts)."""
        self._check_open()
        return self.db.execute_sql(sql, params)

    def backup(self, destination: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the database (SQLite backup API), atomically."""
        self._check_open()
        if not isinstance(self.db, SqliteDatabase):
            raise DatabaseOpenError(
                Message(
                    "A server database is backed up on the server (pg_dump), not by Credit Desk."
                )
            )
        return backup_database(self.db, destination)

    def close(self) -> None:
        """Close this thread's connection and unbind the models (workers must have ended)."""
        global _bound
        if self._closed:
            return
        self._closed = True
        try:
            self.db.close()
        finally:  # the models never stay bound to a session that is gone
            with _binding:
                if _bound is self:
                    database.initialize(None)
                    _bound = None

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError(f"The database session of {self.address} is closed.")


def open_session() -> Session | None:
    """The session bound now, if any (for clean-up after a failed test or start)."""
    return _bound


def _pragmas(busy_timeout_ms: int) -> dict[str, object]:
    return {
        "journal_mode": "wal",
        "synchronous": "full",
        "foreign_keys": 1,
        "busy_timeout": busy_timeout_ms,
    }


def open_database(
    path_or_url: str | os.PathLike[str],
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> Session:
    """Open (or create) the database, migrate it to the current schema and bind the models.

    One session at a time: close the open one first (RuntimeError otherwise)."""
    from models.common.migrations import SCHEMA_VERSION, migrate

    if _bound is not None:
        raise RuntimeError(
            f"A database session is already open ({_bound.address}); close it before opening another."
        )
    if postgres.is_server_address(os.fspath(path_or_url)):
        return _bind(_open_server(os.fspath(path_or_url)))
    path = sqlite_path(path_or_url)
    if path.is_dir():
        raise DatabaseOpenError(
            Message("“{path}” is a folder, not a database file.", path=str(path))
        )
    version = inspect_existing(path, busy_timeout_ms) if path.exists() else 0
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

    db = _Database(str(path), pragmas=_pragmas(busy_timeout_ms), timeout=busy_timeout_ms / 1000)
    try:
        db.connect(reuse_if_open=True)
        if version < SCHEMA_VERSION:
            if version > 0:
                backup_database(db, _backup_path(path, version))
            migrate(db)
    except (peewee.DatabaseError, sqlite3.DatabaseError, OSError) as error:
        db.close()
        if isinstance(error, OSError):  # the backup copy before migrating could not be written
            raise DatabaseNotWritableError(
                Message(
                    "The backup copy before updating “{path}” could not be written ({reason}); "
                    "the file was not changed.",
                    path=str(path),
                    reason=error.strerror or str(error),
                )
            ) from error
        raise opening_failed(path, error) from error
    return _bind(Session(db, path))


def open_reader(
    path: str | os.PathLike[str], busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Session:
    """A read-only session on a database another session of this app has opened (a worker
    process's, e.g. an export's renderers): no migration, and SQLite refuses any write."""
    pragmas = {"query_only": 1, "foreign_keys": 1, "busy_timeout": busy_timeout_ms}
    db = _Database(str(path), pragmas=pragmas, timeout=busy_timeout_ms / 1000)
    try:
        db.connect()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        db.close()
        raise opening_failed(Path(path), error) from error
    return _bind(Session(db, Path(path)))


def database_file() -> Path | None:
    """The file of the open session, for a worker process to open its own reader; None when no
    session is open or it is not a file (a server database)."""
    if _bound is None or _bound.path is None or not _bound.path.is_file():
        return None
    return _bound.path


def _open_server(address: str) -> Session:
    db = postgres.open_server(address)
    return Session(db, None, postgres.shown_address(address))


def _bind(session: Session) -> Session:
    global _bound
    with _binding:
        if _bound is not None:
            session.db.close()
            raise RuntimeError(f"A database session is already open ({_bound.address}).")
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
    """One write transaction on the open session (the core's writes call this)."""
    if _bound is None:
        raise RuntimeError("No database session is open.")
    session = _bound
    with typed_database_errors(session.team_roles), session.write_transaction():
        yield


RETRIES = 8


def retrying_write(work: Callable[[], T]) -> T:
    """Run `work` (which makes its writes in write_transaction()) again from the start when the
    server gave up its transaction as a serialization failure or a deadlock, which PostgreSQL
    asks the application to retry: the user never sees those. On SQLite, where writers queue
    for the lock instead, and inside a transaction (the outermost one retries), it runs once."""
    attempt = 0
    while True:
        try:
            return work()
        except WriteConflictError:
            attempt += 1
            if attempt >= RETRIES or database.in_transaction():
                raise
            time.sleep(min(0.5, 0.01 * 2**attempt) * (0.5 + random.random()))


def retried(function: Callable[P, T]) -> Callable[P, T]:
    """`function`, which opens a write_transaction(), run through retrying_write(): every core
    function that owns a write transaction is one, so no caller (a CLI command, a GUI task, a
    dispatcher batch) ever shows a serialization failure that the server asked us to retry."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        return retrying_write(lambda: function(*args, **kwargs))

    return run
