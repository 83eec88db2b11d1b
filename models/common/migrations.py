"""Ordered schema steps for both engines, and running the missing ones.

Each step is plain SQL, so that what a step creates never changes when a model does; SQLite's
steps are in migrations_sqlite.py and PostgreSQL's, step for step the same schema, in
migrations_postgres.py. The models declare the same schema: a table per model class, its indexes
in Meta.indexes and its (SQLite) triggers in Meta.triggers. tests/test_schema.py compares them;
tests/test_engines_schema.py compares the PostgreSQL schema with the SQLite one. A step that
changes the schema changes the models' declaration with it (never an earlier step's effect).

The version is SQLite's PRAGMA user_version, or the one row of credit_desk_schema on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeGuard, TypeVar

from peewee import Database, PostgresqlDatabase, SqliteDatabase

# The number of schema steps; each engine's list is checked against it when it is loaded (only
# when a database needs a step: opening a current one loads none of them).
SCHEMA_VERSION = 11
VERSION_TABLE = "credit_desk_schema"
# pg_advisory_xact_lock's key for migrating: two desks that start at once migrate one at a time.
_MIGRATION_LOCK = 0x43440001


def is_postgres(db: Database) -> TypeGuard[PostgresqlDatabase]:
    return isinstance(db, PostgresqlDatabase)


def server_tables(db: PostgresqlDatabase) -> set[str]:
    """The tables in the server database's current schema."""
    cursor = db.execute_sql(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    )
    return {row[0] for row in cursor.fetchall()}


def schema_version(db: Database) -> int:
    if not is_postgres(db):
        return int(db.execute_sql("PRAGMA user_version").fetchone()[0])
    if VERSION_TABLE not in server_tables(db):
        return 0
    row = db.execute_sql(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return 0 if row is None else int(row[0])


def sqlite_steps() -> list[Callable[[SqliteDatabase], None]]:
    from models.common import migrations_sqlite, migrations_sqlite_team

    return _checked([*migrations_sqlite.STEPS, *migrations_sqlite_team.STEPS])


def server_steps() -> list[Callable[[PostgresqlDatabase], None]]:
    from models.common import migrations_postgres, migrations_postgres_team

    return _checked([*migrations_postgres.STEPS, *migrations_postgres_team.STEPS])


Step = TypeVar("Step")


def _checked(steps: list[Step]) -> list[Step]:
    if len(steps) != SCHEMA_VERSION:
        raise ImportError(f"{len(steps)} schema steps, not {SCHEMA_VERSION}: update SCHEMA_VERSION")
    return steps


def migrate(db: Database) -> None:
    """Apply the missing steps, each with its version bump in one transaction."""
    if is_postgres(db):
        _migrate_server(db)
        return
    assert isinstance(db, SqliteDatabase)
    while (version := schema_version(db)) < SCHEMA_VERSION:
        with db.atomic("IMMEDIATE"):
            if schema_version(db) != version:  # another process migrated meanwhile
                continue
            sqlite_steps()[version](db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")


def _migrate_server(db: PostgresqlDatabase) -> None:
    while schema_version(db) < SCHEMA_VERSION:
        with db.atomic():  # PostgreSQL's DDL is transactional: a step is whole or not at all
            db.execute_sql("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            db.execute_sql(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
            version = schema_version(db)  # read under the lock: another desk may have migrated
            if version >= SCHEMA_VERSION:
                break
            server_steps()[version](db)
            db.execute_sql(f"DELETE FROM {VERSION_TABLE}")
            db.execute_sql(f"INSERT INTO {VERSION_TABLE} (version) VALUES (?)", (version + 1,))
