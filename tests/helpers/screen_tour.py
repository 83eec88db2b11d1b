"""A tour of every page and dialog of the main window, for the screenshots and their test.

`open_window` builds the window as the app does (launch.build_window) on a sample database
(tests/helpers/sample_data.py) at a size; `tour` then shows each page, tab and dialog in turn
and yields (name, widget) once it has settled, for the caller to grab or check; a dialog is
closed when the caller asks for the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.helpers import sample_data

CALCULATOR_TEXT = "Dobrý den, Vaše objednávka č. 1234 je připravena k vyzvednutí. Děkujeme!"
CALCULATOR_RECIPIENTS = "+420 603 123 456\n603123457\n+420 731 222 333\n12\n+421 905 123 456"


def settle(window: Any, rounds: int = 3) -> None:
    """Deliver the events, let the window's background work finish and its answers arrive."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(rounds):
        app.processEvents()
    window.workers.wait()
    for _ in range(rounds):
        app.processEvents()


def open_window(folder: Path, language: str, size: tuple[int, int]) -> tuple[Any, Any]:
    """The main window on a new sample database in `folder`, shown at `size`; and the plan of
    a statement to import. The caller installed the language's translators."""

    import launch

    window = launch.build_window(folder / "credit-desk.sqlite3", language)
    plan = sample_data.seed()
    window.signals.data_changed.emit()
    window.signals.balance_changed.emit()
    window.resize(*size)
    window.show()
    settle(window)
    return window, plan


def _dialog(window: Any, dialog: QWidget, name: str) -> Iterator[tuple[str, QWidget]]:
    dialog.show()
    settle(window)
    yield name, dialog
    dialog.close()
    dialog.deleteLater()


def pages(window: Any) -> Iterator[tuple[str, QWidget]]:
    """Every page, the calculator, the Transactions list grouped and entry by entry."""
    window.show_page_named("priceListPage")
    price_page = window.page("priceListPage")
    price_page.tabs.setCurrentIndex(0)
    settle(window)
    yield "price-list", window
    price_page.tabs.setCurrentIndex(1)
    calculator = price_page.calculator
    calculator.message.edit.setPlainText(CALCULATOR_TEXT)
    calculator.recipients.edit.setPlainText(CALCULATOR_RECIPIENTS)
    calculator.price_now()
    settle(window)
    yield "price-list-calculator", window
    price_page.tabs.setCurrentIndex(0)

    for name, page in (("payments", "paymentsPage"), ("invoices", "invoicesPage")):
        window.show_page_named(page)
        settle(window)
        yield name, window

    window.show_page_named("transactionsPage")
    panel = window.page("transactionsPage").panel
    panel.tabs.setCurrentIndex(0)
    panel.every_entry.setChecked(False)
    settle(window)
    yield "transactions", window
    panel.groups_table.open_row(0)
    settle(window)
    yield "transactions-campaign", window
    panel.close_group()
    panel.every_entry.setChecked(True)
    settle(window)
    yield "transactions-every-entry", window
    panel.every_entry.setChecked(False)
    panel.tabs.setCurrentIndex(1)
    settle(window)
    yield "transactions-chart", window
    panel.tabs.setCurrentIndex(0)

    window.show_page_named("billingPage")
    settle(window)
    yield "billing", window
    window.show_page_named("outboxPage")
    outbox_page = window.page("outboxPage")
    for index in range(outbox_page.tabs.count()):
        outbox_page.tabs.setCurrentIndex(index)
        settle(window)
        yield ("outbox", "outbox-campaigns")[min(index, 1)], window
    outbox_page.tabs.setCurrentIndex(0)
    window.show_page_named("priceListPage")
    settle(window)


def dialogs(window: Any, plan: Any) -> Iterator[tuple[str, QWidget]]:
    """Every dialog, with the sample data's payments, credits and documents."""
    from models.invoicing import documents
    from models.ledger import entries as ledger
    from models.payments import bank_entries
    from models.payments import top_ups as payments
    from models.pricing.campaign_estimate import estimate
    from models.settings import store as settings
    from ui.invoices.credit_note import CreditNoteDialog
    from ui.invoices.exchange_rates import ExchangeRatesDialog
    from ui.invoices.export_documents import ExportDocumentsDialog
    from ui.payments.csv_columns import CsvColumnsDialog
    from ui.payments.import_plan_dialog import ImportPlanDialog
    from ui.payments.pair_payment import PairPaymentDialog
    from ui.payments.payment_details import PaymentDetailsDialog
    from ui.payments.top_up import TopUpDialog
    from ui.price_list.send_campaign import SendCampaignDialog
    from ui.settings.gateway_credentials import GatewayCredentialsDialog
    from ui.settings.settings_dialog import SettingsDialog
    from ui.window.about_dialog import AboutDialog

    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar() and menu.title():
            menu.popup(window.mapToGlobal(window.rect().topLeft()))
            settle(window)
            yield f"menu-{menu.title().replace('&', '').lower()}", menu
            menu.hide()

    window.balance_indicator.show_popup()
    settle(window)
    yield "balance-popup", window.balance_indicator.popup
    window.balance_indicator.popup.hide()

    top_up = TopUpDialog(window.signals, window.workers, 200_000_000, window)
    top_up.show()
    settle(window)
    yield "top-up", top_up
    top_up.manual.setChecked(True)
    settle(window)
    yield "top-up-manual", top_up
    top_up.bank_transfer.setChecked(True)
    top_up._submit()
    settle(window)
    yield "top-up-instructions", top_up
    top_up.close()
    top_up.deleteLater()

    yield from _dialog(window, ImportPlanDialog(plan, window), "import-plan")
    yield from _dialog(window, CsvColumnsDialog(sample_data.STATEMENT_CSV, window), "csv-columns")
    entry = bank_entries.waiting_entries()[0]
    yield from _dialog(window, PairPaymentDialog(entry, window), "pair-payment")
    eur = next(p for p in payments.list_payments(payments.PAID) if p.currency == "EUR")
    yield from _dialog(window, PaymentDetailsDialog(eur, window), "payment-details")
    pending = payments.list_payments(payments.PENDING)[-1]
    yield from _dialog(window, PaymentDetailsDialog(pending, window), "payment-details-pending")
    invoice = next(d for d in documents.list_documents() if d.kind == documents.INVOICE)
    yield from _dialog(window, CreditNoteDialog(invoice, window), "credit-note")
    yield from _dialog(window, ExchangeRatesDialog(window.workers, window), "exchange-rates")
    yield from _dialog(window, ExportDocumentsDialog(window.workers, window), "export-documents")

    areas = dict.fromkeys(spec.key.split(".")[0] for spec in settings.specs_in_order())
    settings_dialog = SettingsDialog(window.signals, window)
    settings_dialog.show()
    for index, area in enumerate(areas):
        settings_dialog.tabs.setCurrentIndex(index)
        settle(window)
        yield f"settings-{index + 1:02d}-{area}", settings_dialog
    settings_dialog.close()
    settings_dialog.deleteLater()

    yield from _dialog(window, GatewayCredentialsDialog(window), "bulkgate-credentials")
    calculator = window.page("priceListPage").calculator
    priced, analysis = calculator.priced, calculator.message.analysis
    send = SendCampaignDialog(
        estimate(priced, analysis.parts), analysis, ledger.balance(), window.locale, window
    )
    yield from _dialog(window, send, "send-campaign")
    yield from _dialog(window, AboutDialog(window.database_path, window), "about")


def tour(window: Any, plan: Any) -> Iterator[tuple[str, QWidget]]:
    yield from pages(window)
    yield from dialogs(window, plan)
