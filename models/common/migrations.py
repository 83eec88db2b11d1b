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

from typing import TypeGuard

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from models.common import (
    migrations_postgres,
    migrations_postgres_team,
    migrations_sqlite,
    migrations_sqlite_team,
)

STEPS = [*migrations_sqlite.STEPS, *migrations_sqlite_team.STEPS]
SERVER_STEPS = [*migrations_postgres.STEPS, *migrations_postgres_team.STEPS]
if len(STEPS) != len(SERVER_STEPS):
    raise ImportError("every schema step needs its SQLite and its PostgreSQL form")
SCHEMA_VERSION = len(STEPS)
_VERSION_TABLE = migrations_postgres.VERSION_TABLE
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
    if _VERSION_TABLE not in server_tables(db):
        return 0
    row = db.execute_sql(f"SELECT version FROM {_VERSION_TABLE}").fetchone()
    return 0 if row is None else int(row[0])


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
            STEPS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")


def _migrate_server(db: PostgresqlDatabase) -> None:
    while schema_version(db) < SCHEMA_VERSION:
        with db.atomic():  # PostgreSQL's DDL is transactional: a step is whole or not at all
            db.execute_sql("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            db.execute_sql(
                f"CREATE TABLE IF NOT EXISTS {_VERSION_TABLE} (version INTEGER NOT NULL)"
            )
            version = schema_version(db)  # read under the lock: another desk may have migrated
            if version >= SCHEMA_VERSION:
                break
            SERVER_STEPS[version](db)
            db.execute_sql(f"DELETE FROM {_VERSION_TABLE}")
            db.execute_sql(f"INSERT INTO {_VERSION_TABLE} (version) VALUES (?)", (version + 1,))
