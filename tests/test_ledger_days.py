"""Day totals: kept equal to the entries by the database, and the Transactions totals of any
period, kind and snapshot read from them equal to the sums over the entries."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.common.database import database as db
from models.common.money import MICRO
from models.ledger import days
from models.ledger import entries as ledger
from models.ledger.query import LedgerFilter, LedgerView, Order
from tests.helpers.ledger_fill import Planned, post_all

START = datetime(2026, 3, 27, tzinfo=UTC)  # Prague's clocks go forward on the 29th
ISO = "%Y-%m-%dT%H:%M:%S.%fZ"
ENTRIES = 300


def raw_totals(start: str | None, end: str | None, kind: str | None, upto: int) -> list[tuple]:
    conditions, params = LedgerFilter(start, end, kind).where()
    conditions.append("id <= ?")
    return [
        tuple(row)
        for row in db.execute_sql(
            "SELECT kind, count(*), sum(max(amount, 0)), sum(min(amount, 0)) FROM ledger_entry "
            f"WHERE {' AND '.join(conditions)} GROUP BY kind ORDER BY kind",
            [*params, upto],
        )
    ]


def kept_days() -> dict[tuple[str, str], tuple[int, int, int]]:
    return {
        (day, kind): (n, i, o)
        for day, kind, n, i, o in db.execute_sql(
            "SELECT day, kind, entries, credits_in, credits_out FROM ledger_day"
        )
    }


def entry_days() -> dict[tuple[str, str], tuple[int, int, int]]:
    return {
        (day, kind): (n, i, o)
        for day, kind, n, i, o in db.execute_sql(
            "SELECT substr(created_at, 1, 10), kind, count(*), sum(max(amount, 0)), "
            "sum(min(amount, 0)) FROM ledger_entry GROUP BY 1, 2"
        )
    }


@pytest.fixture
def six_days(database):
    """Entries of every kind over six days, some stamped exactly at a UTC midnight."""
    rng = random.Random(17)
    planned = [Planned(ledger.TOP_UP, 10_000 * MICRO, "payment:0", "", START)]
    for number in range(1, ENTRIES):
        at = START + timedelta(minutes=rng.randrange(6 * 24 * 60))
        if number % 25 == 0:
            at = at.replace(hour=0, minute=0)
        kind = rng.choice(ledger.KINDS)
        amount = rng.randrange(1, 5 * MICRO) * (1 if kind in (ledger.TOP_UP, ledger.REFUND) else -1)
        planned.append(Planned(kind, amount, f"ref:{number}", "", at))
    post_all(planned)
    return database


def test_the_day_totals_equal_the_entries(six_days) -> None:
    assert kept_days() == entry_days()
    assert ledger.verify(full=True).ok


moments = st.one_of(
    st.none(),
    st.integers(-2 * 24 * 60, 8 * 24 * 60).map(
        lambda minutes: (START + timedelta(minutes=minutes)).strftime(ISO)
    ),
    st.integers(-1, 7).map(lambda d: (START + timedelta(days=d)).strftime(ISO)),  # midnights
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=moments,
    end=moments,
    kind=st.one_of(st.none(), st.sampled_from(ledger.KINDS)),
    upto=st.integers(0, ENTRIES),
)
def test_period_totals_from_the_days_equal_the_entries(six_days, start, end, kind, upto) -> None:
    from_days = days.totals(start, end, kind, upto)
    assert from_days is not None
    assert sorted(from_days) == raw_totals(start, end, kind, upto)
    totals = LedgerView(LedgerFilter(start, end, kind), Order(), upto).totals()
    assert totals.count == sum(row[1] for row in from_days)


def test_a_range_that_is_not_iso_dates_is_added_up_from_the_entries(six_days) -> None:
    assert days.totals("yesterday", None, None, ENTRIES) is None
    totals = LedgerView(LedgerFilter("2026-03-2", "2026-03-3"), Order(), ENTRIES).totals()
    assert totals.count == sum(
        row[1] for row in raw_totals("2026-03-2", "2026-03-3", None, ENTRIES)
    )


def test_totals_with_a_text_are_read_from_the_entries(six_days) -> None:
    totals = LedgerView(LedgerFilter(text="ref:1"), Order(), ENTRIES).totals()
    count = db.execute_sql(
        "SELECT count(*) FROM ledger_entry WHERE reference LIKE '%ref:1%'"
    ).fetchone()[0]
    assert totals.count == count > 0
