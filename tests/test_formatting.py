"""The formatters every page, PDF and CLI command uses: input → what the user reads, in English and Czech."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.common import countries
from models.common.formatting import (
    Count,
    Credits,
    Day,
    Money,
    amount_text,
    count_text,
    counted,
    country_name,
    credits_text,
    credits_with_unit,
    currency_sign,
    date_text,
    datetime_text,
    money_text,
)

NBSP = "\u00a0"
PRAGUE = ZoneInfo("Europe/Prague")


@pytest.mark.parametrize(
    ("micro", "language", "signed", "text"),
    [
        (0, "en", False, "0"),
        (0, "cs", True, "0"),  # zero takes no sign
        (1_000_000, "en", False, "1"),  # whole credits: no decimals
        (40_000_000, "cs", False, "40"),
        (40_500_000, "en", False, "40.5"),  # the decimals that matter
        (40_500_000, "cs", False, "40,5"),
        (72_400, "en", False, "0.0724"),  # a price per part
        (72_400, "cs", False, "0,0724"),
        (1_234_567_800, "en", False, "1,234.5678"),
        (1_234_567_800, "cs", False, f"1{NBSP}234,5678"),
        (12_345_678, "en", True, "+12.345678"),  # six decimals when the amount has them
        (12_345_678, "cs", True, "+12,345678"),
        (1, "en", False, "0.000001"),  # never rounded away
        (-35_500, "en", True, "-0.0355"),
        (-35_510, "cs", True, "-0,03551"),
        (-1_234_567_890_000, "en", False, "-1,234,567.89"),
        (-1_234_567_890_000, "cs", False, f"-1{NBSP}234{NBSP}567,89"),
        (2**63 - 1, "en", False, "9,223,372,036,854.775807"),
    ],
)
def test_credits_text(micro: int, language: str, signed: bool, text: str) -> None:
    assert credits_text(micro, language, signed=signed) == text


@pytest.mark.parametrize(
    ("micro", "english", "czech"),
    [
        (0, "0 credits", "0 kreditů"),
        (1_000_000, "1 credit", "1 kredit"),
        (2_000_000, "2 credits", "2 kredity"),
        (4_000_000, "4 credits", "4 kredity"),
        (5_000_000, "5 credits", "5 kreditů"),
        (21_000_000, "21 credits", "21 kreditů"),  # Czech: 21 like 5, not like 1
        (22_000_000, "22 credits", "22 kreditů"),
        (500_000, "0.5 credits", "0,5 kreditu"),  # a decimal number: genitive singular
        (1_500_000, "1.5 credits", "1,5 kreditu"),
        (72_400, "0.0724 credits", "0,0724 kreditu"),
        (-1_000_000, "-1 credit", "-1 kredit"),
        (1_000_000_000, "1,000 credits", f"1{NBSP}000 kreditů"),
    ],
)
def test_credits_with_unit_takes_the_plural_its_number_needs(
    micro: int, english: str, czech: str
) -> None:
    assert credits_with_unit(micro, "en") == english
    assert credits_with_unit(micro, "cs") == czech


@pytest.mark.parametrize(
    ("count", "english", "czech"),
    [
        (0, "0 parts", "0 dílů"),
        (1, "1 part", "1 díl"),
        (2, "2 parts", "2 díly"),
        (4, "4 parts", "4 díly"),
        (5, "5 parts", "5 dílů"),
        (21, "21 parts", "21 dílů"),
        (12_345, "12,345 parts", f"12{NBSP}345 dílů"),
    ],
)
def test_counted(count: int, english: str, czech: str) -> None:
    assert counted(count, ("part", "parts")) == english
    assert counted(count, ("díl", "díly", "dílů"), "cs") == czech


@pytest.mark.parametrize(
    ("units", "currency", "language", "text"),
    [
        (0, "CZK", "en", "CZK 0.00"),
        (121_000, "CZK", "en", "CZK 1,210.00"),  # a code, then a space
        (121_000, "CZK", "cs", f"1{NBSP}210,00{NBSP}Kč"),  # Czech: always “Kč”, never “CZK”
        (123_450, "EUR", "en", "€1,234.50"),
        (123_450, "EUR", "cs", f"1{NBSP}234,50{NBSP}€"),
        (-1, "EUR", "en", "-€0.01"),
        (-6_050, "CZK", "en", "-CZK 60.50"),
        (-6_050, "CZK", "cs", f"-60,50{NBSP}Kč"),
        (100_000_000_000, "EUR", "en", "€1,000,000,000.00"),
        (1_000, "JPY", "en", "JPY 1,000"),  # no minor unit
        (1_000, "JPY", "cs", f"1{NBSP}000{NBSP}JPY"),
    ],
)
def test_money_text(units: int, currency: str, language: str, text: str) -> None:
    assert money_text(units, currency, language) == text


@pytest.mark.parametrize(
    ("units", "currency", "language", "text"),
    [(361, "EUR", "en", "€0.0361"), (9_050, "CZK", "cs", f"0,9050{NBSP}Kč")],
)
def test_money_text_finer_than_the_minor_unit(
    units: int, currency: str, language: str, text: str
) -> None:
    """A price per message part, in ten-thousandths, reads like any other money."""
    assert money_text(units, currency, language, decimals=4) == text


@pytest.mark.parametrize(
    ("currency", "english", "czech"),
    [("CZK", "CZK", "Kč"), ("EUR", "€", "€"), ("JPY", "JPY", "JPY")],
)
def test_currency_sign(currency: str, english: str, czech: str) -> None:
    assert currency_sign(currency, "en") == english
    assert currency_sign(currency, "cs") == czech


@pytest.mark.parametrize(
    ("units", "currency", "language", "text"),
    [
        (250_000, "EUR", "en", "2,500.00"),
        (250_000, "CZK", "cs", f"2{NBSP}500,00"),
        (-5, "EUR", "cs", "-0,05"),
        (1_000, "JPY", "en", "1,000"),
    ],
)
def test_amount_text_is_money_without_its_sign(
    units: int, currency: str, language: str, text: str
) -> None:
    assert amount_text(units, currency, language) == text


@pytest.mark.parametrize(
    ("count", "language", "text"),
    [
        (0, "en", "0"),
        (999, "cs", "999"),
        (2_005, "en", "2,005"),
        (12_345, "en", "12,345"),
        (12_345, "cs", f"12{NBSP}345"),
        (-1_000, "cs", f"-1{NBSP}000"),
    ],
)
def test_count_text(count: int, language: str, text: str) -> None:
    assert count_text(count, language) == text


@pytest.mark.parametrize(
    ("day", "language", "text"),
    [
        (date(2026, 3, 5), "en", "5 Mar 2026"),
        (date(2026, 3, 5), "cs", "5. 3. 2026"),
        ("2026-11-30", "en", "30 Nov 2026"),  # month end
        ("2026-11-30", "cs", "30. 11. 2026"),
        ("2026-12-31", "en", "31 Dec 2026"),  # year end
        ("2026-12-31", "cs", "31. 12. 2026"),
        ("2027-01-01", "en", "1 Jan 2027"),
        ("2028-02-29", "cs", "29. 2. 2028"),
        ("2026-09-05", "en", "5 Sept 2026"),  # en_GB, as Qt's date fields write it
    ],
)
def test_date_text(day: date | str, language: str, text: str) -> None:
    assert date_text(day, language) == text


@pytest.mark.parametrize(
    ("moment", "language", "text"),
    [
        ("2026-11-28T09:30:00.000000Z", "en", "28 Nov 2026 10:30"),  # CET, UTC+1
        ("2026-11-28T08:05:00.000000Z", "en", "28 Nov 2026 09:05"),
        ("2026-11-28T08:05:00.000000Z", "cs", "28. 11. 2026 9:05"),  # Czech: no leading zero
        ("2026-11-30T11:32:00.000000Z", "cs", "30. 11. 2026 12:32"),
        ("2026-07-01T22:15:00.000000Z", "en", "2 Jul 2026 00:15"),  # CEST: the next day
        ("2026-12-31T23:30:00.000000Z", "cs", "1. 1. 2027 0:30"),  # the next year, locally
        (datetime(2026, 7, 1, 10, 0, tzinfo=UTC), "cs", "1. 7. 2026 12:00"),
    ],
)
def test_datetime_text_is_local_time(moment: datetime | str, language: str, text: str) -> None:
    assert datetime_text(moment, language, PRAGUE) == text


def test_values_in_a_message_read_as_its_reader_s_language() -> None:
    from models.common.messages import Message, shown_values

    message = Message(
        "{credits} · {money} · {count} · {day}",
        credits=Credits(2_000_000),
        money=Money(121_000, "CZK"),
        count=Count(12_345),
        day=Day(date(2026, 11, 30)),
    )
    assert message == "2 credits · CZK 1,210.00 · 12,345 · 30 Nov 2026"
    assert shown_values(message.values, "cs") == {
        "credits": "2 kredity",
        "money": f"1{NBSP}210,00{NBSP}Kč",
        "count": f"12{NBSP}345",
        "day": "30. 11. 2026",
    }


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("CZ", "en", "Czechia"),
        ("CZ", "cs", "Česko"),
        ("DE", "cs", "Německo"),
        ("SH", "en", "St. Helena, Ascension & Tristan da Cunha"),  # as on invoices
        ("AQ", "cs", "Antarktida"),  # a country with no dialling code still has its name
        ("XX", "en", "XX"),  # an unknown code stays as it is
    ],
)
def test_country_name(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


@pytest.mark.parametrize(
    ("code", "expected"),
    [("CZ", True), ("GR", True), ("AQ", True), ("XK", True), ("cz", False), ("EU", False)],
)
def test_is_country(code: str, expected: bool) -> None:
    assert countries.is_country(code) is expected


def test_one_country_list_serves_addresses_and_the_price_list() -> None:
    assert set(countries.calling_codes()) <= set(countries.names("en"))
    assert countries.names("en").keys() == countries.names("cs").keys()
    assert countries.EU_MEMBERS <= set(countries.names("en"))
    assert not countries.is_country("ZZ") and "ZZ" not in countries.calling_codes()


@pytest.fixture
def czech_ui():
    from ui.common.formatting import use_language

    use_language("cs")
    yield
    use_language("en")


def test_the_window_shows_values_in_the_ui_language(czech_ui) -> None:
    from ui.common import formatting as shown

    assert shown.language() == "cs"
    assert shown.credits_text(12_345_678, signed=True) == "+12,345678"
    assert shown.credits_with_unit(40_000_000) == "40 kreditů"
    assert shown.money_text(123_450, "CZK") == f"1{NBSP}234,50{NBSP}Kč"
    assert shown.currency_sign("CZK") == "Kč"
    assert shown.count_text(12_345) == f"12{NBSP}345"
    assert shown.local_date("2026-03-05") == "5. 3. 2026"
    assert shown.country_name("DE") == "Německo"
    assert shown.short_date_format() == "d. M. yyyy"


def test_date_fields_read_like_the_dates_shown(qapp) -> None:
    """A QDateEdit's display format writes a day as `local_date` does, in both languages."""
    from PySide6.QtCore import QDate, QLocale

    from ui.common import formatting as shown

    try:
        for language in ("en", "cs"):
            shown.use_language(language)
            for day in (date(2026, 9, 5), date(2026, 11, 30), date(2026, 12, 31)):
                written = QLocale().toString(QDate(day), shown.short_date_format())
                assert written == shown.local_date(day)
    finally:
        shown.use_language("en")


def test_the_window_shows_values_in_english_by_default() -> None:
    from ui.common import formatting as shown

    shown.use_language("en")
    assert shown.credits_text(-35_000) == "-0.035"
    assert shown.credits_with_unit(1_000_000) == "1 credit"
    assert shown.money_text(123_450, "EUR") == "€1,234.50"
    assert shown.money_text(121_000, "CZK") == "CZK 1,210.00"
    assert shown.local_date(date(2026, 3, 5)) == "5 Mar 2026"
    assert shown.country_name("CZ") == "Czechia"
