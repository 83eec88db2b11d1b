"""Invoices page: proformas, tax invoices and credit notes as PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.page import EmptyState, Page
from ui.signals import AppSignals


class InvoicesPage(Page):
    icon_name = "invoices"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.setObjectName("invoicesPage")
        self.body.addWidget(
            EmptyState(
                self.icon_name,
                self.tr("No invoices yet"),
                self.tr(
                    "Invoices for your top-ups will appear here once your billing information "
                    "is filled in."
                ),
            )
        )

    def title(self) -> str:
        return self.tr("Invoices")

    def explanation(self) -> str:
        return self.tr("Tax documents for your payments, ready to hand to your accountant.")
