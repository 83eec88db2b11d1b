"""Periods of local days, their UTC bounds, and credits in and out per day, week and month."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.ledger import entries as ledger
from models.ledger import periods as ledger_periods
from models.ledger.periods import (
    DAY,
    MONTH,
    WEEK,
    Bucket,
    buckets,
    fitting_unit,
    local_midnight,
    period_dates,
    period_filter,
    series,
)
from models.ledger.query import LedgerFilter, Order, open_view
from tests.helpers.ledger_fill import Planned, post_all

PRAGUE = ZoneInfo("Europe/Prague")


@pytest.mark.parametrize(
    ("period", "today", "expected"),
    [
        ("all", date(2026, 3, 15), (None, None)),
        ("today", date(2026, 3, 15), (date(2026, 3, 15), date(2026, 3, 15))),
        ("this-month", date(2026, 2, 10), (date(2026, 2, 1), date(2026, 2, 28))),
        ("this-month", date(2028, 2, 10), (date(2028, 2, 1), date(2028, 2, 29))),
        ("last-month", date(2026, 1, 31), (date(2025, 12, 1), date(2025, 12, 31))),
        ("last-month", date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),
        ("this-year", date(2026, 7, 4), (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_named_periods(period: str, today: date, expected: tuple) -> None:
    assert period_dates(period, today) == expected


def test_custom_period_is_put_in_order() -> None:
    custom = (date(2026, 5, 9), date(2026, 5, 2))
    assert period_dates("custom", date(2026, 6, 1), custom) == (date(2026, 5, 2), date(2026, 5, 9))
    with pytest.raises(ValueError):
        period_dates("custom", date(2026, 6, 1))


def test_local_days_start_at_local_midnight_in_utc() -> None:
    assert local_midnight(date(2026, 1, 15), PRAGUE) == "2026-01-14T23:00:00.000000Z"
    assert local_midnight(date(2026, 7, 15), PRAGUE) == "2026-07-14T22:00:00.000000Z"
    # The day the clocks go forward is 23 hours long.
    flt = period_filter(date(2026, 3, 29), date(2026, 3, 29), zone=PRAGUE)
    assert (flt.start, flt.end) == ("2026-03-28T23:00:00.000000Z", "2026-03-29T22:00:00.000000Z")
    assert period_filter(None, None, "refund", "x") == LedgerFilter(None, None, "refund", "x")


def test_buckets_cover_the_period() -> None:
    assert buckets(date(2026, 11, 27), date(2026, 11, 28), DAY) == [
        (date(2026, 11, 27), date(2026, 11, 28)),
        (date(2026, 11, 28), date(2026, 11, 29)),
    ]
    weeks = buckets(date(2026, 11, 4), date(2026, 11, 17), WEEK)  # a Wednesday to a Tuesday
    assert weeks == [
        (date(2026, 11, 2), date(2026, 11, 9)),
        (date(2026, 11, 9), date(2026, 11, 16)),
        (date(2026, 11, 16), date(2026, 11, 23)),
    ]
    sundays = buckets(date(2026, 11, 4), date(2026, 11, 4), WEEK, week_start=6)
    assert sundays == [(date(2026, 11, 1), date(2026, 11, 8))]
    months = buckets(date(2025, 12, 31), date(2026, 2, 1), MONTH)
    assert [m[0] for m in months] == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]


def test_too_many_bars_become_coarser() -> None:
    assert fitting_unit(date(2026, 1, 1), date(2026, 3, 1), DAY) == DAY
    assert fitting_unit(date(2024, 1, 1), date(2026, 3, 1), DAY) == WEEK
    assert fitting_unit(date(2000, 1, 1), date(2026, 3, 1), DAY) == MONTH


def test_series_sums_in_and_out_per_local_day(database) -> None:
    def at(day: int, hour: int) -> datetime:
        return datetime(2026, 7, day, hour, tzinfo=UTC)

    post_all(
        [
            Planned(ledger.TOP_UP, 100_000_000, "payment:1", "", at(1, 10)),
            Planned(ledger.MESSAGE_CHARGE, -35_000, "campaign:1", "", at(1, 21)),  # 23:00 local
            Planned(ledger.MESSAGE_CHARGE, -70_000, "campaign:1", "", at(1, 22)),  # 00:00 the 2nd
            Planned(ledger.REFUND, 35_000, "message:1", "", at(3, 9)),
        ]
    )
    spans = buckets(date(2026, 7, 1), date(2026, 7, 3), DAY)
    assert series(LedgerFilter(), spans, PRAGUE) == [
        Bucket(date(2026, 7, 1), 100_000_000, -35_000),
        Bucket(date(2026, 7, 2), 0, -70_000),
        Bucket(date(2026, 7, 3), 35_000, 0),
    ]
    charges = series(LedgerFilter(kind=ledger.MESSAGE_CHARGE), spans, PRAGUE)
    assert [b.credits_in for b in charges] == [0, 0, 0]
    assert ledger_periods.ledger_days(PRAGUE) == (date(2026, 7, 1), date(2026, 7, 3))


def test_series_agrees_with_the_totals_of_the_same_filter(database) -> None:
    start = datetime(2026, 5, 1, tzinfo=UTC)
    post_all(
        [
            Planned(
                ledger.TOP_UP if i % 5 == 0 else ledger.MESSAGE_CHARGE,
                1_000_000 if i % 5 == 0 else -35_000,
                f"campaign:{i}",
                "",
                start + timedelta(hours=7 * i),
            )
            for i in range(200)
        ]
    )
    flt = period_filter(date(2026, 5, 3), date(2026, 5, 30))
    spans = buckets(date(2026, 5, 3), date(2026, 5, 30), WEEK)
    bars = series(flt, spans)
    totals = open_view(flt, Order())[0].totals()
    assert sum(b.credits_in for b in bars) == totals.credits_in
    assert sum(b.credits_out for b in bars) == totals.credits_out
