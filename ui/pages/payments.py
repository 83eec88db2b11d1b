"""Payments page: top-ups and their state; Top up and bank statement import."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.page import EmptyState, Page
from ui.signals import AppSignals


class PaymentsPage(Page):
    icon_name = "payments"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.setObjectName("paymentsPage")
        top_up = self.add_action_button(self.tr("Top up"), "top-up")
        top_up.setObjectName("topUpButton")
        top_up.clicked.connect(signals.top_up_requested)
        empty = EmptyState(
            self.icon_name,
            self.tr("No payments yet"),
            self.tr(
                "Every top-up you make appears here with its state: pending until the money "
                "arrives, then paid."
            ),
            self.tr("Top up"),
        )
        assert empty.action_button is not None
        empty.action_button.clicked.connect(signals.top_up_requested)
        self.body.addWidget(empty)

    def title(self) -> str:
        return self.tr("Payments")

    def explanation(self) -> str:
        return self.tr("Top-ups paid by bank transfer or recorded by hand.")
