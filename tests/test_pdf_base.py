"""The shared PDF machinery: embedded font for Czech text, identical bytes, atomic writes."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from models.common import pdf_base
from models.common.messages import Message

BUYER = "Řeřicha &amp; &lt;Syn&gt; s.r.o."


def document() -> bytes:
    return pdf_base.render([Paragraph(BUYER, pdf_base.styles()["title"])], "Test")


def test_same_content_gives_the_same_bytes() -> None:
    assert document() == document()


def test_the_font_is_embedded() -> None:
    assert b"/FontFile2" in document()  # an embedded TrueType font program


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_czech_letters_come_out_as_text(tmp_path: Path) -> None:
    path = tmp_path / "czech.pdf"
    path.write_bytes(document())
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Řeřicha & <Syn> s.r.o." in text


def test_write_atomically_replaces_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    pdf_base.write_atomically(b"new", target)
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_unwritable_folder_is_reported(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(pdf_base.PdfWriteError, match="Cannot write"):
            pdf_base.write_atomically(b"x", tmp_path / "out.pdf")
    finally:
        tmp_path.chmod(0o700)


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(pdf_base.PdfWriteError, match="Cannot write into"):
        pdf_base.write_atomically(b"x", tmp_path / "missing" / "out.pdf")


def test_a_folder_in_the_way_is_reported(tmp_path: Path) -> None:
    (tmp_path / "out.pdf").mkdir()
    with pytest.raises(pdf_base.PdfWriteError, match="Cannot write"):
        pdf_base.write_atomically(b"x", tmp_path / "out.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_write_error_keeps_its_template_and_the_folder(tmp_path: Path) -> None:
    with pytest.raises(pdf_base.PdfWriteError) as raised:
        pdf_base.write_atomically(b"x", tmp_path / "missing" / "out.pdf")
    message = raised.value.args[0]
    assert isinstance(message, Message) and str(raised.value) == message
    assert message.template == "Cannot write into “{path}”: {reason}."
    assert message.values["path"] == str(tmp_path / "missing")
