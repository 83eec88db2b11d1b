"""What a campaign costs: each recipient priced by its operator's prefix, totals in credits and money."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from models import price_list, settings
from models.db import database
from models.money import MICRO, to_units
from models.price_list import PriceRow
from models.progress import CancelCheck, check, never_cancelled
from models.recipients import Recipient, RecipientList


class PrefixIndex:
    """Longest-prefix lookup over a price list: a dict of prefixes tried from the longest length
    present down, then the country's fallback price."""

    def __init__(self, rows: Iterable[PriceRow]) -> None:
        self._prefixes: dict[str, PriceRow] = {}
        self._countries: dict[str, PriceRow] = {}
        for row in rows:
            if row.prefix:
                self._prefixes[row.prefix] = row
            else:
                self._countries[row.country] = row
        self._lengths = sorted({len(prefix) for prefix in self._prefixes}, reverse=True)

    def price_for(self, e164: str, region: str) -> PriceRow | None:
        """The price row for a number (“+420601123456”) of `region`, or None if unpriced."""
        digits = e164[1:]
        prefixes = self._prefixes
        for size in self._lengths:
            if size <= len(digits):
                row = prefixes.get(digits[:size])
                if row is not None:
                    return row
        return self._countries.get(region)

    def __len__(self) -> int:
        return len(self._prefixes) + len(self._countries)


_index_cache: dict[tuple[int, int, str], PrefixIndex] = {}


def load_index() -> PrefixIndex:
    """The index of the price list in force (the sample on first use), built once per list."""
    info = price_list.ensure_loaded()
    key = (id(database.obj), info.id, info.imported_at.isoformat())
    if key not in _index_cache:
        _index_cache.clear()
        _index_cache[key] = PrefixIndex(price_list.all_rows())
    return _index_cache[key]


@dataclass(frozen=True)
class PricedGroup:
    country: str
    operator: str  # "" = the country's price for other networks
    price: int  # micro-credits per part
    recipients: int


@dataclass(frozen=True)
class PricedRecipients:
    """Valid recipients grouped by what one part costs them; the message's parts come later."""

    groups: tuple[PricedGroup, ...]
    unpriced: tuple[Recipient, ...]  # valid numbers in a country the price list does not cover
    recipients: RecipientList

    @property
    def priced_count(self) -> int:
        return sum(group.recipients for group in self.groups)


def price_recipients(
    recipients: RecipientList, index: PrefixIndex, cancelled: CancelCheck = never_cancelled
) -> PricedRecipients:
    counts: dict[tuple[str, str, int], int] = {}
    unpriced: list[Recipient] = []
    price_for = index.price_for
    for position, recipient in enumerate(recipients.valid):
        if position % 10_000 == 0:
            check(cancelled)
        row = price_for(recipient.e164, recipient.region)
        if row is None:
            unpriced.append(recipient)
            continue
        key = (row.country, row.operator, row.price)
        counts[key] = counts.get(key, 0) + 1
    groups = tuple(
        PricedGroup(country, operator, price, count)
        for (country, operator, price), count in sorted(counts.items())
    )
    return PricedRecipients(groups, tuple(unpriced), recipients)


@dataclass(frozen=True)
class EstimateLine:
    country: str
    operator: str
    recipients: int
    parts: int
    price: int  # micro-credits per part
    credits: int  # micro-credits: recipients × parts × price


@dataclass(frozen=True)
class Estimate:
    lines: tuple[EstimateLine, ...]
    parts: int
    recipients: int
    total: int  # micro-credits

    def missing(self, balance: int) -> int:
        """Micro-credits to top up before the campaign can be sent whole."""
        return max(0, self.total - balance)


def estimate(priced: PricedRecipients, parts: int) -> Estimate:
    """The cost of sending a message of `parts` parts to every priced recipient."""
    lines = tuple(
        EstimateLine(
            group.country,
            group.operator,
            group.recipients,
            parts,
            group.price,
            group.recipients * parts * group.price,
        )
        for group in priced.groups
    )
    return Estimate(lines, parts, priced.priced_count, sum(line.credits for line in lines))


def account_currency() -> tuple[str, int]:
    """(currency, minor units one credit costs in it), from Settings."""
    currency = settings.get("account.currency")
    return currency, int(settings.get(f"credit_price.{currency}"))


def credits_to_money(micro: int, minor_per_credit: int) -> int:
    """Micro-credits → minor units of the currency, rounded half up."""
    return to_units(Decimal(micro) * minor_per_credit / MICRO, 0)


def unit_price(
    micro: int, minor_per_credit: int, currency_decimals: int, places: int = 4
) -> Decimal:
    """The price of one part in the currency's major units, to `places` decimals (half up)."""
    value = Decimal(micro) * minor_per_credit / MICRO / (Decimal(10) ** currency_decimals)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
