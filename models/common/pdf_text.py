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
        self.width, self.height = -1.0, 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self.width:  # tables and frames ask more than once
            return self.width, self.height
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


class LabelValues(Flowable):
    """Rows of a label and, beside it from `label_width` on, its value; long values wrap.

    What a two-column table of strings shows, without a table's per-cell layout work.
    """

    def __init__(
        self,
        rows: Sequence[tuple[str, str]],
        label_width: float,
        label_style: ParagraphStyle,
        value_style: ParagraphStyle,
        padding: float = 1,
        gap: float = 6,
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.label_width = label_width
        self.styles = label_style, value_style
        self.padding = padding  # above and below each row
        self.gap = gap  # at least this much room between a label and its value
        self.laid: list[tuple[list[str], list[str]]] = []
        self.width, self.height = -1.0, 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth != self.width:
            label_style, value_style = self.styles
            self.laid = [
                (
                    wrap_text(label, label_style, self.label_width - self.gap),
                    wrap_text(value, value_style, availWidth - self.label_width),
                )
                for label, value in self.rows
            ]
            self.width = availWidth
            self.height = sum(self._row_height(labels, values) for labels, values in self.laid)
        return self.width, self.height

    def _row_height(self, labels: list[str], values: list[str]) -> float:
        label_style, value_style = self.styles
        lines = max(len(labels) * label_style.leading, len(values) * value_style.leading)
        return float(lines + 2 * self.padding)

    def draw(self) -> None:
        canvas: Any = self.canv
        top = self.height
        for labels, values in self.laid:
            for x, lines, style in (
                (0.0, labels, self.styles[0]),
                (self.label_width, values, self.styles[1]),
            ):
                canvas.setFont(style.fontName, style.fontSize)
                canvas.setFillColor(style.textColor)
                baseline = top - self.padding - style.fontSize
                for line in lines:
                    canvas.drawString(x, baseline, line)
                    baseline -= style.leading
            top -= self._row_height(labels, values)
