"""The seller's register entry and contacts on every document; credit notes as § 45 wants them."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

import main
from models.common.formatting import NBSP, money_text
from models.invoicing import documents, issuing
from models.invoicing.documents import Document
from models.invoicing.pdf import render_document
from models.settings import store as settings
from tests.invoice_helpers import buyer, paid, pending, seller

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")

CZECH_ENTRY = "Zapsáno v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 12345"
ENGLISH_ENTRY = (
    "Registered in the Commercial Register kept by the Municipal Court in Prague, section C, "
    "file 12345"
)
REGISTERED = {
    "seller.register.court": "MSPH",
    "seller.register.section": "C",
    "seller.register.file": "12345",
    "seller.web": "www.creditdesk.cz",
    "seller.phone": "+420 601 234 567",
    "seller.email": "fakturace@creditdesk.cz",
}


def plain_text(pdf: bytes, tmp_path: Path) -> str:
    """The text in reading order, wrapped lines joined by single spaces."""
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(result.stdout.decode().split())


def layout_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
    )
    return [" ".join(line.split()) for line in result.stdout.decode().splitlines()]


def pdf_of(document: Document) -> bytes:
    return render_document(documents.load(document.id))


def three_documents() -> list[Document]:
    """A proforma, the tax invoice of its payment, and a credit note for it."""
    buyer()
    invoice = paid(on=date(2026, 3, 9))
    proforma = documents.proforma_for_payment(invoice.payment_id)
    assert proforma is not None
    note = issuing.issue_credit_note(invoice.id, "Price agreed lower", 0, 100_00, date(2026, 3, 12))
    return [proforma, invoice, note]


# -- settings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "stored"),
    [
        ("seller.register.court", " ksbr ", "KSBR"),
        ("seller.register.court", "", ""),
        ("seller.register.section", "dr", "Dr"),
        ("seller.register.file", "012345", "12345"),
        ("seller.register.text", "  Fyzická osoba zapsaná v  živnostenském rejstříku ", None),
        ("seller.web", "https://www.creditdesk.cz/sms", "https://www.creditdesk.cz/sms"),
        ("seller.web", "příklad.cz", "příklad.cz"),
        ("seller.phone", "601 234 567", "+420 601 234 567"),
        ("seller.phone", "+421 912 123 456", "+421 912 123 456"),
        ("seller.phone", "", ""),
        ("seller.email", " fakturace@creditdesk.cz ", "fakturace@creditdesk.cz"),
        ("payments.minimum_top_up.CZK", "250", "25000"),
        ("payments.minimum_top_up.EUR", "0", "0"),
    ],
)
def test_good_values_are_stored_in_their_canonical_form(database, key, typed, stored) -> None:
    expected = stored if stored is not None else " ".join(typed.split())
    assert settings.set_value(key, typed) == expected
    assert settings.get(key) == expected


def test_court_section_and_file_go_together_in_the_dialog_and_say_so_on_the_command_line(
    database, database_path, capsys
) -> None:
    with pytest.raises(settings.SettingsErrors) as raised:
        settings.set_values({"seller.register.court": "MSPH", "seller.register.file": "12345"})
    assert set(raised.value.errors) == {"seller.register.section"}
    assert raised.value.errors["seller.register.section"].template.startswith("Fill in the court")
    assert settings.get("seller.register.court") == ""  # nothing stored
    settings.set_values({key: REGISTERED[key] for key in REGISTERED if ".register." in key})
    database.close()
    base = ["--database", str(database_path), "settings"]
    assert main.main([*base, "seller.register.file", ""]) == 0  # one key at a time: a note
    assert "note: seller.register.file: Fill in the court" in capsys.readouterr().err
    assert main.main([*base, "seller.register.file", "777"]) == 0
    assert "note:" not in capsys.readouterr().err


def test_the_settings_dialog_shows_the_rule_under_the_empty_fields(window, qtbot) -> None:
    from ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.signals, window)
    qtbot.addWidget(dialog)
    court = dialog.editors["seller.register.court"]
    assert court.itemText(0) == "(none)"
    court.setCurrentIndex(court.findData("KSBR"))
    dialog.editors["seller.phone"].setText("12")
    dialog.save()
    assert "phone number" in dialog.errors["seller.phone"].text()
    dialog.editors["seller.phone"].setText("601 234 567")
    dialog.save()
    assert "together" in dialog.errors["seller.register.section"].text()
    assert "together" in dialog.errors["seller.register.file"].text()
    assert settings.get("seller.register.court") == ""  # nothing saved
    dialog.editors["seller.register.section"].setText("C")
    dialog.editors["seller.register.file"].setText("4321")
    dialog.save()
    assert settings.get("seller.register.court") == "KSBR"
    assert settings.get("seller.phone") == "+420 601 234 567"


# -- the register entry on documents ------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize(("language", "entry"), [("cs", CZECH_ENTRY), ("en", ENGLISH_ENTRY)])
def test_every_document_kind_states_the_register_entry_and_contacts(
    database, tmp_path, language, entry
) -> None:
    seller(invoice_language=language)
    settings.set_values(REGISTERED)
    phone = "Telefon" if language == "cs" else "Phone"
    for document in three_documents():
        text = plain_text(pdf_of(document), tmp_path)
        assert entry in text, document.kind
        for expected in [
            f"{phone}: +420 601 234 567",
            "E-mail: fakturace@creditdesk.cz",
            "Web: www.creditdesk.cz",
        ]:
            assert expected in text, (document.kind, expected)


@needs_poppler
def test_an_entry_written_out_is_stated_as_written(database, tmp_path) -> None:
    seller(invoice_language="cs")
    written = "Fyzická osoba zapsaná v živnostenském rejstříku"
    settings.set_values({**REGISTERED, "seller.register.text": written})
    for document in three_documents():
        text = plain_text(pdf_of(document), tmp_path)
        assert written in text and "obchodním rejstříku" not in text


def test_issued_documents_keep_the_seller_as_it_was(database) -> None:
    seller(invoice_language="cs")
    buyer()
    before_entry = paid(on=date(2026, 3, 9))
    assert "register_entry" not in documents.load(before_entry.id).seller
    settings.set_values(REGISTERED)
    invoice = paid(on=date(2026, 3, 10))
    kept = documents.load(invoice.id)
    assert kept.seller["register_entry"] == CZECH_ENTRY
    assert kept.seller["phone"] == "+420 601 234 567"
    settings.set_values({"seller.register.text": "Jinak", "seller.phone": "", "seller.web": ""})
    assert documents.load(invoice.id) == kept
    assert "register_entry" not in documents.load(before_entry.id).seller


# -- credit notes ---------------------------------------------------------------------------------


@needs_poppler
def test_a_czech_credit_note_is_dated_as_the_correction_and_names_what_it_corrects(
    database, tmp_path
) -> None:
    seller(invoice_language="cs")
    buyer()
    invoice = paid(on=date(2026, 3, 9))
    note = issuing.issue_credit_note(invoice.id, "Sleva dohodnutá dodatečně", 0, 100_00)
    issued = date.fromisoformat(note.issued_on)
    shown = f"{issued.day}. {issued.month}. {issued.year}"
    lines = layout_lines(pdf_of(note), tmp_path)

    def row(label: str) -> str:
        return next(line for line in lines if line.startswith(label))

    assert row("Datum uskutečnění opravy") == f"Datum uskutečnění opravy {shown}"
    assert row("Datum vystavení") == f"Datum vystavení {shown}"
    assert row("Opravovaný doklad") == "Opravovaný doklad 2026-000001 ze dne 9. 3. 2026"
    assert row("Datum uskutečnění plnění") == "Datum uskutečnění plnění 9. 3. 2026"
    assert lines[lines.index(row("Datum uskutečnění plnění")) + 1] == "opravovaného dokladu"
    assert row("Důvod opravy") == "Důvod opravy Sleva dohodnutá dodatečně"
    assert any(line.startswith("Rozdíly (CZK)") for line in lines)
    total = money_text(-121_00, "CZK", "cs").replace(NBSP, " ")  # pdftotext: a plain space
    assert row("Celkem k dobropisu") == f"Celkem k dobropisu {total}"


@needs_poppler
def test_an_invoice_keeps_its_date_of_taxable_supply(database, tmp_path) -> None:
    seller(invoice_language="en")
    buyer()
    text = plain_text(pdf_of(paid(on=date(2026, 3, 9))), tmp_path)
    assert "Date of taxable supply" in text and "Date of the correction" not in text


@pytest.mark.parametrize(
    ("reason", "says"),
    [("", "State the reason"), ("   ", "State the reason"), ("Vráceno\x1b[2J", "Control")],
)
def test_a_credit_note_needs_a_plain_reason_and_stores_nothing_without(
    database, reason, says
) -> None:
    seller()
    buyer()
    invoice = paid()
    count = Document.select().count()
    with pytest.raises(issuing.CreditNoteError, match=says):
        issuing.issue_credit_note(invoice.id, reason, 0, 100_00)
    assert Document.select().count() == count


def test_a_proforma_has_no_correction_rows(database) -> None:
    seller()
    proforma = documents.proforma_for_payment(pending().id)
    assert proforma is not None and documents.load(proforma.id).corrected is None
