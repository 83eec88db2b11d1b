"""Document PDFs: every field as text (pdftotext), Czech letters, escaping, QR code, golden file."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from models.invoicing import documents, issuing
from models.invoicing.documents import Corrected, DocumentData, Line, Totals
from models.invoicing.pdf import render_document
from models.payments.qr import modules_from_text, qr_matrix
from models.settings import store as settings
from tests.helpers.pdf_fonts import fonts_of
from tests.invoice_helpers import buyer, paid, pending, seller

GOLDEN = Path(__file__).resolve().parent / "golden" / "invoice-cs.pdf"
REGENERATE = "CREDIT_DESK_REGENERATE_GOLDEN"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")

FIXED = DocumentData(
    id=1,
    kind="invoice",
    number="2026-000042",
    language="cs",
    issued_on="2026-03-09",
    taxable_supply_on="2026-03-09",
    due_on="2026-03-09",
    currency="CZK",
    vat_rule="domestic",
    vat_rate="21",
    totals=Totals(2500000, 525000, 3025000),
    credits=1000_000000,
    seller={
        "name": "Credit Desk s.r.o.",
        "street": "Karlova 12",
        "city": "Praha 1",
        "postal_code": "110 00",
        "country": "CZ",
        "company_id": "25596641",
        "vat_id": "CZ25596641",
        "vat_payer": "yes",
        "iban": "CZ6508000000192000145399",
        "bic": "",
    },
    buyer={
        "name": "Řeřicha & <Syn> s.r.o.",
        "street": "Dlouhá 1",
        "city": "Praha",
        "postal_code": "110 00",
        "country": "CZ",
        "company_id": "27082440",
        "vat_id": "CZ27082440",
        "email": "ucetni@rericha.cz",
    },
    lines=(
        Line("Předplacený kredit na SMS zprávy", 1000_000000, 2500, 2500000, "21", 525000, 3025000),
    ),
    variable_symbol="2600000042",
    payment_details={
        "method": "bank-transfer",
        "paid_on": "2026-03-09",
        "proforma": "PF2026-000042",
    },
)


OF_KIND = {
    "invoice": FIXED,
    "proforma": replace(
        FIXED,
        kind="proforma",
        payment_details={
            "iban": "CZ6508000000192000145399",
            "qr_payload": "SPD*1.0*ACC:CZ6508000000192000145399*AM:30250.00*CC:CZK*X-VS:2600000042",
        },
    ),
    "credit-note": replace(
        FIXED,
        kind="credit-note",
        totals=Totals(-500000, -105000, -605000),
        reason="Vráceno 200 nevyužitých kreditů",
        corrected=Corrected(
            "2026-000041",
            "2026-03-01",
            Totals(2500000, 525000, 3025000),
            Totals(2000000, 420000, 2420000),
        ),
    ),
}


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def plain_text_of(pdf: bytes, tmp_path: Path) -> str:
    """The text in reading order, wrapped lines joined by single spaces."""
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def test_the_same_document_renders_to_the_same_bytes() -> None:
    assert render_document(FIXED) == render_document(FIXED)


def test_golden_file() -> None:
    """Byte for byte as committed; regenerate deliberately with CREDIT_DESK_REGENERATE_GOLDEN=1."""
    pdf = render_document(FIXED)
    if os.environ.get(REGENERATE):
        GOLDEN.write_bytes(pdf)
    assert GOLDEN.exists(), f"missing {GOLDEN}; run with {REGENERATE}=1 to create it"
    assert pdf == GOLDEN.read_bytes(), (
        f"the invoice PDF changed; if intended, run the tests with {REGENERATE}=1 and review it"
    )


@needs_poppler
def test_czech_invoice_fields_as_text(tmp_path: Path) -> None:
    text = text_of(render_document(FIXED), tmp_path)
    for expected in [
        "Faktura – daňový doklad",
        "2026-000042",
        "DODAVATEL",
        "Credit Desk s.r.o.",
        "Karlova 12",
        "110 00 Praha 1",
        "IČO: 25596641",
        "DIČ: CZ25596641",
        "ODBĚRATEL",
        "Řeřicha & <Syn> s.r.o.",
        "IČO: 27082440",
        "DIČ: CZ27082440",
        "E-mail: ucetni@rericha.cz",
        "Česko",
        "1 000",
        "25,00",
        "21 %",
        "Rekapitulace DPH",
        "Uhrazeno dne 9. 3. 2026 (bankovním převodem). Nic dalšího neplaťte.",
        "Zúčtování zálohové faktury PF2026-000042.",
        "Strana 1",
    ]:
        assert expected in text, expected
    assert "Předplacený kredit na SMS zprávy" in plain_text_of(render_document(FIXED), tmp_path)
    lines = text.splitlines()

    def row(label: str) -> str:
        return next(line for line in lines if line.strip().startswith(label))

    assert row("Datum vystavení").split()[-3:] == ["9.", "3.", "2026"]
    assert row("Datum uskutečnění plnění").split()[-3:] == ["9.", "3.", "2026"]
    assert row("Variabilní symbol").split()[-1] == "2600000042"
    assert "25 000,00 Kč" in row("Základ ")
    assert "5 250,00 Kč" in row("DPH 21 %")
    assert "30 250,00 Kč" in row("Celkem (uhrazeno)")


@needs_poppler
def test_english_reverse_charge_and_outside_scope_wording(tmp_path: Path) -> None:
    english = replace(FIXED, language="en", vat_rule="reverse-charge", vat_rate="0")
    text = text_of(render_document(english), tmp_path)
    assert "Invoice – tax document" in text
    assert "Reverse charge" in text
    assert "Date of taxable supply" in text
    outside = replace(english, vat_rule="outside-scope")
    assert "Outside the scope of VAT" in text_of(render_document(outside), tmp_path)
    czech = replace(FIXED, vat_rule="reverse-charge", vat_rate="0")
    assert "Daň odvede zákazník" in text_of(render_document(czech), tmp_path)
    not_payer = replace(
        english, vat_rule="not-vat-payer", seller={**FIXED.seller, "vat_payer": "no"}
    )
    assert "The seller is not a VAT payer." in text_of(render_document(not_payer), tmp_path)


@needs_poppler
def test_user_text_is_drawn_as_it_is_never_as_markup(tmp_path: Path) -> None:
    name = "<b>Bold</b> & <font size=40>x &amp;"
    hostile = replace(FIXED, buyer={**FIXED.buyer, "name": name})
    assert name in text_of(render_document(hostile), tmp_path)


@needs_poppler
@pytest.mark.parametrize("kind", ["invoice", "proforma", "credit-note"])
def test_every_font_on_the_page_is_embedded(kind: str, tmp_path: Path) -> None:
    """An archived invoice must look the same on any machine: no font left to the viewer."""
    fonts = fonts_of(render_document(OF_KIND[kind]), tmp_path)
    assert fonts == {"DejaVuSans": True, "DejaVuSans-Bold": True}


@needs_poppler
def test_issued_proforma_invoice_and_credit_note_from_the_database(database, tmp_path) -> None:
    seller()
    buyer()
    proforma = documents.proforma_for_payment(pending(on=date(2026, 3, 5)).id)
    proforma_text = text_of(render_document(documents.load(proforma.id)), tmp_path)
    for expected in [
        "Proforma invoice",
        "PF2026-000001",
        "This is not a tax document.",
        "CZ65 0800 0000 1920 0014 5399",
        "Due date",
        "19 Mar 2026",
        "CZK 30,250.00",
    ]:
        assert expected in proforma_text, expected
    assert "Date of taxable supply" not in proforma_text

    invoice = paid(on=date(2026, 3, 9))
    note = issuing.issue_credit_note(
        invoice.id, "Wrong <amount> & more", 400 * 10**6, today=date(2026, 3, 10)
    )
    note_text = text_of(render_document(documents.load(note.id)), tmp_path)
    for expected in [
        "Credit note – tax document",
        "CN2026-000001",
        "Corrects invoice",
        "2026-000001 issued on 9 Mar 2026",
        "Original invoice",
        "Difference",
        "After correction",
        "-10,000.00",
        "-2,100.00",
        "-CZK 12,100.00",
        "Taken back from the balance: 400 credits.",
    ]:
        assert expected in note_text, expected
    spaced = " ".join(note_text.split())
    assert "Reason for the correction Wrong <amount> & more" in spaced
    assert "Date of the correction 10 Mar 2026" in spaced
    assert "Taxable supply of the 9 Mar 2026 corrected invoice" in spaced  # the label wraps
    assert "Date of taxable supply" not in note_text


@pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="no zbarimg or pdftoppm",
)
@pytest.mark.parametrize("kept", ["as issued", "not kept (issued before)", "damaged"])
def test_the_qr_code_on_a_proforma_scans_to_its_payload(database, tmp_path, kept: str) -> None:
    seller()
    proforma = documents.proforma_for_payment(pending().id)
    data = documents.load(proforma.id)
    details = dict(data.payment_details)
    assert modules_from_text(details["qr_modules"]) == qr_matrix(details["qr_payload"])
    if kept == "not kept (issued before)":
        del details["qr_modules"]
    elif kept == "damaged":
        details["qr_modules"] = "12\nzz"
    (tmp_path / "p.pdf").write_bytes(render_document(replace(data, payment_details=details)))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", str(tmp_path / "p.pdf"), str(tmp_path / "p")], check=True
    )
    scanned = subprocess.run(
        ["zbarimg", "--raw", "-q", str(tmp_path / "p-1.png")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert scanned == data.payment_details["qr_payload"]


def test_a_logo_is_kept_with_the_document(database, tmp_path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (20, 90, 200)).save(logo)
    seller(logo=str(logo))
    buyer()
    invoice = paid()
    logo.unlink()  # later changes to the file do not touch issued documents
    data = documents.load(invoice.id)
    assert data.logo is not None and data.logo.startswith(b"\x89PNG")
    assert b"/Subtype /Image" in render_document(data)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"GIF89a....", "not a PNG or JPEG"), (b"\x89PNG\r\n\x1a\nbroken", "cannot be read")],
)
def test_a_bad_logo_is_refused(database, tmp_path, content, message) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(settings.SettingError, match=message):
        settings.set_value("seller.logo", str(path))
    with pytest.raises(settings.SettingError, match="There is no file"):
        settings.set_value("seller.logo", str(tmp_path / "missing.png"))


def test_a_bad_logo_keeps_its_template_and_the_file_name(database, tmp_path) -> None:
    from models.common.messages import Message

    path = tmp_path / "logo.gif"
    path.write_bytes(b"GIF89a....")
    with pytest.raises(settings.SettingError) as raised:
        settings.set_value("seller.logo", str(path))
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.template == "“{name}” is not a PNG or JPEG image."
    assert message.values == {"name": "logo.gif"}
