"""Table model of top-up payments, over the rows the Payments page fetched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from models.payments import top_ups as payments
from ui.common.formatting import credits_text, local_datetime, money_text
from ui.common.rows_model import RowsTableModel


class PaymentsModel(RowsTableModel[payments.Payment]):
    DATE, METHOD, AMOUNT, CREDITS, SYMBOL, STATE = range(6)
    AMOUNT_COLUMNS = (AMOUNT, CREDITS)
    MONOSPACE_COLUMNS = (AMOUNT, CREDITS, SYMBOL)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Method"),
            self.tr("Amount"),
            self.tr("Credits"),
            self.tr("Variable symbol"),
            self.tr("State"),
        )

    def payment(self, row: int) -> payments.Payment:
        return self.row(row)

    def method_text(self, method: str) -> str:
        if method == payments.BANK_TRANSFER:
            return self.tr("Bank transfer")
        return self.tr("Received by hand")

    def state_text(self, state: str) -> str:
        return {
            payments.PENDING: self.tr("Pending"),
            payments.PAID: self.tr("Paid"),
            payments.CANCELLED: self.tr("Cancelled"),
            payments.EXPIRED: self.tr("Expired"),
        }[state]

    def display(self, payment: payments.Payment, column: int) -> str:
        return (
            local_datetime(payment.created_at),
            self.method_text(payment.method),
            money_text(payment.total_minor, payment.currency),
            credits_text(payment.credits),
            payment.variable_symbol,
            self.state_text(payment.state),
        )[column]

    def key(self, payment: payments.Payment, column: int) -> object:
        return (
            payment.created_at,
            payment.method,
            payment.total_minor,
            payment.credits,
            payment.variable_symbol,
            payment.state,
        )[column]

    def extra(self, payment: payments.Payment, column: int, role: int) -> Any:
        closed = payment.state in (payments.CANCELLED, payments.EXPIRED)
        if role == Qt.ItemDataRole.ForegroundRole and closed:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ToolTipRole and payment.note:
            return payment.note
        return None
