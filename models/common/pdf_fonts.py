"""The bundled DejaVu TTFs for PDFs: registered once a process, each letter subset embedded once.

A PDF embeds the glyphs it uses as a font subset: ReportLab cuts it from the TTF and deflates
it for every document, which was half the time of an invoice. A run of invoices uses the same
letters over and over, so the subset and its compressed stream are kept per set of letters and
reused: the document's bytes stay exactly what ReportLab writes.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, TTFontFace

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

SUBSETS_KEPT = 48  # letter sets per process (≈ 20 KB each): a seller's few buyers, languages


@lru_cache(maxsize=SUBSETS_KEPT)
def _compressed_subset(face: TTFontFace, subset: tuple[int, ...]) -> tuple[int, bytes]:
    """The subset font file's length and its deflated bytes (what ReportLab's filter makes)."""
    content = face.makeSubset(list(subset))
    return len(content), pdfdoc.PDFZCompress.encode(content)


class _SubsetKeepingFace(TTFontFace):
    """A TTF face that embeds a subset it made before as the same, already deflated, stream."""

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:  # noqa: N802
        if not doc.compression:
            return super().addSubsetObjects(doc, fontname, subset)
        length, deflated = _compressed_subset(self, tuple(subset))
        # ReportLab's own stream, as its FlateDecode filter would leave it: a stream whose
        # dictionary names its filter is written as it is.
        font_file = pdfdoc.PDFStream(
            pdfdoc.PDFDictionary(
                {"Length1": length, "Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])}
            ),
            deflated,
        )
        font_file_reference = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": self.ascent,
                "CapHeight": self.capHeight,
                "Descent": self.descent,
                "Flags": (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                "FontBBox": pdfdoc.PDFArray(self.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": self.italicAngle,
                "StemV": self.stemV,
                "FontFile2": font_file_reference,
                "MissingWidth": self.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


def _font(name: str) -> TTFont:
    font = TTFont(name, str(FONT_DIR / f"{name}.ttf"))
    # TTFont reads its face itself; the subclass adds behaviour only, so the face is kept.
    font.face.__class__ = _SubsetKeepingFace
    return font


@cache
def register_fonts() -> None:
    """Register the bundled TTFs once; ReportLab embeds the glyphs each document uses."""
    for name in (REGULAR, BOLD, MONO):
        pdfmetrics.registerFont(_font(name))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
