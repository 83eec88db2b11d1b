"""Plain-text PDF flowables: lines drawn as they are, wrapped by width, never parsed as markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

TextLine = tuple[str, ParagraphStyle]  # the text and the style it is drawn in


def wrap_text(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """The text broken into lines no wider than `width`: at spaces, inside a word only if it
    must (a long e-mail address), and at every newline."""
    lines: list[str] = []
    for line in simpleSplit(text, style.fontName, style.fontSize, width):
        while stringWidth(line, style.fontName, style.fontSize) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], style.fontName, style.fontSize) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines or [""]


class TextBlock(Flowable):
    """Lines of plain text, each in its own style (font, size, leading, indent, alignment).

    Far cheaper to lay out than a Paragraph, which parses markup, and user text in it can never
    become markup. An empty text is a blank line as high as its style's leading. The block
    splits between lines at a page break.
    """

    def __init__(self, lines: Sequence[TextLine]) -> None:
        super().__init__()
        self.lines = list(lines)
        self.wrapped: list[TextLine] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.wrapped = [
            (part, style)
            for text, style in self.lines
            for part in wrap_text(text, style, availWidth - style.leftIndent - style.rightIndent)
        ]
        self.width = availWidth
        self.height = sum(style.leading for _, style in self.wrapped)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        used = 0.0
        for index, (_, style) in enumerate(self.wrapped):
            used += style.leading
            if used > availHeight:
                return (
                    [TextBlock(self.wrapped[:index]), TextBlock(self.wrapped[index:])]
                    if index
                    else []
                )
        return [self]

    def draw(self) -> None:
        canvas: Any = self.canv
        top = self.height
        for text, style in self.wrapped:
            baseline = top - style.fontSize
            top -= style.leading
            if not text:
                continue
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            if style.alignment == TA_RIGHT:
                canvas.drawRightString(self.width - style.rightIndent, baseline, text)
            elif style.alignment == TA_CENTER:
                middle = (style.leftIndent + self.width - style.rightIndent) / 2
                canvas.drawCentredString(middle, baseline, text)
            else:
                canvas.drawString(style.leftIndent, baseline, text)
