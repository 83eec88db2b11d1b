"""Billing information page: who the invoices are made out to."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.page import EmptyState, Page
from ui.signals import AppSignals


class BillingPage(Page):
    icon_name = "billing"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.setObjectName("billingPage")
        self.body.addWidget(
            EmptyState(
                self.icon_name,
                self.tr("No billing information yet"),
                self.tr(
                    "Fill in your billing information first if you want invoices generated "
                    "for you. The form will be here."
                ),
            )
        )

    def title(self) -> str:
        return self.tr("Billing information")

    def explanation(self) -> str:
        return self.tr("The name, address and tax IDs that your invoices are made out to.")
