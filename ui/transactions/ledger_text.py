"""How ledger values read in the GUI: kind names and the dates of a long table (cached)."""

from __future__ import annotations

from datetime import UTC
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from models.common import formatting
from models.ledger import entries as ledger
from ui.common.formatting import language, local_datetime


def kind_text(kind: str) -> str:
    """The translated name of a ledger entry kind."""
    names = {
        ledger.TOP_UP: QCoreApplication.translate("LedgerKinds", "Top-up"),
        ledger.MESSAGE_CHARGE: QCoreApplication.translate("LedgerKinds", "Message charge"),
        ledger.REFUND: QCoreApplication.translate("LedgerKinds", "Refund"),
        ledger.ADJUSTMENT: QCoreApplication.translate("LedgerKinds", "Adjustment"),
    }
    return names.get(kind, kind)


@lru_cache(maxsize=4096)
def date_text(created_at: str, _locale: str) -> str:
    return local_datetime(created_at)


def utc_text(created_at: str) -> str:
    """The stored moment in UTC, as the UI language writes a date and time."""
    return formatting.datetime_text(created_at, language(), UTC)
