"""One dispatcher per database: an OS file lock beside an SQLite file, or on a server a session
advisory lock; either is let go by itself when the process holding it dies."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database, PostgresqlDatabase

# pg_try_advisory_lock's key for "sending from this database" (any number no other lock uses).
_SERVER_LOCK = 0x43440002


class DispatcherBusy(Exception):
    """Another dispatcher (this program's window, or a `send` in a terminal) is sending."""


@contextmanager
def dispatcher_lock(db: Database | str) -> Iterator[None]:
    """Hold the dispatcher lock of `db` (a database, or an SQLite file's path), or raise
    DispatcherBusy."""
    if isinstance(db, PostgresqlDatabase):
        with _server_lock(db):
            yield
        return
    path = db if isinstance(db, str) else str(db.database)
    with _file_lock(path):
        yield


@contextmanager
def _server_lock(db: PostgresqlDatabase) -> Iterator[None]:
    """An advisory lock held by this thread's connection, which the server lets go when that
    connection ends (a crash too)."""
    taken = db.execute_sql("SELECT pg_try_advisory_lock(?)", (_SERVER_LOCK,)).fetchone()[0]
    if not taken:
        raise DispatcherBusy("Another Credit Desk is sending from this database.")
    try:
        yield
    finally:
        if not db.is_closed():
            db.execute_sql("SELECT pg_advisory_unlock(?)", (_SERVER_LOCK,))


@contextmanager
def _file_lock(database_path: str) -> Iterator[None]:
    handle = open(f"{database_path}.dispatch.lock", "a+b")  # noqa: SIM115 (closed below)
    try:
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise DispatcherBusy("Another Credit Desk is sending from this database.") from None
        yield
    finally:
        handle.close()  # closing the file releases the lock
