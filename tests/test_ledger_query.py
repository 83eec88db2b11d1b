"""Reading the ledger: filters, orders, keyset pages, totals and plans, against plain Python."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.common import database as db
from models.ledger import entries as ledger
from models.ledger.query import (
    AMOUNT,
    DATE,
    KIND,
    EntryRow,
    LedgerFilter,
    LedgerView,
    Order,
    Totals,
    explain,
    like_pattern,
    open_view,
    snapshot,
)
from tests.helpers.ledger_fill import Planned, bulk_fill, post_all
from ui.transactions.ledger_blocks import LedgerBlocks

START = datetime(2026, 1, 1, tzinfo=UTC)
ISO = "%Y-%m-%dT%H:%M:%S.%fZ"
ALPHABET = "aAbBčČ%_\\ -="


# -- the same rules, in plain Python ------------------------------------------------------------


def ascii_fold(text: str) -> str:
    """SQLite's LIKE folds ASCII letters only."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def matches(row: EntryRow, flt: LedgerFilter) -> bool:
    if flt.start is not None and row.created_at < flt.start:
        return False
    if flt.end is not None and row.created_at >= flt.end:
        return False
    if flt.kind is not None and row.kind != flt.kind:
        return False
    needle = ascii_fold(flt.text.strip())
    return (
        not needle or needle in ascii_fold(row.description) or needle in ascii_fold(row.reference)
    )


def ordered(rows: list[EntryRow], order: Order) -> list[EntryRow]:
    if order.column == DATE:
        return sorted(rows, key=lambda r: (r.created_at, r.id), reverse=order.descending)
    if order.column == AMOUNT:
        return sorted(rows, key=lambda r: (r.amount, r.id), reverse=order.descending)
    kinds = list(reversed(order.kind_order)) if order.descending else list(order.kind_order)
    newest = sorted(rows, key=lambda r: (r.created_at, r.id), reverse=True)
    return [r for kind in kinds for r in newest if r.kind == kind]


def everything() -> list[EntryRow]:
    return [
        EntryRow._make(r)
        for r in db.database.execute_sql(
            "SELECT id, created_at, kind, amount, balance_after, reference, description "
            "FROM ledger_entry"
        )
    ]


# -- generated ledgers --------------------------------------------------------------------------

entries = st.lists(
    st.tuples(
        st.sampled_from(ledger.KINDS),
        st.integers(1, 5_000_000),
        st.integers(0, 60 * 24 * 40),  # minutes after START
        st.text(ALPHABET, max_size=8),
        st.text(ALPHABET, max_size=5),
    ),
    max_size=45,
)
bounds = st.none() | st.integers(0, 60 * 24 * 40)
filters = st.builds(
    lambda start, end, kind, text: LedgerFilter(
        None if start is None else (START + timedelta(minutes=start)).strftime(ISO),
        None if end is None else (START + timedelta(minutes=end)).strftime(ISO),
        kind,
        text,
    ),
    bounds,
    bounds,
    st.none() | st.sampled_from(ledger.KINDS),
    st.text(ALPHABET, max_size=3),
)
orders = st.builds(
    Order,
    st.sampled_from((DATE, AMOUNT, KIND)),
    st.booleans(),
    st.permutations(ledger.KINDS).map(tuple),
)


def post_generated(planned: list[tuple[str, int, int, str, str]]) -> None:
    """Post through ledger.post; a charge the balance cannot pay becomes a credit."""
    balance = 0
    batch = []
    for kind, size, minutes, description, reference in planned:
        amount = -size if kind == ledger.MESSAGE_CHARGE and balance >= size else size
        balance += amount
        batch.append(
            Planned(kind, amount, reference, description, START + timedelta(minutes=minutes))
        )
    post_all(batch)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries, st.lists(st.tuples(filters, orders), min_size=1, max_size=4), st.integers(1, 5))
def test_filters_and_orders_equal_a_plain_python_computation(planned, cases, block) -> None:
    with tempfile.TemporaryDirectory() as folder:
        opened = db.open_database(Path(folder) / "ledger.sqlite3")
        try:
            post_generated(planned)
            rows = everything()
            for flt, order in cases:
                expected = ordered([r for r in rows if matches(r, flt)], order)
                view, _ = open_view(flt, order)
                totals = view.totals()
                assert totals.count == len(expected)
                assert totals.credits_in == sum(r.amount for r in expected if r.amount > 0)
                assert totals.credits_out == sum(r.amount for r in expected if r.amount < 0)
                assert list(view.rows(chunk=3)) == expected
                # Read as the table does: block by block from the start, ...
                blocks = LedgerBlocks(view, block_size=block, max_blocks=1)
                blocks.load_start()
                while not blocks.complete:
                    blocks.fetch_more()
                assert [blocks.row(i) for i in range(blocks.row_count())] == expected
                # ... then counted, anchored, and read from the end backwards.
                blocks = LedgerBlocks(view, block_size=block, max_blocks=1)
                blocks.set_totals(totals)
                for index, segment in blocks.segments_to_anchor():
                    blocks.set_anchors(index, view.anchors(segment, block))
                positions = range(blocks.row_count() - 1, -1, -1)
                assert [blocks.row(i) for i in positions] == expected[::-1]
        finally:
            opened.close()


# -- pieces -------------------------------------------------------------------------------------


def test_like_pattern_takes_percent_underscore_and_backslash_literally() -> None:
    assert like_pattern("50%_off\\") == "%50\\%\\_off\\\\%"


def test_search_text_with_wildcards_matches_only_literally(database) -> None:
    post_all(
        [
            Planned(ledger.TOP_UP, 10, "payment:1", "100% paid", START),
            Planned(ledger.TOP_UP, 10, "payment:2", "1000 paid", START),
            Planned(ledger.TOP_UP, 10, "payment_3", "x", START),
            Planned(ledger.TOP_UP, 10, "payment:4", "Öl, CAMPAIGN", START),
        ]
    )

    def found(text: str) -> list[str]:
        view, _ = open_view(LedgerFilter(text=text), Order(DATE, descending=False))
        return [r.reference for r in view.rows()]

    assert found("0%") == ["payment:1"]
    assert found("t_") == ["payment_3"]
    assert found("campaign") == ["payment:4"]  # ASCII letters in any case
    assert found("  paid ") == ["payment:1", "payment:2"]  # the text is trimmed


def test_unfiltered_count_comes_from_the_account_row(database) -> None:
    bulk_fill(50, START, START + timedelta(days=3))
    view, count = open_view(LedgerFilter(), Order())
    assert count == 50 == view.totals().count
    assert open_view(LedgerFilter(kind=ledger.REFUND), Order())[1] is None


def test_a_view_keeps_its_snapshot_while_entries_are_appended(database) -> None:
    bulk_fill(30, START, START + timedelta(days=3))
    view, _ = open_view(LedgerFilter(), Order())
    first = view.page(view.segments[0], 5)
    bulk_fill(10, START + timedelta(days=4), START + timedelta(days=5))
    assert view.page(view.segments[0], 5) == first
    assert view.totals().count == 30
    assert snapshot() == (40, 40)


def test_period_and_kind_filter_uses_an_index_not_a_scan(database) -> None:
    bulk_fill(2_000, START, START + timedelta(days=60))
    flt = LedgerFilter("2026-01-10T00:00:00.000000Z", "2026-01-20T00:00:00.000000Z", ledger.REFUND)
    for order in (Order(DATE), Order(DATE, descending=False), Order(KIND)):
        plan = explain(LedgerView(flt, order, 2_000))
        assert any(
            "USING INDEX ledger_entry_kind_created_at (kind=? AND created_at>? AND created_at<?)"
            in step
            for step in plan
        ), plan
        assert not any(step.startswith("SCAN") for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan


def test_every_order_without_a_filter_is_served_by_an_index(database) -> None:
    bulk_fill(2_000, START, START + timedelta(days=60))
    for order in (Order(DATE), Order(AMOUNT), Order(AMOUNT, False), Order(KIND)):
        plan = explain(LedgerView(LedgerFilter(), order, 2_000))
        assert any("USING INDEX" in step for step in plan), plan
        assert not any("TEMP B-TREE" in step for step in plan), plan


def test_amount_order_of_a_long_period_walks_the_amount_index(database) -> None:
    bulk_fill(2_000, START, START + timedelta(days=60))
    long = LedgerFilter("2026-01-05T00:00:00.000000Z", "2026-02-20T00:00:00.000000Z")
    view, _ = open_view(long, Order(AMOUNT))
    assert view.scan_amounts
    assert any("ledger_entry_amount" in step for step in explain(view))
    short = LedgerFilter("2026-01-05T00:00:00.000000Z", "2026-01-05T02:00:00.000000Z")
    assert not open_view(short, Order(AMOUNT))[0].scan_amounts


def test_totals_are_exact_integers(database) -> None:
    post_all(
        [
            Planned(ledger.TOP_UP, 1_000_000_001, "payment:1", "", START),
            Planned(ledger.MESSAGE_CHARGE, -35_001, "campaign:1", "", START),
        ]
    )
    totals = open_view(LedgerFilter(), Order())[0].totals()
    assert totals == Totals(2, 1_000_000_001, -35_001, {"top-up": 1, "message-charge": 1})
    assert isinstance(totals.credits_in, int) and totals.net == 999_965_000
