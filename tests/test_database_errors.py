"""Database failures as types: an interrupted read and a busy database, told apart by SQLite's code."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import peewee
import pytest

from cli.errors import EXIT_BUSY, run_command
from models.common.database_errors import (
    DatabaseBusyError,
    ReadInterrupted,
    is_busy,
    is_interrupted,
    typed_database_errors,
)

LONG_QUERY = (
    "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r LIMIT 1000000) "
    "SELECT sum(x) FROM r"
)


def test_a_read_stopped_by_its_progress_handler_is_read_interrupted() -> None:
    db = peewee.SqliteDatabase(":memory:")
    connection = db.connection()
    connection.set_progress_handler(lambda: True, 100)
    with pytest.raises(ReadInterrupted), typed_database_errors():
        db.execute_sql(LONG_QUERY).fetchall()  # Peewee's error, SQLite's behind it
    with pytest.raises(ReadInterrupted), typed_database_errors():
        connection.execute(LONG_QUERY).fetchall()  # sqlite3's own
    db.close()


def test_other_failures_pass_as_they_are() -> None:
    db = peewee.SqliteDatabase(":memory:")
    with pytest.raises(peewee.OperationalError) as raised, typed_database_errors():
        db.execute_sql("SELECT * FROM no_such_table")
    assert not is_interrupted(raised.value) and not is_busy(raised.value)
    assert not is_busy(ValueError("database is locked"))  # the text alone says nothing
    db.close()


def held_write_lock(path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=wal")
    holder.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")
    return holder


def write_while_locked(path: Path) -> None:
    db = peewee.SqliteDatabase(str(path), timeout=0.05, pragmas={"busy_timeout": 50})
    try:
        db.execute_sql("INSERT INTO t VALUES (2)")
    finally:
        db.close()


def test_a_write_that_waits_past_the_timeout_is_database_busy(tmp_path: Path) -> None:
    path = tmp_path / "busy.sqlite3"
    holder = held_write_lock(path)
    try:
        with pytest.raises(DatabaseBusyError, match="busy with another program"):
            with typed_database_errors():
                write_while_locked(path)
    finally:
        holder.rollback()
        holder.close()


def test_a_command_on_a_busy_database_fails_with_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "busy.sqlite3"
    holder = held_write_lock(path)
    try:
        code = run_command(
            lambda args, session: write_while_locked(path) or 0, argparse.Namespace(), None
        )
    finally:
        holder.rollback()
        holder.close()
    assert code == EXIT_BUSY
    assert capsys.readouterr().err == (
        "error: The database is busy with another program's change; try again in a moment.\n"
    )
