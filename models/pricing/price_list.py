"""The price list in force: its header and its prices, replaced whole, read page by page."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple, cast

from peewee import SQL, AutoField, BooleanField, ForeignKeyField, IntegerField, TextField

from models.common import countries
from models.common.database import BaseModel, database, retried, write_transaction
from models.common.progress import CancelCheck, Progress, check, never_cancelled, no_progress
from models.pricing import number_types, numbering_plan
from models.pricing.price_row import PriceRow as PriceRow  # read as price_list.PriceRow too

SAMPLE_PATH = Path(__file__).resolve().parents[2] / "resources" / "sample_price_list.csv"
SAMPLE_NAME = "Sample price list"
_BATCH = 2000


class PriceList(BaseModel):
    id = AutoField()
    name = TextField()
    is_sample = BooleanField(default=False)
    imported_at = TextField()  # ISO 8601, UTC
    price_count = IntegerField(default=0)
    country_count = IntegerField(default=0)

    class Meta:
        table_name = "price_list"


class Price(BaseModel):
    price_list = ForeignKeyField(
        PriceList, column_name="price_list_id", on_delete="CASCADE", index=False
    )
    country = TextField()  # ISO 3166 code
    dialling_code = TextField()  # digits, no "+"
    operator = TextField(default="")
    prefix = TextField(default="")  # international digits; "" = the country's fallback price
    price = IntegerField()  # micro-credits per message part
    # numbering_plan's type the row prices ("mobile", "fixed-line"…); "" = any type a row
    # without a type prices (see number_types)
    number_type = TextField(default="")

    class Meta:
        table_name = "price"
        indexes = (
            SQL(
                "CREATE UNIQUE INDEX price_by_country "
                "ON price (price_list_id, country, number_type, prefix)"
            ),
            SQL(
                "CREATE UNIQUE INDEX price_by_prefix ON price (price_list_id, number_type, prefix) "
                "WHERE prefix <> ''"
            ),
        )


_ROW_FIELDS = (
    Price.country,
    Price.dialling_code,
    Price.operator,
    Price.prefix,
    Price.price,
    Price.number_type,
)


# A NamedTuple, not a dataclass: defined on every start, at a sixth of a dataclass's cost.
class PriceListInfo(NamedTuple):
    id: int
    name: str
    is_sample: bool
    imported_at: datetime  # aware, UTC
    price_count: int
    country_count: int


def _info(row: PriceList) -> PriceListInfo:
    return PriceListInfo(
        int(row.id),
        str(row.name),
        bool(row.is_sample),
        datetime.fromisoformat(str(row.imported_at)),
        int(row.price_count),
        int(row.country_count),
    )


def current() -> PriceListInfo | None:
    """The header of the price list in force, or None before the first one is loaded."""
    row = PriceList.select().order_by(PriceList.id.desc()).first()
    return _info(row) if row is not None else None


@retried
def replace(
    name: str,
    rows: Sequence[PriceRow],
    is_sample: bool = False,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    now: datetime | None = None,
) -> PriceListInfo:
    """Put `rows` in force instead of the current list, all or nothing, in one transaction."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    with write_transaction():
        Price.delete().execute()
        PriceList.delete().execute()
        header = PriceList.create(
            name=name,
            is_sample=is_sample,
            imported_at=stamp,
            price_count=len(rows),
            country_count=len({row.country for row in rows}),
        )
        for start in range(0, len(rows), _BATCH):
            check(cancelled)
            batch = rows[start : start + _BATCH]
            database.executemany(  # plain executemany: ten times faster than building a query
                "INSERT INTO price (price_list_id, country, dialling_code, operator, prefix, price,"
                " number_type) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        header.id,
                        r.country,
                        r.dialling_code,
                        r.operator,
                        r.prefix,
                        r.price,
                        r.number_type,
                    )
                    for r in batch
                ],
            )
            progress(start + len(batch), len(rows))
        check(cancelled)
    return _info(header)


@retried
def ensure_loaded(
    progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled
) -> PriceListInfo:
    """The price list in force; on first use, the bundled sample is loaded and named as one."""
    found = current()
    if found is not None:
        return found
    from models.pricing.price_list_csv import read_price_list  # only for the first start

    rows = read_price_list(SAMPLE_PATH.read_bytes(), cancelled=cancelled)
    with write_transaction():  # another window or process may have loaded it meanwhile
        found = current()
        if found is not None:
            return found
        return replace(SAMPLE_NAME, rows, is_sample=True, progress=progress, cancelled=cancelled)


def _search_condition(text: str):  # type: ignore[no-untyped-def]
    """Rows whose country (code or name), operator, dialling code, prefix or type matches `text`."""
    cleaned = text.strip()
    if not cleaned:
        return None
    condition = Price.operator.contains(cleaned)
    codes = countries.matching(cleaned)
    if codes:
        condition |= Price.country.in_(codes)
    kind = number_types.read_number_type(cleaned)
    if kind:
        condition |= Price.number_type == kind
    digits = cleaned.replace(" ", "").removeprefix("+").removeprefix("00")
    if digits.isdigit():
        condition |= Price.dialling_code.startswith(digits) | Price.prefix.startswith(digits)
    return condition


# Every country of a list, one index seek per country (a loose index scan) rather than a read of
# every price: the first page at start-up asks it.
_COUNTRIES_OF_LIST = (
    "WITH RECURSIVE listed(country) AS ("
    " SELECT MIN(country) FROM price WHERE price_list_id = ?"
    " UNION ALL SELECT (SELECT MIN(country) FROM price"
    "  WHERE price_list_id = ? AND country > listed.country)"
    " FROM listed WHERE listed.country IS NOT NULL)"
    " SELECT country FROM listed WHERE country IS NOT NULL"
)


def _countries_matching(list_id: int, condition) -> set[str]:  # type: ignore[no-untyped-def]
    """The countries of the list with a price that matches `condition` (None: any price)."""
    if condition is None:
        cursor = database.execute_sql(_COUNTRIES_OF_LIST, (list_id, list_id))
        return {str(row[0]) for row in cursor.fetchall()}
    matched = Price.select(Price.country).distinct().where(Price.price_list == list_id)
    return {row[0] for row in cast(Iterable[tuple[str]], matched.where(condition).tuples())}


def rows_page(
    text: str = "",
    after: tuple[str, ...] | None = None,
    limit: int = 200,
    order: Sequence[str] = (),
) -> list[PriceRow]:
    """Up to `limit` rows matching `text`, after the key (country, prefix, number type) of the
    last row already shown: countries in `order` (e.g. by their names in the UI language;
    countries it does not name follow by code), each country's rows by prefix, then type. One read lists the countries
    that match, then one indexed read per country the page reaches."""
    header = PriceList.select(PriceList.id).order_by(PriceList.id.desc()).first()
    if header is None:
        return []
    condition = _search_condition(text)
    present = _countries_matching(header.id, condition)
    ranked = [code for code in order if code in present]
    in_turn = ranked + sorted(present.difference(ranked))
    start = in_turn.index(after[0]) if after is not None and after[0] in in_turn else 0
    rows: list[PriceRow] = []
    for country in in_turn[start:]:
        query = Price.select(*_ROW_FIELDS).where(
            (Price.price_list == header.id) & (Price.country == country)
        )
        if condition is not None:
            query = query.where(condition)
        if after is not None and country == after[0]:
            kind = after[2] if len(after) > 2 else ""
            query = query.where(
                (Price.prefix > after[1])
                | ((Price.prefix == after[1]) & (Price.number_type > kind))
            )
        query = query.order_by(Price.prefix, Price.number_type).limit(limit - len(rows))
        # The plain cursor's rows: the columns need no conversion, and Peewee's per-row
        # processing was half the time of a page.
        rows += [PriceRow(*values) for values in database.execute_sql(*query.sql()).fetchall()]
        if len(rows) >= limit:
            break
    return rows


def countries_listed() -> list[str]:
    """The ISO codes of the countries the list in force prices."""
    found = cast(Iterable[tuple[str]], Price.select(Price.country).distinct().tuples())
    return [row[0] for row in found]


def all_rows() -> list[PriceRow]:
    """Every price of the list in force (for export and for building the prefix index)."""
    cursor = database.execute_sql(
        "SELECT country, dialling_code, operator, prefix, price, number_type FROM price"
        " ORDER BY country, prefix, number_type"
    )
    return [PriceRow(*values) for values in cursor.fetchall()]


def country_price(country: str) -> PriceRow | None:
    """The country's fallback price for any type (else for mobiles), if the list has one."""
    row = (
        Price.select(*_ROW_FIELDS)
        .where(
            (Price.country == country)
            & (Price.prefix == "")
            & Price.number_type.in_(("", numbering_plan.MOBILE))
        )
        .order_by(Price.number_type)
        .tuples()
        .first()
    )
    return PriceRow(*row) if row is not None else None
