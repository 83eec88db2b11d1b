"""The Outbox page and Send as campaign, driven like a user would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.ledger import entries as ledger
from models.outbox import queue as outbox
from models.payments import top_ups as payments
from models.pricing.campaign_estimate import load_index
from models.settings import store as settings
from tests.helpers.outbox_data import credit, queue, small_price_list
from ui.outbox import sender as sending
from ui.outbox.campaigns_model import CampaignsModel
from ui.outbox.messages_model import OutboxMessagesModel
from ui.price_list.send_campaign import SendCampaignDialog

TIMEOUT = 20_000


def when_modal(answer: Callable[[object], bool]) -> None:
    """Answer the next modal dialog (answer returns True when it handled it)."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not answer(dialog):
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def confirm_campaign(dialog: object) -> bool:
    if isinstance(dialog, SendCampaignDialog):
        dialog.name.setText("Test campaign")
        dialog.send_button.click()
        return True
    return False


def confirm_removal(seen: list[str]) -> Callable[[object], bool]:
    def answer(dialog: object) -> bool:
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            dialog.button(QMessageBox.StandardButton.Yes).click()
            return True
        return False

    return answer


def top_up(window, micro: int) -> None:
    settings.set_value("payments.minimum_top_up.EUR", "0")  # a few credits, to run out soon
    payments.create_top_up(payments.quote_for_credits(micro, "EUR"), payments.MANUAL)
    window.signals.balance_changed.emit()  # as the Top up dialog does


def test_messages_model_passes_the_model_tester_and_loads_lazily(database, qtmodeltester) -> None:
    small_price_list()
    queue(450)
    model = OutboxMessagesModel()
    model.reload(outbox.QUEUED)
    assert model.rowCount() == 200 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    model.reload(outbox.SENT)  # a reset while the tester watches
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_campaigns_model_passes_the_model_tester(database, qtmodeltester) -> None:
    small_price_list()
    credit(100_000)
    queue(5)
    queue(3, start=10)
    from models.outbox import dispatcher
    from models.outbox.simulated_gateway import SimulatedGateway

    dispatcher.dispatch(SimulatedGateway())
    model = CampaignsModel()
    model.set_rows(outbox.campaigns())
    qtmodeltester.check(model)
    assert model.data(model.index(1, CampaignsModel.SENT)) == "2"
    assert model.data(model.index(1, CampaignsModel.WAITING)) == "3"


def test_an_empty_outbox_says_what_it_will_hold(window) -> None:
    window.show_page_named("outboxPage")
    page = window.page("outboxPage")
    assert page.body.currentWidget() is page.empty
    remove = window.findChild(object, "removeOutboxButton")
    assert not remove.isEnabled()
    page.empty.action_button.click()
    assert window.pages.currentWidget().objectName() == "priceListPage"


def send_from_calculator(window, qtbot, count: int) -> None:
    window.show_page_named("priceListPage")
    page = window.page("priceListPage")
    page.tabs.setCurrentIndex(1)
    calculator = page.calculator
    qtbot.keyClicks(calculator.message.edit, "Hello")
    calculator.recipients.edit.setPlainText("\n".join(f"+420601{i:06d}" for i in range(count)))
    qtbot.waitUntil(
        lambda: (
            calculator.priced is not None
            and not calculator.busy
            and calculator.cost.send_button.isEnabled()
        ),
        timeout=TIMEOUT,
    )
    when_modal(confirm_campaign)
    qtbot.mouseClick(calculator.cost.send_button, Qt.MouseButton.LeftButton)


def test_a_campaign_stops_at_zero_resumes_after_a_top_up_and_remove_outbox_clears_it(
    window, qtbot
) -> None:
    price = load_index().price_for("+420601000000", "CZ").price
    top_up(window, 2 * price)
    send_from_calculator(window, qtbot, 5)
    sender = window.outbox_sender
    qtbot.waitUntil(lambda: sender.state == sending.WAITING_FOR_CREDIT, timeout=TIMEOUT)
    assert ledger.balance() == 0 and outbox.summary().queued == 3
    assert window.pages.currentWidget().objectName() == "outboxPage"
    page = window.page("outboxPage")
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=TIMEOUT)
    assert "cannot pay the next message" in page.banner.text.text()
    assert page.queued_model.rowCount() == 3
    assert page.queued_model.data(page.queued_model.index(0, 0)) == "Test campaign"
    assert "Sending stopped" in window.balance_indicator.toolTip()
    assert "color" in window.balance_indicator.styleSheet()

    top_up(window, price)  # enough for one more: sending resumes by itself, then stops again
    qtbot.waitUntil(
        lambda: (
            outbox.summary().queued == 2
            and not sender.busy
            and sender.state == sending.WAITING_FOR_CREDIT
        ),
        timeout=TIMEOUT,
    )
    assert ledger.balance() == 0

    seen: list[str] = []
    when_modal(confirm_removal(seen))
    remove = window.findChild(object, "removeOutboxButton")
    assert remove.isEnabled()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.summary().queued == 0, timeout=TIMEOUT)
    assert "Remove 2 waiting message(s) (0.0722 credits)?" in seen[0]
    qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=TIMEOUT)
    assert page.queued_stack.currentIndex() == 0 and not remove.isEnabled()
    assert window.balance_indicator.notice is None
    stats = outbox.campaigns()[0]
    assert (stats.count(outbox.SENT), stats.count(outbox.REMOVED)) == (3, 2)
    assert ledger.balance() == 0 and ledger.verify().ok and outbox.charge_problems() == []


def test_pause_and_resume(window, qtbot) -> None:
    small_price_list()
    page = window.page("outboxPage")
    window.show_page_named("outboxPage")
    assert not page.pause_button.isEnabled()  # nothing to pause
    queue(4)
    window.signals.outbox_changed.emit()
    sender = window.outbox_sender
    qtbot.waitUntil(lambda: sender.state == sending.WAITING_FOR_CREDIT, timeout=TIMEOUT)
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert settings.get("outbox.paused") == "yes" and sender.state == sending.PAUSED
    credit(1_000_000)
    window.signals.balance_changed.emit()  # paused: a top-up does not start it
    qtbot.wait(100)
    assert outbox.summary().queued == 4 and not sender.busy
    assert page.pause_button.text() == "Resume sending" and page.banner.isVisible()
    assert "paused" in page.banner.text.text()
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.summary().queued == 0, timeout=TIMEOUT)
    assert settings.get("outbox.paused") == "no"
    qtbot.waitUntil(lambda: sender.state == sending.IDLE, timeout=TIMEOUT)
    assert page.pause_button.text() == "Pause sending"


@pytest.mark.parametrize("automatic", ["yes", "no"])
def test_resuming_after_a_top_up_follows_the_setting(window, qtbot, automatic: str) -> None:
    small_price_list()
    settings.set_value("outbox.auto_resume", automatic)
    queue(3)
    window.signals.outbox_changed.emit()
    sender = window.outbox_sender
    qtbot.waitUntil(lambda: sender.state == sending.WAITING_FOR_CREDIT, timeout=TIMEOUT)
    credit(1_000_000)
    window.signals.balance_changed.emit()
    if automatic == "yes":
        qtbot.waitUntil(lambda: outbox.summary().queued == 0, timeout=TIMEOUT)
    else:
        qtbot.wait(200)
        assert outbox.summary().queued == 3 and not sender.busy
        page = window.page("outboxPage")
        window.show_page_named("outboxPage")
        assert page.banner.resume.isVisible()
        qtbot.mouseClick(page.banner.resume, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: outbox.summary().queued == 0, timeout=TIMEOUT)


def test_a_gateway_without_credentials_is_reported(window, qtbot) -> None:
    small_price_list()
    settings.set_value("outbox.gateway", "bulkgate")
    credit(1_000_000)
    queue(2)
    window.signals.outbox_changed.emit()
    sender = window.outbox_sender
    assert sender.state == sending.PROBLEM and "application ID" in sender.problem
    window.show_page_named("outboxPage")
    page = window.page("outboxPage")
    assert page.banner.isVisible() and "Sending stopped" in page.banner.text.text()
    assert "application ID" in window.balance_indicator.toolTip()
    assert outbox.summary().queued == 2 and ledger.balance() == 1_000_000


def test_bulkgate_credentials_go_to_the_keyring(window, memory_keyring) -> None:
    from models.outbox import gateway_credentials
    from ui.settings.gateway_credentials import GatewayCredentialsDialog

    dialog = GatewayCredentialsDialog(window)
    dialog.save()
    assert not dialog.error.isHidden() and not dialog.result()
    dialog.application_id.setText("777")
    dialog.token.setText("token-1")
    dialog.save()
    assert dialog.result() and gateway_credentials.bulkgate_credentials() == ("777", "token-1")
    again = GatewayCredentialsDialog(window)
    assert again.application_id.text() == "777" and again.token.text() == ""
    again.application_id.setText("778")
    again.save()  # an empty token field keeps the stored token
    assert gateway_credentials.bulkgate_credentials() == ("778", "token-1")


def test_paused_in_the_window_the_command_line_sends_nothing(window, qtbot, database_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    def command_line(*args: str) -> subprocess.CompletedProcess[str]:
        main_py = Path(__file__).resolve().parent.parent / "main.py"
        return subprocess.run(
            [sys.executable, str(main_py), "--database", str(database_path), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    small_price_list()
    page = window.page("outboxPage")
    window.show_page_named("outboxPage")
    queue(4)
    window.signals.outbox_changed.emit()
    sender = window.outbox_sender
    qtbot.waitUntil(lambda: sender.state == sending.WAITING_FOR_CREDIT, timeout=TIMEOUT)
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert sender.state == sending.PAUSED

    result = command_line("top-up", "500", "CZK", "--method", "manual")
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1].startswith("outbox: 4 messages wait; Sending is paused")
    result = command_line("dispatch")
    assert result.returncode == 4
    assert result.stdout.startswith("Sending is paused (Outbox → Resume sending")
    assert outbox.summary().queued == 4
    assert ledger.balance() > 0 and not outbox.campaigns()[0].count(outbox.SENT)


def test_the_outbox_shows_the_text_and_sender_of_what_waits(window, qtbot) -> None:
    from models.pricing.campaign_estimate import load_index
    from tests.helpers.outbox_data import numbers
    from ui.outbox.messages_model import SENDER, TEXT

    small_price_list()
    settings.set_value("outbox.paused", "yes")
    text = "Spring sale!\nEverything 20 % off until Sunday, in every shop of ours."
    outbox.queue_campaign(text, numbers(3), load_index(), sender="ShopCZ", name="Spring sale")
    window.show_page_named("outboxPage")
    page = window.page("outboxPage")
    page.refresh()
    waiting = page.queued_model
    assert waiting.rowCount() == 3
    assert waiting.index(0, SENDER).data() == "ShopCZ"
    assert waiting.index(0, TEXT).data().startswith("Spring sale! ↵ Everything 20 % off")
    assert waiting.index(0, TEXT).data(Qt.ItemDataRole.ToolTipRole) == text
    assert not page.queued_table.isColumnHidden(TEXT)
    page.tabs.setCurrentIndex(1)
    campaigns = page.campaigns_model
    assert campaigns.index(0, CampaignsModel.SENDER).data() == "ShopCZ"
    assert "Everything 20 % off" in campaigns.index(0, CampaignsModel.TEXT).data()
    assert text in campaigns.index(0, CampaignsModel.TEXT).data(Qt.ItemDataRole.ToolTipRole)


def test_pause_is_disabled_once_nothing_waits_or_sends(window, qtbot) -> None:
    small_price_list()
    credit(10_000_000)
    page = window.page("outboxPage")
    window.show_page_named("outboxPage")
    assert not page.pause_button.isEnabled()
    queue(3)
    window.signals.outbox_changed.emit()
    sender = window.outbox_sender
    qtbot.waitUntil(lambda: outbox.summary().queued == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: sender.state == sending.IDLE and not sender.busy, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not page.pause_button.isEnabled(), timeout=TIMEOUT)
    assert page.pause_button.text() == "Pause sending"
