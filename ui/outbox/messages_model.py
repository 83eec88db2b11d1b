"""Messages of the outbox as a table model that fetches them from the database page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from models.common.messages import CONTEXT
from models.outbox import queue as outbox
from models.outbox.queue import MessageRow
from ui.common.columns import (
    AMOUNT_ALIGNMENT,
    RAW_ROLE,
    TEXT_ALIGNMENT,
    amount_font,
    country_name,
    credits_text,
)
from ui.common.formatting import NEGATIVE_COLOR, language, local_datetime
from ui.common.paged_rows import KeysetPagedModel

CAMPAIGN, RECIPIENT, COUNTRY, PARTS, PRICE, QUEUED_AT, STATE = range(7)
COLUMNS = 7
Index = QModelIndex | QPersistentModelIndex


class OutboxMessagesModel(KeysetPagedModel[MessageRow]):
    """Messages in one state (None: any) of one campaign (None: all), a page at a time."""

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

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Campaign"),
                self.tr("Recipient"),
                self.tr("Country"),
                self.tr("Parts"),
                self.tr("Price (credits)"),
                self.tr("Queued at"),
                self.tr("State"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return AMOUNT_ALIGNMENT if section in (PARTS, PRICE) else TEXT_ALIGNMENT
        return None

    def state_text(self, state: str) -> str:
        return {
            outbox.QUEUED: self.tr("Waiting"),
            outbox.SENDING: self.tr("Sending"),
            outbox.SENT: self.tr("Sent"),
            outbox.FAILED: self.tr("Failed"),
            outbox.REMOVED: self.tr("Removed"),
        }.get(state, state)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return AMOUNT_ALIGNMENT if column in (PARTS, PRICE) else TEXT_ALIGNMENT
        if role == Qt.ItemDataRole.FontRole and column in (RECIPIENT, PARTS, PRICE):
            return amount_font()
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE and row.state == "failed":
            return NEGATIVE_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and row.error:
            # Stored as text: the app's own constant messages (dispatcher.INTERRUPTED) are
            # translated; a gateway's own words stay as they are.
            return QCoreApplication.translate(CONTEXT, row.error)
        if role == RAW_ROLE:
            return row.price if column == PRICE else self._display(row, column)
        return None

    def _display(self, row: MessageRow, column: int) -> str:
        if column == CAMPAIGN:
            return row.campaign
        if column == RECIPIENT:
            return row.number
        if column == COUNTRY:
            return country_name(row.country, language())
        if column == PARTS:
            return str(row.parts)
        if column == PRICE:
            return credits_text(row.price, language())
        if column == QUEUED_AT:
            return local_datetime(row.queued_at)
        return self.state_text(row.state)
