"""How table columns look and sort: amounts right-aligned in monospace, the raw value a role away."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt

from ui.common.formatting import amount_font

__all__ = ["AMOUNT_ALIGNMENT", "RAW_ROLE", "SORT_ROLE", "TEXT_ALIGNMENT", "amount_font"]

AMOUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (numbers, ISO dates)
RAW_ROLE = Qt.ItemDataRole.UserRole + 2  # the unformatted value (micro-credits, counts) for copying


def credits_text(micro: int, locale: str) -> str:
    """Credits with four decimals, or up to six when the price has them (never rounded away)."""
    from models.common.money import format_credits

    decimals = 4
    while decimals < 6 and micro % 10 ** (6 - decimals):
        decimals += 1
    return format_credits(micro, locale, decimals)


def unit_money_text(micro: int, minor_per_credit: int, currency: str, locale: str) -> str:
    """What one part costs in the account currency, to four decimals (“0.0361 EUR”)."""
    from models.common.money import format_units
    from models.pricing.campaign_estimate import unit_price

    value = unit_price(micro, minor_per_credit, _decimals(currency))
    return f"{format_units(int(value.scaleb(4)), 4, locale)} {currency}"


@cache
def country_name(code: str, locale: str) -> str:
    """“CZ” → “Czechia”: Qt's own names in English (no start-up cost), Babel's in Czech."""
    if locale.startswith("cs"):
        from models.common import countries

        return countries.name(code, locale)
    from PySide6.QtCore import QLocale

    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        from models.common import countries

        return countries.name(code, locale)
    return QLocale.territoryToString(territory)


def _decimals(currency: str) -> int:
    """ISO 4217 minor-unit digits; the account currencies are known without loading Babel's
    data, which would cost the first paint of the price table some 50 ms."""
    known = {"EUR": 2, "CZK": 2}
    if currency in known:
        return known[currency]
    from models.common.money import currency_decimals

    return currency_decimals(currency)
