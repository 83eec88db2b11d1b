"""Price list page: prices per country and operator, the campaign cost calculator, Top up."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.page import EmptyState, Page
from ui.signals import AppSignals


class PriceListPage(Page):
    icon_name = "price-list"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.setObjectName("priceListPage")
        top_up = self.add_action_button(self.tr("Top up"), "top-up")
        top_up.setObjectName("topUpButton")
        top_up.clicked.connect(signals.top_up_requested)
        self.body.addWidget(
            EmptyState(
                self.icon_name,
                self.tr("No price list yet"),
                self.tr(
                    "Prices per country and operator, and the calculator that tells what a "
                    "campaign will cost, will appear here."
                ),
            )
        )

    def title(self) -> str:
        return self.tr("Price list")

    def explanation(self) -> str:
        return self.tr(
            "What one message part costs in each country, and what a campaign will cost."
        )
