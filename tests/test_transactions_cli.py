"""The export-transactions and statement commands: the same core as the Transactions page."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import main
from models.common import database as db
from models.ledger import entries as ledger
from tests.helpers.ledger_fill import Planned, post_all

AT = datetime(2026, 7, 10, 9, tzinfo=UTC)


@pytest.fixture
def filled(database_path: Path) -> Path:
    opened = db.open_database(database_path)
    post_all(
        [
            Planned(ledger.TOP_UP, 100_000_000, "payment:1", "Top-up, variable symbol 1", AT),
            Planned(ledger.MESSAGE_CHARGE, -35_000, "campaign:1", "Léto", AT + timedelta(days=1)),
            Planned(ledger.REFUND, 35_000, "message:2", "Refund", AT + timedelta(days=30)),
        ]
    )
    opened.close()
    return database_path


def test_export_transactions_filters_by_dates_and_kind(
    filled: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "july.csv"
    base = ["--database", str(filled), "export-transactions", str(target)]
    assert main.main([*base, "--from", "2026-07-01", "--to", "2026-07-31"]) == 0
    assert capsys.readouterr().out == f"2 entries written to {target}\n"
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert [row[5] for row in rows[1:]] == ["campaign:1", "payment:1"]
    assert main.main([*base, "--kind", "refund"]) == 0
    assert "1 entries written" in capsys.readouterr().out


def test_statement_writes_a_pdf(filled: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "july.pdf"
    args = ["--database", str(filled), "statement", str(target), "--from", "2026-07-01"]
    assert main.main([*args, "--to", "2026-07-31"]) == 0
    out = capsys.readouterr().out
    assert "2 entries, opening balance 0, closing balance 99.965 credits" in out
    assert target.read_bytes().startswith(b"%PDF")


def test_bad_dates_are_refused(filled: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main.main(
            ["--database", str(filled), "statement", str(tmp_path / "x.pdf"), "--from", "July"]
        )
    assert "is not a date" in capsys.readouterr().err
