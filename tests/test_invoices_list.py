"""The Invoices page's list beside the preview: what it shows, its width, and Export… when empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings

from tests.invoice_helpers import buyer, paid, pending, seller
from ui.invoices.documents_model import DocumentsModel
from ui.invoices.page import LIST_COLUMNS, SPLITTER_KEY


def documents_of_a_long_named_buyer() -> None:
    seller()
    buyer(name="Řeřicha & <Syn> Velkoobchod se stavebninami a zahradní technikou s.r.o.")
    paid(2500, on=date(2026, 3, 9))
    pending(on=date(2026, 4, 1))


def open_invoices(window, qtbot, width: int = 1024, height: int = 640):
    window.resize(width, height)
    window.show_page_named("invoicesPage")
    page = window.page("invoicesPage")
    qtbot.waitUntil(lambda: page.table.isVisible())
    return page


def visible_columns(page) -> list[int]:
    """Columns whose whole width is inside the list's viewport."""
    table = page.table
    right = table.viewport().width()
    return [
        column
        for column in range(page.model.columnCount())
        if 0 <= table.columnViewportPosition(column)
        and table.columnViewportPosition(column) + table.columnWidth(column) <= right
    ]


def test_the_list_shows_number_kind_date_total_and_buyer_at_1024x640(window, qtbot) -> None:
    documents_of_a_long_named_buyer()
    page = open_invoices(window, qtbot)
    assert set(LIST_COLUMNS) <= set(visible_columns(page))
    table = page.table
    for column in (DocumentsModel.NUMBER, DocumentsModel.KIND, DocumentsModel.TOTAL):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)  # nothing cut
    assert page.preview is not None and page.preview.width() >= 200  # the preview stays usable
    assert page.table.width() >= 300


def test_the_lists_width_is_remembered(window, qtbot) -> None:
    documents_of_a_long_named_buyer()
    page = open_invoices(window, qtbot, 1280, 800)
    sizes = page.splitter.sizes()
    page.splitter.setSizes([sizes[0] + 60, sizes[1] - 60])
    page.splitter.splitterMoved.emit(sizes[0] + 60, 1)  # as a drag of the handle does
    assert QSettings().value(SPLITTER_KEY) is not None
    page.splitter.setSizes(sizes)
    page._widths_set = False  # as the page of the next start
    page._settle_widths()
    assert page.splitter.sizes()[0] == sizes[0] + 60


def test_the_list_keeps_its_width_when_the_window_widens(window, qtbot) -> None:
    documents_of_a_long_named_buyer()
    page = open_invoices(window, qtbot)
    before = page.splitter.sizes()[0]
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: page.splitter.width() > 1000)
    assert page.splitter.sizes()[0] == before


def test_export_is_off_until_there_are_documents(window, qtbot) -> None:
    window.show_page_named("invoicesPage")
    page = window.page("invoicesPage")
    assert not page.bulk_button.isEnabled()
    documents_of_a_long_named_buyer()
    window.signals.data_changed.emit()
    assert page.bulk_button.isEnabled()
