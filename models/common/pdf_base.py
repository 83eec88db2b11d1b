"""The shared PDF machinery: embedded DejaVu fonts, styles built once, A4 pages, exact bytes.

Invoices and ledger statements are rendered with it; every document embeds its font (Czech
letters render) and comes out byte-identical for the same content (ReportLab's invariant mode).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from models.common import atomic_files
from models.common.messages import Message
from models.common.pdf_fonts import BOLD as BOLD
from models.common.pdf_fonts import MONO as MONO
from models.common.pdf_fonts import REGULAR as REGULAR
from models.common.pdf_fonts import register_fonts as register_fonts

PAGE_SIZE = A4
MARGIN = 18 * mm
FRAME_PADDING = 6  # points; ReportLab's frame keeps this inside the margins on every side
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 2 * FRAME_PADDING  # what a flowable may fill

rl_config.useA85 = 0  # streams stay binary: a fifth smaller than ASCII85, and quicker to write

PageCallback = Callable[[Any, Any], None]  # (canvas, document)
PageFooter = Callable[[int, int], str]  # (page number, page count) → text, e.g. "Page 2 of 9"


class PdfWriteError(OSError):
    """A PDF could not be written where asked; str() is the message to show."""


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles, built once."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    return {
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "label": ParagraphStyle("label", parent=body, fontSize=7.5),
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "body_spaced": ParagraphStyle("body_spaced", parent=body, spaceBefore=6),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=10, leading=13),
        "title_right_half": ParagraphStyle(
            "title_right_half",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            leftIndent=CONTENT_WIDTH * 0.45,
        ),
        "heading_right_half": ParagraphStyle(
            "heading_right_half",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            leftIndent=CONTENT_WIDTH * 0.45,
        ),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "bold_right": ParagraphStyle("bold_right", parent=body, fontName=BOLD, alignment=TA_RIGHT),
        "bold_right_large": ParagraphStyle(
            "bold_right_large",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            alignment=TA_RIGHT,
        ),
        "small_right": ParagraphStyle(
            "small_right", parent=body, fontSize=7.5, leading=9.5, alignment=TA_RIGHT
        ),
        "small_center": ParagraphStyle(
            "small_center", parent=body, fontSize=7, leading=9, alignment=TA_CENTER
        ),
    }


def _numbered_canvas(footer: PageFooter) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each can say how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self.saveState()
                self.setFont(REGULAR, 7.5)
                self.drawRightString(PAGE_SIZE[0] - MARGIN, MARGIN, footer(number, count))
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def render(
    flowables: Sequence[Flowable],
    title: str,
    on_page: PageCallback | None = None,
    author: str = "Credit Desk",
    page_footer: PageFooter | None = None,
) -> bytes:
    """Lay out the flowables on A4 pages and return the PDF's bytes, the same for the same input.

    `page_footer(number, count)` gives a text drawn at the bottom right of every page once the
    page count is known (e.g. "Page 2 of 9"); `on_page` draws anything else on each page.
    """
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=title,
        author=author,
        creator="Credit Desk",
        invariant=1,  # no creation date or random ID: same content, same bytes
        initialFontName=REGULAR,  # else every page names Helvetica, a font it does not embed
        initialFontSize=9,
    )
    callback = on_page or (lambda canvas, doc: None)
    canvasmaker = _numbered_canvas(page_footer) if page_footer else Canvas
    document.build(
        list(flowables), onFirstPage=callback, onLaterPages=callback, canvasmaker=canvasmaker
    )
    return buffer.getvalue()


def write_atomically(data: bytes, target: Path) -> Path:
    """Write to a temporary file beside the target, then rename it into place (the umask applies)."""
    temporary = atomic_files.temporary_beside(target)
    try:
        stream = atomic_files.create_new(temporary)
    except OSError as error:
        raise PdfWriteError(
            Message(
                "Cannot write into “{path}”: {reason}.",
                path=str(target.parent),
                reason=error.strerror,
            )
        ) from error
    try:
        with atomic_files.replacing(target, temporary):
            with stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
    except OSError as error:
        raise PdfWriteError(
            Message("Cannot write “{path}”: {reason}.", path=str(target), reason=error.strerror)
        ) from error
    return target
