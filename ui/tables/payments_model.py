"""Table model of top-up payments, over the rows the Payments page fetched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from models import payments
from models.money import format_credits, format_money
from ui.formatting import amount_font, language, local_datetime
from ui.tables.columns import AMOUNT_ALIGNMENT, RAW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class PaymentsModel(QAbstractTableModel):
    DATE, METHOD, AMOUNT, CREDITS, SYMBOL, STATE = range(6)
    AMOUNT_COLUMNS = (AMOUNT, CREDITS)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[payments.Payment] = []

    def set_rows(self, rows: list[payments.Payment]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def payment(self, row: int) -> payments.Payment:
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
                self.tr("Date"),
                self.tr("Method"),
                self.tr("Amount"),
                self.tr("Credits"),
                self.tr("Variable symbol"),
                self.tr("State"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.AMOUNT_COLUMNS:
            return AMOUNT_ALIGNMENT
        return None

    def method_text(self, method: str) -> str:
        return (
            self.tr("Bank transfer")
            if method == payments.BANK_TRANSFER
            else self.tr("Received by hand")
        )

    def state_text(self, state: str) -> str:
        return {
            payments.PENDING: self.tr("Pending"),
            payments.PAID: self.tr("Paid"),
            payments.CANCELLED: self.tr("Cancelled"),
            payments.EXPIRED: self.tr("Expired"),
        }[state]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        payment = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return local_datetime(payment.created_at)
            if column == self.METHOD:
                return self.method_text(payment.method)
            if column == self.AMOUNT:
                return format_money(payment.total_minor, payment.currency, language())
            if column == self.CREDITS:
                return format_credits(payment.credits, language())
            if column == self.SYMBOL:
                return payment.variable_symbol
            return self.state_text(payment.state)
        if role in (SORT_ROLE, RAW_ROLE):
            return (
                payment.created_at,
                payment.method,
                payment.total_minor,
                payment.credits,
                payment.variable_symbol,
                payment.state,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.AMOUNT_COLUMNS:
            return AMOUNT_ALIGNMENT
        if role == Qt.ItemDataRole.FontRole and column in (*self.AMOUNT_COLUMNS, self.SYMBOL):
            return amount_font()
        if role == Qt.ItemDataRole.ForegroundRole and payment.state in (
            payments.CANCELLED,
            payments.EXPIRED,
        ):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ToolTipRole and payment.note:
            return payment.note
        return None
