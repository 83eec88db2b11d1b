"""What a campaign costs: each recipient priced by its operator's prefix, totals in credits and money."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from models.common import countries
from models.common.database import database
from models.common.money import MICRO, to_units
from models.common.money import unit_price as unit_price  # read as campaign_estimate.X too
from models.common.progress import CancelCheck, bulk_allocation, check, never_cancelled
from models.pricing import price_list
from models.pricing.phone_numbers import Normalized
from models.pricing.price_row import PriceRow
from models.pricing.recipients import RecipientList


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
        # Every prefix starts with its country's dialling code, and dialling codes are
        # prefix-free, so a number's candidates are the prefixes under its own code: only
        # their lengths are tried, longest first. Lengths count the "+" of the E.164 form.
        by_code: dict[str, set[int]] = {}
        codes = frozenset(countries.calling_codes().values())
        for prefix in self._prefixes:
            by_code.setdefault(_code_of(prefix, codes), set()).add(len(prefix) + 1)
        self._lengths: dict[str, tuple[int, ...]] = {
            region: tuple(sorted(by_code.get(code, ()), reverse=True))
            for region, code in countries.calling_codes().items()
        }
        self._plus_prefixes = {"+" + prefix: row for prefix, row in self._prefixes.items()}

    def price_for(self, e164: str, region: str) -> PriceRow | None:
        """The price row for a number (“+420601123456”) of `region`, or None if unpriced."""
        prefixes = self._plus_prefixes
        for size in self._lengths.get(region, ()):
            row = prefixes.get(e164[:size])
            if row is not None:
                return row
        return self._countries.get(region)

    def __len__(self) -> int:
        return len(self._prefixes) + len(self._countries)


def _code_of(prefix: str, codes: frozenset[str]) -> str:
    for size in (1, 2, 3):
        if prefix[:size] in codes:
            return prefix[:size]
    return prefix[:3]


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
    unpriced: tuple[Normalized, ...]  # valid numbers in a country the price list does not cover
    recipients: RecipientList

    @property
    def priced_count(self) -> int:
        return sum(group.recipients for group in self.groups)


def _count_chunk(
    chunk: list[Normalized],
    price_for: Callable[[str, str], PriceRow | None],
    by_row: dict[int, int],
    rows: dict[int, PriceRow],
    unpriced: list[Normalized],
) -> None:
    for recipient in chunk:
        row = price_for(recipient[0], recipient[1])
        if row is None:
            unpriced.append(recipient)
            continue
        key = id(row)
        if key in by_row:
            by_row[key] += 1
        else:
            by_row[key] = 1
            rows[key] = row


def price_recipients(
    recipients: RecipientList, index: PrefixIndex, cancelled: CancelCheck = never_cancelled
) -> PricedRecipients:
    by_row: dict[int, int] = {}  # id of the price row → recipients (hashing rows is slower)
    rows: dict[int, PriceRow] = {}
    unpriced: list[Normalized] = []
    price_for = index.price_for
    valid = recipients.valid
    with bulk_allocation():
        for start in range(0, len(valid), 10_000):
            check(cancelled)
            _count_chunk(valid[start : start + 10_000], price_for, by_row, rows, unpriced)
    counts: dict[tuple[str, str, int], int] = {}
    for row_id, count in by_row.items():  # operators with several prefixes become one line
        row = rows[row_id]
        key = (row.country, row.operator, row.price)
        counts[key] = counts.get(key, 0) + count
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


def credits_to_money(micro: int, minor_per_credit: int) -> int:
    """Micro-credits → minor units of the currency, rounded half up."""
    return to_units(Decimal(micro) * minor_per_credit / MICRO, 0)
