"""The statement import in the window: the plan shown before anything is stored, Cancel, another
account's statement refused, and why each waiting credit waits."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QMessageBox

from models.common.money import MICRO
from models.ledger import entries as ledger
from models.payments import bank_entries, import_plan, statement_import
from models.payments import top_ups as payments
from models.payments.statements import Statement, StatementEntry
from models.settings import store as settings
from tests import camt_builder
from ui.common.formatting import local_date
from ui.payments.bank_entries_model import BankEntriesModel
from ui.payments.import_plan_dialog import ImportPlanDialog
from ui.payments.import_statement import ImportStatementDialog

IBAN = "CZ6508000000192000145399"
OTHER = "CZ7908000000002000145399"
TODAY = date.today()


def pending() -> payments.Payment:
    settings.set_value("seller.iban", IBAN)
    settings.set_value("seller.name", "Credit Desk s.r.o.")
    return payments.create_top_up(
        payments.quote_for_credits(10 * MICRO, "CZK"), payments.BANK_TRANSFER
    )


def camt_file(tmp_path, symbol: str, iban: str = IBAN, booked: date = TODAY):
    entries = [
        camt_builder.entry(
            "302.50",
            booked=booked.isoformat(),
            servicer_reference="A1",
            transactions=[camt_builder.tx(creditor_reference=symbol)],
        ),
        camt_builder.entry("5.00", indicator="DBIT", booked=booked.isoformat()),
    ]
    path = tmp_path / "statement.xml"
    path.write_bytes(
        camt_builder.document(statements=[camt_builder.statement(*entries, iban=iban)])
    )
    return path


def answer_plans(monkeypatch, answer: QDialog.DialogCode) -> list[str]:
    said: list[str] = []

    def exec_(dialog: ImportPlanDialog) -> int:
        said.append(dialog.text())
        return answer

    monkeypatch.setattr(ImportPlanDialog, "exec", exec_)
    return said


def test_the_plan_is_shown_and_cancel_stores_nothing(window, qtbot, tmp_path, monkeypatch) -> None:
    payment = pending()
    said = answer_plans(monkeypatch, QDialog.DialogCode.Rejected)
    flow = ImportStatementDialog(window.signals, window.workers, window)
    flow.run(camt_file(tmp_path, payment.variable_symbol))
    qtbot.waitUntil(lambda: flow.cancelled, timeout=10_000)
    flow.wait()
    lines = said[0].splitlines()
    assert lines[:3] == ["Format", "camt.053.001.02", "Account"]  # the version the file is
    assert IBAN in lines and "Period" in lines
    assert f"{local_date(TODAY)} – {local_date(TODAY)}" in lines
    assert "Payments to confirm: 1" in said[0]
    assert "Credits that will wait for pairing: 0" in said[0]
    assert "Entries that are not credits (ignored): 1" in said[0]
    assert "Credits imported before: 0" in said[0]
    assert flow.result is None
    assert bank_entries.BankEntry.select().count() == 0
    assert payments.Payment.get_by_id(payment.id).state == payments.PENDING


def test_import_after_the_plan_confirms_on_the_booking_day(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    payment = pending()
    payments.Payment.update(created_at="2020-01-01T00:00:00.000000Z").execute()
    answer_plans(monkeypatch, QDialog.DialogCode.Accepted)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    booked = TODAY - timedelta(days=1)
    flow = ImportStatementDialog(window.signals, window.workers, window)
    flow.run(camt_file(tmp_path, payment.variable_symbol, booked=booked))
    qtbot.waitUntil(lambda: flow.result is not None, timeout=10_000)
    flow.wait()
    assert "Payments confirmed: 1" in shown[0]
    assert payments.Payment.get_by_id(payment.id).paid_at == booked.isoformat()
    assert ledger.balance() == 10 * MICRO


def test_another_accounts_statement_is_refused_before_any_plan(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    payment = pending()
    said = answer_plans(monkeypatch, QDialog.DialogCode.Accepted)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    flow = ImportStatementDialog(window.signals, window.workers, window)
    flow.run(camt_file(tmp_path, payment.variable_symbol, iban=OTHER))
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    flow.wait()
    assert warned[0] == (
        f"This statement is for account {OTHER}, which is not one of your accounts ({IBAN}): "
        "nothing was imported.\n\nNothing was changed."
    )
    assert said == []
    assert bank_entries.BankEntry.select().count() == 0
    assert payments.Payment.get_by_id(payment.id).state == payments.PENDING


def test_the_plan_warns_of_a_credit_booked_before_its_payment(database, qtbot) -> None:
    payment = pending()
    early = StatementEntry(
        "E1", TODAY - timedelta(days=9), 302_50, "CZK", payment.variable_symbol, None, "", "", IBAN
    )
    plan = import_plan.plan_import(Statement("S", IBAN, (early,), format_name="GPC/ABO"))
    dialog = ImportPlanDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.warnings.isVisibleTo(dialog)
    assert "which was made later" in dialog.warnings.text()
    assert "Credits that will wait for pairing: 1" in dialog.summary.text()
    assert "GPC/ABO" in dialog.text()


def test_the_waiting_list_says_why_each_credit_waits(database) -> None:
    payment = pending()
    symbol = payment.variable_symbol
    credits = [
        StatementEntry("C1", TODAY, 12_10, "EUR", symbol, None, "", "", IBAN),
        StatementEntry("C2", TODAY - timedelta(days=9), 302_50, "CZK", symbol, None, "", "", IBAN),
        StatementEntry("C3", TODAY, 100_00, "CZK", symbol, None, "", "", IBAN),
        StatementEntry("C4", TODAY, 1_00, "CZK", None, None, "", "", IBAN),
    ]
    statement_import.import_statement(Statement("S", IBAN, tuple(credits)))
    model = BankEntriesModel()
    model.set_rows(bank_entries.waiting_entries())
    reasons = [model.display(model.entry(row), BankEntriesModel.STATUS) for row in range(4)]
    assert reasons == [
        "Another currency than its payment",
        "Booked before its payment was made",
        "Less than the payment",
        "No matching payment",
    ]


def test_the_sellers_other_accounts_are_a_seller_setting(window, qtbot) -> None:
    from ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.signals, window)
    qtbot.addWidget(dialog)
    editor = dialog.editors["seller.other_accounts"]
    assert dialog.tabs.tabText(dialog._tab_of(editor)) == "Seller"
    editor.setText("DE89 3704 0044 0532 0130 00, 19-2000145398/0800")
    dialog.save()
    assert "19-2000145398/0800" in dialog.errors["seller.other_accounts"].text()
    assert settings.get("seller.other_accounts") == ""  # nothing saved
    editor.setText("DE89 3704 0044 0532 0130 00, 2000145399/0800")
    dialog.save()
    assert settings.get("seller.other_accounts") == "DE89370400440532013000, " + OTHER
