"""Exact money: credits as integer micro-credits, currency amounts as integer minor units.

Decimal is used only here, to parse and format; nothing in the app stores a float.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from models.common.messages import UserError

MICRO = 1_000_000  # micro-credits per credit
CREDIT_DECIMALS = 6
INT64_MAX = 2**63 - 1

# Grouping characters people paste: space, no-break space, narrow no-break space, thin space.
_SPACES = " \u00a0\u202f\u2009"
_MINUS_SIGNS = "-\u2212\u2013"
_DIGITS = re.compile(r"[0-9]+")


class AmountError(UserError):
    """An amount the user typed cannot be used; str() is the message to show."""


def _separators(locale: str) -> tuple[str, str]:
    """(decimal separator, grouping separators) for a UI language."""
    if locale.startswith("cs"):
        return ",", _SPACES
    return ".", _SPACES + ","


def parse_decimal(
    text: str, decimals: int, locale: str = "en", allow_negative: bool = False
) -> Decimal:
    """Parse what a user typed into an exact Decimal with at most `decimals` places."""
    cleaned = text.strip()
    if not cleaned:
        raise AmountError("Enter an amount.")
    negative = cleaned[0] in _MINUS_SIGNS
    if negative:
        cleaned = cleaned[1:].lstrip()
    elif cleaned[0] == "+":
        cleaned = cleaned[1:].lstrip()
    decimal_mark, group_marks = _separators(locale)
    if locale.startswith("cs") and "," not in cleaned:
        decimal_mark = "."  # Czech users often type a decimal point
    whole, mark, fraction = cleaned.partition(decimal_mark)
    if mark and not fraction:
        raise AmountError(
            "“{value}” is not a number: digits must follow the separator.", value=text.strip()
        )
    groups = re.split(f"[{re.escape(group_marks)}]", whole)
    if not all(_DIGITS.fullmatch(g) for g in groups) or (
        fraction and not _DIGITS.fullmatch(fraction)
    ):
        raise AmountError("“{value}” is not a number.", value=text.strip())
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        raise AmountError("“{value}” has misplaced thousands separators.", value=text.strip())
    if len(fraction) > decimals:
        if decimals == 0:
            raise AmountError("“{value}” must be a whole number.", value=text.strip())
        raise AmountError(
            "“{value}” has more than {decimals} decimal places.",
            value=text.strip(),
            decimals=decimals,
        )
    value = Decimal("".join(groups) + ("." + fraction if fraction else ""))
    if negative and value:
        if not allow_negative:
            raise AmountError("The amount cannot be negative.")
        value = -value
    if abs(value.scaleb(decimals)) > INT64_MAX:
        raise AmountError("“{value}” is too large.", value=text.strip())
    return value


def to_units(value: Decimal, decimals: int) -> int:
    """An exact Decimal to integer units, rounding half up (used after VAT and conversions)."""
    units = int(value.scaleb(decimals).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if abs(units) > INT64_MAX:
        raise AmountError("The amount is too large.")
    return units


def from_units(units: int, decimals: int) -> Decimal:
    return Decimal(units).scaleb(-decimals)


# ISO 4217 digits of the account currencies, known without loading Babel's data (some 50 ms).
_KNOWN_DECIMALS = {"EUR": 2, "CZK": 2}


def currency_decimals(currency: str) -> int:
    """ISO 4217 minor-unit digits: 2 for EUR and CZK, 0 for JPY."""
    if currency in _KNOWN_DECIMALS:
        return _KNOWN_DECIMALS[currency]
    from babel.numbers import get_currency_precision  # babel loads slowly; not at start-up

    return int(get_currency_precision(currency))


def parse_credits(text: str, locale: str = "en", allow_negative: bool = False) -> int:
    """“1,234.5678” (en) or “1 234,5678” (cs) → micro-credits."""
    return to_units(parse_decimal(text, CREDIT_DECIMALS, locale, allow_negative), CREDIT_DECIMALS)


def parse_money(text: str, currency: str, locale: str = "en", allow_negative: bool = False) -> int:
    """“1 234,50” CZK → 123450 haléře; the decimals follow ISO 4217."""
    decimals = currency_decimals(currency)
    return to_units(parse_decimal(text, decimals, locale, allow_negative), decimals)


def format_units(units: int, decimals: int, locale: str = "en") -> str:
    """Minor units → a plain number with grouping, no currency sign; models/common/formatting.py
    builds every credit, money and count shown to a user on it."""
    return _group(from_units(units, decimals), decimals, locale)


def _group(value: Decimal, decimals: int, locale: str) -> str:
    """“-1234.5” → “-1,234.5000” (en) / “-1 234,5000” (cs, no-break space), exactly."""
    text = f"{abs(value):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    decimal_mark, group_mark = (",", "\u00a0") if locale.startswith("cs") else (".", ",")
    groups: list[str] = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    grouped = group_mark.join([whole, *groups])
    sign = "-" if value < 0 else ""
    return sign + grouped + (decimal_mark + fraction if fraction else "")


def unit_price(
    micro: int, minor_per_credit: int, currency_decimals: int, places: int = 4
) -> Decimal:
    """The price of one part in the currency's major units, to `places` decimals (half up)."""
    value = Decimal(micro) * minor_per_credit / MICRO / (Decimal(10) ** currency_decimals)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
