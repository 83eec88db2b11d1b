"""Recipient lists: numbers pasted or read from a CSV column, normalised, bad ones set apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from models.common.progress import (
    CancelCheck,
    Progress,
    bulk_allocation,
    check,
    never_cancelled,
    no_progress,
)
from models.common.text_files import read_table
from models.pricing.phone_numbers import Normalized, Normalizer, Rejected

_PASTE_SEPARATORS = re.compile(r"[,;\t]")
_PHONE_HEADER = re.compile(r"phone|mobil|number|tel|msisdn|gsm|cislo|číslo", re.IGNORECASE)
_PHONE_LIKE = re.compile(r"\+?[\d\s\-./()]{6,}")
_CHUNK = 5000


@dataclass
class Entries:
    """What to normalise: texts, and the line each stands on (two lists, cheap at 100,000)."""

    lines: Sequence[int] = field(default_factory=list)  # a range for one number a line
    texts: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

    def pairs(self) -> list[tuple[int, str]]:
        return list(zip(self.lines, self.texts, strict=True))


class Invalid(NamedTuple):
    line: int
    text: str
    reason: str  # a models.pricing.phone_numbers reason code


class Duplicate(NamedTuple):
    line: int
    text: str
    e164: str
    first_line: int  # where the same number first appears


@dataclass
class RecipientList:
    valid: list[Normalized] = field(default_factory=list)  # distinct, in order of appearance
    invalid: list[Invalid] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    first_line: dict[str, int] = field(default_factory=dict)  # E.164 → where it first appears
    # E.164 → (region, type) of the valid numbers only price rows of their type price (fixed
    # line, toll-free…); None when not found out yet (pricing then types every number).
    own_row_types: dict[str, tuple[str, str]] | None = None


def split_pasted(text: str) -> Entries:
    """One number per line; commas, semicolons and tabs also separate numbers on a line."""
    entries = Entries()
    separated = "," in text or ";" in text or "\t" in text  # a scan each, faster than a regex
    if not separated:  # one number a line: list-wide steps, no loop
        cleaned_lines = list(map(str.strip, text.splitlines()))
        if "" not in cleaned_lines:
            entries.texts = cleaned_lines
            entries.lines = range(1, len(cleaned_lines) + 1)
            return entries
    lines: list[int] = []
    texts = entries.texts
    entries.lines = lines
    split = _PASTE_SEPARATORS.split if separated else None
    for number, line in enumerate(text.splitlines(), start=1):
        for piece in split(line) if split is not None else (line,):
            cleaned = piece.strip()
            if cleaned:
                lines.append(number)
                texts.append(cleaned)
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


def column_entries(table: Table, column: int) -> Entries:
    lines: list[int] = []
    entries = Entries(lines)
    for row, line in zip(table.rows, table.lines, strict=True):
        if column < len(row) and row[column].strip():
            lines.append(line)
            entries.texts.append(row[column].strip())
    return entries


def normalize_entries(
    entries: Entries,
    default_region: str,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> RecipientList:
    """Each entry to E.164; refused numbers and repeats are listed with their lines."""
    normalizer = Normalizer(default_region)
    normalize_many = normalizer.normalize_many
    result = RecipientList()
    texts = entries.texts
    total = len(texts)
    with bulk_allocation():  # for the whole list: re-enabling between chunks costs a collection
        # Every chunk normalised, then every chunk sorted: the repeats' dictionary, a million
        # entries at random places, no longer pushes each next chunk's text out of the caches
        # (sorting a chunk right after normalising it cost about 7 % more at 1,000,000).
        found_chunks = []
        for start in range(0, total, _CHUNK):
            check(cancelled)
            progress(start, total)
            found_chunks.append(normalize_many(texts[start : start + _CHUNK]))
        for start, found_list in zip(range(0, total, _CHUNK), found_chunks, strict=True):
            check(cancelled)
            _sort_chunk(found_list, start, entries, result)
    progress(total, total)
    result.own_row_types = normalizer.own_row_types
    return result


def _sort_chunk(
    found_list: list[Normalized | Rejected], start: int, entries: Entries, result: RecipientList
) -> None:
    """Valid, refused or repeated: each answer of a chunk to its list."""
    valid, invalid, duplicates = result.valid, result.invalid, result.duplicates
    first_line = result.first_line
    lines, texts = entries.lines, entries.texts
    if isinstance(lines, range) and lines.step == 1:  # one entry a line
        _sort_one_a_line(found_list, start, lines, texts, result)
        return
    for index, found in enumerate(found_list, start):
        if type(found) is Rejected:
            invalid.append(Invalid(lines[index], texts[index], found[0]))
            continue
        e164 = found[0]
        if e164 in first_line:
            duplicates.append(Duplicate(lines[index], texts[index], e164, first_line[e164]))
        else:
            first_line[e164] = lines[index]
            valid.append(found)  # type: ignore[arg-type]


def _sort_one_a_line(
    found_list: list[Normalized | Rejected],
    start: int,
    lines: range,
    texts: list[str],
    result: RecipientList,
) -> None:
    """`_sort_chunk` where no two entries share a line (`lines` counts them one by one): one
    dict step a number (its line is stored unless an earlier line holds the number already)."""
    append, invalid, duplicates = result.valid.append, result.invalid, result.duplicates
    first_line = result.first_line.setdefault
    for line, found in enumerate(found_list, lines[start] if found_list else 0):
        if type(found) is Rejected:
            invalid.append(Invalid(line, texts[line - lines.start], found[0]))
            continue
        first = first_line(found[0], line)
        if first == line:
            append(found)  # type: ignore[arg-type]
        else:
            duplicates.append(Duplicate(line, texts[line - lines.start], found[0], first))
