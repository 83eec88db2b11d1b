"""migrate-to: copy the open SQLite database into a new, empty PostgreSQL server database.

The copy is generic: the tables and their columns come from the two databases' catalogues (a
column added by a later schema step is copied without a change here), in the order of the
server's foreign keys, keeping every id, the ledger's chain, checkpoints and day totals as they
are. It runs in one server transaction with `session_replication_role = replica`, so the
server's append-only and aggregate triggers neither refuse nor recompute what is copied; before
committing, every table is read back and compared row by row with the file. Any failure rolls the
server back; the file is only read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import zip_longest

import peewee

from models.common.database_postgres import PostgresDatabase, is_server_address, shown_address
from models.common.messages import Message, UserError

BATCH = 1000
# What a freshly migrated server database holds: the account's row, at zero.
_FRESH_ACCOUNT = [(1, 0, 0)]


class CopyRefused(UserError):
    """The copy cannot be made (a bad address, a non-empty target, a failure): nothing changed."""


@dataclass(frozen=True)
class Table:
    name: str
    columns: list[str]
    key: list[str]  # the primary key's columns (the order rows are compared in)
    booleans: frozenset[str]  # columns the server keeps as boolean (SQLite: 0 or 1)
    texts: frozenset[str]


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table, in copy order."""

    rows: dict[str, int]


def _source_tables(source: peewee.Database) -> dict[str, list[str]]:
    names = [
        str(row[0])
        for row in source.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        name: [str(row[1]) for row in source.execute_sql(f'PRAGMA table_info("{name}")')]
        for name in names
    }


def _server_tables(target: PostgresDatabase, skip: str) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    names = [
        str(row[0])
        for row in target.execute_sql(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        )
    ]
    for name in names:
        if name == skip:
            continue
        columns = target.execute_sql(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (name,),
        ).fetchall()
        key = target.execute_sql(
            "SELECT a.attname FROM pg_catalog.pg_index AS i "
            "JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = ?::regclass AND i.indisprimary "
            "ORDER BY array_position(i.indkey, a.attnum)",
            (name,),
        ).fetchall()
        tables[name] = Table(
            name,
            [str(column) for column, _ in columns],
            [str(row[0]) for row in key] or [str(column) for column, _ in columns],
            frozenset(str(column) for column, kind in columns if kind == "boolean"),
            frozenset(
                str(column) for column, kind in columns if kind in ("text", "character varying")
            ),
        )
    return tables


def _dependency_order(target: PostgresDatabase, tables: dict[str, Table]) -> list[Table]:
    """Tables that others refer to come before them (the server's foreign keys)."""
    needs: dict[str, set[str]] = {name: set() for name in tables}
    for child, parent in target.execute_sql(
        "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_catalog.pg_constraint "
        "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"
    ):
        if child in needs and parent in needs and child != parent:
            needs[child].add(parent)
    ordered: list[Table] = []
    while needs:
        ready = sorted(name for name, parents in needs.items() if not parents)
        if not ready:  # a cycle: the rest in name order (the copy's triggers are off anyway)
            ready = sorted(needs)
        for name in ready:
            ordered.append(tables[name])
            del needs[name]
        for parents in needs.values():
            parents.difference_update(ready)
    return ordered


def _order_by(table: Table, on_server: bool) -> str:
    # The server sorts text in the byte order of SQLite's BINARY collation only under "C".
    return ", ".join(
        f'"{column}"' + (' COLLATE "C"' if on_server and column in table.texts else "")
        for column in table.key
    )


def _rows(db: peewee.Database, table: Table, on_server: bool) -> Iterator[tuple[object, ...]]:
    names = ", ".join(f'"{column}"' for column in table.columns)
    cursor = db.execute_sql(
        f'SELECT {names} FROM "{table.name}" ORDER BY {_order_by(table, on_server)}'
    )
    while batch := cursor.fetchmany(BATCH):
        yield from (tuple(row) for row in batch)


def _plain(table: Table, row: tuple[object, ...]) -> tuple[object, ...]:
    """A row as both engines' drivers can compare it: booleans as 0/1, binary data as bytes."""
    return tuple(
        bytes(value)
        if isinstance(value, memoryview | bytearray)
        else int(value)
        if isinstance(value, bool)
        else value
        for value in row
    )


def _server_values(table: Table, row: tuple[object, ...]) -> tuple[object, ...]:
    return tuple(
        bool(value) if column in table.booleans and value is not None else value
        for column, value in zip(table.columns, row, strict=True)
    )


def check_target_is_empty(target: PostgresDatabase, tables: dict[str, Table]) -> None:
    for table in tables.values():
        if table.name == "account":
            rows = target.execute_sql("SELECT id, balance, entry_count FROM account").fetchall()
            if [tuple(row) for row in rows] == _FRESH_ACCOUNT:
                continue
        elif target.execute_sql(f'SELECT 1 FROM "{table.name}" LIMIT 1').fetchone() is None:
            continue
        raise CopyRefused(
            Message(
                "The server database is not empty (its table {table} holds rows): migrate-to copies "
                "only into a new, empty database; nothing was changed.",
                table=table.name,
            )
        )


def _copy_table(source: peewee.Database, target: PostgresDatabase, table: Table) -> int:
    names = ", ".join(f'"{column}"' for column in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    insert = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
    target.execute_sql(f'DELETE FROM "{table.name}"')  # the fresh account row
    copied = 0
    batch: list[tuple[object, ...]] = []
    for row in _rows(source, table, on_server=False):
        batch.append(_server_values(table, row))
        if len(batch) == BATCH:
            target.executemany(insert, batch)
            copied += len(batch)
            batch = []
    if batch:
        target.executemany(insert, batch)
        copied += len(batch)
    return copied


def _advance_sequences(target: PostgresDatabase, table: Table) -> None:
    for column in table.key:
        row = target.execute_sql(
            "SELECT pg_get_serial_sequence(?, ?)", (f'"{table.name}"', column)
        ).fetchone()
        if row is not None and row[0] is not None:
            target.execute_sql(
                f'SELECT setval(?, coalesce(max("{column}"), 1), max("{column}") IS NOT NULL) '
                f'FROM "{table.name}"',
                (row[0],),
            )


def _compare(source: peewee.Database, target: PostgresDatabase, table: Table) -> None:
    pairs = zip_longest(_rows(source, table, False), _rows(target, table, True))
    for number, (mine, theirs) in enumerate(pairs, start=1):
        if mine is None or theirs is None or _plain(table, mine) != _plain(table, theirs):
            raise CopyRefused(
                Message(
                    "The copy of table {table} differs from the file at row {row}; the server "
                    "database was not changed.",
                    table=table.name,
                    row=number,
                )
            )


def open_target(address: str) -> PostgresDatabase:
    """A connection to the server database at `address`; raises CopyRefused when there is none."""
    if not is_server_address(address):
        raise CopyRefused(
            Message(
                "“{address}” is not a server address: give postgresql://USER@HOST:PORT/NAME.",
                address=address,
            )
        )
    target = PostgresDatabase(address)
    try:
        target.connect()
    except peewee.DatabaseError as error:
        raise CopyRefused(
            Message(
                "Cannot connect to “{address}”: {reason}. Nothing was changed.",
                address=shown_address(address),
                reason=str(error).strip() or type(error).__name__,
            )
        ) from None
    return target


def copy_to_server(
    source: peewee.Database,
    target: PostgresDatabase,
    progress: Callable[[str, int], None] = lambda table, rows: None,
) -> CopyReport:
    """Copy the SQLite database `source` into the empty server database `target` (from
    open_target(), closed here) as the module's docstring says; raises CopyRefused (nothing
    changed) when it cannot."""
    from models.common.migrations import SCHEMA_VERSION, VERSION_TABLE, migrate, schema_version

    shown = shown_address(str(target.database))  # the address it was opened with
    try:
        if schema_version(source) != SCHEMA_VERSION:
            raise CopyRefused(
                Message("The database file is not at this version's schema; open it once first.")
            )
        with target.atomic():
            if schema_version(target) > SCHEMA_VERSION:
                raise CopyRefused(
                    Message(
                        "“{address}” was written by a newer Credit Desk; nothing was changed.",
                        address=shown,
                    )
                )
            migrate(target)  # an empty database gets the schema, in this same transaction
            tables = _server_tables(target, skip=VERSION_TABLE)
            mine = _source_tables(source)
            for name, columns in mine.items():
                if name not in tables or set(columns) - set(tables[name].columns):
                    raise CopyRefused(
                        Message(
                            "The server's schema has no place for table {table}; nothing was changed.",
                            table=name,
                        )
                    )
            check_target_is_empty(target, tables)
            target.execute_sql("SET LOCAL session_replication_role = replica")
            copied: dict[str, int] = {}
            ordered = [table for table in _dependency_order(target, tables) if table.name in mine]
            for table in ordered:
                copied[table.name] = _copy_table(source, target, table)
                _advance_sequences(target, table)
                progress(table.name, copied[table.name])
            for table in ordered:
                _compare(source, target, table)
            target.execute_sql("SET LOCAL session_replication_role = origin")
    except peewee.DatabaseError as error:
        raise CopyRefused(
            Message(
                "The copy to “{address}” failed: {reason}. The server database was not changed.",
                address=shown,
                reason=str(error).strip() or type(error).__name__,
            )
        ) from None
    finally:
        target.close()
    return CopyReport(copied)
