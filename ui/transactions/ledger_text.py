"""How ledger values read in the GUI: kind names, credit amounts, the red of negatives, dates."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from models.common.money import CREDIT_DECIMALS, CREDIT_DISPLAY_DECIMALS, format_credits
from models.ledger import entries as ledger
from ui.common.formatting import NEGATIVE_COLOR, language, local_datetime


def kind_text(kind: str) -> str:
    """The translated name of a ledger entry kind."""
    names = {
        ledger.TOP_UP: QCoreApplication.translate("LedgerKinds", "Top-up"),
        ledger.MESSAGE_CHARGE: QCoreApplication.translate("LedgerKinds", "Message charge"),
        ledger.REFUND: QCoreApplication.translate("LedgerKinds", "Refund"),
        ledger.ADJUSTMENT: QCoreApplication.translate("LedgerKinds", "Adjustment"),
    }
    return names.get(kind, kind)


def credits_text(micro: int, signed: bool = False) -> str:
    """Credits with four decimals, or up to six when the amount has them (never rounded away)."""
    decimals = CREDIT_DISPLAY_DECIMALS
    while decimals < CREDIT_DECIMALS and micro % 10 ** (CREDIT_DECIMALS - decimals):
        decimals += 1
    text = format_credits(micro, language(), decimals)
    return f"+{text}" if signed and micro > 0 else text


def negative_color() -> QColor:
    """Red for negative amounts, lightened on a dark background so it stays readable."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor("#ff8787") if base.lightness() < 128 else NEGATIVE_COLOR


@lru_cache(maxsize=4096)
def date_text(created_at: str, _locale: str) -> str:
    return local_datetime(created_at)
