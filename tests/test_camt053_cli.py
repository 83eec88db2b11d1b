"""Malformed camt.053 files through `import-statement`: one clear error line, nothing stored.

Each bad file also holds a good credit that pays the pending top-up, so a file imported half-way
would show as a confirmed payment, a credit on the balance or a stored bank entry.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import main
from tests.camt_builder import document, entry, statement, tx
from tests.helpers.payment_dates import payments_made_before
from tests.test_camt053_input import BILLION_LAUGHS

STATEMENT_IBAN = "CZ7908000000002000145399"  # camt_builder.statement's account
GOOD = entry("121.00", servicer_reference="GOOD-1", transactions=[tx(end_to_end="VS2600000001")])


def _with(bad: str, version: int = 2) -> bytes:
    return document(GOOD, bad, version=version)


MALFORMED = {
    "truncated XML": (document(GOOD)[:-60], "not well-formed XML"),
    "wrong namespace": (
        document(GOOD, namespace="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"),
        "not an ISO 20022 camt.053 bank statement",
    ),
    "camt.052": (document(GOOD, message="052"), "intraday account report (camt.052)"),
    "camt.054": (document(GOOD, message="054"), "debit/credit notification (camt.054)"),
    "version 001.09": (document(GOOD, version=9), "camt.053.001.09 statement"),
    "billion laughs": (BILLION_LAUGHS, "declares a DTD"),
    "external entity": (
        document(
            GOOD,
            entry(information="XXE"),
            prolog=(
                '<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            ),
        ).replace(b"XXE", b"&xxe;"),
        "declares a DTD",
    ),
    "amount with comma": (
        _with(entry("12,50", servicer_reference="B2")),
        "Entry 2 (B2): “12,50” is not an amount",
    ),
    "missing amount": (_with(entry(None)), "Entry 2: the entry has no amount"),
    "bad currency": (_with(entry(currency="KCZ")), "Entry 2: “KCZ” is not a known currency code"),
    "bad date": (_with(entry(booked="2024-02-30")), "Entry 2: “2024-02-30” is not a date"),
    "bad date-time": (
        _with(entry(booked="2024-01-05T10:00:00+25:00", version=8), version=8),
        "Entry 2: “2024-01-05T10:00:00+25:00” is not a date",
    ),
    "unknown status": (
        _with(entry(status="DONE", entry_reference="N2")),
        "Entry 2 (N2): the entry status “DONE”",
    ),
    "unknown status code (001.08)": (
        _with(entry(status="BOKD", version=8), version=8),
        "Entry 2: the entry status “BOKD”",
    ),
    "credit with negative amount": (_with(entry("-121.00")), "Entry 2: “-121.00” is not an amount"),
    "bad reversal indicator": (_with(entry(reversal="maybe")), "the reversal indicator “maybe”"),
    "bad statement period": (
        document(statements=[statement(GOOD, period=("2024-01-01", "2024-13-01"))]),
        "Statement STMT-1: “2024-13-01” is not a date",
    ),
}


@pytest.fixture
def base(database_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """A database with the seller's IBAN, the builder's statement account among the seller's
    accounts, and one pending 121.00 CZK top-up (VS 2600000001) made before the builder's
    booking day (2024-01-05): the good credit would confirm it."""
    base = ["--database", str(database_path)]
    assert main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"]) == 0
    assert main.main([*base, "settings", "seller.other_accounts", STATEMENT_IBAN]) == 0
    assert main.main([*base, "top-up", "100", "CZK"]) == 0
    assert "2600000001" in capsys.readouterr().out
    payments_made_before(database_path)
    return base


def _stored(database_path: Path) -> tuple[int, list[str]]:
    with sqlite3.connect(database_path) as connection:
        (entries,) = connection.execute("SELECT count(*) FROM bank_entry").fetchone()
        states = [row[0] for row in connection.execute("SELECT state FROM payment")]
    return entries, states


def test_the_good_credit_alone_would_be_imported(
    base: list[str], database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "good.xml"
    path.write_bytes(document(GOOD))
    assert main.main([*base, "import-statement", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"account: {STATEMENT_IBAN}\n" in out
    assert "1 confirmed, 0 waiting for pairing" in out
    assert _stored(database_path) == (1, ["paid"])


@pytest.mark.parametrize(("data", "message"), MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_statement_changes_nothing(
    data: bytes,
    message: str,
    base: list[str],
    database_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "statement.xml"
    path.write_bytes(data)
    assert main.main([*base, "import-statement", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("error: ") and message in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert _stored(database_path) == (0, ["pending"])
    assert main.main([*base, "balance"]) == 0
    assert capsys.readouterr().out.startswith("0 credits")
