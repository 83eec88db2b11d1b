"""Price list CSV: reading it with every problem listed by row, and writing it back out."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from models.common import countries
from models.common.csv_cells import read_safe_text, safe_text
from models.common.messages import Message, UserError
from models.common.money import CREDIT_DECIMALS, MICRO, from_units
from models.common.progress import CancelCheck, check, never_cancelled
from models.common.text_files import TextFileError, read_table
from models.common.typed_text import is_ascii_digits
from models.pricing.number_types import read_number_type
from models.pricing.price_row import PriceRow

# number_type last: files written before it existed have the same first five columns.
COLUMNS = ("country", "dialling_code", "operator", "prefix", "price", "number_type")
REQUIRED = ("country", "price")
# Header names people use, folded (lower case, no diacritics, spaces and dashes as "_").
_ALIASES = {
    "country": "country",
    "country_code": "country",
    "iso": "country",
    "zeme": "country",
    "stat": "country",
    "dialling_code": "dialling_code",
    "dialing_code": "dialling_code",
    "calling_code": "dialling_code",
    "dial_code": "dialling_code",
    "predvolba": "dialling_code",
    "operator": "operator",
    "network": "operator",
    "carrier": "operator",
    "sit": "operator",
    "prefix": "prefix",
    "number_prefix": "prefix",
    "price": "price",
    "price_per_part": "price",
    "price_credits": "price",
    "credits": "price",
    "cena": "price",
    "number_type": "number_type",
    "type": "number_type",
    "line_type": "number_type",
    "typ": "number_type",
    "typ_cisla": "number_type",
}
MAX_PRICE = 1000 * MICRO  # per part; more is surely a misplaced separator
MAX_PROBLEMS = 200
_PRICE = re.compile(r"(\d+)(?:[.,](\d+))?")


class RowError(UserError):
    """A row or a price that does not fit; str() is the reason, to follow “Row N: ”."""


@dataclass(frozen=True)
class Problem:
    row: int | None  # the line in the file (the header is line 1), None for the whole file
    message: str  # a Message

    def as_message(self) -> str:
        """The problem as the user reads it, its row first (a Message, to translate)."""
        if self.row is None:
            return self.message
        return Message("Row {row}: {problem}", row=self.row, problem=self.message)

    def __str__(self) -> str:
        return str(self.as_message())


class PriceListImportError(ValueError):
    """The file was refused; `problems` lists why, by row. Nothing was changed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _column(name: str) -> str:
    key = re.sub(r"[\s\-/()]+", "_", countries.fold(name)).strip("_")
    return _ALIASES.get(key, key)


def parse_price(text: str) -> int:
    """“0,035” or “0.035” credits → micro-credits; raises RowError with the reason."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        raise RowError("the price is missing")
    if cleaned[0] in "-\u2212":
        raise RowError("the price “{value}” is negative", value=text)
    match = _PRICE.fullmatch(cleaned.removeprefix("+"))
    if match is None:
        raise RowError(
            "the price “{value}” is not a number (write e.g. 0.035 or 0,035)", value=text
        )
    whole, fraction = match.group(1), match.group(2) or ""
    if len(fraction) > CREDIT_DECIMALS:
        raise RowError(
            "the price “{value}” has more than {decimals} decimal places",
            value=text,
            decimals=CREDIT_DECIMALS,
        )
    micro = int(whole) * MICRO + int(fraction.ljust(CREDIT_DECIMALS, "0") or 0)
    if micro == 0:
        raise RowError("the price must be more than zero")
    if micro > MAX_PRICE:
        raise RowError("the price “{value}” is over 1000 credits per part", value=text)
    return micro


def _digits(text: str) -> str:
    return re.sub(r"[\s\-.()]", "", text).removeprefix("+")


def _parse_row(values: dict[str, str]) -> PriceRow:
    country = countries.by_name(values["country"]) if values["country"] else None
    # The country's ISO code is shown as it is ("CZ's"): its value is named `iso`, not `country`.
    if country is None:
        if values["country"]:
            raise RowError(
                "unknown country “{value}” (write its ISO code, e.g. CZ)", value=values["country"]
            )
        raise RowError("the country is missing")
    code = countries.calling_codes()[country]
    dialling = _digits(values.get("dialling_code", ""))
    if dialling and dialling != code:
        raise RowError(
            "the dialling code +{dialling} is not {iso}'s (+{code})",
            dialling=dialling,
            iso=country,
            code=code,
        )
    prefix = _digits(values.get("prefix", ""))
    if prefix and not is_ascii_digits(prefix):
        raise RowError("the prefix “{value}” is not a number prefix", value=values["prefix"])
    if prefix and not prefix.startswith(code):
        raise RowError(
            "the prefix +{prefix} does not start with {iso}'s code +{code}",
            prefix=prefix,
            iso=country,
            code=code,
        )
    if len(prefix) > 15:
        raise RowError("the prefix +{prefix} is longer than a phone number", prefix=prefix)
    if prefix == code:
        prefix = ""  # the whole country
    operator = read_safe_text(values.get("operator", ""))
    if len(operator) > 100:
        raise RowError("the operator's name is longer than 100 characters")
    kind = read_number_type(values.get("number_type", ""))
    if kind is None:
        raise RowError(
            "unknown number type “{value}” (write e.g. mobile, fixed-line, toll-free, "
            "premium-rate or shared-cost, or leave it empty for any type)",
            value=values["number_type"],
        )
    return PriceRow(country, code, operator, prefix, parse_price(values["price"]), kind)


def read_price_list(data: bytes, cancelled: CancelCheck = never_cancelled) -> list[PriceRow]:
    """All rows of a price list file, or PriceListImportError listing every problem found."""
    try:
        table, lines = read_table(data)
    except TextFileError as error:
        raise PriceListImportError([Problem(None, error.args[0])]) from None
    header = [_column(name) for name in table[0]]
    missing = [name for name in REQUIRED if name not in header]
    duplicated = sorted({name for name in header if name in COLUMNS and header.count(name) > 1})
    if missing or duplicated:
        expected = ", ".join(COLUMNS)
        found = ", ".join(table[0])
        message = (
            Message(
                "Missing column(s): {columns}. The header reads “{found}”; expected: {expected}.",
                columns=", ".join(missing),
                found=found,
                expected=expected,
            )
            if missing
            else Message(
                "Column(s) given twice: {columns}. The header reads “{found}”; expected: "
                "{expected}.",
                columns=", ".join(duplicated),
                found=found,
                expected=expected,
            )
        )
        raise PriceListImportError([Problem(1, message)])
    if len(table) == 1:
        raise PriceListImportError([Problem(None, Message("The file has a header but no prices."))])
    problems: list[Problem] = []
    rows: list[PriceRow] = []
    seen: dict[tuple[str, str, str], int] = {}
    for number, (fields, line) in enumerate(zip(table[1:], lines[1:], strict=True)):
        if number % 2000 == 0:
            check(cancelled)
        if len(problems) >= MAX_PROBLEMS:
            problems.append(
                Problem(None, Message("There are more problems; fix these and try again."))
            )
            break
        if len(fields) != len(header):
            problems.append(
                Problem(
                    line,
                    Message(
                        "{fields} fields where the header has {columns}",
                        fields=len(fields),
                        columns=len(header),
                    ),
                )
            )
            continue
        try:
            row = _parse_row(dict(zip(header, fields, strict=True)))
        except ValueError as error:
            problems.append(
                Problem(line, error.args[0] if isinstance(error, RowError) else str(error))
            )
            continue
        key = (row.country if row.is_fallback else "", row.prefix, row.number_type)
        if key in seen:
            problems.append(Problem(line, _repeated(row, seen[key])))
            continue
        seen[key] = line
        rows.append(row)
    if problems:
        raise PriceListImportError(problems)
    return rows


def _repeated(row: PriceRow, first: int) -> Message:
    """Why a row that prices what an earlier one prices is refused."""
    if row.number_type and row.is_fallback:
        return Message(
            "{iso}'s price for {type} numbers is already on row {first}",
            iso=row.country,
            type=row.number_type,
            first=first,
        )
    if row.number_type:
        return Message(
            "prefix +{prefix} for {type} numbers is already priced on row {first}",
            prefix=row.prefix,
            type=row.number_type,
            first=first,
        )
    if row.is_fallback:
        return Message(
            "{iso}'s country price is already priced on row {first}", iso=row.country, first=first
        )
    return Message(
        "prefix +{prefix} is already priced on row {first}", prefix=row.prefix, first=first
    )


def format_price(micro: int) -> str:
    """Micro-credits → the shortest exact decimal, point separated (“0.035”)."""
    value = from_units(micro, CREDIT_DECIMALS).normalize()
    return f"{value:f}" if value != value.to_integral() else f"{value.to_integral():f}"


def write_price_list(rows: Iterable[PriceRow]) -> str:
    """The rows as CSV text in the layout `read_price_list` reads (comma, decimal point)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.country,
                row.dialling_code,
                safe_text(row.operator),
                row.prefix,
                format_price(row.price),
                row.number_type,
            ]
        )
    return out.getvalue()
