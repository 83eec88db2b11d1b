"""The PDF of a EUR tax document states its base and VAT in CZK with the rate, in both languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from models.common.formatting import NBSP, money_text
from models.common.money import MICRO
from models.invoicing import documents, issuing
from models.invoicing.conversion import Conversion, CzkTotals
from models.invoicing.pdf import render_document
from models.settings import store as settings
from tests.invoice_helpers import buyer, eur_rate, paid, seller
from tests.test_invoice_pdf import FIXED, needs_poppler, plain_text_of, text_of

EUR_INVOICE = replace(
    FIXED,
    currency="EUR",
    totals=replace(FIXED.totals, net_minor=100000, vat_minor=21000, total_minor=121000),
    conversion=Conversion(
        currency="CZK",
        rate="25.085",
        amount=1,
        source="cnb",
        rate_from="2026-11-30",
        rate_to="2026-11-30",
        totals=CzkTotals(2508500, 526785),
    ),
)


def pdf_text(text: str) -> str:
    """As pdftotext reads it: a no-break space comes out as a plain one."""
    return text.replace(NBSP, " ")


@needs_poppler
def test_czech_eur_invoice_states_the_czk_base_vat_and_rate(tmp_path: Path) -> None:
    text = text_of(render_document(EUR_INVOICE), tmp_path)
    lines = text.splitlines()
    assert pdf_text(money_text(25_085_00, "CZK", "cs")) in next(
        line for line in lines if "Základ daně v CZK" in line
    )
    assert pdf_text(money_text(5_267_85, "CZK", "cs")) in next(
        line for line in lines if "DPH v CZK" in line
    )
    assert "Kurz: 1 EUR = 25,085 CZK (ČNB, 30. 11. 2026)" in plain_text_of(
        render_document(EUR_INVOICE), tmp_path
    )


@needs_poppler
def test_english_eur_invoice_states_the_czk_base_vat_and_rate(tmp_path: Path) -> None:
    english = replace(EUR_INVOICE, language="en")
    text = text_of(render_document(english), tmp_path)
    lines = text.splitlines()
    assert money_text(25_085_00, "CZK") in next(line for line in lines if "Tax base in CZK" in line)
    assert money_text(5_267_85, "CZK") in next(line for line in lines if "VAT in CZK" in line)
    plain = plain_text_of(render_document(english), tmp_path)
    assert "Exchange rate: 1 EUR = 25.085 CZK (ČNB, 30 Nov 2026)" in plain


@needs_poppler
def test_a_fixed_rate_names_its_period(tmp_path: Path) -> None:
    fixed = replace(
        EUR_INVOICE,
        language="en",
        conversion=replace(
            EUR_INVOICE.conversion, source="fixed", rate_from="2026-07-01", rate_to="2026-12-31"
        ),
    )
    plain = plain_text_of(render_document(fixed), tmp_path)
    assert "1 EUR = 25.085 CZK (fixed rate, 1 Jul 2026 – 31 Dec 2026)" in plain


@needs_poppler
def test_a_czk_invoice_has_no_czk_block(tmp_path: Path) -> None:
    text = text_of(render_document(FIXED), tmp_path)
    assert "Základ daně v CZK" not in text and "Kurz" not in text


@needs_poppler
def test_an_issued_eur_credit_note_states_its_differences_in_czk(database, tmp_path) -> None:
    seller()
    buyer()
    settings.set_value("seller.invoice_language", "cs")
    eur_rate(date(2026, 11, 30), "25.085")
    invoice = paid(credits=1000, currency="EUR", on=date(2026, 11, 30))
    invoice_text = text_of(render_document(documents.load(invoice.id)), tmp_path)
    assert "Základ daně v CZK" in invoice_text and "DPH v CZK" in invoice_text
    note = issuing.issue_credit_note(invoice.id, "Vráceno", 333 * MICRO, today=date(2026, 12, 2))
    pdf = render_document(documents.load(note.id))
    lines = text_of(pdf, tmp_path).splitlines()
    differences = next(line for line in lines if "Rozdíly v CZK" in line)
    assert "Původní doklad" in differences and "Po opravě" in differences
    base = next(line for line in lines if "-8 353,31" in line)
    assert "25 085,00" in base and "16 731,69" in base
    vat = next(line for line in lines if "-1 754,20" in line)
    assert "5 267,85" in vat and "3 513,65" in vat
    plain = plain_text_of(pdf, tmp_path)
    assert "Kurz opravovaného dokladu: 1 EUR = 25,085 CZK (ČNB, 30. 11. 2026)" in plain
