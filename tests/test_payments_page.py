"""The top-up and payments flow driven like a user: dialog, QR, receipt, statement import, pairing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from models.common.money import MICRO
from models.ledger import entries as ledger
from models.payments import statement_import
from models.payments import top_ups as payments
from models.settings import store as settings
from tests import camt_builder
from ui.payments.bank_entries_model import BankEntriesModel
from ui.payments.import_statement import ImportStatementDialog
from ui.payments.payments_model import PaymentsModel
from ui.payments.top_up import TopUpDialog

IBAN = "CZ6508000000192000145399"


def seller() -> None:
    settings.set_value("seller.iban", IBAN)
    settings.set_value("seller.name", "Credit Desk s.r.o.")


def accept_plans(monkeypatch) -> list[str]:
    """The import's plan dialog answers Import at once; returns what each one said."""
    from PySide6.QtWidgets import QDialog

    from ui.payments.import_plan_dialog import ImportPlanDialog

    said: list[str] = []

    def accept(dialog) -> int:
        said.append(dialog.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPlanDialog, "exec", accept)
    return said


def open_payments(window):
    window.sidebar.setCurrentRow(1)
    return window.page("paymentsPage")


def test_dialog_converts_both_ways_and_shows_vat(window, qtbot) -> None:
    dialog = TopUpDialog(window.signals, window.workers, parent=window)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("CZK")
    qtbot.keyClicks(dialog.credits.line, "10")
    assert dialog.net.line.text() == "250.00"
    assert [v.text() for v in dialog.summary_values] == ["CZK 250.00", "CZK 52.50", "CZK 302.50"]
    dialog.net.line.clear()
    qtbot.keyClicks(dialog.net.line, "50")
    assert dialog.credits.line.text() == "2"
    assert dialog.summary_values[2].text() == "CZK 60.50"


def test_dialog_says_what_is_missing_for_a_bank_transfer(window, qtbot) -> None:
    dialog = TopUpDialog(window.signals, window.workers, 10 * MICRO, window)
    qtbot.addWidget(dialog)
    assert dialog.problem.text() == str(payments.method_problem(payments.BANK_TRANSFER))
    assert "seller's bank account" in dialog.problem.text()
    assert not dialog.submit.isEnabled()
    dialog.manual.setChecked(True)
    assert dialog.problem.text() == ""
    assert dialog.submit.isEnabled()


def test_bad_amounts_are_explained_at_the_field(window, qtbot) -> None:
    dialog = TopUpDialog(window.signals, window.workers, parent=window)
    qtbot.addWidget(dialog)
    dialog.manual.setChecked(True)
    for text, message in [("abc", "not a number"), ("-5", "negative"), ("1.0000001", "decimal")]:
        dialog.credits.line.clear()
        qtbot.keyClicks(dialog.credits.line, text)
        assert message in dialog.problem.text()
        assert not dialog.submit.isEnabled()
    assert payments.Payment.select().count() == 0


def test_bank_transfer_shows_instructions_with_a_qr_code(window, qtbot) -> None:
    seller()
    dialog = TopUpDialog(window.signals, window.workers, 100 * MICRO, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    window.workers.wait()  # the payment is created off the GUI thread
    view = dialog.findChild(object, "paymentInstructions")
    assert view is not None
    assert view.qr.payload.startswith("BCD\n002\n1\nSCT\n")
    assert "EUR121.00" in view.qr.payload
    payment = payments.Payment.get()
    assert payment.state == payments.PENDING
    assert view.values["Variable symbol"].text() == payment.variable_symbol
    assert window.balance_indicator.text() == "0 credits"


def test_czk_transfer_uses_qr_platba(window, qtbot) -> None:
    seller()
    dialog = TopUpDialog(window.signals, window.workers, 10 * MICRO, window)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("CZK")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    window.workers.wait()  # the payment is created off the GUI thread
    view = dialog.findChild(object, "paymentInstructions")
    assert view.qr.payload.startswith("SPD*1.0*ACC:" + IBAN + "*AM:302.50*CC:CZK*")
    assert "*X-VS:" in view.qr.payload


def test_manual_receipt_updates_the_balance_and_the_page_at_once(window, qtbot) -> None:
    page = open_payments(window)
    dialog = TopUpDialog(window.signals, window.workers, 25 * MICRO, window)
    qtbot.addWidget(dialog)
    dialog.manual.setChecked(True)
    qtbot.keyClicks(dialog.note, "Cash")
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    window.workers.wait()  # the payment is created off the GUI thread
    assert window.balance_indicator.text() == "25 credits"
    assert page.model.rowCount() == 1
    assert page.model.index(0, PaymentsModel.STATE).data() == "Paid"


def test_mark_as_received_and_cancel(window, qtbot, monkeypatch) -> None:
    seller()
    quote = payments.quote_for_credits(5 * MICRO, "EUR")
    first = payments.create_top_up(quote, payments.BANK_TRANSFER)
    payments.create_top_up(quote, payments.BANK_TRANSFER)
    page = open_payments(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.table.selectRow(1)  # newest first: the first payment is the second row
    assert page.selected_payment().id == first.id
    qtbot.mouseClick(page.received_button, Qt.MouseButton.LeftButton)
    assert window.balance_indicator.text() == "5 credits"
    page.table.selectRow(0)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    states = sorted(p.state for p in payments.Payment.select())
    assert states == [payments.CANCELLED, payments.PAID]
    page.state_filter.setCurrentIndex(page.state_filter.findData(payments.PAID))
    assert page.model.rowCount() == 1


def test_statement_import_confirms_and_lists_what_waits(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    seller()
    quote = payments.quote_for_credits(10 * MICRO, "CZK")
    payment = payments.create_top_up(quote, payments.BANK_TRANSFER)
    today = date.today().isoformat()
    entries = [
        camt_builder.entry(
            "302.50",
            booked=today,
            servicer_reference="A1",
            transactions=[camt_builder.tx(creditor_reference=payment.variable_symbol)],
        ),
        camt_builder.entry("99.00", booked=today, servicer_reference="A2", information="Unknown"),
    ]
    document = camt_builder.document(statements=[camt_builder.statement(*entries, iban=IBAN)])
    plans = accept_plans(monkeypatch)
    path = tmp_path / "statement.xml"
    path.write_bytes(document)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    page = open_payments(window)
    flow = ImportStatementDialog(window.signals, window.workers, page)
    flow.run(path)
    qtbot.waitUntil(lambda: flow.result is not None, timeout=10_000)
    flow.wait()
    assert "Payments confirmed: 1" in shown[0]
    assert "Payments to confirm: 1\nCredits that will wait for pairing: 1" in plans[0]
    assert window.balance_indicator.text() == "10 credits"
    assert page.bank_model.rowCount() == 1
    assert page.bank_table.isVisibleTo(page)

    # The waiting credit is set aside; importing the file again changes nothing.
    page.bank_table.selectRow(0)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert statement_import.waiting_entries() == []
    again = ImportStatementDialog(window.signals, window.workers, page)
    again.run(path)
    qtbot.waitUntil(lambda: again.result is not None, timeout=10_000)
    again.wait()
    assert again.result.already_imported == 2
    assert ledger.balance() == 10 * MICRO


def test_a_bad_statement_is_reported_and_changes_nothing(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "statement.xml"
    path.write_bytes(b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    flow = ImportStatementDialog(window.signals, window.workers, window)
    flow.run(path)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    flow.wait()
    assert "Nothing was changed." in warned[0]
    assert statement_import.BankEntry.select().count() == 0


def test_payment_models_pass_the_model_tester(database, qtmodeltester) -> None:
    seller()
    quote = payments.quote_for_credits(5 * MICRO, "EUR")
    payments.create_top_up(quote, payments.BANK_TRANSFER)
    payments.create_top_up(quote, payments.MANUAL, note="cash")
    model = PaymentsModel()
    model.set_rows(payments.list_payments())
    qtmodeltester.check(model)

    from models.payments.statements import Statement, StatementEntry

    entry = StatementEntry("R1", date(2026, 1, 2), 1_00, "EUR", None, None, "x", "y", IBAN)
    statement_import.import_statement(Statement("S", IBAN, (entry,)))
    bank = BankEntriesModel()
    bank.set_rows(statement_import.waiting_entries())
    qtmodeltester.check(bank)


def test_csv_with_unknown_columns_is_mapped_by_the_user(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    from models.payments import csv_memory
    from ui.payments import csv_columns

    seller()
    payment = payments.create_top_up(
        payments.quote_for_credits(10 * MICRO, "CZK"), payments.BANK_TRANSFER
    )
    path = tmp_path / "export.csv"
    day = date.today().strftime("%d.%m.%Y")
    accept_plans(monkeypatch)
    path.write_text(
        "When;How much;Symbol;Who\n"
        f"{day};302,50;{payment.variable_symbol};Řeřicha & Syn\n"
        f"{day};-50,00;;Rent\n",
        encoding="cp1250",
    )

    def choose_columns(dialog) -> int:
        for field, header in [
            ("date", "When"),
            ("amount", "How much"),
            ("variable_symbol", "Symbol"),
            ("counterparty", "Who"),
        ]:
            combo = dialog.columns[field]
            combo.setCurrentIndex(combo.findData(header))
        dialog.default_currency.setCurrentText("CZK")
        dialog._accept()
        return 1

    monkeypatch.setattr(csv_columns.CsvColumnsDialog, "exec", choose_columns)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    flow = ImportStatementDialog(window.signals, window.workers, window)
    flow.run(path)
    qtbot.waitUntil(lambda: flow.result is not None, timeout=10_000)
    flow.wait()
    assert "Payments confirmed: 1" in shown[0]
    assert ledger.balance() == 10 * MICRO
    # the columns chosen before the plan was shown are kept for the next export of this layout
    remembered = csv_memory.recall(path.read_bytes())
    assert remembered is not None and remembered.columns()["amount"] == "How much"


def test_csv_mapping_dialog_requires_date_and_amount(window, qtbot) -> None:
    from ui.payments.csv_columns import CsvColumnsDialog

    dialog = CsvColumnsDialog(b"A;B;C\n1;2;3\n", window)
    qtbot.addWidget(dialog)
    assert [dialog.columns["date"].itemText(i) for i in range(3)] == ["A", "B", "C"]
    dialog.columns["date"].setCurrentIndex(0)
    dialog.columns["amount"].setCurrentIndex(1)
    dialog._accept()
    assert "currency" in dialog.problem.text()
    assert dialog.mapping is None
    dialog.default_currency.setCurrentText("CZK")
    dialog.columns["account"].setCurrentIndex(3)  # after “(none)”: the third column
    dialog._accept()
    assert dialog.mapping is not None and dialog.mapping.account == "C"


def test_a_locked_database_keeps_the_window_responsive_and_says_so(
    window, qtbot, database_path
) -> None:
    """Another program holds the write lock past the busy timeout: the dialog keeps painting,
    says the database is busy, stores nothing, and creates the payment once the lock is gone."""
    import sqlite3
    import time

    dialog = TopUpDialog(window.signals, window.workers, 25 * MICRO, window)
    qtbot.addWidget(dialog)
    dialog.manual.setChecked(True)
    holder = sqlite3.connect(database_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
        assert time.monotonic() - started < 1  # the click returned at once
        assert dialog.submit.text() == "Creating the payment…"
        ticks = []
        timer = QTimer(dialog, interval=50, timeout=lambda: ticks.append(1))
        timer.start()
        qtbot.waitUntil(lambda: "busy" in dialog.problem.text(), timeout=15_000)
        timer.stop()
        assert len(ticks) > 20  # the event loop ran all along (5 s busy timeout)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert payments.Payment.select().count() == 0
    assert dialog.submit.isEnabled()  # “try again in a moment”
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    window.workers.wait()
    assert window.balance_indicator.text() == "25 credits"


def test_a_eur_transfer_asks_for_the_sellers_name_before_anything_is_stored(window, qtbot) -> None:
    from models.settings import store as settings

    settings.set_value("seller.iban", IBAN)
    dialog = TopUpDialog(window.signals, window.workers, 10 * MICRO, window)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("EUR")
    assert "seller's name" in dialog.problem.text() and not dialog.submit.isEnabled()
    dialog.currency.setCurrentText("CZK")  # QR Platba names the account only
    assert dialog.problem.text() == "" and dialog.submit.isEnabled()
    assert payments.Payment.select().count() == 0
