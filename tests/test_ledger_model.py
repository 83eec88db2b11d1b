"""The lazy ledger table model: model tester across block boundaries, seeks from either end, SQL sorts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from models.common.database import write_transaction
from models.ledger import entries as ledger
from models.ledger.query import AMOUNT, KIND, LedgerFilter
from tests.helpers.ledger_fill import Planned, bulk_fill, post_all
from ui.common.columns import RAW_ROLE, SORT_ROLE
from ui.common.formatting import credits_text
from ui.transactions.ledger_model import PLACEHOLDER, LedgerModel

START = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def model(workers):
    built = LedgerModel(workers, block_size=7)
    yield built
    built.shutdown()


def small_ledger(count: int = 60) -> None:
    post_all(
        [
            Planned(
                ledger.KINDS[i % 4] if i else ledger.TOP_UP,
                1_000_000 * (i + 1) if i % 4 != 1 else -35_000,
                f"campaign:{i}",
                f"Entry {i}",
                START + timedelta(hours=i),
            )
            for i in range(count)
        ]
    )


def column(model: LedgerModel, number: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(row, number), role) for row in range(model.rowCount())]


def test_model_tester_while_loading_and_when_counted(model, qtmodeltester, qtbot) -> None:
    small_ledger()
    model.set_filter(LedgerFilter(text="Entry"))  # filtered: counted off the GUI thread
    assert model.rowCount() == 7 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # fetches more as it goes
    with qtbot.waitSignal(model.totals_changed, check_params_cb=lambda t: t is not None):
        pass
    assert model.rowCount() == 60
    model.wait_for_background()
    qtmodeltester.check(model)
    assert column(model, LedgerModel.DESCRIPTION) == [f"Entry {i}" for i in range(59, -1, -1)]


def test_unfiltered_ledger_is_counted_at_once_and_the_end_is_one_seek_away(workers) -> None:
    bulk_fill(5_000, START, START + timedelta(days=90))
    model = LedgerModel(workers, block_size=50)
    try:
        model.reload()
        assert model.rowCount() == 5_000
        blocks = model.blocks
        assert blocks is not None and blocks.seeks == 1
        last = model.index(4_999, LedgerModel.REFERENCE)
        assert model.data(last) == "payment:1"  # the oldest entry, read from the end
        assert blocks.seeks == 2
        assert model.data(model.index(4_940, 0)) != PLACEHOLDER  # chained back from the end
        assert blocks.seeks == 3 and blocks.cached_rows() <= 150
    finally:
        model.shutdown()


def test_far_rows_wait_for_anchors_then_take_one_seek(workers, qtbot) -> None:
    bulk_fill(3_000, START, START + timedelta(days=90))
    model = LedgerModel(workers, block_size=20)
    try:
        model.set_filter(LedgerFilter(start="2026-01-01T00:00:00.000000Z"))
        with qtbot.waitSignal(model.totals_changed, check_params_cb=lambda t: t is not None):
            pass
        assert model.rowCount() == 3_000
        middle = model.index(1_510, LedgerModel.DATE)
        assert model.data(middle) == PLACEHOLDER
        with qtbot.waitSignal(model.dataChanged):
            model.wait_for_background()
        blocks = model.blocks
        assert blocks is not None and blocks.anchored
        seeks = blocks.seeks
        reference = model.data(model.index(1_510, LedgerModel.REFERENCE))
        assert blocks.seeks == seeks + 1
        expected = 3_000 - 1_510  # ids run with time, newest first
        assert model.data(model.index(1_510, LedgerModel.AMOUNT), RAW_ROLE) == (
            ledger.LedgerEntry.get_by_id(expected).amount
        )
        assert reference == ledger.LedgerEntry.get_by_id(expected).reference
    finally:
        model.shutdown()


def test_slow_reads_finish_in_the_background(model, qtbot, monkeypatch) -> None:
    import models.common.database as db
    import ui.transactions.ledger_model as ledger_model

    small_ledger(30)
    monkeypatch.setattr(ledger_model, "READ_BUDGET_S", -1.0)  # every read is too slow
    monkeypatch.setattr(db, "CHECK_EVERY", 1)
    model.set_filter(LedgerFilter(text="Entry 1"))
    assert model.rowCount() == 0 and model.searching and not model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.searching, timeout=5_000)
    model.wait_for_background()
    monkeypatch.setattr(ledger_model, "READ_BUDGET_S", 0.05)
    assert column(model, LedgerModel.DESCRIPTION) == [
        f"Entry {i}" for i in (19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 1)
    ]


def test_sorting_happens_in_sql(model) -> None:
    small_ledger(30)
    model.reload()
    model.sort(LedgerModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert model.order.column == AMOUNT
    amounts = column(model, LedgerModel.AMOUNT, SORT_ROLE)
    assert amounts == sorted(amounts, reverse=True) and len(amounts) == 30
    model.sort(LedgerModel.KIND, Qt.SortOrder.AscendingOrder)
    assert model.order.column == KIND
    kinds = column(model, LedgerModel.KIND)
    assert kinds == sorted(kinds)  # grouped by the translated name …
    dates = [d for d, k in zip(column(model, 0, SORT_ROLE), kinds, strict=True) if k == kinds[0]]
    assert dates == sorted(dates, reverse=True)  # … newest first within each kind
    model.sort(LedgerModel.DESCRIPTION, Qt.SortOrder.AscendingOrder)
    assert model.order.column == KIND  # not a sortable column


def test_display_roles(model) -> None:
    post_all(
        [
            Planned(ledger.TOP_UP, 12_345_678, "payment:1", "Line\nbreak", START),
            Planned(ledger.MESSAGE_CHARGE, -35_000, "campaign:1", "", START),
        ]
    )
    model.reload()
    charge, top_up = model.index(0, LedgerModel.AMOUNT), model.index(1, LedgerModel.AMOUNT)
    assert model.data(charge) == "-0.035"  # the decimals that matter
    assert model.data(top_up) == "+12.345678"  # six decimals when the amount has them
    assert model.data(model.index(1, LedgerModel.DESCRIPTION)) == "Line break"
    assert model.data(model.index(1, LedgerModel.KIND)) == "Top-up"
    assert model.data(charge, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(top_up, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(top_up, RAW_ROLE) == 12_345_678
    assert credits_text(-1_234_567_890_000) == "-1,234,567.89"


def test_a_new_entry_makes_the_view_out_of_date(model) -> None:
    small_ledger(3)
    model.reload()
    assert model.is_current()
    with write_transaction():
        ledger.post(ledger.TOP_UP, 1, "payment:9")
    assert not model.is_current()
    assert model.rowCount() == 3  # the snapshot holds until reloaded
    model.reload()
    assert model.rowCount() == 4
