"""A campaign's cost per country and operator, as a table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models.common.money import format_units
from models.pricing.campaign_estimate import EstimateLine
from ui.common.columns import (
    AMOUNT_ALIGNMENT,
    RAW_ROLE,
    TEXT_ALIGNMENT,
    amount_font,
    country_name,
    credits_text,
)

COUNTRY, OPERATOR, RECIPIENTS, PARTS, PRICE, CREDITS = range(6)
Index = QModelIndex | QPersistentModelIndex


class BreakdownModel(QAbstractTableModel):
    def __init__(self, locale: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._lines: list[EstimateLine] = []

    def set_lines(self, lines: list[EstimateLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Country"),
                self.tr("Operator"),
                self.tr("Recipients"),
                self.tr("Parts"),
                self.tr("Credits per part"),
                self.tr("Credits"),
            ][section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return TEXT_ALIGNMENT if section in (COUNTRY, OPERATOR) else AMOUNT_ALIGNMENT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return TEXT_ALIGNMENT if column in (COUNTRY, OPERATOR) else AMOUNT_ALIGNMENT
        if role == Qt.ItemDataRole.FontRole and column not in (COUNTRY, OPERATOR):
            return amount_font()
        if role == RAW_ROLE:
            raw = [line.country, line.operator, line.recipients, line.parts, line.price]
            return [*raw, line.credits][column]
        return None

    def _display(self, line: EstimateLine, column: int) -> str:
        if column == COUNTRY:
            return country_name(line.country, self._locale)
        if column == OPERATOR:
            return line.operator or self.tr("Other networks")
        if column == RECIPIENTS:
            return format_units(line.recipients, 0, self._locale)
        if column == PARTS:
            return str(line.parts)
        if column == PRICE:
            return credits_text(line.price, self._locale)
        return credits_text(line.credits, self._locale)
