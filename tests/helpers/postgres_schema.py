"""A PostgreSQL database's schema in the terms of tests/helpers/sqlite_schema.py, to compare them.

Types are put in SQLite's affinities (BIGINT → INTEGER, BYTEA → BLOB, BOOLEAN → INTEGER), defaults
and partial-index conditions lose PostgreSQL's casts (''::text → ''), and indexes that back a
primary key or a UNIQUE constraint get the names sqlite_schema gives them.
"""

from __future__ import annotations

import re

from tests.helpers.sqlite_schema import Column, ForeignKey, Index, Schema, normalise_sql

AFFINITY = {"bigint": "INTEGER", "integer": "INTEGER", "boolean": "INTEGER", "text": "TEXT"}
AFFINITY |= {"bytea": "BLOB"}
ON_DELETE = {"a": "NO ACTION", "c": "CASCADE", "r": "RESTRICT", "n": "SET NULL", "d": "SET DEFAULT"}
IGNORED_TABLES = {"credit_desk_schema"}  # the schema version (SQLite's PRAGMA user_version)


def without_casts(sql: str) -> str:
    """PostgreSQL's deparsed SQL as the migration wrote it: no ::casts, IN lists, fewer brackets."""
    text = re.sub(r"::[a-z ]+(\[\])?", "", sql)
    text = re.sub(r"= ANY \(ARRAY\[(.*?)\]\)", r"IN (\1)", text)
    text = {"false": "0", "true": "1"}.get(text, text)
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1]
    return normalise_sql(text)


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def describe(connection) -> Schema:  # type: ignore[no-untyped-def]
    """The schema of the database `connection` (psycopg) is connected to."""
    schema = Schema({}, {}, {}, {})
    rows = connection.execute(
        "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default "
        "FROM information_schema.columns c WHERE c.table_schema = current_schema() "
        "ORDER BY c.table_name, c.ordinal_position"
    ).fetchall()
    primary = _primary_keys(connection)
    for table, name, data_type, nullable, default in rows:
        if table in IGNORED_TABLES:
            continue
        schema.columns.setdefault(table, {})[name] = Column(
            AFFINITY.get(data_type, data_type),
            nullable == "NO",
            None if default is None else without_casts(default),
            primary.get((table, name), 0),
        )
        schema.foreign_keys.setdefault(table, set())
    for table, column, target, to, action in connection.execute(
        "SELECT cl.relname, a.attname, t.relname, ta.attname, con.confdeltype "
        "FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid "
        "JOIN pg_class t ON t.oid = con.confrelid "
        "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1] "
        "JOIN pg_attribute ta ON ta.attrelid = con.confrelid AND ta.attnum = con.confkey[1] "
        "WHERE con.contype = 'f'"
    ):
        schema.foreign_keys[table].add(ForeignKey(column, target, to, ON_DELETE[action]))
    for name, table, columns, unique, where, constraint in connection.execute(
        "SELECT i.relname, t.relname, "
        "ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY AS k(num, pos) "
        "      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.num ORDER BY k.pos), "
        "x.indisunique, pg_get_expr(x.indpred, x.indrelid), con.contype "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        "JOIN pg_class t ON t.oid = x.indrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema() "
        "LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid "
        "    AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u')"
    ):
        if table in IGNORED_TABLES:
            continue
        integer_key = schema.columns[table][columns[0]].affinity == "INTEGER"
        if constraint == "p" and len(columns) == 1 and integer_key:
            continue  # SQLite's INTEGER PRIMARY KEY is the rowid, which needs no index
        if constraint == "p":
            name = f"{table} (primary key)"
        elif constraint == "u":
            name = "_".join((table, *columns))
        schema.indexes[name] = Index(
            table, tuple(columns), bool(unique), "" if where is None else without_casts(where)
        )
    for name, table in connection.execute(
        "SELECT tg.tgname, cl.relname FROM pg_trigger tg JOIN pg_class cl ON cl.oid = tg.tgrelid "
        "WHERE NOT tg.tgisinternal"
    ):
        schema.triggers[name] = (table, "")
    return schema


def _primary_keys(connection) -> dict[tuple[str, str], int]:  # type: ignore[no-untyped-def]
    found = {}
    for table, column, position in connection.execute(
        "SELECT cl.relname, a.attname, k.pos FROM pg_constraint con "
        "JOIN pg_class cl ON cl.oid = con.conrelid "
        "CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(num, pos) "
        "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num "
        "WHERE con.contype = 'p'"
    ):
        found[(table, column)] = int(position)
    return found
