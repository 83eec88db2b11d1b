"""One schema on both engines: PostgreSQL's migrations make every table, column, index, foreign
key and trigger that SQLite's make; and opening a server database refuses what it should."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest

from models.common import database as db
from models.common import migrations
from models.common.database import retrying_write, write_transaction
from models.common.database_errors import WriteConflictError
from models.common.database_file import (
    DatabaseOpenError,
    NewerDatabaseError,
    OtherProgramsDatabaseError,
)
from models.common.database_postgres import shown_address
from models.common.money import MICRO
from models.ledger import entries as ledger
from tests.helpers import postgres_schema, sqlite_schema


@pytest.fixture(scope="module")
def schemas(postgres_server, tmp_path_factory) -> tuple[sqlite_schema.Schema, sqlite_schema.Schema]:
    import sqlite3

    path = Path(tmp_path_factory.mktemp("engines")) / "migrated.sqlite3"
    session = db.open_database(path)
    session.close()
    with sqlite3.connect(path) as connection:
        on_sqlite = sqlite_schema.describe(connection)
    connection.close()
    address = postgres_server.create_database("schema")
    db.open_database(address).close()
    with psycopg.connect(address) as connection:
        on_server = postgres_schema.describe(connection)
    postgres_server.drop_database(address)
    return on_sqlite, on_server


def test_the_server_schema_has_what_the_sqlite_schema_has(schemas) -> None:
    on_sqlite, on_server = schemas
    without_triggers = [
        sqlite_schema.Schema(s.columns, s.foreign_keys, s.indexes, {}) for s in schemas
    ]
    found = sqlite_schema.differences(*without_triggers, "SQLite", "PostgreSQL")
    assert not found, "the engines' schemas differ:\n" + "\n".join(found)
    assert {"ledger_entry", "payment", "document", "message"} <= on_server.columns.keys()
    assert on_server.indexes["price_by_prefix"].where == "prefix <> ''"


def test_the_server_enforces_every_rule_sqlite_does(schemas) -> None:
    on_sqlite, on_server = schemas
    missing = {
        name: table
        for name, (table, _) in on_sqlite.triggers.items()
        if on_server.triggers.get(name, ("", ""))[0] != table
    }
    assert not missing, f"triggers missing on PostgreSQL: {missing}"
    # TRUNCATE passes row triggers by; the tables that never lose a row refuse it too.
    for table in (
        "ledger_entry",
        "ledger_day",
        "ledger_checkpoint",
        "document",
        "document_line",
        "billing_info",
        "document_logo",
    ):
        assert on_server.triggers[f"{table}_is_not_truncated"][0] == table


def test_migrating_again_changes_nothing(postgres_address) -> None:
    db.open_database(postgres_address).close()
    session = db.open_database(postgres_address)  # opened again: already at the version
    assert migrations.schema_version(session.db) == migrations.SCHEMA_VERSION
    session.close()


def test_a_newer_server_database_is_refused(postgres_address) -> None:
    db.open_database(postgres_address).close()
    with psycopg.connect(postgres_address, autocommit=True) as connection:
        connection.execute("UPDATE credit_desk_schema SET version = version + 1")
    with pytest.raises(NewerDatabaseError, match="newer Credit Desk"):
        db.open_database(postgres_address)
    assert db.open_session() is None


def test_another_programs_server_database_is_refused(postgres_address) -> None:
    with psycopg.connect(postgres_address, autocommit=True) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(OtherProgramsDatabaseError, match="customers"):
        db.open_database(postgres_address)
    with psycopg.connect(postgres_address) as connection:
        tables = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert [row[0] for row in tables] == ["customers"]  # nothing was created


def test_an_unreachable_server_is_reported_without_its_password(tmp_path) -> None:
    address = f"postgresql://desk:s3cret@{str(tmp_path).replace('/', '%2F')}/credit"
    with pytest.raises(DatabaseOpenError) as raised:
        db.open_database(address)
    shown = str(raised.value.args[0])
    assert "s3cret" not in shown and "desk:***@" in shown
    assert shown_address("postgresql://u@h/d") == "postgresql://u@h/d"


def test_a_serialization_failure_is_retried_not_shown(postgres_address) -> None:
    db.open_database(postgres_address)
    calls = []

    def top_up() -> None:
        with write_transaction():
            calls.append(1)
            ledger.post(ledger.TOP_UP, MICRO, "payment:1", idempotency_key=f"p:{len(calls)}")
            if len(calls) < 3:  # the server gives the first two attempts up
                db.database.execute_sql(
                    "DO $$ BEGIN RAISE EXCEPTION 'conflict' "
                    "USING ERRCODE = 'serialization_failure'; END $$"
                )

    retrying_write(top_up)
    assert len(calls) == 3 and ledger.balance() == MICRO  # the failed attempts left nothing
    with pytest.raises(WriteConflictError):  # without the retry it is a "busy, try again"
        with write_transaction():
            db.database.execute_sql(
                "DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '40P01'; END $$"
            )


def test_writers_on_their_own_connections_queue_for_the_write_lock(postgres_address) -> None:
    session = db.open_database(postgres_address)
    errors: list[BaseException] = []

    def post(worker: int) -> None:
        try:
            with session.connection():
                for i in range(40):
                    with write_transaction():
                        ledger.post(
                            ledger.TOP_UP, MICRO, f"w{worker}", idempotency_key=f"{worker}:{i}"
                        )
                        ledger.post(ledger.MESSAGE_CHARGE, -MICRO // 2, f"w{worker}")
        except BaseException as error:  # noqa: BLE001 (reported by the assert below)
            errors.append(error)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert ledger.balance() == 4 * 40 * MICRO // 2
    check = ledger.verify()
    assert check.ok and check.entries == 4 * 40 * 2


def test_the_command_line_works_on_a_server(postgres_address) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, str(root / "main.py"), "--database", postgres_address, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("settings", "seller.iban", "CZ6508000000192000145399")
    run("top-up", "200", "CZK", "--method", "manual")
    assert run("balance").startswith("8 credits")
    assert run("verify").startswith("OK")


OLD_ENTRIES = [  # as a ledger of schema 8 has them, awkward texts included
    (
        "top-up" if number % 4 == 1 else "adjustment",
        5_000_000 if number % 4 == 1 else -1_000_000,
        f"old:{number}",
        "it's \\ 100 % “fine”" if number % 5 == 0 else "",
        f"key:{number}" if number % 3 == 0 else None,
        f"2025-12-{1 + number // 3:02d}T{number % 24:02d}:00:00.000000Z",
    )
    for number in range(1, 41)
]
_OLD_INSERT = (
    "INSERT INTO ledger_entry "
    "(kind, amount, balance_after, reference, description, idempotency_key, created_at) "
    "SELECT ?, ?, balance + ?, ?, ?, ?, ? FROM account"
)


def _sqlite_at_schema_8(path: Path) -> None:
    from peewee import SqliteDatabase

    sqlite = SqliteDatabase(str(path))
    for step in migrations.sqlite_steps()[:8]:
        step(sqlite)
    sqlite.execute_sql("PRAGMA user_version = 8")
    for kind, amount, *rest in OLD_ENTRIES:
        sqlite.execute_sql(_OLD_INSERT, (kind, amount, amount, *rest))
    sqlite.close()


def _server_at_schema_8(address: str) -> None:
    from models.common.database_postgres import PostgresDatabase

    server = PostgresDatabase(address)
    with server.atomic():
        for step in migrations.server_steps()[:8]:
            step(server)
        server.execute_sql("CREATE TABLE credit_desk_schema (version INTEGER NOT NULL)")
        server.execute_sql("INSERT INTO credit_desk_schema (version) VALUES (8)")
        for kind, amount, *rest in OLD_ENTRIES:
            server.execute_sql(_OLD_INSERT, (kind, amount, amount, *rest))
    server.close()


def test_upgrading_builds_day_totals_and_the_same_first_checkpoint_on_both(
    postgres_address, tmp_path
) -> None:
    from models.ledger.checkpoints import LedgerCheckpoint

    _sqlite_at_schema_8(tmp_path / "old.sqlite3")
    _server_at_schema_8(postgres_address)
    found = []
    for address in (str(tmp_path / "old.sqlite3"), postgres_address):
        session = db.open_database(address)
        try:
            assert migrations.schema_version(session.db) == migrations.SCHEMA_VERSION
            days = [
                (day, kind, int(n), int(i), int(o))
                for day, kind, n, i, o in session.execute_sql(
                    "SELECT day, kind, entries, credits_in, credits_out FROM ledger_day "
                    "ORDER BY day, kind"
                )
            ]
            assert len(days) > 10 and sum(n for *_, n, _, _ in days) == 40
            checkpoint = LedgerCheckpoint.get()
            assert (checkpoint.upto_id, checkpoint.entries, checkpoint.balance) == (
                40,
                40,
                2 * 10**7,
            )
            quick = ledger.verify()
            assert quick.ok and (quick.checkpoint, quick.read) == (40, 0), quick.problems
            full = ledger.verify(full=True)
            assert full.ok and full.read == 40, full.problems
            found.append((days, checkpoint.digest, checkpoint.last_entry, full.digest))
        finally:
            session.close()
    on_sqlite, on_server = found
    assert on_sqlite == on_server  # one ledger, one digest, whichever engine holds it
