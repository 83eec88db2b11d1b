"""Names of the world's countries by ISO 3166 code, in English or Czech (babel's CLDR data)."""

from __future__ import annotations

from functools import cache


def _babel_locale(language: str) -> str:
    return "cs" if language.startswith("cs") else "en"


@cache
def country_names(language: str = "en") -> dict[str, str]:
    """ISO 3166 alpha-2 code → the country's name in `language` ("en" or "cs")."""
    from babel import Locale  # babel loads slowly; not at start-up

    territories = Locale.parse(_babel_locale(language)).territories
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2
        and code.isalpha()
        and code not in {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}
    }


def country_name(code: str, language: str = "en") -> str:
    return country_names(language).get(code, code)
