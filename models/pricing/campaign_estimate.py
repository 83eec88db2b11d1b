"""What a campaign costs: each recipient priced by its operator's prefix, totals in credits and money."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from models.common.database import database
from models.common.messages import Message
from models.common.money import MICRO, to_units
from models.common.money import unit_price as unit_price  # read as campaign_estimate.X too
from models.common.progress import CancelCheck, bulk_allocation, check, never_cancelled
from models.pricing import numbering_plan, price_list
from models.pricing.numbering_plan import RegionRules
from models.pricing.phone_numbers import Normalized
from models.pricing.price_row import PriceRow
from models.pricing.recipients import RecipientList

# Per region: the test of numbers that cannot receive SMS, where the national number starts in
# the E.164 form, the prefix lengths to try, the prefixes, the fallback price, the region's rules.
RegionPlan = tuple[
    Callable[[str, int], object] | None,
    int,
    tuple[int, ...],
    dict[str, PriceRow],
    PriceRow | None,
    RegionRules | None,
]


class PrefixIndex:
    """Prices by country: a number is priced by a row of its own region (never by another
    country's row sharing its calling code, as +1 or +7 do), the longest matching prefix first,
    then the country's fallback price. Toll-free, premium-rate and shared-cost numbers cannot
    receive SMS: they are refused with their type as the reason."""

    def __init__(self, rows: Iterable[PriceRow]) -> None:
        self._prefixes: dict[str, dict[str, PriceRow]] = {}  # region → "+prefix" → row
        self._countries: dict[str, PriceRow] = {}
        for row in rows:
            if row.prefix:
                self._prefixes.setdefault(row.country, {})["+" + row.prefix] = row
            else:
                self._countries[row.country] = row
        # Lengths of the region's prefixes (with the "+"), longest first: only they are tried.
        self._lengths: dict[str, tuple[int, ...]] = {
            region: tuple(sorted({len(prefix) for prefix in prefixes}, reverse=True))
            for region, prefixes in self._prefixes.items()
        }
        self._plans: dict[str, RegionPlan] = {}

    def plan(self, region: str) -> RegionPlan:
        """What pricing a number of `region` needs, as one tuple for the hot loop."""
        found = self._plans.get(region)
        if found is None:
            rules = numbering_plan.region_rules(region)
            no_sms = rules.no_sms.fullmatch if rules is not None and rules.no_sms else None
            found = self._plans[region] = (
                no_sms,
                len(rules.code) + 1 if rules is not None else 0,
                self._lengths.get(region, ()),
                self._prefixes.get(region, {}),
                self._countries.get(region),
                rules,
            )
        return found

    def lookup(self, e164: str, region: str) -> PriceRow | str | None:
        """The price row for a number (“+420601123456”) of `region`; the number's type when
        it cannot receive SMS (numbering_plan.TOLL_FREE…); None when the list has no price."""
        found = self.plan(region)
        no_sms, national, rules = found[0], found[1], found[5]
        if no_sms is not None and no_sms(e164, national) is not None and rules is not None:
            return rules.no_sms_type(e164[national:])
        return _by_prefix(found, e164)

    def price_for(self, e164: str, region: str) -> PriceRow | None:
        """The price row for a number of `region`, None if it is unpriced or refused."""
        found = self.lookup(e164, region)
        return found if isinstance(found, PriceRow) else None

    def __len__(self) -> int:
        return sum(map(len, self._prefixes.values())) + len(self._countries)


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


class Refused(NamedTuple):
    """A valid number that cannot be sent to: its line, its E.164 form and its type."""

    line: int
    e164: str
    kind: str  # numbering_plan.TOLL_FREE, PREMIUM_RATE or SHARED_COST


def refusal_reason(kind: str) -> Message:
    """Why a number of this type is not priced, as the breakdown of refused numbers says it."""
    if kind == numbering_plan.TOLL_FREE:
        return Message("a toll-free number: it cannot receive SMS")
    if kind == numbering_plan.PREMIUM_RATE:
        return Message("a premium-rate number: it cannot receive SMS")
    if kind == numbering_plan.SHARED_COST:
        return Message("a shared-cost number: it cannot receive SMS")
    return Message("this kind of number cannot receive SMS")


@dataclass(frozen=True)
class PricedRecipients:
    """Valid recipients grouped by what one part costs them; the message's parts come later."""

    groups: tuple[PricedGroup, ...]
    unpriced: tuple[Normalized, ...]  # valid numbers in a country the price list does not cover
    recipients: RecipientList
    refused: tuple[Refused, ...] = ()  # valid numbers that cannot receive SMS

    @property
    def priced_count(self) -> int:
        return sum(group.recipients for group in self.groups)


def _count_chunk(
    chunk: list[Normalized],
    plan: Callable[[str], RegionPlan],
    memos: dict[str, dict[str, PriceRow | None]],
    by_row: dict[int, int],
    rows: dict[int, PriceRow],
    held: list[Normalized],
) -> None:
    """`PrefixIndex.lookup` inline, decided once per region and distinct leading digits (as
    long as the region's longest prefix): a call per number would cost a third of the time."""
    plans: dict[
        str, tuple[Callable[[str, int], object] | None, int, int, dict[str, PriceRow | None]]
    ] = {}
    missing = _MISSING
    for recipient in chunk:
        e164, region = recipient
        found = plans.get(region)
        if found is None:
            whole = plan(region)
            memo = memos.setdefault(region, {})
            found = plans[region] = (whole[0], whole[1], whole[2][0] if whole[2] else 0, memo)
        no_sms = found[0]
        if no_sms is not None and no_sms(e164, found[1]) is not None:
            held.append(recipient)  # the refused are set apart from the unpriced afterwards
            continue
        key = e164[: found[2]]
        row = found[3].get(key, missing)
        if row is missing:
            row = found[3][key] = _by_prefix(plan(region), key)
        if row is None:
            held.append(recipient)
            continue
        number = id(row)
        if number in by_row:
            by_row[number] += 1
        else:
            by_row[number] = 1
            rows[number] = row  # type: ignore[assignment]


_MISSING = object()


def _by_prefix(found: RegionPlan, e164: str) -> PriceRow | None:
    """The region's row of the longest prefix of the number, else its fallback price."""
    prefixes = found[3]
    for size in found[2]:
        row = prefixes.get(e164[:size])
        if row is not None:
            return row
    return found[4]


def price_recipients(
    recipients: RecipientList, index: PrefixIndex, cancelled: CancelCheck = never_cancelled
) -> PricedRecipients:
    by_row: dict[int, int] = {}  # id of the price row → recipients (hashing rows is slower)
    rows: dict[int, PriceRow] = {}
    memos: dict[str, dict[str, PriceRow | None]] = {}
    found: list[Normalized] = []
    valid = recipients.valid
    with bulk_allocation():
        for start in range(0, len(valid), 10_000):
            check(cancelled)
            _count_chunk(valid[start : start + 10_000], index.plan, memos, by_row, rows, found)
    unpriced: list[Normalized] = []
    refused: list[Refused] = []
    for recipient in found:
        kind = index.lookup(recipient[0], recipient[1])
        if isinstance(kind, str):
            line = recipients.first_line.get(recipient[0], 0)
            refused.append(Refused(line, recipient[0], kind))
        else:
            unpriced.append(recipient)
    counts: dict[tuple[str, str, int], int] = {}
    for row_id, count in by_row.items():  # operators with several prefixes become one line
        row = rows[row_id]
        key = (row.country, row.operator, row.price)
        counts[key] = counts.get(key, 0) + count
    groups = tuple(
        PricedGroup(country, operator, price, count)
        for (country, operator, price), count in sorted(counts.items())
    )
    return PricedRecipients(groups, tuple(unpriced), recipients, tuple(refused))


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
