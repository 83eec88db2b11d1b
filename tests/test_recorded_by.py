"""Who recorded each ledger entry, payment and document, on both engines: the computer's login on a
file, the server's session user on PostgreSQL; rows from before the team step keep ''."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from models.common import database as db
from models.common import migrations, migrations_sqlite_team
from models.common.database_postgres import PostgresDatabase
from models.common.team import desk_user
from models.invoicing import documents
from models.ledger import entries as ledger
from models.ledger.checkpoints import LedgerCheckpoint
from models.payments import top_ups as payments
from tests.helpers.outbox_data import credit
from tests.invoice_helpers import buyer, paid, seller

BEFORE_TEAM_STEP = len(migrations.sqlite_steps()) - len(migrations_sqlite_team.STEPS)
OLD_ENTRY = (
    "INSERT INTO ledger_entry (kind, amount, balance_after, reference, created_at) "
    "SELECT 'adjustment', ?, balance + ?, ?, '2025-12-01T10:00:00.000000Z' FROM account"
)


def _old_sqlite(path: Path) -> str:
    sqlite = SqliteDatabase(str(path))
    for step in migrations.sqlite_steps()[:BEFORE_TEAM_STEP]:
        step(sqlite)
    sqlite.execute_sql(f"PRAGMA user_version = {BEFORE_TEAM_STEP}")
    for number in range(1, 4):
        sqlite.execute_sql(OLD_ENTRY, (number * 1_000_000, number * 1_000_000, f"old:{number}"))
    sqlite.close()
    return str(path)


def _old_server(address: str) -> str:
    server = PostgresDatabase(address)
    with server.atomic():
        for step in migrations.server_steps()[:BEFORE_TEAM_STEP]:
            step(server)
        server.execute_sql("CREATE TABLE credit_desk_schema (version INTEGER NOT NULL)")
        server.execute_sql(
            "INSERT INTO credit_desk_schema (version) VALUES (?)", (BEFORE_TEAM_STEP,)
        )
        for number in range(1, 4):
            server.execute_sql(OLD_ENTRY, (number * 1_000_000, number * 1_000_000, f"old:{number}"))
    server.close()
    return address


@pytest.fixture(params=["sqlite", "postgres"])
def old_database(request, tmp_path: Path) -> tuple[str, str]:
    """A database with three entries, made before the team step; (address, the recorder that
    new rows get)."""
    if request.param == "sqlite":
        return _old_sqlite(tmp_path / "old.sqlite3"), desk_user()
    return _old_server(request.getfixturevalue("postgres_address")), "postgres"


def test_old_rows_keep_no_recorder_and_new_ones_get_the_user(old_database) -> None:
    address, recorder = old_database
    session = db.open_database(address)
    try:
        assert migrations.schema_version(session.db) == migrations.SCHEMA_VERSION
        old = [entry.recorded_by for entry in ledger.LedgerEntry.select()]
        assert old == ["", "", ""]
        check = ledger.verify()  # the checkpoint made before the team step still verifies
        assert check.ok, check.problems
        assert LedgerCheckpoint.select().count() >= 1
        credit(1_000_000)
        seller()
        buyer()
        invoice = paid(credits=10, on=date(2026, 3, 5))
        payment = payments.Payment.get_by_id(invoice.payment_id)
        assert payment.recorded_by == recorder
        stored = documents.Document.get_by_id(invoice.id)
        assert stored.recorded_by == recorder
        newest = ledger.LedgerEntry.select().order_by(ledger.LedgerEntry.id.desc()).limit(2)
        assert [entry.recorded_by for entry in newest] == [recorder, recorder]
        with db.write_transaction():
            posted = ledger.post(ledger.MESSAGE_CHARGE, -1, "message:1")
        assert posted.recorded_by == recorder  # what the database stored, not what was sent
        assert ledger.recorded_by(posted.id) == recorder
        assert ledger.verify(full=True).ok
    finally:
        session.close()


def test_the_chain_digest_does_not_depend_on_who_recorded(old_database) -> None:
    address, _ = old_database
    session = db.open_database(address)
    try:
        before = ledger.verify(full=True).digest
    finally:
        session.close()
    session = db.open_database(address)
    try:
        if session.on_server:
            session.db.execute_sql("ALTER TABLE ledger_entry DISABLE TRIGGER USER")
            session.db.execute_sql("UPDATE ledger_entry SET recorded_by = 'someone else'")
            session.db.execute_sql("ALTER TABLE ledger_entry ENABLE TRIGGER USER")
        else:
            session.db.execute_sql("DROP TRIGGER ledger_entry_is_append_only_update")
            session.db.execute_sql("UPDATE ledger_entry SET recorded_by = 'someone else'")
        assert ledger.verify(full=True).digest == before
    finally:
        session.close()
