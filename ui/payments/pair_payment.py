"""Choose the pending payment that a waiting bank credit pays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.common.formatting import money_text
from models.payments import statement_import
from models.payments import top_ups as payments
from ui.common.form_parts import accept_cancel_buttons
from ui.common.formatting import language, local_date


class PairPaymentDialog(QDialog):
    def __init__(self, entry: statement_import.BankEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairPaymentDialog")
        self.setWindowTitle(self.tr("Pair with a payment"))
        self.chosen: payments.Payment | None = None
        lang = language()
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("Credit of %1 booked on %2 from %3. Which payment does it pay?")
            .replace("%1", money_text(entry.amount_minor, entry.currency, lang))
            .replace("%2", local_date(entry.booked_on))
            .replace("%3", entry.counterparty or self.tr("an unknown sender"))
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        self.list = QListWidget()
        self.list.setObjectName("candidatePayments")
        candidates = [
            p
            for p in payments.list_payments()
            if p.state in (payments.PENDING, payments.EXPIRED) and p.currency == entry.currency
        ]
        for payment in candidates:
            text = f"{payment.variable_symbol}  {money_text(payment.total_minor, payment.currency, lang)}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, payment)
        layout.addWidget(self.list)
        if not candidates:
            layout.addWidget(
                QLabel(self.tr("There is no pending payment in %1.").replace("%1", entry.currency))
            )
        note = QLabel(
            self.tr("Pairing confirms the payment: its credits are added to your balance.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(accept_cancel_buttons(self, self._accept, self.tr("Pair")))

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
