"""Messages of the outbox as a table model that fetches them from the database page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from models.common.messages import CONTEXT
from models.outbox import queue as outbox
from models.outbox.queue import MessageRow
from ui.common.formatting import country_name, credits_text, local_datetime, negative_color
from ui.common.paged_rows import KeysetPagedModel
from ui.outbox.campaigns_model import one_line

CAMPAIGN, RECIPIENT, COUNTRY, PARTS, PRICE, QUEUED_AT, STATE, SENDER, TEXT = range(9)


class OutboxMessagesModel(KeysetPagedModel[MessageRow]):
    """Messages in one state (None: any) of one campaign (None: all), a page at a time."""

    AMOUNT_COLUMNS = (PARTS, PRICE)
    MONOSPACE_COLUMNS = (RECIPIENT, PARTS, PRICE)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._state: str | None = outbox.QUEUED
        self._campaign: int | None = None

    def reload(self, state: str | None = outbox.QUEUED, campaign_id: int | None = None) -> None:
        self._state, self._campaign = state, campaign_id
        self.load_first_page()

    def fetch_page(self, after: MessageRow | None) -> list[MessageRow]:
        last_id = 0 if after is None else after.id
        return outbox.messages_page(self._state, self._campaign, last_id, self.PAGE)

    def message(self, row: int) -> MessageRow:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Campaign"),
            self.tr("Recipient"),
            self.tr("Country"),
            self.tr("Parts"),
            self.tr("Price (credits)"),
            self.tr("Queued at"),
            self.tr("State"),
            self.tr("Sender"),
            self.tr("Message"),
        )

    def state_text(self, state: str) -> str:
        return {
            outbox.QUEUED: self.tr("Waiting"),
            outbox.SENDING: self.tr("Sending"),
            outbox.SENT: self.tr("Sent"),
            outbox.FAILED: self.tr("Failed"),
            outbox.REMOVED: self.tr("Removed"),
        }.get(state, state)

    def key(self, row: MessageRow, column: int) -> object:
        return row.price if column == PRICE else self.display(row, column)

    def extra(self, row: MessageRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE and row.state == "failed":
            return negative_color()
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and row.error:
            # Stored as text: the app's own constant messages (dispatcher.INTERRUPTED) are
            # translated; a gateway's own words stay as they are.
            return QCoreApplication.translate(CONTEXT, row.error)
        if role == Qt.ItemDataRole.ToolTipRole and column in (CAMPAIGN, TEXT):
            return row.text  # whole, with its line breaks
        return None

    def display(self, row: MessageRow, column: int) -> str:
        if column == CAMPAIGN:
            return row.campaign
        if column == RECIPIENT:
            return row.number
        if column == COUNTRY:
            return country_name(row.country)
        if column == PARTS:
            return str(row.parts)
        if column == PRICE:
            return credits_text(row.price)
        if column == QUEUED_AT:
            return local_datetime(row.queued_at)
        if column == SENDER:
            return row.sender or self.tr("the gateway's number")
        if column == TEXT:
            return one_line(row.text)
        return self.state_text(row.state)
