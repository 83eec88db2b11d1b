"""SQL fragments that SQLite and PostgreSQL spell differently, chosen by the bound database's engine."""

from __future__ import annotations

import re

from models.common.catalog import on_server
from models.common.database import database

# A LIMIT that limits nothing: SQLite's -1 is an error on PostgreSQL, NULL an error on SQLite.
ALL_ROWS = 2**63 - 1

_WORD = re.compile(r"[a-z_:]+")


def id_after_prefix(column: str, prefix: str) -> str:
    """An SQL expression: the integer after `prefix` in `column` when the rest is all digits
    (“message:42” → 42), otherwise NULL. The check comes first, so the cast never fails."""
    if not _WORD.fullmatch(prefix):
        raise ValueError(f"not a reference prefix: {prefix!r}")
    start = len(prefix) + 1
    if on_server():
        test = f"{column} ~ '^{prefix}[0-9]+$'"
        cast = f"CAST(substr({column}, {start}) AS bigint)"
    else:
        test = f"{column} GLOB '{prefix}[0-9]*' AND substr({column}, {start}) NOT GLOB '*[^0-9]*'"
        cast = f"CAST(substr({column}, {start}) AS INTEGER)"
    return f"CASE WHEN {test} THEN {cast} END"


def query_plan(sql: str, params: list[object]) -> list[str]:
    """The steps of the engine's plan for `sql`, one text per step (tests check index use)."""
    if on_server():
        rows = database.execute_sql("EXPLAIN " + sql, params).fetchall()
        return [str(row[0]) for row in rows]
    rows = database.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return [str(row[3]) for row in rows]


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER = str.maketrans(_UPPER, _UPPER.lower())


def ascii_lower(text: str) -> str:
    """`text` with the ASCII letters in lower case, the others as they are (as LIKE compares)."""
    return text.translate(_ASCII_LOWER)


def like_ascii_caseless(column: str, escape: str) -> str:
    """`column LIKE ?` with ASCII letters in any case, as SQLite's LIKE compares (PostgreSQL's
    LIKE heeds case; its ILIKE folds more than ASCII): pass the pattern through ascii_lower()."""
    if on_server():
        return f"translate({column}, '{_UPPER}', '{_UPPER.lower()}') LIKE ? ESCAPE '{escape}'"
    return f"{column} LIKE ? ESCAPE '{escape}'"


def change_stamp() -> int:
    """A number that changes when another connection commits a change: SQLite's data_version
    (any other connection or process), or on a server the next transaction id to be handed out
    (any writer of the cluster; reads take none). Ask it on one connection kept open."""
    if on_server():
        sql = "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"
    else:
        sql = "PRAGMA data_version"
    return int(database.execute_sql(sql).fetchone()[0])
