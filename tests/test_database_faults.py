"""The database as it fails in real life: another program's file, a web address, a full disk, a
read-only file: each is named for what it is, and nothing is stored half-way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import main
from models.common import database as db
from models.common.database_errors import DatabaseFullError, DatabaseReadOnlyError
from models.common.database_file import sqlite_path
from models.ledger import entries as ledger
from models.payments import top_ups as payments
from tests.helpers.database_dump import digest, dump


@pytest.fixture
def prepared(database_path: Path) -> Path:
    """A Credit Desk database with a seller's account, closed."""
    session = db.open_database(database_path)
    from models.settings import store as settings

    settings.set_value("seller.name", "Credit Desk s.r.o.")
    settings.set_value("seller.iban", "CZ6508000000192000145399")
    session.close()
    return database_path


def test_another_programs_database_is_refused_untouched(tmp_path: Path, capsys) -> None:
    other = tmp_path / "notes.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    before = digest(other)
    with pytest.raises(db.OtherProgramsDatabaseError, match="another program's database"):
        db.open_database(other)
    assert main.main(["--database", str(other), "balance"]) == 1
    assert "its tables: notes" in capsys.readouterr().err
    assert digest(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]  # no backup, no journal


@pytest.mark.parametrize(
    "address", ["http://example.com/db", "https://example.com/db", "http:/example.com/db"]
)
def test_a_web_address_is_refused_and_creates_nothing(
    address: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main.main(["--database", address, "balance"]) == 1
    assert "Unsupported database address" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("address", "path"),
    [
        ("credit.sqlite3", "credit.sqlite3"),
        ("sqlite:///tmp/credit.sqlite3", "tmp/credit.sqlite3"),
        ("C:\\Users\\ana\\credit.sqlite3", "C:\\Users\\ana\\credit.sqlite3"),
        ("notes: 2026.sqlite3", "notes: 2026.sqlite3"),
    ],
)
def test_paths_stay_paths(address: str, path: str) -> None:
    assert sqlite_path(address) == Path(path)


def test_a_full_disk_is_named_and_nothing_half_made_remains(prepared: Path, monkeypatch) -> None:
    session = db.open_database(prepared)
    pages = session.execute_sql("PRAGMA page_count").fetchone()[0]
    session.execute_sql(f"PRAGMA max_page_count = {pages}")  # no room to grow: SQLITE_FULL
    quote = payments.quote_for_credits(10**9 * 1000, "CZK")
    with pytest.raises(DatabaseFullError, match="The disk is full: nothing was saved"):
        for _ in range(200):  # enough documents and entries to need a new page
            payments.create_top_up(quote, payments.MANUAL, note="x" * 400)
    session.close()
    session = db.open_database(prepared)
    assert ledger.verify().ok
    assert all(p.state == payments.PAID for p in payments.list_payments())  # none half-made
    session.close()


def test_the_command_line_says_the_disk_is_full_in_one_line(
    prepared: Path, monkeypatch, capsys
) -> None:
    pages = sqlite3.connect(prepared).execute("PRAGMA page_count").fetchone()[0]
    original = db._pragmas
    monkeypatch.setattr(db, "_pragmas", lambda ms: {**original(ms), "max_page_count": pages})
    before = dump(prepared)
    argv = ["--database", str(prepared), "top-up", "100", "CZK", "--method", "manual"]
    argv += ["--note", "n" * 450]
    for _ in range(30):
        if main.main(argv) != 0:
            break
        capsys.readouterr()
        before = dump(prepared)
    else:
        pytest.fail("the database never filled up")
    err = capsys.readouterr().err
    assert err == "error: The disk is full: nothing was saved. Free some space and try again.\n"
    assert dump(prepared) == before


def test_a_read_only_database_is_not_called_damaged(prepared: Path, monkeypatch, capsys) -> None:
    original = db._pragmas
    monkeypatch.setattr(db, "_pragmas", lambda ms: {**original(ms), "query_only": 1})
    before = dump(prepared)
    argv = ["--database", str(prepared), "top-up", "100", "CZK", "--method", "manual"]
    assert main.main(argv) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "damaged" not in err and "Traceback" not in err
    assert dump(prepared) == before
    with pytest.raises(DatabaseReadOnlyError):
        session = db.open_database(prepared)
        try:
            payments.create_top_up(payments.quote_for_credits(10 * 10**6, "CZK"), payments.MANUAL)
        finally:
            session.close()


def test_a_new_database_that_cannot_be_written_is_reported(
    database_path: Path, monkeypatch
) -> None:
    original = db._pragmas
    monkeypatch.setattr(db, "_pragmas", lambda ms: {**original(ms), "query_only": 1})
    with pytest.raises(db.DatabaseNotWritableError, match="cannot be written"):
        db.open_database(database_path)
    assert db.open_session() is None
