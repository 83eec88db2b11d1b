"""Transactions page: every ledger entry, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.page import EmptyState, Page
from ui.signals import AppSignals


class TransactionsPage(Page):
    icon_name = "transactions"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.setObjectName("transactionsPage")
        self.body.addWidget(
            EmptyState(
                self.icon_name,
                self.tr("No transactions yet"),
                self.tr(
                    "Every change of your credit balance will be listed here: top-ups in, "
                    "messages out."
                ),
            )
        )

    def title(self) -> str:
        return self.tr("Transactions")

    def explanation(self) -> str:
        return self.tr("Where your credits came from and where they went.")
