"""How values read in a language ("en" or "cs"): credits, money, counts, dates, times, countries.

The window, the PDFs and the command line all call these, so a value reads the same everywhere.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from functools import cache

from models.common import countries
from models.common.money import (
    CREDIT_DECIMALS,
    CREDIT_DISPLAY_DECIMALS,
    currency_decimals,
    format_credits,
    format_money,
    format_units,
)


def _czech(language: str) -> bool:
    return language.startswith("cs")


def credits_text(micro: int, language: str = "en", *, signed: bool = False) -> str:
    """Credits with four decimals, or up to six when the amount has them (never rounded away):
    12_345_678 → “12.345678” (en) / “12,345678” (cs); `signed` puts “+” before a positive one."""
    decimals = CREDIT_DISPLAY_DECIMALS
    while decimals < CREDIT_DECIMALS and micro % 10 ** (CREDIT_DECIMALS - decimals):
        decimals += 1
    text = format_credits(micro, language, decimals)
    return f"+{text}" if signed and micro > 0 else text


def money_text(units: int, currency: str, language: str = "en") -> str:
    """Minor units with the currency's sign: “€1,234.50” (en) / “1 234,50 €” (cs)."""
    return format_money(units, currency, language)


def amount_text(units: int, currency: str, language: str = "en") -> str:
    """Minor units as a number without the currency, for columns whose heading names it."""
    return format_units(units, currency_decimals(currency), language)


def count_text(count: int, language: str = "en") -> str:
    """A whole number with grouping: 12345 → “12,345” (en) / “12 345” (cs, no-break space)."""
    return format_units(count, 0, language)


def _day(day: date | str) -> date:
    return day if isinstance(day, date) else date.fromisoformat(day)


def date_text(day: date | str, language: str = "en") -> str:
    """A day in numbers: 2026-03-05 → “05/03/2026” (en) / “05.03.2026” (cs)."""
    return _day(day).strftime("%d.%m.%Y" if _czech(language) else "%d/%m/%Y")


def datetime_text(moment: datetime | str, language: str = "en", zone: tzinfo | None = None) -> str:
    """A stored UTC moment in local time (`zone`, else the computer's):
    “2026-11-28T09:30:00.000000Z” → “28/11/2026 10:30” (en) / “28.11.2026 10:30” (cs).
    Czech writes the hour without a leading zero (“9:30”), as its own short format does."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    time = f"{local.hour}:{local.minute:02d}" if _czech(language) else local.strftime("%H:%M")
    return f"{date_text(local.date(), language)} {time}"


@cache
def document_date_text(day: date | str, language: str = "en") -> str:
    """A day written out, as invoices print it: “5 Mar 2026” (en) / “5. 3. 2026” (cs)."""
    from babel.dates import format_date  # babel loads slowly; not at start-up

    return str(format_date(_day(day), "medium", locale="cs_CZ" if _czech(language) else "en_GB"))


def country_name(code: str, language: str = "en") -> str:
    """“CZ” → “Czechia” (en) / “Česko” (cs); an unknown code is returned as it is."""
    return countries.name(code, language)
