"""The bundled DejaVu TTFs for PDFs: registered once a process, each letter subset made once.

A PDF embeds the glyphs it uses as a font subset: for every document ReportLab cuts the subset
from the TTF and deflates it, writes its glyph widths and deflates its map back to Unicode,
which together took more than half the time of an invoice. A run of invoices uses the same
letters over and over, so all of that is kept per set of letters and reused. The objects are
made in ReportLab's order with ReportLab's own formatting, so a document's bytes stay exactly
what ReportLab writes (tests/test_pdf_fonts.py compares them).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import (
    FF_NONSYMBOLIC,
    FF_SYMBOLIC,
    SUBSETN,
    TTFont,
    makeToUnicodeCMap,
)

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

SUBSETS_KEPT = 48  # letter sets per process (≈ 25 KB each): a seller's buyers, two languages


class _Formatted(pdfdoc.PDFObject):
    """A PDF value formatted before, written as it is."""

    def __init__(self, formatted: bytes) -> None:
        self.formatted = formatted

    def format(self, document: Any) -> bytes:
        return self.formatted


@dataclass(frozen=True)
class _Subset:
    """What a document embeds for one subset of a font, deflated and formatted as ReportLab
    would."""

    font_file: bytes  # the subset TTF, deflated
    font_file_length: int  # its length before
    to_unicode: bytes  # the ToUnicode CMap, deflated
    widths: bytes  # the /Widths array


def _deflated(content: bytes | str) -> bytes:
    return bytes(pdfdoc.PDFZCompress.encode(content))


@lru_cache(maxsize=SUBSETS_KEPT)
def _subset(font: TTFont, base_name: str, subset: tuple[int, ...]) -> _Subset:
    font_file = font.face.makeSubset(list(subset))
    widths = pdfdoc.PDFArray(list(map(font.face.getCharWidth, subset)))
    return _Subset(
        font_file=_deflated(font_file),
        font_file_length=len(font_file),
        to_unicode=_deflated(makeToUnicodeCMap(base_name, list(subset))),
        widths=widths.format(pdfdoc.DummyDoc()),  # numbers: nothing of the document in them
    )


def _deflated_stream(content: bytes, **entries: Any) -> pdfdoc.PDFStream:
    """A stream as ReportLab's FlateDecode filter leaves it: its dictionary names the filter,
    so it is written as it is."""
    entries["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    return pdfdoc.PDFStream(pdfdoc.PDFDictionary(entries), content)


class _SubsetKeepingFont(TTFont):
    """A TTF font whose subsets come from the kept ones (ReportLab's TTFont.addObjects and
    TTFontFace.addSubsetObjects, object for object)."""

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (ReportLab's name)
        if not doc.compression:
            super().addObjects(doc)
            return
        state = self.state.get(doc) or TTFont.State(self._asciiReadable)
        self.state[doc] = state
        state.frozen = 1
        face = self.face
        for number, letters in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(number, doc)[1:]
            prefixed = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX))
            base_name = prefixed.decode("pdfdoc")
            kept = _subset(self, base_name, tuple(letters))

            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {number}"
            font.Name = internal_name
            font.BaseFont = base_name
            font.FirstChar = 0
            font.LastChar = len(letters) - 1
            font.Widths = _Formatted(kept.widths)
            to_unicode = _deflated_stream(kept.to_unicode)
            font.ToUnicode = doc.Reference(to_unicode, "toUnicodeCMap:" + base_name)
            font_file = _deflated_stream(kept.font_file, Length1=kept.font_file_length)
            font_file_reference = doc.Reference(font_file, f"fontFile:{face.filename}({base_name})")
            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": face.ascent,
                    "CapHeight": face.capHeight,
                    "Descent": face.descent,
                    "Flags": (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
                    "FontBBox": pdfdoc.PDFArray(face.bbox),
                    "FontName": pdfdoc.PDFName(base_name),
                    "ItalicAngle": face.italicAngle,
                    "StemV": face.stemV,
                    "FontFile2": font_file_reference,
                    "MissingWidth": face.defaultWidth,
                }
            )
            font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base_name)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]


@cache
def register_fonts() -> None:
    """Register the bundled TTFs once; ReportLab embeds the glyphs each document uses."""
    for name in (REGULAR, BOLD, MONO):
        pdfmetrics.registerFont(_SubsetKeepingFont(name, str(FONT_DIR / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
