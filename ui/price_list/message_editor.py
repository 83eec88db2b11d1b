"""The message editor: characters, encoding, parts and room left; marks what forces Unicode."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from models.pricing.gsm_charset import BASIC, EXTENSION, replaceable, to_gsm
from models.pricing.sms import MessageAnalysis, analyze
from ui.common.formatting import WARNING_COLOR, count_text, warning_style


class UnicodeHighlighter(QSyntaxHighlighter):
    """Underlines, on a warm background, each character that GSM-7 cannot carry."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(255, 170, 60, 90))
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(WARNING_COLOR)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        position = 0  # in UTF-16 units, as Qt counts
        for char in text:
            width = 2 if ord(char) > 0xFFFF else 1
            if char not in BASIC and char not in EXTENSION:
                self.setFormat(position, width, self._format)
            position += width


class MessageEditor(QWidget):
    """Signals:
    changed(MessageAnalysis): the text changed; the analysis of the new text.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_parts = 6
        self.analysis: MessageAnalysis = analyze("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("messageEdit")
        self.edit.setPlaceholderText(self.tr("Type or paste the text of your message…"))
        self.edit.setTabChangesFocus(True)
        self._highlighter = UnicodeHighlighter(self.edit.document())
        layout.addWidget(self.edit, 1)

        self.stats = QLabel()
        self.stats.setObjectName("messageStats")
        self.stats.setWordWrap(True)
        layout.addWidget(self.stats)

        unicode_row = QHBoxLayout()
        self.unicode_note = QLabel()
        self.unicode_note.setObjectName("unicodeNote")
        self.unicode_note.setWordWrap(True)
        self.replace_button = QPushButton(self.tr("Replace with GSM characters"))
        self.replace_button.setObjectName("replaceUnicodeButton")
        self.replace_button.setToolTip(
            self.tr(
                "Replaces Czech diacritics, typographic quotes, dashes and the ellipsis, so "
                "that a part holds 160 characters instead of 70."
            )
        )
        self.replace_button.clicked.connect(self.replace_with_gsm)
        unicode_row.addWidget(self.unicode_note, 1)
        unicode_row.addWidget(self.replace_button)
        layout.addLayout(unicode_row)

        self.parts_warning = QLabel()
        self.parts_warning.setObjectName("partsWarning")
        self.parts_warning.setWordWrap(True)
        self.parts_warning.setStyleSheet(warning_style() + " font-weight: bold;")
        layout.addWidget(self.parts_warning)

        self.edit.textChanged.connect(self._update)
        self._update()

    def set_max_parts(self, max_parts: int) -> None:
        self._max_parts = max_parts
        self._update()

    def text(self) -> str:
        return self.edit.toPlainText()

    def replace_with_gsm(self) -> None:
        """Replace in one undoable step, keeping the cursor where it was."""
        cursor = self.edit.textCursor()
        position = cursor.position()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(to_gsm(self.text()))
        cursor.endEditBlock()
        cursor.setPosition(min(position, len(self.edit.toPlainText())))
        self.edit.setTextCursor(cursor)

    def _update(self) -> None:
        analysis = analyze(self.text())
        self.analysis = analysis
        if analysis.parts == 0:
            self.stats.setText(self.tr("0 characters · GSM-7 · up to 160 characters in one part"))
        else:
            self.stats.setText(
                self.tr(
                    "%1 characters · %2 · %Ln part(s) · %3 left in this part", "", analysis.parts
                )
                .replace("%1", count_text(analysis.characters))
                .replace("%2", analysis.encoding)
                .replace("%3", count_text(analysis.units_left))
            )
        if analysis.non_gsm:
            shown = " ".join(_visible(c) for c in analysis.non_gsm[:12])
            more = " …" if len(analysis.non_gsm) > 12 else ""
            self.unicode_note.setText(
                self.tr("Unicode (UCS-2), 70 characters per part, because of: %1").replace(
                    "%1", shown + more
                )
            )
        self.unicode_note.setVisible(bool(analysis.non_gsm))
        self.replace_button.setVisible(any(replaceable(c) for c in analysis.non_gsm))
        over = analysis.parts > self._max_parts
        self.parts_warning.setText(
            self.tr("%1 parts is more than the maximum of %2 set in Settings (messages.max_parts).")
            .replace("%1", str(analysis.parts))
            .replace("%2", str(self._max_parts))
            if over
            else ""
        )
        self.parts_warning.setVisible(over)
        self.changed.emit(analysis)


def _visible(char: str) -> str:
    """A character as a person can see it in a sentence (spaces and controls named)."""
    names = {
        "\u00a0": "NBSP",
        "\u202f": "NNBSP",
        "\u2009": "THIN SPACE",
        "\u200b": "ZWSP",
        "\t": "TAB",
    }
    return names.get(char, f"“{char}”")
