"""The price list: CSV import (every problem by row, all or nothing), export, sample, paging."""

from __future__ import annotations

import pytest

from models.common.messages import Message
from models.pricing import price_list
from models.pricing.price_list import PriceRow
from models.pricing.price_list_csv import (
    PriceListImportError,
    RowError,
    parse_price,
    read_price_list,
    write_price_list,
)

GOOD = (
    "country;dialling_code;operator;prefix;price\n"
    "CZ;420;;;0,032\n"
    "CZ;+420;O2;420 601;0,0361\n"
    "SK;421;Orange;421905;0.041\n"
)


def test_reads_semicolon_and_decimal_comma() -> None:
    rows = read_price_list(GOOD.encode("utf-8"))
    assert rows == [
        PriceRow("CZ", "420", "", "", 32_000),
        PriceRow("CZ", "420", "O2", "420601", 36_100),
        PriceRow("SK", "421", "Orange", "421905", 41_000),
    ]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
        lambda text: text.encode("cp1250"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1250"],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_delimiters(encode, delimiter: str) -> None:
    text = (
        f"Země{delimiter}Operátor{delimiter}Prefix{delimiter}Cena\n"
        f'Česko{delimiter}Žluťoučký{delimiter}420601{delimiter}"0,5"\n'
    )
    rows = read_price_list(encode(text))
    assert rows == [PriceRow("CZ", "420", "Žluťoučký", "420601", 500_000)]


def test_round_trip_through_export() -> None:
    rows = read_price_list(GOOD.encode("utf-8"))
    assert read_price_list(write_price_list(rows).encode("utf-8")) == rows
    assert write_price_list(rows).splitlines()[1] == "CZ,420,,,0.032,"  # no type: any type


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "The file is empty."),
        (b"  \n\n", "The file is empty."),
        (b"country,price\n", "a header but no prices"),
        (b"land,cost\nCZ,1\n", "Row 1: Missing column(s): country, price."),
        (b"country,price,price\nCZ,1,2\n", "Column(s) given twice: price"),
        (b"country,price\nCZ,abc\n", "Row 2: the price “abc” is not a number"),
        (b"country,price\nCZ,-0.5\n", "Row 2: the price “-0.5” is negative"),
        (b"country,price\nCZ,0\n", "Row 2: the price must be more than zero"),
        (b"country,price\nCZ,\n", "Row 2: the price is missing"),
        (b"country,price\nCZ,0.0000001\n", "more than 6 decimal places"),
        (b"country,price\nCZ,1.000.5\n", "is not a number"),
        (b"country,price\nCZ,5000\n", "over 1000 credits"),
        (b"country,price\nXX,1\n", "Row 2: unknown country “XX”"),
        (b"country,price\n,1\n", "Row 2: the country is missing"),
        (
            b"country,price\nCZ,1\nSK,2\nCZ,3\n",
            "Row 4: CZ's country price is already priced on row 2",
        ),
        (
            b"country,prefix,price\nCZ,420601,1\nCZ,420601,2\n",
            "Row 3: prefix +420601 is already priced on row 2",
        ),
        (b"country,prefix,price\nCZ,421905,1\n", "does not start with CZ's code +420"),
        (b"country,prefix,price\nCZ,42A,1\n", "is not a number prefix"),
        (b"country,dialling_code,price\nCZ,421,1\n", "the dialling code +421 is not CZ's"),
        (b"country,price\nCZ,1,2\n", "Row 2: 3 fields where the header has 2"),
        ("country,price\n".encode("utf-16"), "UTF-16"),
        (b"country,price\n\x81\x83\x88\x90,1\n", "neither UTF-8 nor Windows-1250"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
        (b'country,price\n"CZ,1\n', "not valid CSV"),
    ],
)
def test_bad_files_are_refused_with_the_row(content: bytes, expected: str) -> None:
    with pytest.raises(PriceListImportError) as raised:
        read_price_list(content)
    assert expected in str(raised.value)


def test_every_bad_row_is_listed() -> None:
    content = b"country,price\nCZ,1\nXX,1\nSK,-1\nPL,1\nAT,x\n"
    with pytest.raises(PriceListImportError) as raised:
        read_price_list(content)
    assert [p.row for p in raised.value.problems] == [3, 4, 6]


def test_row_problems_keep_the_bad_input_for_translation() -> None:
    with pytest.raises(PriceListImportError) as raised:
        read_price_list(b"country,price\nCZ,abc\nCZ,1\nCZ,2\n")
    price, repeated = raised.value.problems
    assert isinstance(price.message, Message) and price.message.values == {"value": "abc"}
    assert repeated.message.values == {"iso": "CZ", "first": 3}
    shown = price.as_message()
    assert isinstance(shown, Message) and shown.values == {"row": 2, "problem": price.message}
    assert str(price) == "Row 2: the price “abc” is not a number (write e.g. 0.035 or 0,035)"
    with pytest.raises(RowError) as single:
        parse_price("-1")
    assert isinstance(single.value.args[0], Message)
    assert single.value.args[0].values == {"value": "-1"}


def test_a_row_problem_is_shown_in_czech(qapp) -> None:

    import launch
    from ui.common.formatting import use_language
    from ui.common.messages import translated
    from ui.common.translations import remove_translators

    with pytest.raises(PriceListImportError) as raised:
        read_price_list(b"country,price\nCZ,abc\n")
    (problem,) = raised.value.problems
    _, translators = launch.install_language(qapp, "cs")
    use_language("cs")
    try:
        assert translated(problem.as_message()) == (
            "Řádek 2: cena „abc“ není číslo (napište např. 0,035 nebo 0.035)"
        )
    finally:
        remove_translators(qapp, translators)
        use_language("en")


@pytest.mark.parametrize(
    ("text", "micro"),
    [("0.035", 35_000), ("0,035", 35_000), ("1", 1_000_000), ("+2.5", 2_500_000), ("0.000001", 1)],
)
def test_parse_price(text: str, micro: int) -> None:
    assert parse_price(text) == micro


def test_import_replaces_all_or_nothing(database) -> None:
    first = price_list.replace("First", read_price_list(GOOD.encode("utf-8")))
    assert (first.name, first.price_count, first.country_count, first.is_sample) == (
        "First",
        3,
        2,
        False,
    )
    with pytest.raises(PriceListImportError):
        read_price_list(b"country,price\nCZ,1\nXX,2\n")
    assert price_list.current() == first
    assert len(price_list.all_rows()) == 3


def test_replace_is_atomic_when_cancelled(database) -> None:
    price_list.replace("First", read_price_list(GOOD.encode("utf-8")))
    rows = [PriceRow("CZ", "420", "x", f"420{i:06d}", 1) for i in range(5000)]
    from models.common.progress import Cancelled

    calls = []

    def cancel_after_first_batch() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        price_list.replace("Second", rows, cancelled=cancel_after_first_batch)
    assert price_list.current().name == "First"
    assert len(price_list.all_rows()) == 3


def test_sample_loads_on_first_use_and_is_named_as_one(database) -> None:
    assert price_list.current() is None
    info = price_list.ensure_loaded()
    assert info.is_sample and info.name == price_list.SAMPLE_NAME
    assert info.country_count == 245
    assert info.price_count > 20_000
    assert price_list.ensure_loaded() == info  # once
    assert price_list.country_price("CZ") == PriceRow("CZ", "420", "", "", 32_000)


def test_pages_follow_the_given_country_order_then_the_rest_by_code(database) -> None:
    price_list.ensure_loaded()
    order = ["SK", "CZ"]
    slovak = len(price_list.rows_page("+421", limit=5000))
    first = price_list.rows_page(limit=slovak + 3, order=order)
    assert [row.country for row in first] == ["SK"] * slovak + ["CZ"] * 3
    after = (first[-1].country, first[-1].prefix)
    rest = price_list.rows_page(after=after, limit=5000, order=order)
    czech = len(price_list.rows_page("česko", limit=5000))
    assert [row.country for row in rest[: czech - 3]] == ["CZ"] * (czech - 3)
    assert rest[czech - 3].country == "AC"  # then the countries the order does not name, by code


def test_pages_follow_each_other_and_search_filters(database) -> None:
    price_list.ensure_loaded()
    first = price_list.rows_page(limit=50)
    second = price_list.rows_page(after=(first[-1].country, first[-1].prefix), limit=50)
    assert len(first) == len(second) == 50
    assert first[-1] != second[0]
    assert price_list.rows_page(limit=100)[50:] == second
    czech = price_list.rows_page("česko", limit=5000)
    assert {row.country for row in czech} == {"CZ"}
    assert price_list.rows_page("czechia", limit=5000) == czech
    assert {row.country for row in price_list.rows_page("+421", limit=5000)} == {"SK"}
    vodafone = price_list.rows_page("vodafone", limit=5000)
    assert vodafone and all("vodafone" in row.operator.lower() for row in vodafone)
    assert price_list.rows_page("no such thing at all") == []
