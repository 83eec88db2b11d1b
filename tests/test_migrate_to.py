"""migrate-to: a desktop database copied into a new server database, ids, ledger chain and
checkpoints as they were; both verify and hold the same; a failure changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import peewee
import psycopg
import pytest

import main
from models.common import database as db

SELLER = [("seller.name", "Acme s.r.o."), ("seller.iban", "CZ6508000000192000145399")]
BUYER = ["name", "Buyer a.s.", "street", "Main 1", "city", "Praha", "postal_code", "11000"]


def run(*argv: str) -> None:
    assert main.main(list(argv)) == 0, argv


@pytest.fixture
def desktop(tmp_path: Path, capsys) -> Path:
    """A file with ledger entries, payments, invoices, a credit note, EUR documents, sent and
    waiting messages, and settings."""
    path = tmp_path / "desk.sqlite3"
    base = ["--database", str(path)]
    for key, value in SELLER:
        run(*base, "settings", key, value)
    run(*base, "settings", "outbox.auto_resume", "no")
    run(*base, "billing", "set", *BUYER, "country", "CZ")
    run(*base, "rates", "set", "EUR", "25.085", "--date", date.today().isoformat())
    run(*base, "top-up", "100", "CZK", "--method", "manual")  # 4 credits, invoice 1
    run(*base, "top-up", "20", "EUR", "--method", "manual")  # a EUR tax invoice
    run(*base, "top-up", "10", "EUR")  # a pending EUR proforma
    number = f"{date.today().year}-000001"
    run(*base, "credit-note", number, "--credits", "1", "--reason", "Returned")
    recipients = tmp_path / "numbers.txt"
    recipients.write_text("+420601123456\n+420602123456\n", encoding="utf-8")
    run(*base, "send", "--text", "Hello", "--recipients", str(recipients))
    run(*base, "verify")  # a checkpoint to copy
    run(*base, "settings", "outbox.paused", "yes")
    assert main.main([*base, "send", "--text", "Later", "--recipients", str(recipients)]) == 4
    capsys.readouterr()
    return path


def server_rows(address: str, sql: str) -> list[tuple]:
    with psycopg.connect(address) as connection:
        return connection.execute(sql).fetchall()  # type: ignore[arg-type]


def file_rows(path: Path, sql: str) -> list[tuple]:
    session = db.open_database(path)
    try:
        return [tuple(row) for row in session.execute_sql(sql).fetchall()]
    finally:
        session.close()


def test_the_copy_keeps_everything_and_both_verify(desktop, postgres_address, capsys) -> None:
    assert main.main(["--database", str(desktop), "migrate-to", postgres_address]) == 0
    out = capsys.readouterr().out
    assert "ledger_entry: 5 rows" in out and "document: 4 rows" in out
    assert out.splitlines()[-1].startswith("OK: verify passes on both; balance ")
    assert "3 payments, 4 documents, 4 messages equal on both" in out
    for sql in (
        "SELECT id, kind, amount, balance_after, created_at FROM ledger_entry ORDER BY id",
        "SELECT id, upto_id, digest FROM ledger_checkpoint ORDER BY id",
        "SELECT id, number, kind, currency, total_minor FROM document ORDER BY id",
        "SELECT id, state, currency, total_minor FROM payment ORDER BY id",
        "SELECT id, state FROM message ORDER BY id",
        "SELECT key, value FROM setting ORDER BY key",
    ):
        assert server_rows(postgres_address, sql) == file_rows(desktop, sql), sql
    # The server goes on where the file stopped: next ids and the next invoice number.
    server = ["--database", postgres_address]
    run(*server, "top-up", "100", "CZK", "--method", "manual")
    run(*server, "verify")
    numbers = [row[0] for row in server_rows(postgres_address, "SELECT number FROM document")]
    assert f"{date.today().year}-000003" in numbers
    assert server_rows(postgres_address, "SELECT max(id) FROM payment") == [(4,)]


def test_a_database_that_is_not_empty_is_refused_and_left_as_it_was(
    desktop, postgres_address, capsys
) -> None:
    run("--database", postgres_address, "settings", "seller.name", "Other s.r.o.")
    before = server_rows(postgres_address, "SELECT key, value FROM setting ORDER BY key")
    assert main.main(["--database", str(desktop), "migrate-to", postgres_address]) == 2
    assert "is not empty (its table setting holds rows)" in capsys.readouterr().err
    assert server_rows(postgres_address, "SELECT key, value FROM setting ORDER BY key") == before
    assert server_rows(postgres_address, "SELECT count(*) FROM ledger_entry") == [(0,)]


def test_a_failure_half_way_leaves_the_server_empty(
    desktop, postgres_address, capsys, monkeypatch
) -> None:
    from models.common import server_copy

    copy_table = server_copy._copy_table

    def fail_at_messages(source, target, table):
        if table.name == "message":
            raise peewee.OperationalError("the connection broke")
        return copy_table(source, target, table)

    monkeypatch.setattr(server_copy, "_copy_table", fail_at_messages)
    assert main.main(["--database", str(desktop), "migrate-to", postgres_address]) == 2
    assert "The server database was not changed" in capsys.readouterr().err
    tables = server_rows(
        postgres_address,
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()",
    )
    assert tables == []  # not even the schema: one transaction


def test_a_server_database_cannot_be_the_source(postgres_address, capsys) -> None:
    assert main.main(["--database", postgres_address, "migrate-to", postgres_address]) == 2
    assert "copies a database file" in capsys.readouterr().err
