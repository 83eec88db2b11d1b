"""Embedded font subsets kept between documents: the PDFs are the bytes ReportLab itself makes."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from models.common import pdf_base, pdf_fonts

TEXTS = ["Řeřicha &amp; Syn s.r.o.", "Ωμέγα Ελλάς, Straße", "Řeřicha &amp; Syn s.r.o.", "Kč 1"]


def documents() -> list[bytes]:
    styles = pdf_base.styles()
    return [
        pdf_base.render([Paragraph(text, styles["body"]), Paragraph(text, styles["bold"])], "T")
        for text in TEXTS
    ]


def test_kept_subsets_give_the_bytes_reportlab_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = documents()
    font_class = type(pdfmetrics.getFont(pdf_fonts.REGULAR))
    monkeypatch.setattr(font_class, "addObjects", TTFont.addObjects)  # ReportLab's own
    assert kept == documents()


def test_each_set_of_letters_embeds_its_own_subset() -> None:
    first, other, again, _ = documents()
    assert first == again
    assert first.count(b"/FontFile2") == other.count(b"/FontFile2") == 2
    assert first != other
