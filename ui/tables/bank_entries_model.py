"""Table model of bank credits that wait for pairing (partial, over or unmatched)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models import statement_import
from models.money import format_money
from ui.formatting import amount_font, language, local_date
from ui.tables.columns import AMOUNT_ALIGNMENT, RAW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class BankEntriesModel(QAbstractTableModel):
    BOOKED, AMOUNT, SYMBOL, COUNTERPARTY, MESSAGE, STATUS = range(6)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[statement_import.BankEntry] = []

    def set_rows(self, rows: list[statement_import.BankEntry]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entry(self, row: int) -> statement_import.BankEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Booked"),
                self.tr("Amount"),
                self.tr("Variable symbol"),
                self.tr("From"),
                self.tr("Message"),
                self.tr("Why it waits"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.AMOUNT:
            return AMOUNT_ALIGNMENT
        return None

    def status_text(self, status: str) -> str:
        return {
            statement_import.PARTIAL: self.tr("Less than the payment"),
            statement_import.OVER: self.tr("More than the payment"),
            statement_import.UNMATCHED: self.tr("No matching payment"),
        }.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                local_date(entry.booked_on),
                format_money(entry.amount_minor, entry.currency, language()),
                entry.variable_symbol or "",
                entry.counterparty,
                entry.remittance,
                self.status_text(entry.status),
            )[column]
        if role in (SORT_ROLE, RAW_ROLE):
            return (
                entry.booked_on,
                entry.amount_minor,
                entry.variable_symbol or "",
                entry.counterparty,
                entry.remittance,
                entry.status,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return AMOUNT_ALIGNMENT
        if role == Qt.ItemDataRole.FontRole and column in (self.AMOUNT, self.SYMBOL):
            return amount_font()
        return None
