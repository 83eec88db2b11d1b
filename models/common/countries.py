"""Countries that have a dialling code: ISO codes, calling codes and names in the UI languages."""

from __future__ import annotations

import unicodedata
from functools import cache

LANGUAGES = ("en", "cs")


@cache
def calling_codes() -> dict[str, str]:
    """ISO 3166 code → dialling code digits ("CZ" → "420"), for every region phonenumbers knows."""
    import phonenumbers

    return {
        region: str(phonenumbers.country_code_for_region(region))
        for region in sorted(phonenumbers.SUPPORTED_REGIONS)
    }


def is_country(code: str) -> bool:
    return code in calling_codes()


@cache
def _names(language: str) -> dict[str, str]:
    from babel import Locale

    territories = Locale.parse("cs" if language.startswith("cs") else "en").territories
    return {code: str(territories.get(code, code)) for code in calling_codes()}


def name(code: str, language: str = "en") -> str:
    """“CZ” → “Czechia” (en) / “Česko” (cs); an unknown code is returned as it is."""
    return _names(language).get(code, code)


def fold(text: str) -> str:
    """Lower case without diacritics, for matching what people type (“cesko” finds “Česko”)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _folded_names() -> dict[str, tuple[str, ...]]:
    return {
        code: tuple(fold(_names(language)[code]) for language in LANGUAGES)
        for code in calling_codes()
    }


def by_name(text: str) -> str | None:
    """The ISO code for a country written as its code or its English or Czech name."""
    cleaned = text.strip()
    if cleaned.upper() in calling_codes():
        return cleaned.upper()
    folded = fold(cleaned)
    for code, names in _folded_names().items():
        if folded in names:
            return code
    return None


def matching(text: str) -> list[str]:
    """ISO codes whose code is `text` or whose English or Czech name contains it."""
    folded = fold(text.strip())
    if not folded:
        return []
    return [
        code
        for code, names in _folded_names().items()
        if code.casefold() == folded or any(folded in n for n in names)
    ]
