"""Which rate a tax document of a day uses: fixed period, else the CNB's valid that day, else manual."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.invoicing import exchange_rates
from models.invoicing.exchange_rates import ExchangeRate, MissingRate, RateError, find
from models.invoicing.working_days import easter_sunday, is_working_day, last_working_day
from tests.invoice_helpers import eur_rate


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 3, 9), True),  # Monday
        (date(2026, 3, 7), False),  # Saturday
        (date(2026, 4, 3), False),  # Good Friday 2026
        (date(2026, 4, 6), False),  # Easter Monday 2026
        (date(2015, 4, 3), True),  # Good Friday became a holiday in 2016
        (date(2026, 5, 8), False),
        (date(2026, 7, 6), False),
        (date(2026, 9, 28), False),
        (date(2026, 10, 28), False),
        (date(2026, 11, 17), False),
        (date(2026, 12, 24), False),
        (date(2026, 12, 31), True),
        (date(2027, 1, 1), False),
    ],
)
def test_czech_working_days(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_easter_and_the_last_working_day() -> None:
    assert easter_sunday(2026) == date(2026, 4, 5) and easter_sunday(2027) == date(2027, 3, 28)
    assert last_working_day(date(2026, 12, 27)) == date(2026, 12, 23)
    assert last_working_day(date(2026, 4, 6)) == date(2026, 4, 2)
    assert last_working_day(date(2026, 3, 9)) == date(2026, 3, 9)


def test_the_cnb_rate_of_the_day(database) -> None:
    eur_rate(date(2026, 3, 6), "24.98")
    eur_rate(date(2026, 3, 9), "25.085")
    rate = find("EUR", date(2026, 3, 9))
    assert (rate.rate, rate.source, rate.valid_from) == (Decimal("25.085"), "cnb", "2026-03-09")


def test_a_day_off_uses_the_last_working_days_rate(database) -> None:
    eur_rate(date(2026, 4, 2), "24.5")  # Thursday before Good Friday
    for day in (date(2026, 4, 3), date(2026, 4, 4), date(2026, 4, 5), date(2026, 4, 6)):
        assert find("EUR", day).valid_from == "2026-04-02"


def test_an_older_rate_is_never_used_for_a_working_day(database) -> None:
    eur_rate(date(2026, 3, 6), "24.98")
    with pytest.raises(MissingRate) as raised:
        find("EUR", date(2026, 3, 9))
    assert str(raised.value).startswith("There is no exchange rate of EUR to CZK for 2026-03-09.")
    with pytest.raises(MissingRate):
        find("USD", date(2026, 3, 6))  # another currency is not another's


def test_a_fixed_rate_comes_before_the_cnbs_and_covers_its_period(database) -> None:
    eur_rate(date(2026, 3, 9), "25.085")
    exchange_rates.set_fixed("EUR", "25", date(2026, 1, 1), date(2026, 6, 30))
    rate = find("EUR", date(2026, 3, 9))
    assert (rate.rate, rate.source, rate.valid_to) == (Decimal("25"), "fixed", "2026-06-30")
    assert find("EUR", date(2026, 6, 30)).source == "fixed"
    assert find("EUR", date(2026, 3, 7)).source == "fixed"  # a Saturday too
    with pytest.raises(MissingRate):
        find("EUR", date(2026, 7, 1))


def test_a_manual_rate_is_used_when_the_cnbs_is_missing(database) -> None:
    exchange_rates.set_manual("eur", "25,1", date(2026, 3, 9))
    rate = find("EUR", date(2026, 3, 9))
    assert (rate.rate, rate.source) == (Decimal("25.1"), "manual")
    with pytest.raises(MissingRate):
        find("EUR", date(2026, 3, 10))  # a manual rate is of its day only
    eur_rate(date(2026, 3, 9), "25.085")
    assert find("EUR", date(2026, 3, 9)).source == "cnb"
    exchange_rates.set_manual("EUR", "25.2", date(2026, 3, 9))  # entered again: replaced
    assert ExchangeRate.select().where(ExchangeRate.source == "manual").count() == 1


def test_rates_are_exact_text_never_floats(database) -> None:
    exchange_rates.set_manual("EUR", "25.100000", date(2026, 3, 9))
    exchange_rates.set_manual("USD", "0.000001", date(2026, 3, 9))
    stored = {row.currency: row.rate for row in ExchangeRate.select()}
    assert stored == {"EUR": "25.1", "USD": "0.000001"}
    sql = ExchangeRate._meta.database.execute_sql("SELECT typeof(rate) FROM exchange_rate")
    assert {row[0] for row in sql} == {"text"}


def test_fixed_periods_cannot_overlap(database) -> None:
    exchange_rates.set_fixed("EUR", "25", date(2026, 1, 1), date(2026, 6, 30))
    with pytest.raises(RateError, match="already set from 2026-01-01 to 2026-06-30"):
        exchange_rates.set_fixed("EUR", "26", date(2026, 6, 1), date(2026, 12, 31))
    exchange_rates.set_fixed("EUR", "24", date(2026, 1, 1), date(2026, 6, 30))  # the same: replaced
    exchange_rates.set_fixed("USD", "22", date(2026, 6, 1), date(2026, 12, 31))  # other currency
    assert find("EUR", date(2026, 2, 2)).rate == Decimal("24")


@pytest.mark.parametrize(
    ("currency", "rate", "message"),
    [
        ("CZK", "1", "accounting currency"),
        ("EURO", "25", "not a currency code"),
        ("XYZ", "25", "not a currency code"),
        ("EUR", "", "not an exchange rate"),
        ("EUR", "1,234.5", "not an exchange rate"),
        ("EUR", "1e3", "not an exchange rate"),
        ("EUR", "-1", "not an exchange rate"),
        ("EUR", "0", "above zero"),
        ("EUR", "0.0000001", "at most 6 decimal places"),
        ("EUR", "١٢", "not an exchange rate"),
    ],
)
def test_bad_rates_are_refused_and_store_nothing(database, currency, rate, message) -> None:
    with pytest.raises(RateError, match=message):
        exchange_rates.set_manual(currency, rate, date(2026, 3, 9))
    assert ExchangeRate.select().count() == 0
