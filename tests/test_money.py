"""Parsing and formatting of credits and currency amounts, in English and Czech conventions."""

from __future__ import annotations

import pytest

from models.common.formatting import credits_text
from models.common.messages import Message
from models.common.money import (
    AmountError,
    format_units,
    parse_credits,
    parse_money,
)

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("text", "locale", "micro"),
    [
        ("1", "en", 1_000_000),
        ("0.5", "en", 500_000),
        ("1,234.5678", "en", 1_234_567_800),
        ("1 234.5678", "en", 1_234_567_800),
        ("  12.000001 ", "en", 12_000_001),
        ("1 234,5678", "cs", 1_234_567_800),
        (f"1{NBSP}234,5678", "cs", 1_234_567_800),
        (f"1{NNBSP}234{NNBSP}567,8", "cs", 1_234_567_800_000),
        ("0,25", "cs", 250_000),
        ("0.25", "cs", 250_000),  # a decimal point typed in Czech
        ("+3", "en", 3_000_000),
        ("0", "en", 0),
        ("-0", "en", 0),
        ("9223372036854.775807", "en", 2**63 - 1),
    ],
)
def test_parse_credits(text: str, locale: str, micro: int) -> None:
    assert parse_credits(text, locale) == micro


@pytest.mark.parametrize(
    ("text", "micro"),
    [("-5", -5_000_000), ("\u22125", -5_000_000), ("\u2212 1,000.25", -1_000_250_000)],
)
def test_parse_negative_where_allowed(text: str, micro: int) -> None:
    assert parse_credits(text, "en", allow_negative=True) == micro


@pytest.mark.parametrize(
    ("text", "locale", "message"),
    [
        ("", "en", "Enter an amount"),
        ("   ", "en", "Enter an amount"),
        ("NaN", "en", "not a number"),
        ("nan", "cs", "not a number"),
        ("inf", "en", "not a number"),
        ("Infinity", "en", "not a number"),
        ("1e5", "en", "not a number"),
        ("1E-3", "en", "not a number"),
        ("0x10", "en", "not a number"),
        ("1.2.3", "en", "not a number"),
        ("1.", "en", "digits must follow"),
        ("12,34.5", "en", "misplaced thousands"),
        ("1,2345", "en", "misplaced thousands"),
        ("1.0000001", "en", "more than 6 decimal places"),
        ("-5", "en", "cannot be negative"),
        ("\u22125", "cs", "cannot be negative"),
        ("9223372036854.775808", "en", "too large"),
        ("99999999999999999999", "en", "too large"),
        ("1,5,0", "cs", "not a number"),
        ("١٢", "en", "not a number"),  # Arabic-Indic digits are not accepted silently
        ("12 credits", "en", "not a number"),
    ],
)
def test_parse_credits_rejects(text: str, locale: str, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_credits(text, locale)


@pytest.mark.parametrize(
    ("text", "currency", "locale", "units"),
    [
        ("1 234,50", "CZK", "cs", 123_450),
        ("1,234.50", "EUR", "en", 123_450),
        ("0.01", "EUR", "en", 1),
        ("100", "CZK", "cs", 10_000),
        ("500", "JPY", "en", 500),
    ],
)
def test_parse_money(text: str, currency: str, locale: str, units: int) -> None:
    assert parse_money(text, currency, locale) == units


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [("0.001", "EUR", "more than 2 decimal places"), ("5.5", "JPY", "whole number")],
)
def test_parse_money_rejects(text: str, currency: str, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_money(text, currency)


@pytest.mark.parametrize("micro", [0, 1, 999_999, 1_234_567_891, 2**63 - 1])
@pytest.mark.parametrize("locale", ["en", "cs"])
def test_format_then_parse_round_trips(micro: int, locale: str) -> None:
    assert parse_credits(credits_text(micro, locale), locale) == micro


@pytest.mark.parametrize(
    ("units", "decimals", "locale", "text"),
    [
        (123_450, 2, "en", "1,234.50"),
        (123_450, 2, "cs", f"1{NBSP}234,50"),
        (-100_000_000, 2, "en", "-1,000,000.00"),
        (999, 0, "en", "999"),
        (1000, 0, "cs", f"1{NBSP}000"),
    ],
)
def test_format_units(units: int, decimals: int, locale: str, text: str) -> None:
    assert format_units(units, decimals, locale) == text


def test_an_amount_error_keeps_its_template_and_what_was_typed() -> None:
    with pytest.raises(AmountError) as raised:
        parse_money(" 0.001 ", "EUR")
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.template == "“{value}” has more than {decimals} decimal places."
    assert message.values == {"value": "0.001", "decimals": 2}
    assert message == "“0.001” has more than 2 decimal places."
