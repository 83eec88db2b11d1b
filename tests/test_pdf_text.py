"""Plain-text PDF blocks: wrapping within the width, page breaks between lines, text as it is."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from models.common import pdf_base
from models.common.pdf_text import LabelValues, TextBlock, wrap_text

BODY = pdf_base.styles()["body"]


def width_of(text: str) -> float:
    return stringWidth(text, BODY.fontName, BODY.fontSize)


def test_text_wraps_at_spaces_within_the_width() -> None:
    text = "Předplacený kredit na SMS zprávy pro kampaň Řeřicha & <Syn> s.r.o. " * 3
    lines = wrap_text(text, BODY, 120)
    assert len(lines) > 3
    assert all(width_of(line) <= 120 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_a_word_wider_than_the_column_is_broken_not_left_sticking_out() -> None:
    address = "objednavky.a.fakturace.velmi.dlouhe.jmeno@rericha-a-syn-sro.example.cz"
    lines = wrap_text(address, BODY, 80)
    assert len(lines) > 1
    assert all(width_of(line) <= 80 for line in lines)
    assert "".join(lines) == address


def test_newlines_start_new_lines_and_empty_text_is_a_blank_line() -> None:
    assert wrap_text("Cena za jednotku\n(CZK)", BODY, 500) == ["Cena za jednotku", "(CZK)"]
    block = TextBlock([("a", BODY), ("", BODY), ("b", BODY)])
    assert block.wrap(500, 800) == (500, 3 * BODY.leading)


def test_a_block_taller_than_the_room_splits_between_lines() -> None:
    block = TextBlock([(f"line {n}", BODY) for n in range(10)])
    first, rest = block.split(500, 4.5 * BODY.leading)
    assert first.wrap(500, 800)[1] == 4 * BODY.leading
    assert rest.wrap(500, 800)[1] == 6 * BODY.leading
    assert block.split(500, 0.5 * BODY.leading) == []  # not even one line fits: next page


def test_a_long_value_wraps_in_its_own_column_beside_its_label() -> None:
    bold = pdf_base.styles()["bold"]
    value = "2026-000041 ze dne 1. 3. 2026, opraveno na žádost odběratele Řeřicha & <Syn> s.r.o."
    block = LabelValues(
        [("Datum vystavení", "9. 3. 2026"), ("Opravovaný doklad", value)], 140, BODY, bold
    )
    width, height = block.wrap(300, 800)
    labels, values = block.laid[1]
    assert labels == ["Opravovaný doklad"] and len(values) > 1
    assert all(stringWidth(line, bold.fontName, bold.fontSize) <= 160 for line in values)
    assert " ".join(values).split() == value.split()
    assert height == (1 + len(values)) * BODY.leading + 4 * block.padding


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_long_block_continues_on_the_next_page_with_markup_drawn_literally(
    tmp_path: Path,
) -> None:
    lines = [(f"<b>řádek</b> {n} &amp;", BODY) for n in range(120)]
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_base.render([TextBlock(lines)], "Long"))
    pages = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    printed = [page.split("\n") for page in pages if page.strip()]
    assert len(printed) > 1
    assert printed[0][0] == "<b>řádek</b> 0 &amp;"
    drawn = [line for page in printed for line in page if line]
    assert drawn == [text for text, _ in lines]  # each line once, in order, across the pages
