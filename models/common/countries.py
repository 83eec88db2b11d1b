"""The countries: ISO 3166 codes, names in the UI languages, EU members and dialling codes.

One list for addresses and the price list alike: the countries CLDR (through Babel) names.
Every region with a dialling code is one of them; a few (Antarctica, Bouvet Island…) have none.
"""

from __future__ import annotations

import unicodedata
from functools import cache

LANGUAGES = ("en", "cs")

# EU member states by ISO 3166 code (Greece's VAT prefix is EL, its country code GR).
EU_MEMBERS = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)


@cache
def _table() -> dict[str, tuple[str, str, str]]:
    """ISO code → (dialling code or "", English name, Czech name): what Babel and phonenumbers
    say, generated into country_table.py, so that neither loads (slowly) to list countries."""
    from models.common.country_table import TABLE

    rows = (line.split("|") for line in TABLE.splitlines())
    return {code: (calling, english, czech) for code, calling, english, czech in rows}


@cache
def calling_codes() -> dict[str, str]:
    """ISO 3166 code → dialling code digits ("CZ" → "420"), for every region phonenumbers knows."""
    return {code: row[0] for code, row in _table().items() if row[0]}


@cache
def names(language: str = "en") -> dict[str, str]:
    """ISO 3166 code → the country's name in `language` ("en" or "cs"), for every country CLDR
    names."""
    column = 2 if language.startswith("cs") else 1
    return {code: row[column] for code, row in _table().items()}


def is_country(code: str) -> bool:
    """Whether `code` is a country's ISO 3166 code (“CZ”, not “cz” nor “EU”)."""
    return code in names("en")


def name(code: str, language: str = "en") -> str:
    """“CZ” → “Czechia” (en) / “Česko” (cs); an unknown code is returned as it is."""
    return names(language).get(code, code)


def fold(text: str) -> str:
    """Lower case without diacritics, for matching what people type (“cesko” finds “Česko”)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _folded_names() -> dict[str, tuple[str, ...]]:
    return {
        code: tuple(fold(names(language)[code]) for language in LANGUAGES)
        for code in calling_codes()
    }


def by_name(text: str) -> str | None:
    """The ISO code of a country with a dialling code, written as its code or its English or
    Czech name (what a price list names)."""
    cleaned = text.strip()
    if cleaned.upper() in calling_codes():
        return cleaned.upper()
    folded = fold(cleaned)
    for code, names in _folded_names().items():
        if folded in names:
            return code
    return None


def matching(text: str) -> list[str]:
    """ISO codes of countries with a dialling code whose code is `text` or whose English or
    Czech name contains it."""
    folded = fold(text.strip())
    if not folded:
        return []
    return [
        code
        for code, names in _folded_names().items()
        if code.casefold() == folded or any(folded in n for n in names)
    ]
