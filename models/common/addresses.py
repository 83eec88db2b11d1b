"""Postal codes in addresses: the shape each country writes them in (countries live in countries.py)."""

from __future__ import annotations

import re

from models.common.messages import UserError

# The shape of a postal code where it is well known; elsewhere any short code is accepted.
# Each entry: (pattern of the compact code, how to write it from the match, example).
_POSTAL_CODES: dict[str, tuple[str, str, str]] = {
    "CZ": (r"([0-9]{3}) ?([0-9]{2})", r"\1 \2", "110 00"),
    "SK": (r"([0-9]{3}) ?([0-9]{2})", r"\1 \2", "811 01"),
    "DE": (r"([0-9]{5})", r"\1", "10115"),
    "AT": (r"([0-9]{4})", r"\1", "1010"),
    "PL": (r"([0-9]{2})-?([0-9]{3})", r"\1-\2", "00-950"),
    "HU": (r"([0-9]{4})", r"\1", "1051"),
    "FR": (r"([0-9]{5})", r"\1", "75001"),
    "IT": (r"([0-9]{5})", r"\1", "00184"),
    "ES": (r"([0-9]{5})", r"\1", "28001"),
    "NL": (r"([0-9]{4}) ?([A-Z]{2})", r"\1 \2", "1012 AB"),
    "US": (r"([0-9]{5}(?:-[0-9]{4})?)", r"\1", "10001"),
}


class PostalCodeError(UserError):
    """A postal code that does not fit its country; str() is the message to show."""


def normalize_postal_code(country: str, text: str) -> str:
    """“11000” in CZ → “110 00”; PostalCodeError when it does not have the country's shape."""
    cleaned = " ".join(text.upper().split())
    if not cleaned:
        raise PostalCodeError("Enter the postal code.")
    shape = _POSTAL_CODES.get(country)
    if shape is None:
        if len(cleaned) > 12 or not re.fullmatch(r"[A-Z0-9][A-Z0-9 -]*", cleaned):
            raise PostalCodeError("“{value}” does not look like a postal code.", value=text.strip())
        return cleaned
    pattern, written, example = shape
    match = re.fullmatch(pattern, cleaned)
    if match is None:
        raise PostalCodeError(
            "“{value}” is not a postal code of {country} (e.g. {example}).",
            value=text.strip(),
            country=country,
            example=example,
        )
    return match.expand(written)
