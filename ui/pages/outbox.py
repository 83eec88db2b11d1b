"""Outbox page: messages waiting for credit, and Remove outbox."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.page import EmptyState, Page
from ui.signals import AppSignals


class OutboxPage(Page):
    icon_name = "outbox"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.setObjectName("outboxPage")
        remove = self.add_action_button(self.tr("Remove outbox"))
        remove.setObjectName("removeOutboxButton")
        remove.setEnabled(False)
        remove.setToolTip(self.tr("The outbox is empty."))
        self.body.addWidget(
            EmptyState(
                self.icon_name,
                self.tr("The outbox is empty"),
                self.tr(
                    "Messages that wait for credit during a campaign will wait here until you "
                    "top up or remove them."
                ),
            )
        )

    def title(self) -> str:
        return self.tr("Outbox")

    def explanation(self) -> str:
        return self.tr("Messages waiting to be sent.")
