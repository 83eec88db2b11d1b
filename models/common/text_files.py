"""Reading the CSV files people bring: encoding (UTF-8 with or without BOM, cp1250) and delimiter."""

from __future__ import annotations

import csv
import io

from models.common.messages import UserError

DELIMITERS = (",", ";", "\t")


class TextFileError(UserError):
    """The file cannot be read as a table; str() is the message to show."""


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1250; anything else is refused with a reason."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TextFileError(
            "The file is in UTF-16, which is not supported: save it as UTF-8 (CSV UTF-8)."
        )
    if b"\x00" in data:
        raise TextFileError("The file is not a text file (it contains binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1250")
    except UnicodeDecodeError as error:
        raise TextFileError(
            "The file is neither UTF-8 nor Windows-1250 text (byte {position} cannot "
            "be read). Save it as UTF-8.",
            position=error.start + 1,
        ) from None


def sniff_delimiter(line: str) -> str:
    """The delimiter that splits the header line into the most fields (outside quotes)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: (counts[d], d == "\t", d == ";"))
    return best if counts[best] else ","


def read_table(data: bytes) -> tuple[list[list[str]], list[int]]:
    """The non-blank rows of a CSV file, and for each the line number where it ends."""
    text = decode(data)
    if not text.strip():
        raise TextFileError("The file is empty.")
    first_line = text.lstrip("\r\n").splitlines()[0]
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line), strict=True
    )
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for row in reader:
            if any(field.strip() for field in row):
                rows.append([field.strip() for field in row])
                lines.append(reader.line_num)
    except csv.Error as error:
        raise TextFileError(
            "Line {line}: the file is not valid CSV ({reason}).",
            line=reader.line_num,
            reason=str(error),
        ) from None
    if not rows:  # only separators and blanks
        raise TextFileError("The file is empty.")
    return rows, lines
