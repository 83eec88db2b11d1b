"""Screenshots of the window in a language, for reading a translation as a user sees it.

Builds the window the way `main.py --lang LANG` does (main.install_language, main.build_window)
on a throw-away database with a few payments, invoices and a waiting bank credit, then saves a
PNG of every page, the calculator, the balance popup, the menus and the dialogs.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python resources/translations/screenshots.py
        [--lang cs] [--out screenshots-tmp] [--size 1100x720]

QSettings go to a temporary folder: your own settings and database are not touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QWidget  # noqa: E402


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
    for window in app.topLevelWidgets():  # let loading and pricing finish, deliver their answers
        if window.objectName() == "mainWindow":
            window.workers.wait()  # type: ignore[attr-defined]
    for _ in range(rounds):
        app.processEvents()


def seed() -> None:
    """A seller, billing information, a pending transfer, a paid top-up and a waiting credit."""
    from models.common.money import MICRO
    from models.invoicing import issuing
    from models.payments import statement_files, statement_import
    from models.pricing import price_list
    from tests import camt_builder, invoice_helpers

    price_list.ensure_loaded()
    invoice_helpers.seller()
    invoice_helpers.buyer()
    invoice = invoice_helpers.paid(2500)
    issuing.issue_credit_note(invoice.id, "Vrácení na žádost zákazníka", 500 * MICRO)
    invoice_helpers.pending(1000)
    statement = statement_files.parse_statement_file(
        camt_builder.document(
            camt_builder.entry("99.00", servicer_reference="A2", information="Neznámá platba")
        ),
        None,
    )
    statement_import.import_statement(statement)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="cs", choices=("en", "cs"))
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots-tmp")
    parser.add_argument("--size", default="1100x720", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    out: Path = args.out / args.lang
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.split("x"))

    folder = Path(tempfile.mkdtemp(prefix="credit-desk-screens-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Credit Desk screenshots")
    app.setApplicationName("Credit Desk screenshots")

    import main as credit_desk

    language, translators = credit_desk.install_language(app, args.lang)  # noqa: F841
    window = credit_desk.build_window(folder / "credit-desk.sqlite3", language)
    seed()
    window.signals.data_changed.emit()
    window.signals.balance_changed.emit()
    window.resize(width, height)
    window.show()
    settle(app)
    saved: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        settle(app)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for row in range(window.pages.count()):
        window.sidebar.setCurrentRow(row)
        shot(window, f"page-{row + 1}-{window.pages.widget(row).objectName()}")

    price_page = window.page("priceListPage")
    window.show_page_named("priceListPage")
    price_page.tabs.setCurrentIndex(1)
    calculator = price_page.calculator
    calculator.message.edit.setPlainText("Dobrý den, Vaše objednávka č. 1234 je připravena…")
    calculator.recipients.edit.setPlainText("+420 603 123 456\n603123457\n12\n+421 905 123 456")
    calculator.price_now()
    while calculator.busy:
        settle(app)
    shot(window, "calculator")
    price_page.tabs.setCurrentIndex(0)

    window.balance_indicator.show_popup()
    shot(window.balance_indicator.popup, "balance-popup")
    window.balance_indicator.popup.hide()

    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar() and menu.title():
            menu.popup(window.mapToGlobal(window.rect().center()))
            shot(menu, f"menu-{menu.title().replace('&', '')}")
            menu.hide()

    from models.invoicing import documents
    from models.payments import statement_import
    from models.payments import top_ups as payments
    from ui.invoices.credit_note import CreditNoteDialog
    from ui.invoices.export_documents import ExportDocumentsDialog
    from ui.payments.pair_payment import PairPaymentDialog
    from ui.payments.payment_details import PaymentDetailsDialog
    from ui.payments.top_up import TopUpDialog
    from ui.settings.settings_dialog import SettingsDialog

    def dialog_shot(dialog: QWidget, name: str) -> None:
        dialog.show()
        shot(dialog, name)
        dialog.close()

    top_up = TopUpDialog(window.signals, window.workers, 1_500_000_000, window)
    dialog_shot(top_up, "dialog-top-up")
    top_up.manual.setChecked(True)
    dialog_shot(top_up, "dialog-top-up-manual")
    top_up = TopUpDialog(window.signals, window.workers, 1_000_000_000, window)
    top_up.show()
    top_up._submit()
    dialog_shot(top_up, "dialog-top-up-pay")

    settings_dialog = SettingsDialog(window.signals, window)
    for index in range(settings_dialog.tabs.count()):
        settings_dialog.tabs.setCurrentIndex(index)
        dialog_shot(settings_dialog, f"dialog-settings-{index + 1}")

    pending = payments.list_payments(payments.PENDING)[0]
    dialog_shot(PaymentDetailsDialog(pending, window), "dialog-payment-details")
    entry = statement_import.waiting_entries()[0]
    dialog_shot(PairPaymentDialog(entry, window), "dialog-pair-payment")
    dialog_shot(ExportDocumentsDialog(window), "dialog-export-documents")
    invoice = next(d for d in documents.list_documents() if d.kind == documents.INVOICE)
    dialog_shot(CreditNoteDialog(invoice, window), "dialog-credit-note")

    settle(app)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
