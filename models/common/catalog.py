"""What the open database says about itself, asked the same way on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext

from peewee import Field, Model, PostgresqlDatabase

from models.common.database import database


def on_server() -> bool:
    """Whether the bound database is a PostgreSQL server (team mode)."""
    return isinstance(database.obj, PostgresqlDatabase)


def trigger_names() -> set[str]:
    """The names of the database's triggers (the rules it enforces itself)."""
    if on_server():
        sql = "SELECT tgname FROM pg_catalog.pg_trigger WHERE NOT tgisinternal"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return {row[0] for row in database.execute_sql(sql).fetchall()}


def integrity_problem() -> str | None:
    """SQLite's integrity check of the file, when it fails; a server checks its own storage."""
    if on_server():
        return None
    result = str(database.execute_sql("PRAGMA integrity_check").fetchone()[0])
    return None if result == "ok" else result


def upsert(model: type[Model], target: Sequence[Field], **values: object) -> None:
    """Insert a row, or on a clash of `target` (a unique key) replace the rest of the one there:
    SQLite's INSERT OR REPLACE, in words both engines speak (ON CONFLICT … DO UPDATE)."""
    kept = {field.name for field in target}
    others = [
        field
        for field in model._meta.sorted_fields
        if field.name not in kept and not field.primary_key
    ]
    model.insert(**values).on_conflict(conflict_target=list(target), preserve=others).execute()


def statement_guard() -> AbstractContextManager[object]:
    """Around a statement whose failure the caller handles and goes on in the same transaction:
    a savepoint on a server, where a failed statement would abort the whole transaction;
    nothing on SQLite, where it fails alone."""
    if on_server() and database.in_transaction():
        savepoint: AbstractContextManager[object] = database.atomic()
        return savepoint
    return nullcontext()
