"""Campaign cost: longest prefix wins, country fallback, breakdown, money, recipients, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from models.pricing.campaign_estimate import (
    PrefixIndex,
    credits_to_money,
    estimate,
    price_recipients,
    unit_price,
)
from models.pricing.price_list import PriceRow
from models.pricing.recipients import (
    column_entries,
    guess_column,
    normalize_entries,
    read_recipient_table,
    split_pasted,
)
from models.settings import store as settings

ROWS = [
    PriceRow("CZ", "420", "", "", 30_000),
    PriceRow("CZ", "420", "T-Mobile", "4207030", 31_000),
    PriceRow("CZ", "420", "YATECO", "42070301", 50_000),  # inside T-Mobile's range
    PriceRow("CZ", "420", "O2", "420601", 36_000),
    PriceRow("SK", "421", "", "", 40_000),
    PriceRow("US", "1", "", "", 10_000),
    PriceRow("CA", "1", "", "", 12_000),
]


@pytest.mark.parametrize(
    ("number", "region", "operator", "price"),
    [
        ("+420703012345", "CZ", "YATECO", 50_000),  # the longest matching prefix
        ("+420703021234", "CZ", "T-Mobile", 31_000),
        ("+420601123456", "CZ", "O2", 36_000),
        ("+420777123456", "CZ", "", 30_000),  # no operator prefix: the country's price
        ("+421905123456", "SK", "", 40_000),
        ("+12015550123", "US", "", 10_000),  # +1 shared: the number's region decides
        ("+12045550123", "CA", "", 12_000),
    ],
)
def test_longest_prefix_then_country(number: str, region: str, operator: str, price: int) -> None:
    row = PrefixIndex(ROWS).price_for(number, region)
    assert row is not None and (row.operator, row.price) == (operator, price)


def test_country_without_a_price_is_unpriced() -> None:
    assert PrefixIndex(ROWS).price_for("+48512345678", "PL") is None


def test_breakdown_and_total() -> None:
    text = "\n".join(
        [
            "+420 703 012 345",
            "703 021 234",
            "703021234",  # duplicate
            "601 123 456",
            "777 123 456",
            "777 123 457",
            "+421 905 123 456",
            "+48 512 345 678",  # valid, not in this price list
            "12",  # invalid
        ]
    )
    found = normalize_entries(split_pasted(text), "CZ")
    assert (len(found.valid), len(found.invalid), len(found.duplicates)) == (7, 1, 1)
    assert found.duplicates[0].first_line == 2
    priced = price_recipients(found, PrefixIndex(ROWS))
    assert [r.e164 for r in priced.unpriced] == ["+48512345678"]
    cost = estimate(priced, parts=3)
    assert [
        (line.country, line.operator, line.recipients, line.credits) for line in cost.lines
    ] == [
        ("CZ", "", 2, 2 * 3 * 30_000),
        ("CZ", "O2", 1, 3 * 36_000),
        ("CZ", "T-Mobile", 1, 3 * 31_000),
        ("CZ", "YATECO", 1, 3 * 50_000),
        ("SK", "", 1, 3 * 40_000),
    ]
    assert cost.total == 3 * (60_000 + 36_000 + 31_000 + 50_000 + 40_000)
    assert cost.missing(500_000) == cost.total - 500_000
    assert cost.missing(10**9) == 0


def test_pasted_numbers_split_on_lines_commas_semicolons_and_tabs() -> None:
    assert split_pasted("601 123 456, 602 123 456\n\n;603 123 456\t604").pairs() == [
        (1, "601 123 456"),
        (1, "602 123 456"),
        (3, "603 123 456"),
        (3, "604"),
    ]
    assert split_pasted(" 601 123 456 \n\n  \n602").pairs() == [(1, "601 123 456"), (4, "602")]


def test_recipient_csv_column_is_found_by_name_or_content() -> None:
    table = read_recipient_table(
        "Jméno;Telefon\nJana;601 123 456\nPetr;602 123 456\n".encode("cp1250")
    )
    assert table.has_header and table.columns == ["Jméno", "Telefon"]
    assert guess_column(table) == 1
    assert column_entries(table, 1).pairs() == [(2, "601 123 456"), (3, "602 123 456")]
    headless = read_recipient_table(b"Jana,601123456\nPetr,602123456\n")
    assert not headless.has_header and guess_column(headless) == 1


@pytest.mark.parametrize(
    ("micro", "per_credit", "minor"),
    [
        (1_000_000, 100, 100),
        (35_000, 100, 4),
        (34_999, 100, 3),
        (32_000, 2500, 80),
        (5_000, 100, 1),
    ],
)
def test_credits_to_money_rounds_half_up(micro: int, per_credit: int, minor: int) -> None:
    assert credits_to_money(micro, per_credit) == minor


def test_unit_price_keeps_four_decimals() -> None:
    assert str(unit_price(36_100, 100, 2)) == "0.0361"
    assert str(unit_price(36_100, 2500, 2)) == "0.9025"


def test_currency_settings_have_defaults_and_validate(database) -> None:
    assert settings.get("credit_price.EUR") == "100"
    assert settings.get("credit_price.CZK") == "2500"
    assert settings.display("credit_price.CZK", "2500") == "25.00 CZK"
    assert settings.set_value("credit_price.EUR", "1.25") == "125"
    assert settings.get("messages.max_parts") == "6"
    assert settings.get("recipients.default_country") == "CZ"
    assert settings.set_value("recipients.default_country", "sk") == "SK"
    for key, value in [
        ("credit_price.EUR", "0"),
        ("credit_price.CZK", "abc"),
        ("messages.max_parts", "0"),
        ("messages.max_parts", "300"),
        ("recipients.default_country", "XX"),
    ]:
        with pytest.raises(settings.SettingError):
            settings.set_value(key, value)


def test_cli_estimate(database_path: Path, tmp_path: Path, capsys) -> None:
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("+420 601 123 456\n601123456\n777 123 456\n12345\n+421 905 123 456\n")
    code = main.main(
        [
            "--database",
            str(database_path),
            "estimate",
            "--text",
            "a" * 161,
            "--recipients",
            str(numbers),
        ]
    )
    out = capsys.readouterr()
    assert code == 0
    lines = out.out.splitlines()
    assert lines[:7] == [
        "encoding: GSM-7",
        "characters: 161",
        "parts: 2",
        "recipients: 5",
        "valid: 3",
        "invalid: 1",
        "duplicates: 1",
    ]
    # sample prices: O2 0.0361, Vodafone +420777 0.0348, Slovakia fallback or operator
    assert lines[7].startswith("total credits: ")
    assert "line 4: “12345” too short" in out.err


@pytest.mark.parametrize(
    ("text", "content", "message"),
    [
        ("", "601123456\n", "message text is empty"),
        ("Hi", None, "cannot read"),
        ("Hi", "", "The file is empty"),
        ("Hi", "hello\nworld\n", "no valid phone numbers"),
        ("Hi", "phone\n", "holds no phone numbers"),
    ],
)
def test_cli_estimate_bad_input(database_path, tmp_path, capsys, text, content, message) -> None:
    numbers = tmp_path / "numbers.txt"
    if content is not None:
        numbers.write_text(content)
    code = main.main(
        ["--database", str(database_path), "estimate", "--text", text, "--recipients", str(numbers)]
    )
    assert code != 0
    assert message in capsys.readouterr().err


SHARED_CODE_ROWS = [
    PriceRow("US", "1", "", "", 145_200),
    PriceRow("US", "1", "Big Telco", "1684", 150_000),  # a row wrongly under +1 684
    PriceRow("AS", "1", "", "", 40_900),
    PriceRow("RU", "7", "", "", 30_000),
    PriceRow("RU", "7", "MTS", "77", 31_000),
    PriceRow("KZ", "7", "", "", 50_000),
    PriceRow("GB", "44", "", "", 40_000),
    PriceRow("GB", "44", "Vodafone", "447911", 41_000),
    PriceRow("GG", "44", "", "", 60_000),
    PriceRow("CZ", "420", "", "", 30_000),
]


@pytest.mark.parametrize(
    ("number", "region", "price"),
    [
        ("+16847331234", "AS", 40_900),  # American Samoa: never a US row
        ("+12015550123", "US", 145_200),
        ("+77011234567", "KZ", 50_000),  # +7 7…: Kazakhstan's own price, not Russia's prefix
        ("+79123456789", "RU", 30_000),
        ("+447911123456", "GG", 60_000),  # a Guernsey number under a GB prefix
        ("+447400123456", "GB", 40_000),
    ],
)
def test_a_number_is_priced_by_a_row_of_its_own_country(number, region, price) -> None:
    row = PrefixIndex(SHARED_CODE_ROWS).price_for(number, region)
    assert row is not None and (row.country, row.price) == (region, price)


@pytest.mark.parametrize(
    ("number", "region", "kind"),
    [
        ("+420800123456", "CZ", "toll-free"),
        ("+420900123456", "CZ", "premium-rate"),
        ("+420810123456", "CZ", "shared-cost"),
        ("+18005550123", "US", "toll-free"),
    ],
)
def test_numbers_that_cannot_receive_sms_are_refused_with_their_type(number, region, kind):
    index = PrefixIndex(SHARED_CODE_ROWS)
    assert index.lookup(number, region) == kind
    assert index.price_for(number, region) is None


def test_refused_numbers_are_listed_with_their_line_and_reason() -> None:
    from models.pricing.campaign_estimate import Refused, refusal_reason

    found = normalize_entries(split_pasted("601 123 456\n800 123 456\n+420 900 123 456"), "CZ")
    assert len(found.valid) == 3
    priced = price_recipients(found, PrefixIndex(SHARED_CODE_ROWS))
    assert priced.priced_count == 1 and priced.unpriced == ()
    assert priced.refused == (
        Refused(2, "+420800123456", "toll-free"),
        Refused(3, "+420900123456", "premium-rate"),
    )
    assert str(refusal_reason("toll-free")) == (
        "a toll-free number: not priced by the price list (it cannot receive SMS)"
    )


def test_cli_estimate_lists_refused_numbers(database_path: Path, tmp_path: Path, capsys) -> None:
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("601 123 456\n800 123 456\n")
    args = ["--database", str(database_path), "estimate", "--text", "Hi", "--recipients"]
    assert main.main([*args, str(numbers)]) == 0
    out = capsys.readouterr()
    assert "refused (no price for their number type): 1" in out.out.splitlines()
    assert (
        "line 2: “+420800123456” a toll-free number: not priced by the price list "
        "(it cannot receive SMS)" in out.err
    )
