"""Database failures that callers must tell apart, as types: busy, full, read-only, not allowed, interrupted.

SQLite says which it is by its result code, PostgreSQL by its SQLSTATE; Peewee re-raises the
driver's errors as its own with the original as the context, so both are looked through.
Nothing here reads an error's text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import peewee

from models.common.messages import Message, UserError

_PRIMARY_CODE = 0xFF  # extended result codes (SQLITE_BUSY_SNAPSHOT…) carry the primary one here


class DatabaseFault(UserError):
    """A write the database could not make (busy, disk full, read-only); nothing was changed."""


class DatabaseBusyError(DatabaseFault):
    """Another connection held the database longer than the busy timeout; nothing was changed."""


class DatabaseFullError(DatabaseFault):
    """The disk (or the database's size limit) is full; the transaction was rolled back."""


class DatabaseReadOnlyError(DatabaseFault):
    """The file or its folder cannot be written; nothing was changed."""


class InsufficientPrivilegeError(DatabaseFault):
    """The server refused the change to the connected user's role (SQLSTATE 42501): a team
    desk without the right (models/common/team.py); nothing was changed."""


class WriteConflictError(DatabaseBusyError):
    """PostgreSQL gave the transaction up as a serialization failure or a deadlock: nothing was
    changed, and the whole transaction may simply run again (retrying_write() does)."""


class ReadInterrupted(Exception):  # noqa: N818 (an outcome the caller expects, not a fault)
    """A read stopped by the connection's interrupt() or its progress handler (a time limit)."""


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind `error` (a sqlite3 or Peewee error), if it has one."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.Error) and getattr(seen, "sqlite_errorcode", None) is not None:
            return int(seen.sqlite_errorcode) & _PRIMARY_CODE
        if not isinstance(seen, sqlite3.Error | peewee.PeeweeException):
            return None
        seen = seen.__cause__ or seen.__context__
    return None


def sqlstate(error: BaseException) -> str | None:
    """PostgreSQL's SQLSTATE behind `error` (a psycopg or Peewee error), if it has one."""
    seen: BaseException | None = error
    for _ in range(8):  # a driver error sits one or two links down
        if seen is None:
            break
        code = getattr(seen, "sqlstate", None)
        if isinstance(code, str):
            return code
        seen = seen.__cause__ or seen.__context__
    return None


CHECK_VIOLATION = "23514"
SERIALIZATION_FAILURE = "40001"
DEADLOCK = "40P01"
_SERVER_FULL = ("53100", "53200")  # disk full, out of memory
_SERVER_READ_ONLY = ("25006",)  # a read-only transaction
INSUFFICIENT_PRIVILEGE = "42501"
_QUERY_CANCELED = "57014"


def is_check_violation(error: BaseException) -> bool:
    """A CHECK constraint refused the row (on SQLite, its message says so)."""
    if sqlstate(error) is not None:
        return sqlstate(error) == CHECK_VIOLATION
    return "CHECK constraint failed" in str(error)


def is_busy(error: BaseException) -> bool:
    return sqlite_code(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def is_interrupted(error: BaseException) -> bool:
    return sqlite_code(error) == sqlite3.SQLITE_INTERRUPT


BUSY = Message("The database is busy with another program's change; try again in a moment.")
FULL = Message("The disk is full: nothing was saved. Free some space and try again.")
READ_ONLY = Message(
    "The database cannot be written (the file or its folder is read-only): nothing was saved."
)


@contextmanager
def typed_database_errors(roles: Callable[[], list[str]] | None = None) -> Iterator[None]:
    """Raise ReadInterrupted or a DatabaseFault (WriteConflictError for PostgreSQL's
    serialization failures and deadlocks, InsufficientPrivilegeError naming the desk's `roles()`
    for a change its team role may not make) for those failures; others pass as they are."""
    try:
        yield
    except peewee.DatabaseError as error:
        state = sqlstate(error)
        if state is None and not isinstance(error, peewee.OperationalError):
            raise
        if state in (SERIALIZATION_FAILURE, DEADLOCK):
            raise WriteConflictError(BUSY) from error
        if state == _QUERY_CANCELED:
            raise ReadInterrupted() from error
        if state in _SERVER_FULL:
            raise DatabaseFullError(FULL) from error
        if state == INSUFFICIENT_PRIVILEGE:
            raise InsufficientPrivilegeError(
                "Your role ({role}) does not allow this change; nothing was saved. Ask an "
                "administrator.",
                role=_roles_text(roles),
            ) from error
        if state in _SERVER_READ_ONLY:
            raise DatabaseReadOnlyError(READ_ONLY) from error
        if state is not None:
            raise
        _raise_typed_sqlite(error)
    except sqlite3.OperationalError as error:
        _raise_typed_sqlite(error)


def _roles_text(roles: Callable[[], list[str]] | None) -> str:
    """The connected desk's team roles, for the message (“none” when it has none, or when the
    connection cannot say: the refused transaction may still be open)."""
    try:
        return ", ".join(roles() if roles is not None else []) or "none"
    except Exception:  # noqa: BLE001 (the message is shown anyway, only without the role)
        return "none"


def _raise_typed_sqlite(error: BaseException) -> None:
    """Raise the typed error of an SQLite OperationalError, or the error itself."""
    code = sqlite_code(error)
    if code == sqlite3.SQLITE_INTERRUPT:
        raise ReadInterrupted() from error
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise DatabaseBusyError(BUSY) from error
    if code == sqlite3.SQLITE_FULL:
        raise DatabaseFullError(FULL) from error
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        raise DatabaseReadOnlyError(READ_ONLY) from error
    raise error
