"""How amount columns look: right-aligned, monospace, the raw number a role away."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase

AMOUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RAW_ROLE = Qt.ItemDataRole.UserRole  # the unformatted value (micro-credits, counts) for copying


@cache
def amount_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def credits_text(micro: int, locale: str) -> str:
    """Credits with four decimals, or up to six when the price has them (never rounded away)."""
    from models.money import format_credits

    decimals = 4
    while decimals < 6 and micro % 10 ** (6 - decimals):
        decimals += 1
    return format_credits(micro, locale, decimals)


def unit_money_text(micro: int, minor_per_credit: int, currency: str, locale: str) -> str:
    """What one part costs in the account currency, to four decimals (“0.0361 EUR”)."""
    from models.campaign_estimate import unit_price
    from models.money import currency_decimals, format_units

    value = unit_price(micro, minor_per_credit, currency_decimals(currency))
    return f"{format_units(int(value.scaleb(4)), 4, locale)} {currency}"
