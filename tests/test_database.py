"""Opening database files: new, newer-version, not-a-database, corrupt, locked; migration backups."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.common import database as db
from models.common.messages import Message
from models.common.migrations import SCHEMA_VERSION
from models.ledger import entries as ledger
from models.settings import store as settings
from tests.helpers.database_dump import digest


def test_new_database_is_created_with_pragmas_and_version(database_path: Path) -> None:
    opened = db.open_database(database_path)
    try:
        pragma = lambda name: opened.db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
        assert pragma("user_version") == SCHEMA_VERSION
        assert ledger.balance() == 0
    finally:
        opened.close()


def test_reopening_keeps_data(database_path: Path) -> None:
    db.open_database(database_path)
    settings.set_value("account.currency", "czk")
    db.open_session().close()
    db.open_database(database_path)
    assert settings.get("account.currency") == "CZK"
    db.open_session().close()


def test_newer_database_is_refused_and_left_byte_identical(database_path: Path) -> None:
    connection = sqlite3.connect(database_path)
    for table in ("account", "ledger_entry", "setting", "future"):  # as a newer Credit Desk's
        connection.execute(f"CREATE TABLE {table} (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    connection.commit()
    connection.close()
    before = digest(database_path)
    with pytest.raises(db.NewerDatabaseError, match="newer Credit Desk"):
        db.open_database(database_path)
    assert digest(database_path) == before
    assert sorted(p.name for p in database_path.parent.iterdir()) == [database_path.name]


def test_not_a_database_is_reported_and_untouched(database_path: Path) -> None:
    database_path.write_text("Dear accountant,\nhere are the invoices.\n")
    before = digest(database_path)
    with pytest.raises(db.NotADatabaseError, match="not a Credit Desk database"):
        db.open_database(database_path)
    assert digest(database_path) == before


def test_corrupt_database_is_reported_and_untouched(database_path: Path) -> None:
    connection = sqlite3.connect(database_path)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(200)])
    connection.commit()
    connection.close()
    data = bytearray(database_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wipe the schema page after the header
    database_path.write_bytes(bytes(data))
    before = digest(database_path)
    with pytest.raises(db.CorruptDatabaseError, match="damaged"):
        db.open_database(database_path)
    assert digest(database_path) == before


def test_empty_file_becomes_a_new_database(database_path: Path) -> None:
    database_path.touch()
    db.open_database(database_path)
    assert ledger.balance() == 0
    db.open_session().close()


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(db.DatabaseOpenError, match="folder"):
        db.open_database(tmp_path)


def test_unsupported_url_is_refused() -> None:
    with pytest.raises(db.DatabaseOpenError, match="Unsupported database address"):
        db.open_database("mysql://localhost/credit")


LOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
"""


def test_locked_database_is_waited_for_then_reported(database_path: Path) -> None:
    """Another process holds the write lock longer than the busy timeout: a clear error."""
    connection = sqlite3.connect(database_path)
    connection.execute("CREATE TABLE other (x)")  # an old, unmigrated database needs writing
    connection.commit()
    connection.close()
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(database_path), "5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(db.DatabaseLockedError, match="locked by another program"):
            db.open_database(database_path, busy_timeout_ms=700)
        assert time.monotonic() - started >= 0.6  # it waited before giving up
    finally:
        locker.kill()
        locker.wait()


def test_lock_released_within_timeout_is_waited_for(database_path: Path) -> None:
    db.open_database(database_path).close()
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(database_path), "0.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        db.open_database(database_path, busy_timeout_ms=5000)
        settings.set_value("account.currency", "CZK")  # a write that had to wait for the lock
        assert settings.get("account.currency") == "CZK"
    finally:
        locker.wait()
        db.open_session().close()


def test_migration_takes_a_backup_of_an_older_database(database_path: Path, monkeypatch) -> None:
    from models.common import migrations

    db.open_database(database_path)
    settings.set_value("account.currency", "CZK")
    db.open_session().close()

    def extra_step(database) -> None:
        database.execute_sql("CREATE TABLE extra (x INTEGER)")

    steps = [*migrations.sqlite_steps(), extra_step]
    monkeypatch.setattr(migrations, "sqlite_steps", lambda: steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    opened = db.open_database(database_path)
    assert opened.db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    opened.close()
    backups = list(database_path.parent.glob("*before-migration-v*"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert copy.execute("SELECT value FROM setting WHERE key='account.currency'").fetchone() == (
        "CZK",
    )
    copy.close()


def test_failed_migration_step_leaves_the_previous_version(
    database_path: Path, monkeypatch
) -> None:
    from models.common import migrations

    db.open_database(database_path).close()

    def broken_step(database) -> None:
        database.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("step failed")

    steps = [*migrations.sqlite_steps(), broken_step]
    monkeypatch.setattr(migrations, "sqlite_steps", lambda: steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        db.open_database(database_path)
    connection = sqlite3.connect(database_path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    connection.close()


def test_backup_while_open_is_a_consistent_copy(database: db.Session, tmp_path: Path) -> None:
    settings.set_value("balance.low_threshold", "25")
    target = database.backup(tmp_path / "copy.sqlite3")
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute(
        "SELECT value FROM setting WHERE key='balance.low_threshold'"
    ).fetchone() == ("25000000",)
    copy.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".backup-")] == []


def test_open_errors_keep_their_template_and_the_address(database_path: Path) -> None:
    with pytest.raises(db.DatabaseOpenError) as raised:
        db.open_database("mysql://localhost/credit")
    message = raised.value.args[0]
    assert isinstance(message, Message) and message.template.startswith("Unsupported database")
    assert message.values == {"address": "mysql://localhost/credit"}
    database_path.write_text("not SQLite")
    with pytest.raises(db.NotADatabaseError) as raised:
        db.open_database(database_path)
    assert raised.value.args[0].values == {"path": str(database_path)}


def test_one_session_at_a_time_and_close_unbinds_the_models(database_path: Path, tmp_path) -> None:
    first = db.open_database(database_path)
    settings.set_value("account.currency", "CZK")
    with pytest.raises(RuntimeError, match="already open"):
        db.open_database(tmp_path / "other.sqlite3")
    assert settings.get("account.currency") == "CZK"  # the open one still answers
    assert not (tmp_path / "other.sqlite3").exists()
    first.close()
    with pytest.raises(AttributeError):  # nothing is bound: no query reaches any file
        settings.get("account.currency")
    second = db.open_database(tmp_path / "other.sqlite3")
    assert settings.get("account.currency") == "EUR"
    second.close()


def test_a_worker_thread_gets_its_own_connection_closed_after(database: db.Session) -> None:
    import threading

    seen: list[object] = []

    def work() -> None:
        with database.connection():
            seen.append(database.db.connection())
            seen.append(settings.get("account.currency"))
        seen.append(database.db.is_closed())

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen[0] is not database.db.connection() and seen[1:] == ["EUR", True]
    assert not database.db.is_closed()  # the GUI thread's connection stays open


ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"


def test_a_read_stops_at_its_time_limit_or_when_cancelled(database: db.Session) -> None:
    from models.common.progress import Cancelled

    began = time.monotonic()
    with pytest.raises(db.ReadTimedOut):
        database.read(lambda: database.execute_sql(ENDLESS).fetchone(), timeout=0.05)
    assert time.monotonic() - began < 2
    with pytest.raises(Cancelled):
        database.read(lambda: database.execute_sql(ENDLESS).fetchone(), cancelled=lambda: True)
    assert database.read(lambda: database.execute_sql("SELECT 7").fetchone()[0], timeout=1) == 7
