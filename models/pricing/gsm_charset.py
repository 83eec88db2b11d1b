"""The GSM 03.38 alphabet: which characters fit GSM-7, their cost, and GSM replacements."""

from __future__ import annotations

import unicodedata

# The default alphabet (one septet each); 0x1B (escape) is not a character a person types.
BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each is sent as escape + character, so it costs two septets.
EXTENSION = frozenset("\f^{}\\[~]|€")

# What replaces a character that would force UCS-2. Czech and Slovak letters lose their
# diacritics unless GSM has the letter (é, É, ä, Ä, ö… stay); typography becomes plain ASCII.
_REPLACEMENTS: dict[str, str] = {
    **dict(
        zip(
            "áčďěíňóřšťúůýžľĺŕôÁČĎĚÍŇÓŘŠŤÚŮÝŽĽĹŔÔ",
            "acdeinorstuuyzllroACDEINORSTUUYZLLRO",
            strict=True,
        )
    ),
    "„": '"',
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "″": '"',
    "‚": "'",
    "‘": "'",
    "’": "'",
    "‹": "'",
    "›": "'",
    "′": "'",
    "´": "'",
    "`": "'",
    "–": "-",
    "—": "-",
    "‒": "-",
    "―": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "…": "...",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u200b": "",
    "\t": " ",
    "•": "-",
    "×": "x",
}


def septets(char: str) -> int | None:
    """GSM-7 cost of one code point: 1, 2 (extension table), or None when GSM-7 cannot carry it."""
    if char in BASIC:
        return 1
    if char in EXTENSION:
        return 2
    return None


def is_gsm(char: str) -> bool:
    return char in BASIC or char in EXTENSION


def fits_gsm(text: str) -> bool:
    return all(char in BASIC or char in EXTENSION for char in text)


def non_gsm_characters(text: str) -> list[str]:
    """The distinct characters of `text` that force UCS-2, in order of first appearance."""
    seen: dict[str, None] = {}
    for char in text:
        if char not in BASIC and char not in EXTENSION:
            seen.setdefault(char, None)
    return list(seen)


def replaceable(char: str) -> bool:
    """Whether `to_gsm` has a GSM equivalent for this character."""
    return char in _REPLACEMENTS or fits_gsm(_decomposed_replacement(char))


def to_gsm(text: str) -> str:
    """Replace Czech/Slovak diacritics and typographic quotes, dashes, spaces and the ellipsis
    with GSM equivalents. Characters without an equivalent (emoji, Cyrillic…) stay as they are."""
    composed = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for char in composed:
        if char in BASIC or char in EXTENSION:
            out.append(char)
        elif char in _REPLACEMENTS:
            out.append(_REPLACEMENTS[char])
        else:
            out.append(_decomposed_replacement(char))
    return "".join(out)


def _decomposed_replacement(char: str) -> str:
    """A Latin letter with a diacritic GSM lacks (ł excepted) → the bare letter; else unchanged."""
    base = unicodedata.normalize("NFD", char)
    stripped = "".join(c for c in base if not unicodedata.combining(c))
    if stripped and stripped != char and fits_gsm(stripped):
        return stripped
    return char
