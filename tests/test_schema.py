"""One schema: the migrations and the models describe the same tables, indexes and triggers."""

from __future__ import annotations

import importlib
import inspect
import sqlite3
from pathlib import Path

import pytest
from peewee import Model, SqliteDatabase

from models.common import migrations
from models.common.database import BaseModel
from models.common.migrations import migrate
from tests.helpers.sqlite_schema import Column, Schema, describe, differences

MODELS = Path(__file__).resolve().parent.parent / "models"


def model_classes() -> list[type[Model]]:
    """Every table the models define, found by walking models/ (a new module is found too)."""
    found = []
    for path in sorted(MODELS.rglob("*.py")):
        name = ".".join(path.relative_to(MODELS.parent).with_suffix("").parts)
        module = importlib.import_module(name.removesuffix(".__init__"))
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseModel) and value is not BaseModel:
                if value.__module__ == module.__name__:
                    found.append(value)
    return found


def sql_default(value: object) -> str | None:
    """A model field's Python default as SQLite shows a column's DEFAULT."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return f"<not an SQL default: {value!r}>"


def schema_from_models(path: Path) -> Schema:
    classes = model_classes()
    db = SqliteDatabase(str(path))
    with db.bind_ctx(classes):
        db.create_tables(classes)
        for model in classes:
            for trigger in getattr(model._meta, "triggers", ()):
                db.execute_sql(trigger)
    db.close()
    with sqlite3.connect(path) as connection:
        schema = describe(connection)
    connection.close()
    # Peewee keeps defaults in Python; what matters is that they say what the SQL DEFAULT says.
    for model in classes:
        columns = schema.columns[model._meta.table_name]
        for field in model._meta.sorted_fields:
            column = columns[field.column_name]
            if column.default is None and field.default is not None:
                columns[field.column_name] = Column(
                    column.affinity, column.notnull, sql_default(field.default), column.pk
                )
    return schema


def schema_from_migrations(path: Path) -> Schema:
    db = SqliteDatabase(str(path))
    migrate(db)
    db.close()
    with sqlite3.connect(path) as connection:
        schema = describe(connection)
    connection.close()
    return schema


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> tuple[Schema, Schema]:
    folder = tmp_path_factory.mktemp("schemas")
    return (
        schema_from_migrations(folder / "migrated.sqlite3"),
        schema_from_models(folder / "models.sqlite3"),
    )


def test_migrations_and_models_define_the_same_schema(schemas: tuple[Schema, Schema]) -> None:
    migrated, modelled = schemas
    found = differences(migrated, modelled, "migrations", "models")
    assert not found, "the migrations and the models disagree:\n" + "\n".join(found)


def test_each_engine_has_one_step_per_schema_version_and_a_new_file_gets_them_all(
    tmp_path: Path,
) -> None:
    # SCHEMA_VERSION is written down so that opening a current database loads no step module.
    assert len(migrations.sqlite_steps()) == len(migrations.server_steps())
    assert len(migrations.sqlite_steps()) == migrations.SCHEMA_VERSION
    database = SqliteDatabase(str(tmp_path / "new.sqlite3"))
    migrate(database)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    database.close()


def test_the_comparison_sees_every_kind_of_object(schemas: tuple[Schema, Schema]) -> None:
    migrated, _ = schemas
    assert {"ledger_entry", "payment", "document", "message"} <= migrated.columns.keys()
    assert "ledger_entry_is_append_only_update" in migrated.triggers
    assert "price_by_prefix" in migrated.indexes
    assert migrated.indexes["price_by_prefix"].where == "prefix <> ''"


def schema_8_database(path: Path, break_cache: bool = False) -> None:
    """A database as the previous schema (8 steps) left it: entries, no day totals."""
    db = SqliteDatabase(str(path))
    for step in migrations.sqlite_steps()[:8]:
        step(db)
    db.execute_sql("PRAGMA user_version = 8")
    for number in range(1, 41):
        amount = 5_000_000 if number % 4 == 1 else -1_000_000
        db.execute_sql(
            "INSERT INTO ledger_entry (kind, amount, balance_after, reference, created_at) "
            "SELECT ?, ?, balance + ?, ?, ? FROM account",
            (
                "top-up" if amount > 0 else "adjustment",
                amount,
                amount,
                f"old:{number}",
                f"2025-12-{1 + number // 3:02d}T{number % 24:02d}:00:00.000000Z",
            ),
        )
    if break_cache:
        db.execute_sql("UPDATE account SET balance = balance + 1")
    db.close()


def test_upgrading_builds_the_day_totals_and_a_first_checkpoint(tmp_path: Path) -> None:
    from models.common import database
    from models.ledger import entries as ledger
    from models.ledger.checkpoints import LedgerCheckpoint

    path = tmp_path / "old.sqlite3"
    schema_8_database(path)
    session = database.open_database(path)
    try:
        kept = session.execute_sql(
            "SELECT day, kind, entries, credits_in, credits_out FROM ledger_day ORDER BY 1, 2"
        ).fetchall()
        summed = session.execute_sql(
            "SELECT substr(created_at, 1, 10), kind, count(*), sum(max(amount, 0)), "
            "sum(min(amount, 0)) FROM ledger_entry GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        assert kept == summed and len(kept) > 10
        checkpoint = LedgerCheckpoint.get()
        assert (checkpoint.upto_id, checkpoint.entries, checkpoint.balance) == (40, 40, 2 * 10**7)
        result = ledger.verify()
        assert result.ok and result.checkpoint == 40 and result.read == 0
        assert ledger.verify(full=True).ok
    finally:
        session.close()


def test_upgrading_a_ledger_that_does_not_verify_makes_no_checkpoint(tmp_path: Path) -> None:
    from models.common import database
    from models.ledger import entries as ledger
    from models.ledger.checkpoints import LedgerCheckpoint

    path = tmp_path / "old.sqlite3"
    schema_8_database(path, break_cache=True)
    session = database.open_database(path)
    try:
        assert LedgerCheckpoint.select().count() == 0
        result = ledger.verify()
        assert result.read == 40 and any("cached balance" in p for p in result.problems)
    finally:
        session.close()
