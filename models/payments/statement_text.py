"""The text of a CSV statement: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1250."""

from __future__ import annotations

import codecs

from models.payments.statements import StatementError

_SAMPLE = 4096


def decode_statement(data: bytes) -> str:
    """The file's text, its encoding detected; a file that is not one text is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise StatementError("The file starts as UTF-16 text but is not UTF-16.") from None
    elif _utf16_without_bom(data):
        raise StatementError(
            "The file looks like UTF-16 text without a byte order mark, which cannot be read "
            "safely. Save it as UTF-8 (CSV UTF-8)."
        )
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            _refuse_mixed_encodings(data)
            try:
                text = data.decode("cp1250")
            except UnicodeDecodeError:
                text = "\x00"  # bytes that no text encoding here has: refused below
    if "\x00" in text:
        raise StatementError("This is not a text file in UTF-8 or Windows-1250 encoding.")
    if text.lstrip("\ufeff \t\r\n").startswith("<"):
        raise StatementError(
            "This file is HTML or XML, not CSV. For a camt.053 statement, import it as XML."
        )
    return text


def _utf16_without_bom(data: bytes) -> bool:
    """Every other byte zero, the others not: ASCII-range text in UTF-16 LE or BE."""
    sample = data[:_SAMPLE]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    even_zeros, odd_zeros = even.count(0) / len(even), odd.count(0) / len(odd)
    return (odd_zeros > 0.9 and even_zeros < 0.1) or (even_zeros > 0.9 and odd_zeros < 0.1)


def _refuse_mixed_encodings(data: bytes) -> None:
    """A file that is not UTF-8 as a whole but has UTF-8 lines mixes two encodings."""
    utf8_line = other_line = None
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other_line = other_line or number
        else:
            utf8_line = utf8_line or number
        if utf8_line and other_line:
            raise StatementError(
                "The file mixes two encodings: line {other} is UTF-8 but line {line} is not. "
                "Export the statement from the bank again.",
                other=utf8_line,
                line=other_line,
            )
