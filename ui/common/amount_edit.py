"""An amount entry: accepts only what parses as an exact amount, shows its unit, says what is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from models.common.money import AmountError
from ui.common.formatting import amount_font
from ui.common.messages import translated


class AmountEdit(QWidget):
    """A line edit for an amount in `unit`, parsed by `parse` (text → integer units).

    Signals:
        value_edited(object): the user changed the text; the new value in units, or None.
    """

    value_edited = Signal(object)

    def __init__(
        self, unit: str, parse: Callable[[str], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setFont(amount_font())
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit = QLabel(unit)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.unit)
        self.error = ""
        self.line.textEdited.connect(self._edited)

    def set_unit(self, unit: str, parse: Callable[[str], int]) -> None:
        self.unit.setText(unit)
        self._parse = parse

    def value(self) -> int | None:
        """The amount in units, or None (with `error` saying why) when the text is not one."""
        try:
            parsed = self._parse(self.line.text())
        except AmountError as error:
            self.error = translated(error)
            return None
        self.error = ""
        return parsed

    def set_text(self, text: str) -> None:
        """Show an amount the program worked out; an error left from earlier text goes."""
        self.line.setText(text)
        self.value()

    def _edited(self, _text: str) -> None:
        self.value_edited.emit(self.value())
