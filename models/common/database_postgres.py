"""Team mode: the same models on a PostgreSQL server (psycopg 3), opened from a postgresql:// address.

What differs from SQLite stays here: the core's `?` parameters are rewritten for psycopg
(models/common/sql_params.py); a write transaction is SERIALIZABLE and first takes the account
table's write lock, so writers run one at a time as SQLite's IMMEDIATE transactions do (the lock
comes before the transaction's snapshot, so a writer always sees what the one before it wrote); a
read that must stop on request is cancelled on the server.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import peewee

from models.common.database_file import (
    OUR_TABLES,
    DatabaseOpenError,
    NewerDatabaseError,
    OtherProgramsDatabaseError,
)
from models.common.messages import Message
from models.common.peewee_driver import attach_psycopg
from models.common.sql_params import to_pyformat

T = TypeVar("T")
SCHEMES = ("postgresql", "postgres")
WRITE = "write"  # the begin() mode of a write transaction
SNAPSHOT = "snapshot"  # the begin() mode of reads that must all see one snapshot
CONNECT_TIMEOUT_S = 10
# Writers queue on this lock; it blocks no reader (SHARE ROW EXCLUSIVE conflicts with itself and
# with row changes to the account, which every credit change makes anyway).
_WRITE_LOCK = "LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE"


def is_server_address(address: str) -> bool:
    """Whether `address` names a PostgreSQL server database (postgresql://… or postgres://…)."""
    scheme, colon, rest = address.partition(":")
    return bool(colon) and scheme.lower() in SCHEMES and rest.startswith("//")


def shown_address(address: str) -> str:
    """The address as it may be shown or logged: any password replaced by ***."""
    parts = urlsplit(address)
    if parts.password is None:
        return address
    user, _, host = parts.netloc.rpartition("@")
    name = user.partition(":")[0]
    return urlunsplit(parts._replace(netloc=f"{name}:***@{host}"))


class PostgresDatabase(peewee.PostgresqlDatabase):
    """Peewee's PostgreSQL database over psycopg 3, speaking the core's `?` parameters."""

    param = "?"  # Peewee's own queries use the core's mark too: one rewrite for everything

    def __init__(self, address: str, **kwargs: Any) -> None:
        attach_psycopg()  # Peewee may have been imported without it (models/common/peewee_driver.py)
        kwargs.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        super().__init__(address, prefer_psycopg3=True, **kwargs)

    def execute_sql(self, sql, params=None):  # type: ignore[no-untyped-def]
        return super().execute_sql(to_pyformat(sql), params)

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> Any:
        """One statement for many rows (psycopg pipelines them); returns the cursor."""
        with peewee.__exception_wrapper__:  # type: ignore[attr-defined]
            cursor = self.cursor()
            cursor.executemany(to_pyformat(sql), rows)
        return cursor

    def begin(self, mode: str | None = None) -> None:
        """BEGIN; a write transaction is SERIALIZABLE and takes the write lock before it reads;
        a snapshot read is REPEATABLE READ (READ COMMITTED's statements each see a new one)."""
        with peewee.__exception_wrapper__:  # type: ignore[attr-defined]
            cursor = self.cursor()
            if mode == WRITE:
                cursor.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
                try:
                    cursor.execute(_WRITE_LOCK)
                except BaseException:  # a desk without a writing role: no transaction is left
                    cursor.execute("ROLLBACK")  # open (Peewee rolls back only what began)
                    raise
            elif mode == SNAPSHOT:
                cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            else:
                cursor.execute("BEGIN")

    def atomic_write(self) -> Any:
        return self.atomic(WRITE)

    def atomic_read(self) -> Any:
        """A transaction whose reads all see one snapshot."""
        return self.atomic(SNAPSHOT)


def open_server(address: str) -> PostgresDatabase:
    """Connect to the server database at `address`, check that it is Credit Desk's and not
    newer, and migrate it; raises a DatabaseOpenError saying why it cannot be used."""
    from models.common.migrations import SCHEMA_VERSION, migrate, schema_version, server_tables

    shown = shown_address(address)
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:  # an optional package: team mode's own
        raise DatabaseOpenError(
            Message(
                "“{path}” is a PostgreSQL server: team mode needs the psycopg package, which is "
                'not installed (.venv/bin/pip install "psycopg[binary]").',
                path=shown,
            )
        )
    db = PostgresDatabase(address)
    try:
        db.connect(reuse_if_open=True)
        tables = server_tables(db)
        version = schema_version(db)
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(
                Message(
                    "“{path}” was written by a newer Credit Desk (schema {version}; this version "
                    "understands up to {supported}). Update Credit Desk to open it; the database "
                    "was not changed.",
                    path=shown,
                    version=version,
                    supported=SCHEMA_VERSION,
                )
            )
        if tables and version == 0 and not OUR_TABLES <= tables:
            raise OtherProgramsDatabaseError(
                Message(
                    "“{path}” is another program's database (its tables: {tables}). Credit Desk "
                    "opens only its own databases; the database was not changed.",
                    path=shown,
                    tables=", ".join(sorted(tables)[:8]) + (", …" if len(tables) > 8 else ""),
                )
            )
        migrate(db)
    except peewee.DatabaseError as error:
        db.close()
        raise DatabaseOpenError(
            Message(
                "Cannot use the server database “{path}”: {reason}.",
                path=shown,
                reason=str(error).strip() or type(error).__name__,
            )
        ) from error
    except BaseException:
        db.close()
        raise
    return db


def read_cancellable(db: PostgresDatabase, work: Callable[[], T], stop: Callable[[], bool]) -> T:
    """Run `work()`; while it runs, `stop()` is asked every 50 ms and, once it says so, the
    server cancels the statement (the caller raises what `stop()` recorded)."""
    connection = db.connection()
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(0.05):
            if stop():
                connection.cancel_safe()
                return

    watcher = threading.Thread(target=watch, name="read-watcher", daemon=True)
    watcher.start()
    try:
        return work()
    finally:
        finished.set()
        watcher.join()
