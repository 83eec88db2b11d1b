"""The formatters every page, PDF and CLI command uses: input → what the user reads, in English and Czech."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.common import countries
from models.common.formatting import (
    amount_text,
    count_text,
    country_name,
    credits_text,
    date_text,
    datetime_text,
    document_date_text,
    money_text,
)

NBSP = "\u00a0"
PRAGUE = ZoneInfo("Europe/Prague")


@pytest.mark.parametrize(
    ("micro", "language", "signed", "text"),
    [
        (0, "en", False, "0.0000"),
        (0, "cs", True, "0,0000"),  # zero takes no sign
        (1_234_567_800, "en", False, "1,234.5678"),
        (1_234_567_800, "cs", False, f"1{NBSP}234,5678"),
        (12_345_678, "en", True, "+12.345678"),  # six decimals when the amount has them
        (12_345_678, "cs", True, "+12,345678"),
        (35_000, "en", False, "0.0350"),
        (1, "en", False, "0.000001"),  # never rounded away
        (-35_500, "en", True, "-0.0355"),
        (-35_510, "cs", True, "-0,03551"),
        (-1_234_567_890_000, "en", False, "-1,234,567.8900"),
        (-1_234_567_890_000, "cs", False, f"-1{NBSP}234{NBSP}567,8900"),
    ],
)
def test_credits_text(micro: int, language: str, signed: bool, text: str) -> None:
    assert credits_text(micro, language, signed=signed) == text


@pytest.mark.parametrize(
    ("units", "currency", "language", "text"),
    [
        (123_450, "EUR", "en", "€1,234.50"),
        (123_450, "EUR", "cs", f"1{NBSP}234,50{NBSP}€"),
        (123_450, "CZK", "cs", f"1{NBSP}234,50{NBSP}Kč"),
        (6_050, "CZK", "en", "CZK60.50"),
        (-1, "EUR", "en", "-€0.01"),
        (1_000, "JPY", "en", "¥1,000"),  # no minor unit
    ],
)
def test_money_text(units: int, currency: str, language: str, text: str) -> None:
    assert money_text(units, currency, language) == text


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
    [(0, "en", "0"), (999, "cs", "999"), (12_345, "en", "12,345"), (12_345, "cs", f"12{NBSP}345")],
)
def test_count_text(count: int, language: str, text: str) -> None:
    assert count_text(count, language) == text


@pytest.mark.parametrize(
    ("day", "language", "text"),
    [
        (date(2026, 3, 5), "en", "05/03/2026"),
        (date(2026, 3, 5), "cs", "05.03.2026"),
        ("2026-12-12", "en", "12/12/2026"),
        ("2026-12-12", "cs", "12.12.2026"),
    ],
)
def test_date_text(day: date | str, language: str, text: str) -> None:
    assert date_text(day, language) == text


@pytest.mark.parametrize(
    ("moment", "language", "text"),
    [
        ("2026-11-28T09:30:00.000000Z", "en", "28/11/2026 10:30"),  # CET, UTC+1
        ("2026-11-28T08:05:00.000000Z", "cs", "28.11.2026 9:05"),  # Czech: no leading zero
        ("2026-07-01T22:15:00.000000Z", "en", "02/07/2026 00:15"),  # CEST: the next day
        (datetime(2026, 7, 1, 10, 0, tzinfo=UTC), "cs", "01.07.2026 12:00"),
    ],
)
def test_datetime_text_is_local_time(moment: datetime | str, language: str, text: str) -> None:
    assert datetime_text(moment, language, PRAGUE) == text


@pytest.mark.parametrize(
    ("day", "language", "text"),
    [("2026-03-05", "en", "5 Mar 2026"), ("2026-03-05", "cs", "5. 3. 2026")],
)
def test_document_date_text_is_written_out_as_invoices_print_it(
    day: str, language: str, text: str
) -> None:
    assert document_date_text(day, language) == text


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
    assert shown.money_text(123_450, "CZK") == f"1{NBSP}234,50{NBSP}Kč"
    assert shown.count_text(12_345) == f"12{NBSP}345"
    assert shown.local_date("2026-03-05") == "05.03.2026"
    assert shown.country_name("DE") == "Německo"
    assert shown.short_date_format() == "dd.MM.yyyy"  # date fields read like local_date


def test_the_window_shows_values_in_english_by_default() -> None:
    from ui.common import formatting as shown

    shown.use_language("en")
    assert shown.credits_text(-35_000) == "-0.0350"
    assert shown.money_text(123_450, "EUR") == "€1,234.50"
    assert shown.local_date(date(2026, 3, 5)) == "05/03/2026"
    assert shown.country_name("CZ") == "Czechia"
