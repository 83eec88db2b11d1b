"""What a campaign costs: each recipient priced by its operator's prefix, totals in credits and money."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import NamedTuple

from models.common.database import database
from models.common.messages import Message
from models.common.money import MICRO, to_units
from models.common.money import unit_price as unit_price  # read as campaign_estimate.X too
from models.common.progress import CancelCheck, bulk_allocation, check, never_cancelled
from models.pricing import number_types, numbering_plan, price_list
from models.pricing.phone_numbers import Normalized, own_row_type
from models.pricing.price_row import PriceRow
from models.pricing.recipients import RecipientList


class PrefixIndex:
    """Prices by country and number type: a number is priced by a row of its own region (never
    by another country's row sharing its calling code, as +1 or +7 do), of its own type or of no
    type where such a row prices its type (number_types), the longest matching prefix first
    (at the same length, the row naming the type), then the country's fallback price. A number of
    a type only rows of its type price (fixed line, toll-free…) without one is refused with its
    type as the reason."""

    def __init__(self, rows: Iterable[PriceRow]) -> None:
        # (region, number type or "") → "+prefix" → row; and the fallback (prefix "") rows
        self._prefixes: dict[tuple[str, str], dict[str, PriceRow]] = {}
        self._countries: dict[tuple[str, str], PriceRow] = {}
        for row in rows:
            key = (row.country, row.number_type)
            if row.prefix:
                self._prefixes.setdefault(key, {})["+" + row.prefix] = row
            else:
                self._countries[key] = row
        # Lengths of the prefixes (with the "+"), longest first: only they are tried.
        self._lengths: dict[tuple[str, str], tuple[int, ...]] = {
            key: tuple(sorted({len(prefix) for prefix in prefixes}, reverse=True))
            for key, prefixes in self._prefixes.items()
        }
        # Regions whose rows price types a row without a type would price (e.g. "mobile"):
        # there every number is typed exactly before it is priced.
        self.typed_regions = frozenset(
            region
            for region, kind in (*self._prefixes, *self._countries)
            if kind and number_types.priced_by_any_row(kind)
        )

    def key_length(self, region: str) -> int:
        """How many leading characters of an E.164 number decide its price by the region's
        rows without a type (its longest prefix, with the "+")."""
        lengths = self._lengths.get((region, ""), ())
        return lengths[0] if lengths else 0

    def row_for(self, e164: str, region: str, kind: str = "") -> PriceRow | None:
        """The row pricing a number of `region` and type `kind` ("" for a type any row prices,
        not told apart further); None when there is none."""
        any_type = (region, "")
        if not kind:  # the commonest question: the rows without a type alone
            prefixes = self._prefixes.get(any_type)
            if prefixes is not None:
                for size in self._lengths[any_type]:
                    row = prefixes.get(e164[:size])
                    if row is not None:
                        return row
            return self._countries.get(any_type)
        typed = (region, kind)
        by_any = number_types.priced_by_any_row(kind)
        own = self._prefixes.get(typed) if kind else None
        others = self._prefixes.get(any_type) if by_any else None
        sizes = sorted({*self._lengths.get(typed, ()), *self._lengths.get(any_type, ())})
        for size in reversed(sizes):
            head = e164[:size]
            row = (own.get(head) if own else None) or (others.get(head) if others else None)
            if row is not None:
                return row
        row = self._countries.get(typed) if kind else None
        return row or (self._countries.get(any_type) if by_any else None)

    def number_kind(self, e164: str, region: str) -> str:
        """The number's type as pricing needs it: its type where the region's rows name types a
        row without a type prices; else a type in OWN_ROW_TYPES, or "" for any other."""
        if region in self.typed_regions:
            rules = numbering_plan.region_rules(region)
            national = e164[len(rules.code) + 1 :] if rules is not None else ""
            return (rules.number_type(national) if rules is not None else None) or ""
        return own_row_type(e164, region) or ""

    def lookup(self, e164: str, region: str) -> PriceRow | str | None:
        """The price row for a number (“+420601123456”) of `region`; the number's type when
        only rows of its type price it and the list has none (numbering_plan.TOLL_FREE…); None
        when the list has no price."""
        kind = self.number_kind(e164, region)
        row = self.row_for(e164, region, kind)
        if row is None and kind and not number_types.priced_by_any_row(kind):
            return kind
        return row

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
    number_type: str = ""  # the type the row prices, "" for any


class Refused(NamedTuple):
    """A valid number the list does not price for its type: its line, E.164 form and type."""

    line: int
    e164: str
    kind: str  # numbering_plan.TOLL_FREE, FIXED_LINE… (numbering_plan.OWN_ROW_TYPES)


def refusal_reason(kind: str) -> Message:
    """Why a number of this type is not priced, as the breakdown of refused numbers says it."""
    if kind == numbering_plan.FIXED_LINE:
        return Message("a fixed-line number: the price list has no price for fixed lines there")
    if kind == numbering_plan.TOLL_FREE:
        return Message("a toll-free number: not priced by the price list (it cannot receive SMS)")
    if kind == numbering_plan.PREMIUM_RATE:
        return Message(
            "a premium-rate number: not priced by the price list (it cannot receive SMS)"
        )
    if kind == numbering_plan.SHARED_COST:
        return Message("a shared-cost number: not priced by the price list (it cannot receive SMS)")
    if kind == numbering_plan.UAN:
        return Message(
            "a universal access number: not priced by the price list (it cannot receive SMS)"
        )
    if kind == numbering_plan.VOICEMAIL:
        return Message("a voicemail number: not priced by the price list (it cannot receive SMS)")
    return Message("this kind of number is not priced by the price list")


@dataclass(frozen=True)
class PricedRecipients:
    """Valid recipients grouped by what one part costs them; the message's parts come later."""

    groups: tuple[PricedGroup, ...]
    unpriced: tuple[Normalized, ...]  # valid numbers in a country the price list does not cover
    recipients: RecipientList
    refused: tuple[Refused, ...] = ()  # valid numbers of a type the list does not price

    @property
    def priced_count(self) -> int:
        return sum(group.recipients for group in self.groups)


def _count_keys(
    chunk: list[Normalized], key_length: Callable[[str], int], counts: dict[str, dict[str, int]]
) -> None:
    """Numbers per region and leading characters (as many as decide the region's price): the
    price is looked up once per distinct key afterwards, not once per number."""
    plans: dict[str, tuple[int, dict[str, int]]] = {}
    for e164, region in chunk:
        found = plans.get(region)
        if found is None:
            found = plans[region] = (key_length(region), counts.setdefault(region, {}))
        key = e164[: found[0]]
        tally = found[1]
        tally[key] = tally.get(key, 0) + 1


_E164 = itemgetter(0)
_REGION = itemgetter(1)


def _count_at_once(
    valid: list[Normalized], index: PrefixIndex
) -> tuple[dict[str, dict[str, int]], int] | None:
    """`_count_keys` by list-wide steps, with one key length for all (the longest the regions
    need): None where a region shares its calling code (the key would not tell the region) or
    the keys are nearly as many as the numbers."""
    codes: dict[str, str] = {}
    width = 0
    for region in set(map(_REGION, valid)):
        rules = numbering_plan.region_rules(region)
        shared = numbering_plan.code_rules(int(rules.code)) if rules is not None else None
        if rules is None or shared is None or shared.single is None:
            return None
        codes[rules.code] = region
        width = max(width, index.key_length(region), len(rules.code) + 1)
    tally = Counter(map(itemgetter(slice(0, width)), map(_E164, valid)))
    if len(tally) > len(valid) // 4 + 1000:
        return None
    counts: dict[str, dict[str, int]] = {}
    for key, count in tally.items():
        region = codes.get(key[1:2]) or codes.get(key[1:3]) or codes[key[1:4]]
        counts.setdefault(region, {})[key] = count
    return counts, width


def price_recipients(
    recipients: RecipientList, index: PrefixIndex, cancelled: CancelCheck = never_cancelled
) -> PricedRecipients:
    valid = recipients.valid
    check(cancelled)
    with bulk_allocation():
        at_once = _count_at_once(valid, index) if len(valid) > 10_000 else None
        counts: dict[str, dict[str, int]] = {}  # region → leading characters → numbers
        if at_once is not None:
            counts, width = at_once
            widths = dict.fromkeys(counts, width)
        else:
            for start in range(0, len(valid), 20_000):
                check(cancelled)
                _count_keys(valid[start : start + 20_000], index.key_length, counts)
            widths = {region: index.key_length(region) for region in counts}
    # Priced one by one: numbers of a type only its own rows price, and all numbers of regions
    # whose rows name types; they leave the counts.
    typed = recipients.own_row_types
    if typed is None:  # a list the normalizer did not type
        typed = {e164: (region, "") for e164, region in valid if own_row_type(e164, region)}
    singles = [Normalized(e164, region) for e164, (region, _) in typed.items()]
    if index.typed_regions.intersection(counts):
        singles += [n for n in valid if n[1] in index.typed_regions and n[0] not in typed]
    by_row: dict[int, int] = {}  # id of the price row → numbers (hashing rows is slower)
    rows_by_id: dict[int, PriceRow] = {}
    refused: list[Refused] = []
    first_line = recipients.first_line
    for e164, region in singles:
        counts[region][e164[: widths[region]]] -= 1
        found = index.lookup(e164, region)
        if isinstance(found, PriceRow):
            by_row[id(found)] = by_row.get(id(found), 0) + 1
            rows_by_id[id(found)] = found
        elif found is not None:
            refused.append(Refused(first_line.get(e164, 0), e164, found))
    unpriced_keys: set[tuple[str, str]] = set()  # (region, leading characters of key_length)
    for region, tally in counts.items():
        size = index.key_length(region)
        rows: dict[str, PriceRow | None] = {}
        for key, count in tally.items():
            if not count:  # its numbers were all priced one by one
                continue
            head = key[:size]
            row = rows[head] if head in rows else rows.setdefault(head, index.row_for(head, region))
            if row is not None:
                by_row[id(row)] = by_row.get(id(row), 0) + count
                rows_by_id[id(row)] = row
            else:
                unpriced_keys.add((region, head))
    unpriced = _unpriced(valid, index, unpriced_keys, singles) if unpriced_keys or singles else []
    groups: dict[tuple[str, str, str, int], int] = {}  # operators with several prefixes: one line
    for row_id, count in by_row.items():
        row = rows_by_id[row_id]
        line = (row.country, row.operator, row.number_type, row.price)
        groups[line] = groups.get(line, 0) + count
    return PricedRecipients(
        tuple(
            PricedGroup(country, operator, price, count, kind)
            for (country, operator, kind, price), count in sorted(groups.items())
        ),
        tuple(unpriced),
        recipients,
        tuple(sorted(refused)),
    )


def _unpriced(
    valid: list[Normalized],
    index: PrefixIndex,
    unpriced_keys: set[tuple[str, str]],
    singles: list[Normalized],
) -> list[Normalized]:
    """The numbers the list has no price for, in the order of the list."""
    singled = {number[0] for number in singles}
    unpriced_singles = {number[0] for number in singles if index.lookup(*number) is None}
    found = []
    for number in valid:
        e164, region = number
        if e164 in singled:
            if e164 in unpriced_singles:
                found.append(number)
        elif (region, e164[: index.key_length(region)]) in unpriced_keys:
            found.append(number)
    return found


@dataclass(frozen=True)
class EstimateLine:
    country: str
    operator: str
    recipients: int
    parts: int
    price: int  # micro-credits per part
    credits: int  # micro-credits: recipients × parts × price
    number_type: str = ""  # the type the price is for, "" for any


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
            group.number_type,
        )
        for group in priced.groups
    )
    return Estimate(lines, parts, priced.priced_count, sum(line.credits for line in lines))


def credits_to_money(micro: int, minor_per_credit: int) -> int:
    """Micro-credits → minor units of the currency, rounded half up."""
    return to_units(Decimal(micro) * minor_per_credit / MICRO, 0)
