"""The Transactions page groups a campaign's charges of a day in one row (the default), opens a
group to its messages, lists every entry on request, and describes entries in the UI language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from models.common.database import database
from models.outbox import dispatcher
from models.outbox import queue as outbox
from models.outbox.simulated_gateway import SimulatedGateway
from models.pricing.campaign_estimate import load_index
from tests.helpers.ledger_fill import clock
from tests.helpers.outbox_data import credit, numbers, small_price_list
from ui.transactions.groups_model import GroupsModel
from ui.transactions.ledger_model import LedgerModel

SENT_AT = datetime.now(UTC) - timedelta(days=1)


def send(count: int, name: str, start: int = 0) -> int:
    found = outbox.queue_campaign("Hello", numbers(count, start), load_index(), name=name)
    with clock(SENT_AT):
        dispatcher.dispatch(SimulatedGateway())
    return found.campaign_id


@pytest.fixture
def english():
    """English plural forms (“1 message”, “20 messages”), as the app installs them."""
    from ui.common.translations import install_translators, remove_translators

    translators = install_translators(QCoreApplication.instance(), "en")
    yield
    remove_translators(QCoreApplication.instance(), translators)


@pytest.fixture
def page(window, qtbot, english):
    small_price_list()
    with clock(SENT_AT - timedelta(hours=1)):
        credit(500 * 1_000_000)
    send(130, "Spring sale")
    send(20, "Reminders", start=1_000)
    window.sidebar.setCurrentRow(2)
    found = window.page("transactionsPage")
    found.refresh()
    found.wait_for_background()
    yield found
    found.shutdown()
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog):
            dialog.close()


def shown(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_grouped_by_default_one_row_per_campaign_and_day(page, qtmodeltester) -> None:
    panel = page.panel
    groups = panel.groups_model
    assert panel.entries.currentWidget() is panel.groups_table
    assert groups.rowCount() == 3  # two campaigns and the credit
    assert shown(groups, GroupsModel.DESCRIPTION)[:2] == [
        "Reminders · 20 messages",
        "Spring sale · 130 messages",
    ]
    # The groups add up exactly to the entries they stand for.
    rows = [groups.group(row) for row in range(groups.rowCount())]
    count, total = database.execute_sql("SELECT count(*), sum(amount) FROM ledger_entry").fetchone()
    assert sum(g.count for g in rows) == count == 151
    assert sum(g.amount for g in rows) == total
    assert panel.totals.count.text() == "151"
    qtmodeltester.check(groups)


def test_a_group_opens_to_its_messages_and_back(page, qtbot) -> None:
    panel = page.panel
    panel.groups_table.open_row(1)
    page.wait_for_background()
    assert panel.entries.currentWidget() is panel.table
    assert panel.group_bar.isVisible()
    assert "Spring sale" in panel.group_label.text() and "130 messages" in panel.group_label.text()
    assert panel.model.totals().count == 130
    description = panel.model.index(0, LedgerModel.DESCRIPTION).data()
    assert description.startswith("SMS to +420") and description.endswith("campaign “Spring sale”")
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    page.wait_for_background()
    assert panel.entries.currentWidget() is panel.groups_table
    assert panel.model.totals().count == 151


def test_every_entry_on_request_and_remembered(page) -> None:
    panel = page.panel
    panel.every_entry.setChecked(True)
    page.wait_for_background()
    assert panel.entries.currentWidget() is panel.table
    assert panel.model.rowCount() == 151
    assert QSettings().value("transactions/every_entry", False, bool) is True


def test_descriptions_in_czech(page) -> None:
    from ui.common.translations import install_translators

    translators = install_translators(QCoreApplication.instance(), "cs")
    try:
        panel = page.panel
        panel.every_entry.setChecked(True)
        page.wait_for_background()
        description = panel.model.index(0, LedgerModel.DESCRIPTION).data()
        assert description.startswith("SMS na +420") and "kampaň „Reminders“" in description
        panel.every_entry.setChecked(False)
        page.wait_for_background()
        assert shown(panel.groups_model, GroupsModel.DESCRIPTION)[:2] == [
            "Reminders · 20 zpráv",
            "Spring sale · 130 zpráv",
        ]
        # The stored text is as it was posted.
        stored = database.execute_sql(
            "SELECT description FROM ledger_entry WHERE kind = 'message-charge' LIMIT 1"
        ).fetchone()[0]
        assert stored.startswith("SMS to +420") and ", campaign " in stored
    finally:
        from ui.common.translations import remove_translators

        remove_translators(QCoreApplication.instance(), translators)


def test_a_reload_keeps_the_rows_until_the_new_ones_arrive(page) -> None:
    groups = page.panel.groups_model
    view = page.panel.model.view
    groups.reload(view)
    assert groups.rowCount() == 3 and groups.loading  # no flicker to an empty list
    page.wait_for_background()
    assert groups.rowCount() == 3 and not groups.loading
