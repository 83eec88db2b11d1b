"""Export buttons are offered only when there is something to export, and come on with data."""

from __future__ import annotations

from models.common.database import write_transaction
from models.ledger import entries as ledger


def test_transactions_exports_wait_for_the_first_entry(window, qtbot) -> None:
    window.show_page_named("transactionsPage")
    page = window.page("transactionsPage")
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty)
    assert not page.export_button.isEnabled()
    assert not page.statement_button.isEnabled()
    with write_transaction():
        ledger.post(ledger.ADJUSTMENT, 5_000_000, "test", "test credit")
    window.signals.balance_changed.emit()
    qtbot.waitUntil(page.export_button.isEnabled, timeout=5000)
    assert page.statement_button.isEnabled()


def test_price_list_export_is_on_once_the_list_is_loaded(window, qtbot) -> None:
    window.show_page_named("priceListPage")
    page = window.page("priceListPage")
    qtbot.waitUntil(lambda: not page.busy and page.export_button.isEnabled(), timeout=20_000)
