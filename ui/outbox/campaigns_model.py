"""Table model of campaigns with their messages counted by state and the credits they cost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from models.outbox import queue as outbox
from ui.common.formatting import count_text, credits_text, local_datetime
from ui.common.rows_model import RowsTableModel


def one_line(text: str) -> str:
    """A message's text on one line (its line breaks shown as ↵), for a table cell."""
    return " ↵ ".join(line.strip() for line in text.splitlines()) if "\n" in text else text


class CampaignsModel(RowsTableModel[outbox.CampaignStats]):
    NAME, SENDER, TEXT, CREATED, WAITING, SENT, FAILED, REMOVED, SPENT = range(9)
    AMOUNT_COLUMNS = (WAITING, SENT, FAILED, REMOVED, SPENT)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Campaign"),
            self.tr("Sender"),
            self.tr("Message"),
            self.tr("Created"),
            self.tr("Waiting"),
            self.tr("Sent"),
            self.tr("Failed"),
            self.tr("Removed"),
            self.tr("Credits spent"),
        )

    def campaign(self, row: int) -> outbox.CampaignStats:
        return self.row(row)

    def find(self, campaign_id: int | None) -> outbox.CampaignStats | None:
        return next((c for c in self._rows if c.id == campaign_id), None)

    def _waiting(self, campaign: outbox.CampaignStats) -> int:
        return campaign.count(outbox.QUEUED) + campaign.count(outbox.SENDING)

    def display(self, campaign: outbox.CampaignStats, column: int) -> str:
        if column == self.NAME:
            return campaign.name
        if column == self.SENDER:
            return campaign.sender or self.tr("the gateway's number")
        if column == self.TEXT:
            return one_line(campaign.text)  # the view elides it; the tooltip has it whole
        if column == self.CREATED:
            return local_datetime(campaign.created_at)
        if column == self.SPENT:
            return credits_text(campaign.spent)
        value = self.key(campaign, column)
        return count_text(value) if isinstance(value, int) else str(value)

    def key(self, campaign: outbox.CampaignStats, column: int) -> object:
        return (
            campaign.name,
            campaign.sender,
            campaign.text,
            campaign.created_at,
            self._waiting(campaign),
            campaign.count(outbox.SENT),
            campaign.count(outbox.FAILED),
            campaign.count(outbox.REMOVED),
            campaign.spent,
        )[column]

    def extra(self, campaign: outbox.CampaignStats, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.SENDER, self.TEXT):
            sender = campaign.sender or self.tr("the gateway's number")
            return (
                self.tr("%1\n\nSender: %2 · %Ln part(s) per message", "", campaign.parts)
                .replace("%1", campaign.text)
                .replace("%2", sender)
            )
        return None
