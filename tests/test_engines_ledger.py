"""The Transactions page's queries, the statement, the ledger export and the CLI's listings give
the same results on both engines (SQLite files and a PostgreSQL server)."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import main
from models.common import pdf_base
from models.ledger import entries as ledger
from models.ledger.export import write_csv
from models.ledger.groups import all_groups, day_groups
from models.ledger.periods import buckets, period_filter, series
from models.ledger.query import AMOUNT, DATE, LedgerFilter, Order, open_view
from models.ledger.statement import StatementText, gather, statement_rows
from models.outbox import dispatcher
from models.outbox import queue as outbox
from models.outbox.simulated_gateway import SimulatedGateway
from models.pricing.campaign_estimate import load_index
from models.settings import store as settings
from tests.helpers.ledger_fill import Planned, clock, post_all
from tests.helpers.outbox_data import CZ_O2, numbers, small_price_list
from tests.test_engines import database, engine  # noqa: F401 (the both-engines fixtures)

DAY = date(2026, 7, 10)
AT = datetime(2026, 7, 10, 9, tzinfo=UTC)
MICRO = 1_000_000


@pytest.fixture
def filled(database):  # noqa: F811 (the imported fixture)
    """A top-up, a refund with a % in its text, and a campaign “Léto” of 3 messages sent."""
    small_price_list()
    post_all(
        [
            Planned(ledger.TOP_UP, 100 * MICRO, "payment:1", "Top-up, variable symbol 1", AT),
            Planned(ledger.REFUND, 35_000, "refund:7", "Refund 100% of ORDER X", AT),
        ]
    )
    found = outbox.queue_campaign("Hello", numbers(3), load_index(), name="Léto")
    with clock(AT + timedelta(hours=2)):
        dispatcher.dispatch(SimulatedGateway())
    assert found.campaign_id
    return database


def test_a_campaigns_charges_make_one_group_of_the_day(filled) -> None:
    view, _ = open_view(LedgerFilter(), Order())
    groups = day_groups(view, DAY, descending=False, zone=UTC)
    assert [(g.kind, g.count, g.amount, g.campaign) for g in groups] == [
        (ledger.TOP_UP, 1, 100 * MICRO, ""),
        (ledger.REFUND, 1, 35_000, ""),
        (ledger.MESSAGE_CHARGE, 3, -3 * CZ_O2, "Léto"),
    ]
    assert [g.count for g in all_groups(view, descending=True, zone=UTC)] == [3, 1, 1]


def test_filters_and_totals(filled) -> None:
    def references(ledger_filter: LedgerFilter, order: Order | None = None) -> list[str]:
        return [row.reference for row in open_view(ledger_filter, order or Order())[0].rows()]

    assert references(LedgerFilter(text="order x")) == ["refund:7"]  # ASCII in any case
    assert references(LedgerFilter(text="0%")) == ["refund:7"]  # % taken literally
    assert references(LedgerFilter(kind=ledger.TOP_UP)) == ["payment:1"]
    by_amount = references(LedgerFilter(), Order(AMOUNT, descending=True))
    assert by_amount[:2] == ["payment:1", "refund:7"]
    july = period_filter(DAY, DAY, zone=UTC)
    totals = open_view(july, Order(DATE))[0].totals()
    assert (totals.count, totals.credits_in, totals.credits_out) == (
        5,
        100 * MICRO + 35_000,
        -3 * CZ_O2,
    )
    assert totals.counts_by_kind == {ledger.TOP_UP: 1, ledger.REFUND: 1, ledger.MESSAGE_CHARGE: 3}
    campaign_only = open_view(LedgerFilter(campaign=1), Order())[0].totals()
    assert campaign_only.count == 3


def test_periods_sum_in_and_out_per_day(filled) -> None:
    spans = buckets(DAY - timedelta(days=1), DAY + timedelta(days=1), "day")
    found = series(LedgerFilter(), spans, zone=UTC)
    assert [(b.first_day, b.credits_in, b.credits_out) for b in found] == [
        (DAY - timedelta(days=1), 0, 0),
        (DAY, 100 * MICRO + 35_000, -3 * CZ_O2),
        (DAY + timedelta(days=1), 0, 0),
    ]


def test_statement_rows_and_balances(filled) -> None:
    pdf_base.register_fonts()  # the rows are fitted to the statement's columns
    data = gather(DAY, DAY, zone=UTC)
    assert (data.opening, data.closing, data.count) == (0, 100 * MICRO + 35_000 - 3 * CZ_O2, 5)
    rows = statement_rows(data, StatementText(), zone=UTC)
    assert len(rows) == 3 and "Léto" in " ".join(rows[2])


def test_the_ledger_export_writes_every_entry(filled, tmp_path: Path) -> None:
    view, count = open_view(LedgerFilter(), Order())
    target = tmp_path / "ledger.csv"
    assert write_csv(view.rows(), target, zone=UTC) == count == 5
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert [row[5] for row in rows[1:3]] == ["message:3", "message:2"]


def test_the_cli_listings(filled, capsys, tmp_path: Path) -> None:
    address = filled.address  # a test server's address has no password to hide
    settings.set_value("seller.iban", "CZ6508000000192000145399")
    filled.close()
    base = ["--database", address]
    target = tmp_path / "july.csv"
    assert main.main([*base, "export-transactions", str(target), "--from", "2026-07-01"]) == 0
    assert "5 entries written" in capsys.readouterr().out
    pdf = tmp_path / "july.pdf"
    assert (
        main.main([*base, "statement", str(pdf), "--from", "2026-07-01", "--to", "2026-07-31"]) == 0
    )
    assert "5 entries, opening balance 0" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main.main([*base, "top-up", "200", "CZK", "--method", "bank-transfer"]) == 0
    capsys.readouterr()
    assert main.main([*base, "payments"]) == 0
    assert "pending\tbank-transfer\tCZK 242.00" in capsys.readouterr().out
    assert main.main([*base, "documents"]) == 0
    assert "proforma" in capsys.readouterr().out
    assert main.main([*base, "outbox", "--messages"]) == 0
    assert capsys.readouterr().out.startswith("0 queued\n")
    assert main.main([*base, "bank-entries"]) == 0
    assert capsys.readouterr().out == "0 credits wait for pairing\n"
    assert main.main([*base, "rates", "set", "EUR", "25.085", "--date", "2026-07-10"]) == 0
    capsys.readouterr()
    assert main.main([*base, "rates", "list"]) == 0
    assert "2026-07-10" in capsys.readouterr().out
    assert main.main([*base, "settings"]) == 0
    assert "seller.iban = CZ6508000000192000145399" in capsys.readouterr().out
    assert main.main([*base, "balance"]) == 0
    assert capsys.readouterr().out.startswith("99.915 credits\n")
    assert main.main([*base, "verify"]) == 0
    assert capsys.readouterr().out.startswith("OK: ")
