"""The Czech National Bank's daily fixing: its plain-text file read, fetched and stored.

The file (denni_kurz.txt) looks like this; a rate is CZK for `množství` units of the currency:

    30.11.2026 #231
    země|měna|množství|kód|kurz
    EMU|euro|1|EUR|25,085
    Japonsko|jen|100|JPY|15,632

Asked for a day off, the CNB sends the last working day's file (its first line says which).
A file is checked whole before anything is stored: a bad one stores nothing.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from models.invoicing.exchange_rates import EARLIEST, NewRate, RateError, check_day, store_cnb

HEADER = "země|měna|množství|kód|kurz"
MAX_BYTES = 256 * 1024  # the real file is about 2 KB
TIMEOUT = 5.0  # seconds, connecting and each read
_FIRST_LINE = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4}) #([0-9]{1,4})")
_CODE = re.compile(r"[A-Z]{3}")
_AMOUNT = re.compile(r"[0-9]{1,7}")
_RATE = re.compile(r"-?[0-9]{1,7}(?:,[0-9]{1,6})?")


class CnbFileError(RateError):
    """A file that is not the CNB's daily fixing, or cannot be used; nothing was stored."""


class CnbUnavailable(CnbFileError):
    """The CNB could not be reached, or did not send the file; nothing was stored."""


@dataclass(frozen=True)
class Fixing:
    published: date
    note: str  # the first line, e.g. "30.11.2026 #231"
    rates: list[NewRate]


def _decoded(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise CnbFileError(
            "The file is {size} KB, far larger than the CNB's rate file (a few KB).",
            size=len(data) // 1024,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CnbFileError("The file is not UTF-8 text, as the CNB's rate file is.") from None
    if not text.strip():
        raise CnbFileError("The file is empty.")
    if text.lstrip()[:1] == "<":
        raise CnbFileError(
            "The file is a web page, not the CNB's rate file (denni_kurz.txt); "
            "perhaps an error page was saved instead."
        )
    return text


def _published(first: str, today: date) -> date:
    found = _FIRST_LINE.fullmatch(first.strip())
    if found is None:
        raise CnbFileError(
            "The first line should be the date and number of the fixing, like “30.11.2026 #231”, "
            "not “{value}”.",
            value=first.strip()[:60],
        )
    day, month, year = (int(part) for part in found.groups()[:3])
    try:
        published = date(year, month, day)
    except ValueError:
        raise CnbFileError("“{value}” is not a date.", value=first.strip()[:10]) from None
    if not EARLIEST <= published <= today:
        raise CnbFileError(
            "The file is dated {date}: rates of the future or from before 1991 cannot be used.",
            date=published.isoformat(),
        )
    return published


def _rate(fields: list[str], number: int) -> NewRate:
    if len(fields) != 5:
        raise CnbFileError(
            "Line {line} has {count} columns; the CNB's file has 5 (země|měna|množství|kód|kurz).",
            line=number,
            count=len(fields),
        )
    _, _, amount, code, rate = (field.strip() for field in fields)
    if not _CODE.fullmatch(code):
        raise CnbFileError(
            "Line {line}: “{value}” is not a currency code.", line=number, value=code
        )
    if not _AMOUNT.fullmatch(amount) or int(amount) == 0:
        raise CnbFileError(
            "Line {line}: the amount “{value}” is not a whole number above zero.",
            line=number,
            value=amount,
        )
    if not _RATE.fullmatch(rate):
        raise CnbFileError(
            "Line {line}: the rate “{value}” is not a number like 25,085.", line=number, value=rate
        )
    value = Decimal(rate.replace(",", "."))
    if value <= 0:
        raise CnbFileError(
            "Line {line}: the rate “{value}” is not above zero.", line=number, value=rate
        )
    return NewRate(code, int(amount), value)


def parse_fixing(data: bytes, today: date, asked_for: date | None = None) -> Fixing:
    """The fixing in a CNB file, checked whole; CnbFileError names the first problem."""
    lines = _decoded(data).splitlines()
    published = _published(lines[0], today)
    if asked_for is not None and published > asked_for:
        raise CnbFileError(
            "The CNB sent the rates of {date} when asked for {asked}.",
            date=published.isoformat(),
            asked=asked_for.isoformat(),
        )
    if len(lines) < 2 or lines[1].strip() != HEADER:
        raise CnbFileError("The second line should be the column names “{header}”.", header=HEADER)
    rates: dict[str, NewRate] = {}
    for number, line in enumerate(lines[2:], start=3):
        if not line.strip():
            continue
        new = _rate(line.split("|"), number)
        if new.currency in rates:
            raise CnbFileError(
                "Line {line}: {currency} is listed twice.", line=number, currency=new.currency
            )
        rates[new.currency] = new
    if not rates:
        raise CnbFileError("The file holds no rates.")
    return Fixing(published, lines[0].strip(), list(rates.values()))


def fixing_url(base: str, day: date) -> str:
    return f"{base}?date={day:%d.%m.%Y}"


def download(base: str, day: date, timeout: float = TIMEOUT) -> bytes:
    """The CNB's file for a day, as sent; CnbFileError when it cannot be had."""
    request = urllib.request.Request(fixing_url(base, day), headers={"User-Agent": "Credit Desk"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return bytes(response.read(MAX_BYTES + 1))
    except urllib.error.HTTPError as error:
        raise CnbUnavailable(
            "The Czech National Bank answered HTTP {status} for the rates of {date}.",
            status=error.code,
            date=day.isoformat(),
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise CnbUnavailable(
            "Cannot reach the Czech National Bank ({reason}). Check the connection, or save its "
            "rate file and import it (`rates import FILE`).",
            reason=str(reason),
        ) from None


@dataclass(frozen=True)
class Imported:
    published: date
    note: str
    count: int


def _store(fixing: Fixing) -> Imported:
    count = store_cnb(fixing.published, fixing.rates, fixing.note)
    return Imported(fixing.published, fixing.note, count)


def import_file(path: Path, today: date) -> Imported:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CnbFileError(
            "Cannot read {path}: {reason}", path=str(path), reason=str(error.strerror or error)
        ) from None
    return _store(parse_fixing(data, today))


def fetch(base: str, day: date, today: date, timeout: float = TIMEOUT) -> Imported:
    """Download the fixing valid on `day` and store it (a day off gives the working day's)."""
    check_day(day)
    if day > today:
        raise CnbFileError(
            "The CNB publishes the rates of a day on that day; {date} is still to come.",
            date=day.isoformat(),
        )
    return _store(parse_fixing(download(base, day, timeout), today, asked_for=day))
