"""One schema: the migrations and the models describe the same tables, indexes and triggers."""

from __future__ import annotations

import importlib
import inspect
import sqlite3
from pathlib import Path

import pytest
from peewee import Model, SqliteDatabase

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


def test_the_comparison_sees_every_kind_of_object(schemas: tuple[Schema, Schema]) -> None:
    migrated, _ = schemas
    assert {"ledger_entry", "payment", "document", "message"} <= migrated.columns.keys()
    assert "ledger_entry_is_append_only_update" in migrated.triggers
    assert "price_by_prefix" in migrated.indexes
    assert migrated.indexes["price_by_prefix"].where == "prefix <> ''"
