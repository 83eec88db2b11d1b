"""Periods of local days (today, this month…), their UTC bounds, and credits in/out per day, week or month.

Entries are stamped in UTC; people think in local days. A period is a first and last local date
(inclusive); its bounds are the UTC instants of the local midnights that start and end it, so
a summer day in Prague runs from 22:00 UTC to 22:00 UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from models.common.database import database
from models.ledger import days
from models.ledger.query import LedgerFilter

ALL_TIME = "all"
TODAY = "today"
THIS_MONTH = "this-month"
LAST_MONTH = "last-month"
THIS_YEAR = "this-year"
CUSTOM = "custom"
PERIODS = (ALL_TIME, TODAY, THIS_MONTH, LAST_MONTH, THIS_YEAR, CUSTOM)

DAY = "day"
WEEK = "week"
MONTH = "month"
UNITS = (DAY, WEEK, MONTH)
MAX_BUCKETS = 400  # a finer unit that would need more is replaced by a coarser one

ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


def period_dates(
    period: str, today: date, custom: tuple[date, date] | None = None
) -> tuple[date | None, date | None]:
    """The first and last local day of a named period (None, None for all time)."""
    if period == ALL_TIME:
        return None, None
    if period == TODAY:
        return today, today
    if period == THIS_MONTH:
        return today.replace(day=1), _month_end(today)
    if period == LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if period == THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if period == CUSTOM:
        if custom is None:
            raise ValueError("a custom period needs its dates")
        first, last = custom
        return (first, last) if first <= last else (last, first)
    raise ValueError(f"unknown period {period!r}")


def _month_end(day: date) -> date:
    return _add_months(day.replace(day=1), 1) - timedelta(days=1)


def _add_months(first_of_month: date, months: int) -> date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def local_midnight(day: date, zone: tzinfo | None = None) -> str:
    """The UTC instant (ISO, as entries are stamped) at which the local `day` begins."""
    moment = datetime.combine(day, time(), tzinfo=zone) if zone else datetime.combine(day, time())
    return moment.astimezone(UTC).strftime(ISO)


def local_date(created_at: str, zone: tzinfo | None = None) -> date:
    """The local day of an entry's UTC stamp."""
    moment = datetime.strptime(created_at, ISO).replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def period_filter(
    first: date | None,
    last: date | None,
    kind: str | None = None,
    text: str = "",
    zone: tzinfo | None = None,
) -> LedgerFilter:
    """A filter for the local days first…last (inclusive; None leaves that side open)."""
    start = local_midnight(first, zone) if first else None
    end = local_midnight(last + timedelta(days=1), zone) if last else None
    return LedgerFilter(start, end, kind, text)


def ledger_days(zone: tzinfo | None = None) -> tuple[date, date] | None:
    """The local days of the oldest and newest entries (two index lookups), or None."""
    row = database.execute_sql(
        "SELECT (SELECT min(created_at) FROM ledger_entry), (SELECT max(created_at) FROM ledger_entry)"
    ).fetchone()
    if row[0] is None:
        return None
    return local_date(row[0], zone), local_date(row[1], zone)


def bucket_start(day: date, unit: str, week_start: int = 0) -> date:
    """The first day of the day/week/month holding `day` (weeks start on `week_start`, 0 = Monday)."""
    if unit == DAY:
        return day
    if unit == WEEK:
        return day - timedelta(days=(day.weekday() - week_start) % 7)
    return day.replace(day=1)


def _next(start: date, unit: str) -> date:
    if unit == DAY:
        return start + timedelta(days=1)
    if unit == WEEK:
        return start + timedelta(days=7)
    return _add_months(start, 1)


def buckets(first: date, last: date, unit: str, week_start: int = 0) -> list[tuple[date, date]]:
    """(first day, first day of the next) of each day/week/month covering first…last."""
    spans = []
    start = bucket_start(first, unit, week_start)
    while start <= last:
        following = _next(start, unit)
        spans.append((start, following))
        start = following
    return spans


def fitting_unit(first: date, last: date, unit: str) -> str:
    """`unit`, or the next coarser one while it would need more than MAX_BUCKETS bars."""
    chosen = unit
    while chosen != MONTH and len(buckets(first, last, chosen)) > MAX_BUCKETS:
        chosen = UNITS[UNITS.index(chosen) + 1]
    return chosen


@dataclass(frozen=True)
class Bucket:
    """Credits in and out (micro-credits, out ≤ 0) of the entries in one day, week or month."""

    first_day: date
    credits_in: int
    credits_out: int


def series(
    ledger_filter: LedgerFilter,
    spans: list[tuple[date, date]],
    zone: tzinfo | None = None,
) -> list[Bucket]:
    """Credits in and out per span, aggregated in SQL: one indexed range per span."""
    if not spans:
        return []
    conditions, params = ledger_filter.where()
    values = ", ".join("(?, ?, ?)" for _ in spans)
    bounds: list[object] = []
    for number, (first, following) in enumerate(spans):
        bounds += [number, local_midnight(first, zone), local_midnight(following, zone)]
    where = " AND ".join(["e.created_at >= b.lo", "e.created_at < b.hi", *conditions])
    cursor = database.execute_sql(
        f"WITH b(n, lo, hi) AS (VALUES {values}) "
        f"SELECT b.n, sum({days.CREDITS_IN}), sum({days.CREDITS_OUT}) "
        f"FROM b JOIN ledger_entry AS e ON {where} GROUP BY b.n",
        [*bounds, *params],
    )
    found = {number: (int(positive), int(negative)) for number, positive, negative in cursor}
    return [Bucket(first, *found.get(number, (0, 0))) for number, (first, _) in enumerate(spans)]
