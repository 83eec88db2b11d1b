"""Document numbers: a pattern per series (e.g. “PF{year}-{number:06}”), contiguous per year.

The next number is read and used inside the issuing transaction, so a failed issue rolls back
with it and consumes no number; the database's UNIQUE (kind, year, sequence) is the backstop.
"""

from __future__ import annotations

import string

from models.common.database import database
from models.common.messages import UserError

FIELDS = ("year", "yy", "number")
MAX_LENGTH = 40


class PatternError(UserError):
    """A number pattern that cannot be used; str() is the message to show."""


def check_pattern(pattern: str) -> str:
    """The pattern, stripped, if it names {number} and {year} (or {yy}) and nothing else."""
    cleaned = pattern.strip()
    if not cleaned:
        raise PatternError("Enter a number pattern, e.g. {year}-{number:06}.")
    try:
        parts = list(string.Formatter().parse(cleaned))
    except ValueError as error:
        raise PatternError(
            "“{value}” is not a pattern: {reason}.", value=cleaned, reason=str(error)
        ) from None
    names = [name for _, name, _, _ in parts if name is not None]
    for name in names:
        if name not in FIELDS:
            # A template with values is formatted: its literal braces are doubled.
            raise PatternError(
                "“{{{name}}}” is not known; use {{year}}, {{yy}} and {{number}}.", name=name
            )
    if "number" not in names:
        raise PatternError("The pattern must contain {number}, e.g. {number:06}.")
    if "year" not in names and "yy" not in names:
        raise PatternError("Numbers restart each year, so the pattern must contain {year}.")
    for literal, _, _, _ in parts:
        if any(ch in literal for ch in "/\\\n\t"):
            raise PatternError("Use letters, digits, “-” or “_” around the fields, not slashes.")
    try:
        sample = format_number(cleaned, 2026, 999999)
    except (ValueError, TypeError) as error:
        raise PatternError(
            "“{value}” cannot be used: {reason}.", value=cleaned, reason=str(error)
        ) from None
    if len(sample) > MAX_LENGTH:
        raise PatternError(
            "Numbers from this pattern are longer than {limit} characters.", limit=MAX_LENGTH
        )
    return cleaned


def format_number(pattern: str, year: int, sequence: int) -> str:
    """“PF{year}-{number:06}”, 2026, 7 → “PF2026-000007”."""
    return pattern.format(year=year, yy=f"{year % 100:02d}", number=sequence)


def next_sequence(kind: str, year: int) -> int:
    """The next sequence of a series in a year; call inside the issuing write_transaction()."""
    if not database.in_transaction():
        raise RuntimeError("numbers are assigned inside the issuing transaction only")
    row = database.execute_sql(
        "SELECT coalesce(max(sequence), 0) FROM document WHERE kind = ? AND year = ?",
        (kind, year),
    ).fetchone()
    return int(row[0]) + 1
