"""Recipient lists: numbers pasted or read from a CSV column, normalised, bad ones set apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from models.phone_numbers import Normalizer, Rejected
from models.progress import CancelCheck, Progress, check, never_cancelled, no_progress
from models.text_files import read_table

_PASTE_SEPARATORS = re.compile(r"[,;\t]")
_PHONE_HEADER = re.compile(r"phone|mobil|number|tel|msisdn|gsm|cislo|číslo", re.IGNORECASE)
_PHONE_LIKE = re.compile(r"\+?[\d\s\-./()]{6,}")
_CHUNK = 5000


@dataclass(frozen=True)
class Entry:
    line: int  # line of the pasted text or of the file
    text: str


@dataclass(frozen=True)
class Recipient:
    line: int
    text: str
    e164: str
    region: str


@dataclass(frozen=True)
class Invalid:
    line: int
    text: str
    reason: str  # a models.phone_numbers reason code


@dataclass(frozen=True)
class Duplicate:
    line: int
    text: str
    e164: str
    first_line: int  # where the same number first appears


@dataclass
class RecipientList:
    valid: list[Recipient] = field(default_factory=list)
    invalid: list[Invalid] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


def split_pasted(text: str) -> list[Entry]:
    """One number per line; commas, semicolons and tabs also separate numbers on a line."""
    entries: list[Entry] = []
    for number, line in enumerate(text.splitlines(), start=1):
        pieces = _PASTE_SEPARATORS.split(line) if _PASTE_SEPARATORS.search(line) else (line,)
        for piece in pieces:
            cleaned = piece.strip()
            if cleaned:
                entries.append(Entry(number, cleaned))
    return entries


@dataclass(frozen=True)
class Table:
    """A recipients file: its column names (or “Column 1”… without a header) and its rows."""

    columns: list[str]
    rows: list[list[str]]
    lines: list[int]
    has_header: bool


def read_recipient_table(data: bytes) -> Table:
    """The file as a table; the first row is a header unless it holds a phone number."""
    rows, lines = read_table(data)
    width = max(len(row) for row in rows)
    has_header = not any(_PHONE_LIKE.fullmatch(value) for value in rows[0])
    columns = rows[0] if has_header else [f"Column {i + 1}" for i in range(width)]
    columns = columns + [f"Column {i + 1}" for i in range(len(columns), width)]
    start = 1 if has_header else 0
    return Table(columns, rows[start:], lines[start:], has_header)


def guess_column(table: Table) -> int:
    """The column that most likely holds the numbers: by its name, else by its values."""
    if table.has_header:
        for index, name in enumerate(table.columns):
            if _PHONE_HEADER.search(name):
                return index
    sample = table.rows[:50]

    def score(index: int) -> int:
        return sum(1 for row in sample if index < len(row) and _PHONE_LIKE.fullmatch(row[index]))

    return max(range(len(table.columns)), key=score, default=0)


def column_entries(table: Table, column: int) -> list[Entry]:
    return [
        Entry(line, row[column].strip())
        for row, line in zip(table.rows, table.lines, strict=True)
        if column < len(row) and row[column].strip()
    ]


def normalize_entries(
    entries: Sequence[Entry],
    default_region: str,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> RecipientList:
    """Each entry to E.164; refused numbers and repeats are listed with their lines."""
    normalizer = Normalizer(default_region)
    normalize = normalizer.normalize
    result = RecipientList()
    first_line: dict[str, int] = {}
    total = len(entries)
    for start in range(0, total, _CHUNK):
        check(cancelled)
        progress(start, total)
        for entry in entries[start : start + _CHUNK]:
            found = normalize(entry.text)
            if isinstance(found, Rejected):
                result.invalid.append(Invalid(entry.line, entry.text, found.reason))
            elif found.e164 in first_line:
                result.duplicates.append(
                    Duplicate(entry.line, entry.text, found.e164, first_line[found.e164])
                )
            else:
                first_line[found.e164] = entry.line
                result.valid.append(Recipient(entry.line, entry.text, found.e164, found.region))
    progress(total, total)
    return result
