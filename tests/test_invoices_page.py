"""Billing information and Invoices pages driven like a user: save, errors, filters, preview, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QLabel

from models.common.money import MICRO
from models.common.team import desk_user
from models.invoicing import billing, documents
from models.ledger import entries as ledger
from tests.invoice_helpers import buyer, paid, pending, seller
from ui.invoices.credit_note import CreditNoteDialog
from ui.invoices.documents_model import DocumentsModel
from ui.invoices.export_documents import ExportDocumentsDialog
from ui.payments.top_up import TopUpDialog


def open_page(window, name: str):
    window.show_page_named(name)
    return window.page(name)


def fill(page, qtbot, **values: str) -> None:
    for name, value in values.items():
        editor = page.editors[name]
        if name == "country":
            editor.setCurrentIndex(editor.findData(value))
        elif value.isascii():
            editor.clear()
            qtbot.keyClicks(editor, value)
        else:  # QTest types Latin-1 only; paste the rest as a user would
            editor.setText(value)


GOOD = {
    "name": "Řeřicha & <Syn> s.r.o.",
    "street": "Dlouhá 1",
    "city": "Praha",
    "postal_code": "11000",
    "country": "CZ",
    "company_id": "27082440",
    "vat_id": "CZ27082440",
    "email": "ucetni@rericha.cz",
}


def test_saving_billing_information(window, qtbot) -> None:
    page = open_page(window, "billingPage")
    assert "No billing information yet" in page.status.text()
    fill(page, qtbot, **GOOD)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = billing.current()
    assert saved is not None and saved.postal_code == "110 00" and saved.country == "CZ"
    assert page.editors["postal_code"].text() == "110 00"
    assert page.status.text().startswith("Saved ")
    page.editors["city"].clear()
    qtbot.keyClicks(page.editors["city"], "Brno")
    fill(page, qtbot, postal_code="60200")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [row.city for row in billing.history()] == ["Brno", "Praha"]


def test_errors_are_shown_at_their_fields_and_nothing_is_saved(window, qtbot) -> None:
    page = open_page(window, "billingPage")
    fill(page, qtbot, **{**GOOD, "vat_id": "CZ27082441", "email": "nope", "name": ""})
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert billing.current() is None
    assert page.errors["vat_id"].isVisible()
    assert "not a valid VAT ID of Czechia" in page.errors["vat_id"].text()
    assert "not an e-mail address" in page.errors["email"].text()
    assert "Enter the company or person name" in page.errors["name"].text()
    assert not page.errors["city"].isVisible()


def test_country_names_follow_the_language(window) -> None:
    page = open_page(window, "billingPage")
    combo = page.editors["country"]
    assert combo.itemText(combo.findData("DE")) == "Germany"


def test_top_up_dialog_says_no_invoice_and_offers_billing(window, qtbot) -> None:
    seller()
    dialog = TopUpDialog(window.signals, window.workers, 10 * MICRO, window)
    qtbot.addWidget(dialog)
    assert not dialog.billing_notice.isHidden()
    button = dialog.billing_notice.findChild(object, "fillBillingButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget().objectName() == "billingPage"
    buyer()
    again = TopUpDialog(window.signals, window.workers, 10 * MICRO, window)
    qtbot.addWidget(again)
    assert again.billing_notice.isHidden()


def test_top_up_dialog_shows_the_vat_rule_of_the_invoice(window, qtbot) -> None:
    seller()
    buyer(country="DE", postal_code="10115", company_id="", vat_id="DE136695976")
    dialog = TopUpDialog(window.signals, window.workers, 10 * MICRO, window)
    qtbot.addWidget(dialog)
    assert dialog.vat_caption.text() == "VAT (reverse charge)"
    assert dialog.summary_values[1].text() == "€0.00"


def some_documents() -> None:
    seller()
    buyer()
    paid(on=date(2025, 12, 30))
    buyer(name="Other Buyer a.s.")
    paid(on=date(2026, 1, 5))
    pending(on=date(2026, 2, 1))


def test_invoice_list_filters(window, qtbot) -> None:
    some_documents()
    page = open_page(window, "invoicesPage")
    assert page.body.currentIndex() == 1
    assert page.model.rowCount() == 5
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    assert page.model.rowCount() == 3
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(documents.INVOICE))
    assert [page.model.document(r).number for r in range(page.model.rowCount())] == ["2026-000001"]
    page.year_filter.setCurrentIndex(0)
    page.text_filter.setText("Řeřicha")
    assert [page.model.document(r).number for r in range(page.model.rowCount())] == ["2025-000001"]


def test_empty_invoices_page_offers_billing(window, qtbot) -> None:
    page = open_page(window, "invoicesPage")
    assert page.body.currentWidget() is page.empty
    qtbot.mouseClick(page.empty.action_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget().objectName() == "billingPage"


def test_preview_loads_the_selected_document(window, qtbot) -> None:
    some_documents()
    page = open_page(window, "invoicesPage")
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.pdf.status() == QPdfDocument.Status.Ready)
    assert page.pdf.pageCount() == 1
    assert page.preview.document() is page.pdf
    assert page._pdf_bytes.startswith(b"%PDF")
    shown = page.findChild(QLabel, "documentRecordedBy").text()
    assert shown.endswith(f"recorded by: {desk_user()}") and desk_user()  # the computer's login


def test_export_pdf_writes_the_file(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    some_documents()
    page = open_page(window, "invoicesPage")
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == page._pdf_bytes


def test_export_to_an_unwritable_place_is_reported(window, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    some_documents()
    page = open_page(window, "invoicesPage")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not page.write_pdf(page.selected(), tmp_path / "missing" / "x.pdf")
    assert "Cannot write into" in shown[0]


def test_bulk_export_runs_off_the_gui_thread(window, qtbot, tmp_path: Path) -> None:
    some_documents()
    dialog = ExportDocumentsDialog(window.workers, window)
    qtbot.addWidget(dialog)
    from PySide6.QtCore import QDate

    dialog.date_from.setDate(QDate(2025, 1, 1))
    dialog.date_to.setDate(QDate(2026, 12, 31))
    dialog.target.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    assert dialog.message.text().startswith("5 documents: 5 written")
    assert dialog.progress.value() == 5
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 5


def test_bulk_export_as_isdoc_and_factur_x(window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    some_documents()
    dialog = ExportDocumentsDialog(window.workers, window)
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(QDate(2025, 1, 1))
    dialog.date_to.setDate(QDate(2026, 12, 31))
    dialog.format.setCurrentIndex(dialog.format.findData("isdoc"))
    dialog.target.setText(str(tmp_path / "isdoc"))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    assert len(list((tmp_path / "isdoc").glob("*.isdoc"))) == 5
    assert not list((tmp_path / "isdoc").glob("*.pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData("facturx"))
    dialog.target.setText(str(tmp_path / "fx"))
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    proformas = len(list((tmp_path / "fx").glob("proforma-*.pdf")))
    assert proformas and dialog.message.text().endswith(
        f"{proformas} proformas as plain PDF: a proforma is not an invoice, so it carries no "
        "Factur-X."
    )


def test_credit_note_from_the_page(window, qtbot) -> None:
    some_documents()
    page = open_page(window, "invoicesPage")
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(documents.INVOICE))
    page.table.selectRow(0)
    assert page.credit_button.isEnabled()
    dialog = CreditNoteDialog(page.selected(), window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    window.workers.wait()  # the payment is created off the GUI thread
    assert "reason" in dialog.problem.text()
    qtbot.keyClicks(dialog.reason, "Returned")
    dialog.credits.line.clear()
    qtbot.keyClicks(dialog.credits.line, "100")
    assert dialog.amount.line.text() == "2,500.00"
    qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
    window.workers.wait()  # the payment is created off the GUI thread
    assert dialog.document is not None and dialog.document.number == "CN2026-000001"
    assert ledger.balance() == 1900 * MICRO


def test_documents_model_passes_the_model_tester(qtmodeltester, database) -> None:
    some_documents()
    model = DocumentsModel()
    model.set_rows(documents.list_documents())
    qtmodeltester.check(model)


def test_documents_model_loads_in_batches(qtmodeltester, database) -> None:
    from ui.invoices import documents_model

    some_documents()
    model = DocumentsModel()
    rows = documents.list_documents() * 100  # 500 rows
    model.set_rows(rows)
    assert model.rowCount() == documents_model.BATCH
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 500
    qtmodeltester.check(model)


def test_seller_settings_tab_saves_country_and_checks_the_vat_id(window, qtbot) -> None:
    from models.settings import store as settings
    from ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.signals, window)
    qtbot.addWidget(dialog)
    country = dialog.editors["seller.country"]
    country.setCurrentIndex(country.findData("DE"))
    dialog.editors["seller.vat_id"].setText("DE136695977")
    dialog.save()
    assert "not a valid" in dialog.errors["seller.vat_id"].text()
    assert settings.get("seller.country") == "CZ"  # nothing saved
    dialog.editors["seller.vat_id"].setText("DE136695976")
    dialog.save()
    assert (settings.get("seller.country"), settings.get("seller.vat_id")) == ("DE", "DE136695976")
