"""Reading the ledger in pages: filters, sort orders, keyset seeks, counts and totals, in SQL.

A list of entries is read through a `LedgerView`: a filter, an order and a snapshot (the newest
entry id it includes, so rows appended later never shift a list being scrolled). An order is one
or more *segments*, each a run of rows in one keyset order, e.g. by (created_at, id) newest
first. Sorting by kind is one segment per kind (newest first within each), so every segment is
served by an index and any page of it is one indexed seek: never OFFSET, never the whole ledger.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import NamedTuple

from models.common.database import database
from models.common.dialect import ALL_ROWS, ascii_lower, like_ascii_caseless, query_plan
from models.ledger import days
from models.ledger.entries import KINDS

DATE = "date"
AMOUNT = "amount"
KIND = "kind"
SORTABLE = (DATE, AMOUNT, KIND)

LIKE_ESCAPE = "\\"
ENTRY_COLUMNS = "id, created_at, kind, amount, balance_after, reference, description"

Key = tuple[object, ...]


class EntryRow(NamedTuple):
    id: int
    created_at: str  # UTC, ISO 8601 with microseconds
    kind: str
    amount: int  # micro-credits, signed
    balance_after: int
    reference: str
    description: str


def like_pattern(text: str) -> str:
    """A LIKE pattern that finds `text` anywhere, its % and _ taken literally (ESCAPE '\\')."""
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


@dataclass(frozen=True)
class LedgerFilter:
    """Which entries: a time range (UTC ISO, start inclusive, end exclusive), a kind, a text,
    and the charges of one campaign's messages (`campaign`, its id)."""

    start: str | None = None
    end: str | None = None
    kind: str | None = None
    text: str = ""
    campaign: int | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"unknown ledger entry kind {self.kind!r}")

    @property
    def is_everything(self) -> bool:
        return (
            self.start is None
            and self.end is None
            and self.kind is None
            and not self.text
            and self.campaign is None
        )

    def where(self) -> tuple[list[str], list[object]]:
        """SQL conditions and their parameters (the text matches description or reference)."""
        conditions: list[str] = []
        params: list[object] = []
        if self.start is not None:
            conditions.append("created_at >= ?")
            params.append(self.start)
        if self.end is not None:
            conditions.append("created_at < ?")
            params.append(self.end)
        if self.kind is not None:
            conditions.append("kind = ?")
            params.append(self.kind)
        text = self.text.strip()
        if text:
            description = like_ascii_caseless("description", LIKE_ESCAPE)
            reference = like_ascii_caseless("reference", LIKE_ESCAPE)
            conditions.append(f"({description} OR {reference})")
            params += [ascii_lower(like_pattern(text))] * 2
        if self.campaign is not None:
            # The campaign's messages are read once (its index), then each entry is checked.
            conditions.append(
                "reference IN (SELECT 'message:' || id FROM message WHERE campaign_id = ?)"
            )
            params.append(self.campaign)
        return conditions, params


@dataclass(frozen=True)
class Segment:
    """A run of rows in one keyset order; `kind` narrows it to one kind (for the kind sort)."""

    columns: tuple[str, ...]
    descending: bool
    kind: str | None = None

    def key(self, row: EntryRow) -> Key:
        return tuple(getattr(row, column) for column in self.columns)


@dataclass(frozen=True)
class Order:
    """How the list is sorted. By kind: kinds in `kind_order` (reversed if descending), each
    newest first. By date or amount: ties broken by id, in the same direction."""

    column: str = DATE
    descending: bool = True
    kind_order: tuple[str, ...] = KINDS

    def __post_init__(self) -> None:
        if self.column not in SORTABLE:
            raise ValueError(f"cannot sort the ledger by {self.column!r}")

    def segments(self, only_kind: str | None = None) -> list[Segment]:
        if self.column == DATE:
            return [Segment(("created_at", "id"), self.descending)]
        if self.column == AMOUNT:
            return [Segment(("amount", "id"), self.descending)]
        kinds = [k for k in self.kind_order if only_kind in (None, k)]
        if self.descending:
            kinds.reverse()
        return [Segment(("created_at", "id"), True, kind) for kind in kinds]


@dataclass(frozen=True)
class Totals:
    """What a filter's entries add up to, in micro-credits; per kind for the kind sort."""

    count: int = 0
    credits_in: int = 0
    credits_out: int = 0  # negative or zero
    counts_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def net(self) -> int:
        return self.credits_in + self.credits_out


@dataclass(frozen=True)
class LedgerView:
    """A filter and an order over the ledger as it was up to entry `upto_id` (its snapshot).

    `scan_amounts`: sort by amount by walking the amount index and checking the time range on
    each row, instead of sorting the range (chosen by `open_view` when the range is most of
    the ledger: then each page is a short walk rather than a sort of the whole range).
    """

    filter: LedgerFilter
    order: Order
    upto_id: int
    scan_amounts: bool = False

    @property
    def segments(self) -> list[Segment]:
        return self.order.segments(self.filter.kind)

    def _where(self, segment: Segment | None) -> tuple[str, list[object]]:
        conditions, params = self.filter.where()
        if self.scan_amounts and segment is not None:
            # “+” makes the time range a check on each row, so the amount index gives the order.
            conditions = [c.replace("created_at", "+created_at", 1) for c in conditions]
        # “+” keeps the planner from choosing the rowid range over the index that sorts.
        conditions.append("+id <= ?")
        params.append(self.upto_id)
        if segment is not None and segment.kind is not None and self.filter.kind is None:
            conditions.append("kind = ?")
            params.append(segment.kind)
        return " AND ".join(conditions), params

    def page_sql(
        self,
        segment: Segment,
        key: Key | None = None,
        inclusive: bool = False,
        backwards: bool = False,
    ) -> tuple[str, list[object]]:
        """SQL for rows after `key` (or from the start) in the segment's order, or before it
        in reverse order when `backwards`; the caller appends the LIMIT's value."""
        where, params = self._where(segment)
        descending = segment.descending != backwards
        if key is not None:
            comparison = ("<" if descending else ">") + ("=" if inclusive else "")
            names = ", ".join(segment.columns)
            marks = ", ".join("?" * len(key))
            where += f" AND ({names}) {comparison} ({marks})"
            params += list(key)
        direction = "DESC" if descending else "ASC"
        order = ", ".join(f"{column} {direction}" for column in segment.columns)
        sql = f"SELECT {ENTRY_COLUMNS} FROM ledger_entry WHERE {where} ORDER BY {order} LIMIT ?"
        return sql, params

    def page(
        self,
        segment: Segment,
        limit: int,
        key: Key | None = None,
        inclusive: bool = False,
        backwards: bool = False,
    ) -> list[EntryRow]:
        """Up to `limit` rows after `key` in segment order (before it, when `backwards`,
        returned in segment order too): one indexed seek."""
        sql, params = self.page_sql(segment, key, inclusive, backwards)
        rows = [EntryRow._make(r) for r in database.execute_sql(sql, [*params, limit])]
        if backwards:
            rows.reverse()
        return rows

    def totals(self) -> Totals:
        """Count, in and out of the filtered entries, per kind. A period or kind is added up
        from the day totals (models/ledger/days.py); a text or a campaign asks every entry
        the filter's indexes leave (one aggregate query, grouped by kind)."""
        rows: Iterable[tuple[str, int, int, int]] | None = None
        if not self.filter.text.strip() and self.filter.campaign is None:
            rows = days.totals(self.filter.start, self.filter.end, self.filter.kind, self.upto_id)
        if rows is None:
            where, params = self._where(None)
            rows = database.execute_sql(
                f"SELECT kind, count(*), sum({days.CREDITS_IN}), sum({days.CREDITS_OUT}) "
                f"FROM ledger_entry WHERE {where} GROUP BY kind",
                params,
            )
        counts: dict[str, int] = {}
        credits_in = credits_out = 0
        for kind, count, positive, negative in rows:
            counts[kind] = int(count)
            credits_in += int(positive)
            credits_out += int(negative)
        return Totals(sum(counts.values()), credits_in, credits_out, counts)

    def anchors(self, segment: Segment, stride: int) -> list[Key]:
        """The keys of rows 0, stride, 2·stride, … of a segment: one pass over its index range,
        read in the caller's thread, so that any block can later be reached by one seek."""
        where, params = self._where(segment)
        names = ", ".join(segment.columns)
        direction = "DESC" if segment.descending else "ASC"
        order = ", ".join(f"{column} {direction}" for column in segment.columns)
        cursor = database.execute_sql(
            f"SELECT {names} FROM ledger_entry WHERE {where} ORDER BY {order}", params
        )
        return [tuple(row) for row in islice(cursor, 0, None, stride)]

    def rows(self, chunk: int = 2000) -> Iterator[EntryRow]:
        """Every row of the view in order, streamed (for exports); never all in memory."""
        for segment in self.segments:
            sql, params = self.page_sql(segment)
            cursor = database.execute_sql(sql, [*params, ALL_ROWS])
            while batch := cursor.fetchmany(chunk):
                yield from (EntryRow._make(r) for r in batch)


def snapshot() -> tuple[int, int]:
    """(newest entry id, number of entries) read in one statement, so the two agree."""
    row = database.execute_sql(
        "SELECT (SELECT coalesce(max(id), 0) FROM ledger_entry), entry_count "
        "FROM account WHERE id = 1"
    ).fetchone()
    return int(row[0]), int(row[1])


# Sorting a time range by amount: walk the amount index when the range holds at least this share
# of the entries the index holds (then a page checks about 1/share rows per row it shows);
# otherwise sort the range, which is then small.
AMOUNT_SCAN_SHARE = 0.02


def _count(ledger_filter: LedgerFilter, upto_id: int) -> int:
    """How many entries a time range and kind hold: a walk over a covering index."""
    conditions, params = ledger_filter.where()
    conditions.append("+id <= ?")
    row = database.execute_sql(
        f"SELECT count(*) FROM ledger_entry WHERE {' AND '.join(conditions)}", [*params, upto_id]
    ).fetchone()
    return int(row[0])


def _walk_amounts(ledger_filter: LedgerFilter, upto_id: int, entries: int) -> bool:
    if ledger_filter.start is None and ledger_filter.end is None:
        return False
    kind = LedgerFilter(kind=ledger_filter.kind)
    indexed = _count(kind, upto_id) if ledger_filter.kind else entries
    in_range = _count(
        LedgerFilter(ledger_filter.start, ledger_filter.end, ledger_filter.kind), upto_id
    )
    return in_range >= AMOUNT_SCAN_SHARE * indexed


def open_view(ledger_filter: LedgerFilter, order: Order) -> tuple[LedgerView, int | None]:
    """A view of the ledger as it is now, and its row count when that costs nothing (no filter:
    the account row counts the entries) or None (ask `totals()`, off the GUI thread)."""
    upto_id, entries = snapshot()
    scan_amounts = order.column == AMOUNT and _walk_amounts(ledger_filter, upto_id, entries)
    view = LedgerView(ledger_filter, order, upto_id, scan_amounts)
    return view, entries if ledger_filter.is_everything else None


def entry(entry_id: int) -> EntryRow | None:
    row = database.execute_sql(
        f"SELECT {ENTRY_COLUMNS} FROM ledger_entry WHERE id = ?", (entry_id,)
    ).fetchone()
    return None if row is None else EntryRow._make(row)


def explain(view: LedgerView) -> list[str]:
    """The query plan of a view's first page, for tests that check an index is used."""
    sql, params = view.page_sql(view.segments[0])
    return query_plan(sql, [*params, 200])
