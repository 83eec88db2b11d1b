"""Ordered schema steps; PRAGMA user_version records how many have been applied."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

# Each step is plain SQL, so that what a step creates never changes when a model does.
STEP_1_FOUNDATION = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0),
    entry_count INTEGER NOT NULL DEFAULT 0
);
INSERT INTO account (id, balance, entry_count) VALUES (1, 0, 0);
"""

# The price list: one header (the list in force) and its prices per country and operator.
# A row with an empty prefix is the country's fallback price; prices are micro-credits per part.
STEP_PRICE_LIST = """
CREATE TABLE price_list (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    imported_at TEXT NOT NULL,
    price_count INTEGER NOT NULL DEFAULT 0,
    country_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE price (
    id INTEGER PRIMARY KEY,
    price_list_id INTEGER NOT NULL REFERENCES price_list (id) ON DELETE CASCADE,
    country TEXT NOT NULL CHECK (length(country) = 2),
    dialling_code TEXT NOT NULL CHECK (length(dialling_code) BETWEEN 1 AND 3),
    operator TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    price INTEGER NOT NULL CHECK (price > 0)
);
CREATE UNIQUE INDEX price_by_country ON price (price_list_id, country, prefix);
CREATE UNIQUE INDEX price_by_prefix ON price (price_list_id, prefix) WHERE prefix <> '';
"""


def _run_script(sql: str) -> Callable[[SqliteDatabase], None]:
    def step(db: SqliteDatabase) -> None:
        for statement in _split(sql):
            db.execute_sql(statement)

    return step


def _split(sql: str) -> list[str]:
    """Split a script on semicolons that end statements (trigger bodies keep theirs)."""
    statements: list[str] = []
    current: list[str] = []
    depth = 0
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            depth += 1
        if upper.startswith("END;"):
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _run_script(STEP_1_FOUNDATION),
    _run_script(STEP_PRICE_LIST),
]

SCHEMA_VERSION = len(STEPS)


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: SqliteDatabase) -> None:
    """Apply the missing steps, each with its version bump in one IMMEDIATE transaction."""
    while (version := schema_version(db)) < SCHEMA_VERSION:
        with db.atomic("IMMEDIATE"):
            if schema_version(db) != version:  # another process migrated meanwhile
                continue
            STEPS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
