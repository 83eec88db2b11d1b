"""Pricing by number type: typed price rows, the refusals, the CSV column and the schema step."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import phonenumbers
import pytest
from peewee import IntegrityError
from phonenumbers import PhoneNumberType

from models.common import database as db
from models.common import migrations
from models.pricing import numbering_plan, price_list
from models.pricing.campaign_estimate import PrefixIndex, Refused, price_recipients
from models.pricing.number_types import read_number_type
from models.pricing.phone_numbers import Normalized, Normalizer
from models.pricing.price_list_csv import PriceListImportError, read_price_list, write_price_list
from models.pricing.price_row import PriceRow
from models.pricing.recipients import normalize_entries, split_pasted

MOBILE = "+420601123456"
FIXED = "+420221234567"  # Prague
TOLL_FREE = "+420800123456"
PREMIUM = "+420900123456"
SHARED = "+420810123456"
VOIP = "+420910123456"

TYPED_ROWS = [
    PriceRow("CZ", "420", "", "", 30_000),
    PriceRow("CZ", "420", "", "", 50_000, "fixed-line"),
    PriceRow("CZ", "420", "", "", 90_000, "toll-free"),
    PriceRow("CZ", "420", "T-Mobile", "420601", 25_000),
    PriceRow("CZ", "420", "Prague", "420221", 45_000, "fixed-line"),
    PriceRow("SK", "421", "", "", 40_000),
    PriceRow("SK", "421", "", "", 41_000, "mobile"),
    PriceRow("SK", "421", "Orange", "421905", 39_000, "mobile"),
]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mobile", "mobile"),
        (" fixed line ", "fixed-line"),
        ("FIXED_LINE", "fixed-line"),
        ("landline", "fixed-line"),
        ("Toll free", "toll-free"),
        ("premium", "premium-rate"),
        ("Shared-Cost", "shared-cost"),
        ("VoIP", "voip"),
        ("pevná linka", "fixed-line"),
        ("", ""),
        ("any", ""),
        ("satellite", None),
        ("mobile phone", None),
    ],
)
def test_a_price_list_may_spell_a_type_as_people_do(text: str, kind: str | None) -> None:
    assert read_number_type(text) == kind


@pytest.mark.parametrize(
    ("number", "region", "price"),
    [
        (MOBILE, "CZ", 25_000),  # the operator's prefix, no type: any mobile
        ("+420777123456", "CZ", 30_000),  # the country's price for any type
        (FIXED, "CZ", 45_000),  # a fixed-line row of its prefix
        ("+420311234567", "CZ", 50_000),  # the country's fixed-line price
        (TOLL_FREE, "CZ", 90_000),  # a toll-free row: priced by it
        (VOIP, "CZ", 30_000),  # VoIP receives SMS: the rows without a type price it
        ("+421905123456", "SK", 39_000),  # the mobile row of its prefix
        ("+421903123456", "SK", 41_000),  # the country's mobile row before the untyped one
    ],
)
def test_a_number_is_priced_by_a_row_of_its_type(number: str, region: str, price: int) -> None:
    row = PrefixIndex(TYPED_ROWS).price_for(number, region)
    assert row is not None and (row.country, row.price) == (region, price)


@pytest.mark.parametrize(
    ("number", "region", "kind"),
    [
        (PREMIUM, "CZ", "premium-rate"),
        (SHARED, "CZ", "shared-cost"),
        ("+421221234567", "SK", "fixed-line"),  # SK's rows price no fixed lines
        ("+421800123456", "SK", "toll-free"),
    ],
)
def test_a_type_without_a_row_of_its_own_is_refused_with_it(
    number: str, region: str, kind: str
) -> None:
    index = PrefixIndex(TYPED_ROWS)
    assert index.lookup(number, region) == kind
    assert index.price_for(number, region) is None


def test_a_fixed_line_is_refused_where_the_list_prices_no_fixed_lines() -> None:
    index = PrefixIndex([PriceRow("CZ", "420", "", "", 30_000)])
    assert index.lookup(FIXED, "CZ") == "fixed-line"
    assert index.price_for(MOBILE, "CZ") is not None
    priced = price_recipients(normalize_entries(split_pasted(f"{MOBILE}\n{FIXED}"), "CZ"), index)
    assert priced.refused == (Refused(2, FIXED, "fixed-line"),)
    assert priced.priced_count == 1


NUMBERS = [MOBILE, FIXED, TOLL_FREE, PREMIUM, SHARED, VOIP, "+420777123456", "+420311234567"]
NUMBERS += ["+421905123456", "+421903123456", "+421221234567", "+421800123456", "+48512345678"]


def _many_numbers(count: int) -> list[str]:
    """Mobiles, fixed lines and the rest of NUMBERS, German and Polish numbers, none twice."""
    rng = random.Random(5)
    numbers = set(NUMBERS)
    while len(numbers) < count:
        head = rng.choice(["+420601", "+420777", "+420221", "+420311", "+421905", "+4917"])
        numbers.add(
            head
            + str(rng.randrange(10**7, 10**8) if head == "+4917" else rng.randrange(10**5, 10**6))
        )
    return [*NUMBERS, *sorted(numbers.difference(NUMBERS))]


@pytest.mark.parametrize("count", [len(NUMBERS), 15_000])  # by number, and list-wide
def test_the_bulk_path_prices_and_refuses_as_the_single_path_does(count: int) -> None:
    index = PrefixIndex([*TYPED_ROWS, PriceRow("DE", "49", "", "", 60_000)])
    numbers = _many_numbers(count)
    found = normalize_entries(split_pasted("\n".join(numbers * 2)), "CZ")
    assert [number.e164 for number in found.valid] == numbers
    priced = price_recipients(found, index)
    expected: dict[tuple[str, str, str, int], int] = {}
    refused, unpriced = [], []
    for line, (e164, region) in enumerate(found.valid, start=1):
        answer = index.lookup(e164, region)
        if isinstance(answer, PriceRow):
            key = (answer.country, answer.operator, answer.number_type, answer.price)
            expected[key] = expected.get(key, 0) + 1
        elif answer is None:
            unpriced.append(Normalized(e164, region))
        else:
            refused.append(Refused(line, e164, answer))
    groups = {(g.country, g.operator, g.number_type, g.price): g.recipients for g in priced.groups}
    assert groups == expected
    assert list(priced.refused) == refused
    assert list(priced.unpriced) == unpriced == [Normalized("+48512345678", "PL")]
    assert priced.priced_count + len(refused) + 1 == count
    assert {r.kind for r in refused} == {"premium-rate", "shared-cost", "fixed-line", "toll-free"}


_TYPES = {
    PhoneNumberType.FIXED_LINE: numbering_plan.FIXED_LINE,
    PhoneNumberType.TOLL_FREE: numbering_plan.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE: numbering_plan.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST: numbering_plan.SHARED_COST,
    PhoneNumberType.UAN: numbering_plan.UAN,
    PhoneNumberType.VOICEMAIL: numbering_plan.VOICEMAIL,
}


def test_the_bulk_path_types_numbers_as_phonenumbers_does() -> None:
    """Every valid number of a fixed-seed corpus over all regions and written forms: those
    whose type only its own rows price are noted with phonenumbers' type, no others."""
    from tests.helpers.phone_corpus import corpus

    by_default: dict[str, list[str]] = {}
    for text, default in corpus(12_000, seed=29):
        by_default.setdefault(default, []).append(text)
    differences, typed = [], 0
    for default, texts in by_default.items():
        normalizer = Normalizer(default)
        for found in normalizer.normalize_many(texts):
            if not isinstance(found, Normalized) or found.region == "001":
                continue
            kind = phonenumbers.number_type(phonenumbers.parse(found.e164))
            expected = _TYPES.get(kind)
            noted = normalizer.own_row_types.get(found.e164)
            typed += expected is not None
            if (noted[1] if noted else None) != expected:
                differences.append((default, found, noted, expected))
    assert differences[:20] == []
    assert typed > 2_000


TYPED_CSV = (
    "country,dialling_code,operator,prefix,price,number_type\n"
    "CZ,420,,,0.03,\n"
    "CZ,420,,,0.05,Fixed line\n"
    "CZ,420,Prague,420221,0.045,fixed-line\n"
    "CZ,420,,,0.09,toll free\n"
)


def test_the_type_column_round_trips_and_old_files_still_import() -> None:
    rows = read_price_list(TYPED_CSV.encode())
    assert [row.number_type for row in rows] == ["", "fixed-line", "fixed-line", "toll-free"]
    written = write_price_list(rows)
    assert written.splitlines()[0] == "country,dialling_code,operator,prefix,price,number_type"
    assert read_price_list(written.encode()) == rows
    old = read_price_list(b"country,dialling_code,operator,prefix,price\nCZ,420,,,0.03\n")
    assert old == [PriceRow("CZ", "420", "", "", 30_000, "")]


def test_a_repeated_price_for_a_type_names_both_rows() -> None:
    with pytest.raises(PriceListImportError) as error:
        read_price_list((TYPED_CSV + "CZ,420,,,0.06,landline\n").encode())
    assert str(error.value) == "Row 6: CZ's price for fixed-line numbers is already on row 3"


def test_typed_rows_are_stored_and_listed(database) -> None:
    price_list.replace("Typed", read_price_list(TYPED_CSV.encode()))
    assert [row.number_type for row in price_list.all_rows()] == [
        "",
        "fixed-line",
        "toll-free",
        "fixed-line",
    ]
    first = price_list.rows_page(limit=2)
    rest = price_list.rows_page(after=(first[-1].country, first[-1].prefix, "fixed-line"))
    assert [*first, *rest] == price_list.all_rows()
    assert [row.prefix for row in price_list.rows_page("toll free")] == [""]
    with pytest.raises(IntegrityError):
        db.database.execute_sql(
            "INSERT INTO price (price_list_id, country, dialling_code, prefix, price, number_type)"
            " SELECT id, 'CZ', '420', '', 1, 'satellite' FROM price_list"
        )


def test_a_database_of_schema_9_keeps_its_prices_as_prices_for_any_type(tmp_path: Path) -> None:
    from peewee import SqliteDatabase

    path = tmp_path / "old.sqlite3"
    old = SqliteDatabase(str(path))
    for step in migrations.sqlite_steps()[:9]:
        step(old)
    old.execute_sql("PRAGMA user_version = 9")
    old.execute_sql(
        "INSERT INTO price_list (id, name, imported_at) VALUES (1, 'Old', '2026-01-01T00:00:00')"
    )
    old.execute_sql(
        "INSERT INTO price (price_list_id, country, dialling_code, operator, prefix, price) "
        "VALUES (1, 'CZ', '420', '', '', 30000), (1, 'CZ', '420', 'T', '420601', 25000)"
    )
    old.close()
    session = db.open_database(path)
    try:
        assert migrations.schema_version(session.db) == migrations.SCHEMA_VERSION
        assert price_list.all_rows() == [
            PriceRow("CZ", "420", "", "", 30_000),
            PriceRow("CZ", "420", "T", "420601", 25_000),
        ]
        price_list.replace("Typed", read_price_list(TYPED_CSV.encode()))  # same prefix, two types
        assert len(price_list.all_rows()) == 4
    finally:
        session.close()
    with sqlite3.connect(path) as connection:
        indexes = dict(
            connection.execute("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'price'")
        )
    connection.close()
    assert "number_type, prefix" in indexes["price_by_country"]


def test_a_server_database_of_schema_9_is_migrated_as_sqlite_is(postgres_address) -> None:
    from models.common.database_postgres import PostgresDatabase

    server = PostgresDatabase(postgres_address)
    with server.atomic():
        for step in migrations.server_steps()[:9]:
            step(server)
        server.execute_sql("CREATE TABLE credit_desk_schema (version INTEGER NOT NULL)")
        server.execute_sql("INSERT INTO credit_desk_schema (version) VALUES (9)")
        server.execute_sql(
            "INSERT INTO price_list (id, name, imported_at) VALUES (1, 'Old', '2026-01-01')"
        )
        server.execute_sql(
            "INSERT INTO price (price_list_id, country, dialling_code, price) "
            "VALUES (1, 'CZ', '420', 30000)"
        )
    server.close()
    session = db.open_database(postgres_address)
    try:
        assert price_list.all_rows() == [PriceRow("CZ", "420", "", "", 30_000)]
        price_list.replace("Typed", read_price_list(TYPED_CSV.encode()))
        assert [row.number_type for row in price_list.all_rows()] == [
            "",
            "fixed-line",
            "toll-free",
            "fixed-line",
        ]
        with pytest.raises(IntegrityError), db.database.atomic():
            db.database.execute_sql(
                "INSERT INTO price (price_list_id, country, dialling_code, prefix, price, "
                "number_type) SELECT id, 'CZ', '420', '', 1, 'satellite' FROM price_list"
            )
    finally:
        session.close()
