"""What an SQLite database's schema is, as plain comparable values, and how two of them differ."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    affinity: str
    notnull: bool
    default: str | None
    pk: int  # position in the primary key, 0 when not part of it


@dataclass(frozen=True)
class Index:
    table: str
    columns: tuple[str, ...]
    unique: bool
    where: str  # a partial index's condition, normalised; "" for a full index


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    to: str
    on_delete: str


@dataclass
class Schema:
    columns: dict[str, dict[str, Column]]  # table → column → description
    foreign_keys: dict[str, set[ForeignKey]]
    indexes: dict[str, Index]
    triggers: dict[str, tuple[str, str]]  # name → (table, normalised SQL)


def affinity(declared: str) -> str:
    """SQLite's type affinity of a declared column type (section 3.1 of its datatype page)."""
    upper = declared.upper()
    if "INT" in upper:
        return "INTEGER"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in upper or not upper:
        return "BLOB"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def normalise_sql(sql: str) -> str:
    """One spelling for equal SQL: no identifier quotes, single spaces, none inside brackets."""
    text = re.sub(r"\s+", " ", sql.replace('"', "")).strip()
    return re.sub(r"\( | \)", lambda match: match.group().strip(), text)


def describe(connection: sqlite3.Connection) -> Schema:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    schema = Schema({}, {}, {}, {})
    for table in tables:
        schema.columns[table] = _columns(connection, table)
        schema.foreign_keys[table] = {
            ForeignKey(row[3], row[2], row[4], row[6])
            for row in connection.execute(f"PRAGMA foreign_key_list('{table}')")
        }
        schema.indexes.update(_indexes(connection, table))
    for name, table, sql in connection.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
    ):
        schema.triggers[name] = (table, normalise_sql(sql))
    return schema


def _columns(connection: sqlite3.Connection, table: str) -> dict[str, Column]:
    rows = connection.execute(f"PRAGMA table_info('{table}')").fetchall()
    primary_key = [row for row in rows if row[5]]
    columns = {}
    for _, name, declared, notnull, default, pk in rows:
        # A lone INTEGER PRIMARY KEY is the rowid: never NULL, whether or not it says NOT NULL.
        is_rowid = len(primary_key) == 1 and pk and affinity(declared) == "INTEGER"
        columns[name] = Column(affinity(declared), bool(notnull or is_rowid), default, pk)
    return columns


def _indexes(connection: sqlite3.Connection, table: str) -> dict[str, Index]:
    found = {}
    for _, name, unique, origin, partial in connection.execute(f"PRAGMA index_list('{table}')"):
        columns = tuple(row[2] for row in connection.execute(f"PRAGMA index_info('{name}')"))
        where = ""
        if partial:
            (sql,) = connection.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (name,)
            ).fetchone()
            where = normalise_sql(re.split(r"\bWHERE\b", sql, flags=re.IGNORECASE)[-1])
        # Indexes SQLite makes for a PRIMARY KEY or UNIQUE constraint are named by position
        # (sqlite_autoindex_T_1); the models' unique fields get CREATE UNIQUE INDEX T_column.
        # Both enforce the same rule, so both are named here as Peewee names its own.
        if origin == "pk":
            name = f"{table} (primary key)"
        elif origin == "u":
            name = "_".join((table, *columns))
        found[name] = Index(table, columns, bool(unique), where)
    return found


def differences(expected: Schema, actual: Schema, expected_as: str, actual_as: str) -> list[str]:
    """Readable lines, one per difference; empty when the two schemas are the same."""
    lines: list[str] = []

    def compare(kind: str, left: dict[str, object], right: dict[str, object]) -> None:
        for name in sorted(left.keys() - right.keys()):
            lines.append(f"{kind}{name}: only in {expected_as}: {left[name]}")
        for name in sorted(right.keys() - left.keys()):
            lines.append(f"{kind}{name}: only in {actual_as}: {right[name]}")
        for name in sorted(left.keys() & right.keys()):
            if left[name] != right[name]:
                lines.append(
                    f"{kind}{name}:\n    {expected_as}: {left[name]}\n    {actual_as}: {right[name]}"
                )

    compare(
        "table ",
        {table: ", ".join(sorted(columns)) for table, columns in expected.columns.items()},
        {table: ", ".join(sorted(columns)) for table, columns in actual.columns.items()},
    )
    for table in sorted(expected.columns.keys() & actual.columns.keys()):
        compare(
            f"column {table}.",
            dict(expected.columns[table].items()),
            dict(actual.columns[table].items()),
        )
        compare(
            f"foreign key {table}.",
            {key.column: key for key in expected.foreign_keys[table]},
            {key.column: key for key in actual.foreign_keys[table]},
        )
    compare("index ", dict(expected.indexes.items()), dict(actual.indexes.items()))
    compare("trigger ", dict(expected.triggers.items()), dict(actual.triggers.items()))
    return lines
