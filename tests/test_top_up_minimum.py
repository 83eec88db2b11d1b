"""The smallest top-up (payments.minimum_top_up.*): refused in the core, the CLI and the dialog."""

from __future__ import annotations

import pytest

import main
from models.common.formatting import Money, money_text
from models.common.messages import Message
from models.invoicing.documents import Document
from models.payments import top_ups as payments
from models.settings import store as settings
from tests.helpers.database_dump import dump
from ui.payments.top_up import TopUpDialog

HUNDRED_CZK = money_text(100_00, "CZK")  # “CZK 100.00”


def test_the_defaults_are_100_czk_and_5_eur_net(database) -> None:
    assert payments.minimum_net("CZK") == 100_00
    assert payments.minimum_net("EUR") == 5_00


@pytest.mark.parametrize("method", [payments.MANUAL, payments.BANK_TRANSFER])
def test_below_the_minimum_nothing_is_created(database, method) -> None:
    settings.set_value("seller.iban", "CZ6508000000192000145399")
    quote = payments.quote_for_net(99_99, "CZK")
    with pytest.raises(payments.PaymentError) as raised:
        payments.create_top_up(quote, method)
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message == f"The smallest top-up is {HUNDRED_CZK} (net, without VAT)."
    assert message.values == {"amount": Money(100_00, "CZK")}  # each reader's language shows it
    assert payments.Payment.select().count() == 0 and Document.select().count() == 0
    assert payments.create_top_up(payments.quote_for_net(100_00, "CZK"), method).net_minor == 100_00


def test_the_minimum_is_net_so_vat_does_not_count(database) -> None:
    quote = payments.quote_for_net(4_99, "EUR")
    assert quote.total_minor > 5_00  # with 21 % VAT it is more than 5 EUR to pay
    assert payments.minimum_problem(quote) is not None
    settings.set_value("payments.minimum_top_up.EUR", "0")  # 0: any amount
    assert payments.minimum_problem(quote) is None


def test_the_command_line_names_the_minimum_and_changes_nothing(database_path, capsys) -> None:
    base = ["--database", str(database_path)]
    assert main.main([*base, "settings", "seller.name", "ACME"]) == 0
    before = dump(database_path)
    assert main.main([*base, "top-up", "1", "CZK", "--method", "manual"]) == 2
    assert (
        capsys.readouterr().err
        == f"error: The smallest top-up is {HUNDRED_CZK} (net, without VAT).\n"
    )
    assert dump(database_path) == before
    assert main.main([*base, "settings", "payments.minimum_top_up.CZK", "500"]) == 0
    assert main.main([*base, "top-up", "499.99", "CZK", "--method", "manual"]) == 2
    assert money_text(500_00, "CZK") in capsys.readouterr().err
    assert main.main([*base, "top-up", "500", "CZK", "--method", "manual"]) == 0


def test_the_dialog_says_so_and_keeps_the_button_disabled(window, qtbot) -> None:
    dialog = TopUpDialog(window.signals, window.workers, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.manual.setChecked(True)
    dialog.currency.setCurrentText("EUR")
    qtbot.keyClicks(dialog.net.line, "4.99")
    assert not dialog.submit.isEnabled()
    assert dialog.problem.isVisible()
    assert (
        dialog.problem.text()
        == f"The smallest top-up is {money_text(5_00, 'EUR')} (net, without VAT)."
    )
    dialog.net.line.clear()
    qtbot.keyClicks(dialog.net.line, "5")
    assert dialog.submit.isEnabled() and not dialog.problem.isVisible()
    dialog.currency.setCurrentText("CZK")  # the same credits cost more than 100 CZK
    assert dialog.submit.isEnabled()
    dialog.credits.line.clear()
    qtbot.keyClicks(dialog.credits.line, "1")  # 25 CZK
    assert not dialog.submit.isEnabled()
    assert HUNDRED_CZK in dialog.problem.text()


def test_choosing_the_currency_before_typing_the_price_leaves_no_stale_error(window, qtbot) -> None:
    """Changing the currency with no credits typed used to leave “Enter an amount” behind."""
    dialog = TopUpDialog(window.signals, window.workers, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.manual.setChecked(True)
    dialog.currency.setCurrentText("CZK" if dialog.currency.currentText() == "EUR" else "EUR")
    dialog.currency.setCurrentText("CZK")
    qtbot.keyClicks(dialog.net.line, "50")
    assert HUNDRED_CZK in dialog.problem.text()
    dialog.net.line.clear()
    qtbot.keyClicks(dialog.net.line, "150")
    assert dialog.submit.isEnabled() and not dialog.problem.isVisible()
