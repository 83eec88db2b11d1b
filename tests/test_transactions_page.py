"""The Transactions page driven like a user: filters, totals, exports, details, sorting, the chart."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from models.common.money import MICRO
from models.common.team import desk_user
from models.ledger import entries as ledger
from models.payments import top_ups as payments
from tests.helpers.ledger_fill import Planned, clock, post_all
from ui.transactions.ledger_model import LedgerModel
from ui.transactions.spending_chart import bar_colors

NOW = datetime.now(UTC)


@pytest.fixture
def page(window, qtbot):
    """The page listing every entry (tests/test_transactions_groups.py covers the groups)."""
    QSettings().setValue("transactions/every_entry", True)
    window.sidebar.setCurrentRow(2)
    found = window.page("transactionsPage")
    yield found
    found.shutdown()
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog):
            dialog.close()


def fill(page) -> payments.Payment:
    """A paid top-up (a real payment), charges of two campaigns, a refund; then the page reloads."""
    with clock(NOW - timedelta(days=3)):
        paid = payments.create_top_up(payments.quote_for_credits(100 * MICRO, "EUR"), "manual")
    post_all(
        [
            Planned(
                ledger.MESSAGE_CHARGE,
                -35_000 * (1 + i % 2),
                f"campaign:{i % 2 + 1}",
                f"Kampaň „{'Jaro' if i % 2 else 'Léto'}“: 1 part(s)",
                NOW - timedelta(days=2, minutes=-i),
            )
            for i in range(12)
        ]
        + [Planned(ledger.REFUND, 35_000, "message:7", "Refund of an undelivered message", NOW)]
    )
    page._signals.balance_changed.emit()
    page._changed.timeout.emit()  # the reload that waits for more changes, now
    return paid


def totals_text(page) -> list[str]:
    bar = page.panel.totals
    return [label.text() for label in (bar.count, bar.credits_in, bar.credits_out, bar.net)]


def wait_totals(page, qtbot) -> list[str]:
    qtbot.waitUntil(lambda: totals_text(page)[0] != "…", timeout=5_000)
    return totals_text(page)


def click_row(page, qtbot, row: int, double: bool = False) -> None:
    table = page.panel.table
    rect = table.visualRect(page.panel.model.index(row, LedgerModel.DESCRIPTION))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:  # a view takes a double click on the row the first click pressed
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_empty_ledger_offers_a_top_up(page) -> None:
    assert page.body.currentWidget() is page.empty
    assert page.empty.action_button is not None


def test_every_entry_newest_first_with_totals(page, qtbot) -> None:
    fill(page)
    assert page.body.currentIndex() == 1
    assert page.panel.model.rowCount() == 14
    assert page.panel.model.data(page.panel.model.index(0, LedgerModel.KIND)) == "Refund"
    assert page.panel.model.data(page.panel.model.index(13, LedgerModel.KIND)) == "Top-up"
    assert wait_totals(page, qtbot) == ["14", "+100.035", "-0.63", "+99.405"]


def test_filter_by_kind_and_text_updates_rows_and_totals(page, qtbot) -> None:
    fill(page)
    wait_totals(page, qtbot)
    page.panel.filters.kind.setCurrentIndex(page.panel.filters.kind.findData(ledger.MESSAGE_CHARGE))
    assert page.panel.model.rowCount() == 12
    assert wait_totals(page, qtbot) == ["12", "0", "-0.63", "-0.63"]
    qtbot.keyClicks(page.panel.filters.search, "jaro")  # ASCII letters match in any case
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 6, timeout=3_000)
    assert wait_totals(page, qtbot) == ["6", "0", "-0.42", "-0.42"]
    assert page.panel.totals.credits_out.styleSheet().startswith("color")  # red
    page.panel.filters.search.clear()
    qtbot.keyClicks(page.panel.filters.search, "nothing like it")
    page.panel.filters.flush()
    assert page.panel.entries.currentWidget() is page.panel.no_match
    qtbot.mouseClick(page.findChild(object, "clearFiltersButton"), Qt.MouseButton.LeftButton)
    assert (
        page.panel.model.rowCount() == 14 and page.panel.entries.currentWidget() is page.panel.table
    )


def test_period_filter_uses_local_days(page, qtbot) -> None:
    fill(page)
    page.panel.filters.period.setCurrentIndex(page.panel.filters.period.findData("today"))
    assert page.panel.model.rowCount() == 1  # only the refund was posted today
    page.panel.filters.period.setCurrentIndex(page.panel.filters.period.findData("custom"))
    assert page.panel.filters.from_date.isVisible()
    first = date.today() - timedelta(days=3)
    page.panel.filters.from_date.setDate(first)
    page.panel.filters.to_date.setDate(first)
    assert page.panel.model.rowCount() == 1  # the top-up


def test_export_writes_the_filtered_rows(page, qtbot, tmp_path: Path) -> None:
    fill(page)
    page.panel.filters.kind.setCurrentIndex(page.panel.filters.kind.findData(ledger.REFUND))
    target = tmp_path / "refunds.csv"
    page.export_csv(target)
    page.exports.wait()
    qtbot.waitUntil(lambda: "Saved" in page.panel.totals.notice.text(), timeout=3_000)
    assert "refunds.csv" in page.panel.totals.notice.text()
    with target.open(encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    assert header[0] == "Entry" and len(rows) == 1
    assert rows[0][3:] == [
        "Refund",
        "Refund of an undelivered message",
        "message:7",
        "0.035000",
        "99.405000",
    ]


def test_cancelled_export_leaves_nothing(page, qtbot, tmp_path: Path, monkeypatch) -> None:
    import time

    import models.ledger.export as export

    fill(page)
    real_row = export.csv_row
    monkeypatch.setattr(export, "PROGRESS_EVERY", 1)
    monkeypatch.setattr(export, "csv_row", lambda *a: (time.sleep(0.02), real_row(*a))[1])
    folder = tmp_path / "exports"
    folder.mkdir()
    page.export_csv(folder / "all.csv")
    progress = page.exports.progress
    assert progress is not None and progress.objectName() == "exportProgress"
    progress.canceled.emit()  # the user presses Cancel
    page.exports.wait()
    qtbot.waitUntil(lambda: page.exports.progress is None, timeout=3_000)
    assert list(folder.iterdir()) == []
    assert "Saved" not in page.panel.totals.notice.text()


def test_statement_of_the_period_is_saved_as_pdf(page, qtbot, tmp_path: Path) -> None:
    fill(page)
    page.panel.filters.period.setCurrentIndex(page.panel.filters.period.findData("this-year"))
    target = tmp_path / "statement.pdf"
    page.export_statement(target)
    page.exports.wait()
    qtbot.waitUntil(lambda: "statement" in page.panel.totals.notice.text(), timeout=5_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_double_click_opens_the_payment_or_the_entry(page, qtbot) -> None:
    paid = fill(page)
    page.panel.table.scrollToBottom()
    click_row(page, qtbot, 13, double=True)
    qtbot.waitUntil(lambda: _dialog("paymentDetailsDialog") is not None)
    dialog = _dialog("paymentDetailsDialog")
    assert paid.variable_symbol in dialog.windowTitle()
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert desk_user() and desk_user() in shown  # a file records the computer's login
    dialog.close()
    page.panel.table.scrollToTop()
    click_row(page, qtbot, 1)
    qtbot.keyClick(page.panel.table, Qt.Key.Key_Return)
    details = _dialog("entryDetailsDialog")
    assert details is not None
    texts = [label.text() for label in details.findChildren(QLabel)]
    assert any("Campaign 2" in text and "campaign:2" in text for text in texts)
    assert "-0.07" in texts
    assert "Recorded by" in texts and desk_user() in texts


def _dialog(name: str):
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_header_sorts_by_amount_and_ignores_description(page, qtbot) -> None:
    fill(page)
    header = page.panel.table.horizontalHeader()
    x = header.sectionViewportPosition(LedgerModel.AMOUNT) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.panel.model.order.column == "amount" and page.panel.model.order.descending
    assert page.panel.model.data(page.panel.model.index(0, LedgerModel.KIND)) == "Top-up"
    x = header.sectionViewportPosition(LedgerModel.DESCRIPTION) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == LedgerModel.AMOUNT
    assert page.panel.model.order.column == "amount"


def test_new_entries_keep_the_selected_entry_selected(page, qtbot) -> None:
    fill(page)
    click_row(page, qtbot, 5)
    chosen = page.panel.table.selected_entry()
    for i in range(3):  # as a dispatcher posts them, each telling the window
        post_all([Planned(ledger.REFUND, 35_000, f"message:{i}", "New", NOW)])
        page._signals.balance_changed.emit()
    assert page.panel.model.rowCount() == 14  # not reloaded for every entry …
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 17, timeout=2_000)  # … but soon
    assert page.panel.table.selected_entry() == chosen
    assert page.panel.table.currentIndex().row() == 8


def test_ctrl_f_goes_to_the_search(page, qtbot) -> None:
    fill(page)
    page.panel.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.panel.filters.search.hasFocus()


def test_end_key_reaches_the_oldest_entry(page, qtbot) -> None:
    fill(page)
    page.panel.table.setFocus()
    page.panel.table.setCurrentIndex(page.panel.model.index(0, 0))
    qtbot.keyClick(page.panel.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.panel.table.currentIndex().row() == 13


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Mid, "#555555"),
        (QPalette.ColorRole.Highlight, "#3d8ee6"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_chart_takes_its_colours_from_the_palette(page, qtbot, dark: bool) -> None:
    fill(page)
    original = QApplication.palette()
    if dark:
        QApplication.setPalette(dark_palette())
    try:
        page.panel.tabs.setCurrentIndex(1)
        page.panel.chart.wait()
        chart = page.panel.chart.chart
        palette = page.panel.chart.palette()
        base = palette.color(QPalette.ColorRole.Base)
        assert chart.backgroundBrush().color() == base
        assert chart.legend().labelColor() == palette.color(QPalette.ColorRole.Text)
        axes = chart.axes()
        assert axes and all(
            a.labelsBrush().color() == palette.color(QPalette.ColorRole.Text) for a in axes
        )
        sets = chart.series()[0].barSets()
        assert [s.color() for s in sets] == list(bar_colors(palette))
        for bar in sets:
            assert contrast(bar.color(), base) >= 3.0
        assert contrast(palette.color(QPalette.ColorRole.Text), base) >= 4.5
        assert sum(sets[0].at(i) for i in range(sets[0].count())) == pytest.approx(100.035)
        assert "per day" in page.panel.chart.status.text()
    finally:
        QApplication.setPalette(original)
