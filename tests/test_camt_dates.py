"""camt.053 dates and date-times: a date's zone keeps its day, a date-time's moves it here."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from models.payments.camt053 import parse_camt053
from models.payments.camt_dates import xml_date, xml_date_time, xml_day
from models.payments.statements import StatementError
from tests.camt_builder import document, entry, statement

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets this process's time zone (TZ + tzset) for the test, and restores it after."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    "text",
    ["2017-04-11", "2017-04-11Z", "2017-04-11+02:00", "2017-04-11-05:00", "2017-04-11+14:00"],
)
@pytest.mark.parametrize("zone", ["UTC", "Europe/Prague", "Pacific/Kiritimati", "America/Adak"])
def test_a_date_with_a_zone_is_that_calendar_date(
    text: str, zone: str, local_zone: Callable[[str], None]
) -> None:
    local_zone(zone)
    assert xml_date(text) == date(2017, 4, 11)


@pytest.mark.parametrize(
    ("text", "in_prague", "in_new_york"),
    [
        ("2017-04-11T23:30:00+02:00", date(2017, 4, 11), date(2017, 4, 11)),
        ("2017-04-11T21:30:00Z", date(2017, 4, 11), date(2017, 4, 11)),
        ("2017-04-11T22:30:00Z", date(2017, 4, 12), date(2017, 4, 11)),  # 00:30 in Prague
        ("2017-04-11T01:00:00+02:00", date(2017, 4, 11), date(2017, 4, 10)),  # 19:00 the day before
        ("2017-04-11T23:59:59.999999999Z", date(2017, 4, 12), date(2017, 4, 11)),
        ("2017-04-11T00:00:00.5-03:00", date(2017, 4, 11), date(2017, 4, 10)),
        # Without a zone: the bank's own time, taken as written wherever this computer is.
        ("2017-04-11T10:00:00", date(2017, 4, 11), date(2017, 4, 11)),
        ("2017-04-11T23:59:59.123", date(2017, 4, 11), date(2017, 4, 11)),
    ],
)
def test_a_date_time_is_the_day_it_falls_on_here(
    text: str, in_prague: date, in_new_york: date, local_zone: Callable[[str], None]
) -> None:
    local_zone("Europe/Prague")
    assert xml_date_time(text) == in_prague
    local_zone("America/New_York")
    assert xml_date_time(text) == in_new_york


@pytest.mark.parametrize(
    "text",
    [
        "2017-02-30",
        "11.04.2017",
        "2017-04-11+25:00",
        "2017-04-11+14:30",
        "2017-04-11+02:60",
        "2017-04-11+0200",
        "2017-4-11",
        "17-04-11",
        "",
        "2017-04-11T10:00:00",  # a date-time where a date belongs
    ],
)
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(StatementError, match="is not a date"):
        xml_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "2017-04-11",
        "2017-04-11T25:00:00",
        "2017-04-11T10:00",
        "2017-04-11T10:00:00+25:00",
        "2017-04-11T10:00:00.Z",
        "2017-04-11 10:00:00",
        "2017-02-30T10:00:00Z",
        "11.04.2017 10:00",
    ],
)
def test_bad_date_times_are_refused(text: str) -> None:
    with pytest.raises(StatementError, match="is not a date"):
        xml_date_time(text)


def test_a_period_may_be_written_as_dates_or_date_times() -> None:
    assert xml_day("2017-04-11+02:00") == xml_day("2017-04-11T10:00:00") == date(2017, 4, 11)


@pytest.mark.parametrize(
    ("booked", "day"),
    [
        ("2017-04-11+02:00", date(2017, 4, 11)),
        ("2017-04-11Z", date(2017, 4, 11)),
        ("2017-04-11T23:30:00+02:00", date(2017, 4, 11)),
        ("2017-04-11T21:30:00Z", date(2017, 4, 11)),
        ("2017-04-11T22:30:00Z", date(2017, 4, 12)),
        ("2017-04-11T10:00:00", date(2017, 4, 11)),
        ("2017-04-11T10:00:00.250+02:00", date(2017, 4, 11)),
    ],
)
def test_booking_dates_of_entries(
    booked: str, day: date, local_zone: Callable[[str], None]
) -> None:
    local_zone("Europe/Prague")
    for version in (2, 8):
        data = document(entry(booked=booked, version=version), version=version)
        assert parse_camt053(data).entries[0].booked_on == day


@pytest.mark.parametrize("booked", ["2017-02-30", "11.04.2017", "2017-04-11+25:00"])
def test_a_bad_booking_date_names_the_entry(booked: str) -> None:
    data = document(entry(servicer_reference="R1"), entry(booked=booked, entry_reference="N2"))
    with pytest.raises(StatementError) as caught:
        parse_camt053(data)
    assert caught.value.problems == (f"Entry 2 (N2): “{booked}” is not a date.",)


def test_the_period_of_a_real_statement_depends_on_the_zone(
    local_zone: Callable[[str], None],
) -> None:
    # FrDtTm 2014-01-05T00:00:00.000Z, ToDtTm 2014-01-05T23:59:59.999Z
    data = (DATA / "camt053-v02-sample.xml").read_bytes()
    local_zone("UTC")
    assert (parse_camt053(data).period_from, parse_camt053(data).period_to) == (
        date(2014, 1, 5),
        date(2014, 1, 5),
    )
    local_zone("Europe/Prague")
    parsed = parse_camt053(data)
    assert (parsed.period_from, parsed.period_to) == (date(2014, 1, 5), date(2014, 1, 6))


def test_a_bad_period_names_the_statement() -> None:
    data = document(statements=[statement(entry(), period=("2024-01-01T00:00:00", "31.01.2024"))])
    with pytest.raises(StatementError) as caught:
        parse_camt053(data)
    assert caught.value.problems == ("Statement STMT-1: “31.01.2024” is not a date.",)
