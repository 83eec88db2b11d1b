"""How values read in a language ("en" or "cs"): credits, money, counts, dates, times, countries.

The window, the PDFs and the command line all call these, so a value reads the same everywhere:

| value            | English              | Czech                  |
|------------------|----------------------|------------------------|
| credits          | 40 · 40.5 · 0.0724   | 40 · 40,5 · 0,0724     |
| credits, a unit  | 1 credit · 40 credits| 1 kredit · 2 kredity · 5 kreditů · 0,5 kreditu |
| money            | €1,210.00 · CZK 1,210.00 | 1 210,00 € · 1 210,00 Kč |
| count            | 12,345               | 12 345                 |
| date             | 30 Nov 2026          | 30. 11. 2026           |
| date and time    | 30 Nov 2026 09:05    | 30. 11. 2026 9:05      |

Credits show what is significant: no decimals for whole credits, up to six (a micro-credit) for
the rest, never rounded. Czech groups thousands, and joins an amount to its currency, with a
no-break space; English uses plain spaces, so the command line prints plain text.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import NamedTuple

from models.common import countries
from models.common.money import CREDIT_DECIMALS, MICRO, currency_decimals, format_units

# en_GB's abbreviations, as Qt's date fields write them in the English UI (“Sept”).
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")
# Signs written before the amount in English; any other currency is written as its code.
_ENGLISH_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£"}
_CZECH_SIGNS = {"CZK": "Kč", "EUR": "€", "USD": "$", "GBP": "£"}
NBSP = "\u00a0"

# Plural forms: English (one, other); Czech (one, few: 2–4, many: 0 and 5+, a decimal number).
ONE, FEW, MANY, FRACTION = range(4)
_CREDIT_WORDS = {"en": ("credit", "credits", "credits", "credits")}
_CREDIT_WORDS["cs"] = ("kredit", "kredity", "kreditů", "kreditu")


def _czech(language: str) -> bool:
    return language.startswith("cs")


def _code(language: str) -> str:
    return "cs" if _czech(language) else "en"


def plural_form(count: int, language: str = "en", *, fraction: bool = False) -> int:
    """Which form a counted word takes: ONE, FEW (Czech 2–4), MANY or FRACTION (Czech
    “2,5 litru”: a decimal number takes the genitive singular). English has ONE and MANY."""
    if fraction:
        return FRACTION if _czech(language) else MANY
    if abs(count) == 1:
        return ONE
    if _czech(language) and 2 <= abs(count) <= 4:
        return FEW
    return MANY


def counted(count: int, forms: tuple[str, str] | tuple[str, str, str], language: str = "en") -> str:
    """A count and its word: counted(2, ("part", "parts")) → “2 parts”; Czech takes three forms
    (1, 2–4, 5 and more): counted(3, ("díl", "díly", "dílů"), "cs") → “3 díly”."""
    form = plural_form(count, language)
    word = forms[min(form, len(forms) - 1)] if len(forms) == 3 else forms[0 if form == ONE else 1]
    return f"{count_text(count, language)} {word}"


def credits_text(micro: int, language: str = "en", *, signed: bool = False) -> str:
    """Credits as a number with the decimals that matter, never rounded: 40_000_000 → “40”,
    40_500_000 → “40.5”, 72_400 → “0.0724”, 1 → “0.000001”, 1_234_500_000 → “1 234,5” (cs);
    `signed` puts “+” before a positive amount."""
    decimals = CREDIT_DECIMALS
    while decimals and micro % 10 ** (CREDIT_DECIMALS - decimals + 1) == 0:
        decimals -= 1
    text = format_units(micro // 10 ** (CREDIT_DECIMALS - decimals), decimals, language)
    return f"+{text}" if signed and micro > 0 else text


def credits_with_unit(micro: int, language: str = "en", *, signed: bool = False) -> str:
    """Credits and the word: “1 credit”, “40 credits”, “0.5 credits”; Czech “1 kredit”,
    “2 kredity”, “5 kreditů”, “0,5 kreditu”."""
    fraction = micro % MICRO != 0
    form = plural_form(abs(micro) // MICRO, language, fraction=fraction)
    word = _CREDIT_WORDS[_code(language)][form]
    return f"{credits_text(micro, language, signed=signed)} {word}"


def currency_sign(currency: str, language: str = "en") -> str:
    """How the language writes a currency beside an amount: “€”, “CZK” (en) / “Kč” (cs)."""
    signs = _CZECH_SIGNS if _czech(language) else _ENGLISH_SIGNS
    return signs.get(currency, currency)


def money_text(units: int, currency: str, language: str = "en", decimals: int | None = None) -> str:
    """Minor units with the currency: “€1,234.50”, “CZK 1,210.00”, “-€0.01” (en) /
    “1 234,50 €”, “1 210,00 Kč” (cs). `decimals` when `units` are finer than the minor unit
    (a price per message part in ten-thousandths: “€0.0361”)."""
    number = amount_text(units, currency, language, decimals)
    sign = currency_sign(currency, language)
    if _czech(language):
        return f"{number}{NBSP}{sign}"
    minus, number = ("-", number[1:]) if number.startswith("-") else ("", number)
    return f"{minus}{sign}{number}" if currency in _ENGLISH_SIGNS else f"{minus}{sign} {number}"


def amount_text(
    units: int, currency: str, language: str = "en", decimals: int | None = None
) -> str:
    """Minor units as a number without the currency, for columns whose heading names it and for
    entry fields: 250_000 EUR → “2,500.00” (en) / “2 500,00” (cs)."""
    places = currency_decimals(currency) if decimals is None else decimals
    return format_units(units, places, language)


def count_text(count: int, language: str = "en") -> str:
    """A whole number with grouping: 12345 → “12,345” (en) / “12 345” (cs, no-break space)."""
    return format_units(count, 0, language)


def _day(day: date | str) -> date:
    return day if isinstance(day, date) else date.fromisoformat(day[:10])


def date_text(day: date | str, language: str = "en") -> str:
    """A day: 2026-11-30 → “30 Nov 2026” (en) / “30. 11. 2026” (cs); the same on pages and PDFs."""
    found = _day(day)
    if _czech(language):
        return f"{found.day}. {found.month}. {found.year}"
    return f"{found.day} {_MONTHS[found.month - 1]} {found.year}"


def time_text(moment: datetime, language: str = "en") -> str:
    """“09:05” (en) / “9:05” (cs: the hour without a leading zero, as Czech writes it)."""
    hour = f"{moment.hour}" if _czech(language) else f"{moment.hour:02d}"
    return f"{hour}:{moment.minute:02d}"


def datetime_text(moment: datetime | str, language: str = "en", zone: tzinfo | None = None) -> str:
    """A stored UTC moment in local time (`zone`, else the computer's):
    “2026-11-28T09:30:00.000000Z” → “28 Nov 2026 10:30” (en) / “28. 11. 2026 10:30” (cs)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    return f"{date_text(local.date(), language)} {time_text(local, language)}"


def country_name(code: str, language: str = "en") -> str:
    """“CZ” → “Czechia” (en) / “Česko” (cs); an unknown code is returned as it is."""
    return countries.name(code, language)


# -- values in messages: a Message shows them in its reader's language ----------------------------


# A NamedTuple, not a dataclass: defined on every start, at a sixth of a dataclass's cost.
class Credits(NamedTuple):
    """Micro-credits in a message: “40 credits” (en) / “40 kreditů” (cs)."""

    micro: int

    def shown(self, language: str) -> str:
        return credits_with_unit(self.micro, language)


class Money(NamedTuple):
    """An amount in a message: “CZK 100.00” (en) / “100,00 Kč” (cs)."""

    units: int
    currency: str

    def shown(self, language: str) -> str:
        return money_text(self.units, self.currency, language)


class Day(NamedTuple):
    """A date in a message: “30 Nov 2026” (en) / “30. 11. 2026” (cs)."""

    day: date

    def shown(self, language: str) -> str:
        return date_text(self.day, language)


class Count(NamedTuple):
    """A number of things in a message: “12,345” (en) / “12 345” (cs)."""

    number: int

    def shown(self, language: str) -> str:
        return count_text(self.number, language)
