"""Who may send from a database: an OS file lock beside an SQLite file (one dispatcher at a time),
or on a server a session advisory lock that desks share while they send and one desk takes alone
to settle what a dead dispatcher left in flight; either is let go by itself when the process
holding it dies."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
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
def sending_lock(db: Database, reconcile: Callable[[], None]) -> Iterator[None]:
    """Hold the right to send from `db`, or raise DispatcherBusy; `reconcile()` runs first when
    no other dispatcher is sending (messages in flight then are a dead dispatcher's).

    SQLite: the dispatcher lock, so one dispatcher at a time. A server: desks send at once, each
    holding the advisory lock shared (their claims queue on the account's write lock and each
    settles only its own attempts); a desk that gets the lock alone first reconciles, then
    shares it. While another desk sends, one that starts leaves the messages in flight alone."""
    if not isinstance(db, PostgresqlDatabase):
        with dispatcher_lock(db):
            reconcile()
            yield
        return
    alone = _try(db, "SELECT pg_try_advisory_lock(?)")
    try:
        if alone:
            reconcile()
        if not _try(db, "SELECT pg_try_advisory_lock_shared(?)"):  # another desk reconciles
            raise DispatcherBusy("Another Credit Desk is settling what was left in flight.")
    finally:
        if alone and not db.is_closed():
            db.execute_sql("SELECT pg_advisory_unlock(?)", (_SERVER_LOCK,))
    try:
        yield
    finally:
        if not db.is_closed():
            db.execute_sql("SELECT pg_advisory_unlock_shared(?)", (_SERVER_LOCK,))


def _try(db: PostgresqlDatabase, sql: str) -> bool:
    return bool(db.execute_sql(sql, (_SERVER_LOCK,)).fetchone()[0])


@contextmanager
def _server_lock(db: PostgresqlDatabase) -> Iterator[None]:
    """The advisory lock, exclusive, held by this thread's connection, which the server lets go
    when that connection ends (a crash too)."""
    if not _try(db, "SELECT pg_try_advisory_lock(?)"):
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
