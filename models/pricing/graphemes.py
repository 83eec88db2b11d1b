"""Splitting text into user-perceived characters (extended grapheme clusters, Unicode UAX #29).

A compact implementation of the segmentation rules that matter for messages: CR LF, combining
marks, Hangul syllables, emoji modifier and ZWJ sequences, flags (regional indicator pairs),
prepended marks. Properties come from `unicodedata` plus the few ranges it does not expose
(Extended_Pictographic is approximated by the emoji blocks). Indic conjunct rules (GB9c) are not
applied: such a cluster may count as more than one character, never as less.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Grapheme_Cluster_Break values used below.
OTHER, CR, LF, CONTROL, EXTEND, ZWJ, REGIONAL, PREPEND, SPACING = range(9)
HANGUL_L, HANGUL_V, HANGUL_T, HANGUL_LV, HANGUL_LVT = range(9, 14)

_PREPEND = {0x06DD, 0x070F, 0x08E2, 0x110BD, 0x110CD, *range(0x0600, 0x0606), 0x0890, 0x0891}
_PICTOGRAPHIC_RANGES = (
    (0x00A9, 0x00A9),
    (0x00AE, 0x00AE),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
    (0x2122, 0x2122),
    (0x2139, 0x2139),
    (0x2194, 0x21AA),
    (0x231A, 0x23FF),
    (0x24C2, 0x24C2),
    (0x25AA, 0x25FE),
    (0x2600, 0x27BF),
    (0x2934, 0x2935),
    (0x2B05, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3299),
    (0x1F000, 0x1F0FF),
    (0x1F10D, 0x1F1AD),
    (0x1F201, 0x1F2FF),
    (0x1F300, 0x1F3FA),
    (0x1F400, 0x1FAFF),
    (0x1FC00, 0x1FFFD),
)


@lru_cache(maxsize=4096)
def break_property(char: str) -> int:
    """The Grapheme_Cluster_Break property of one code point (approximated, see the module)."""
    code = ord(char)
    if code == 0x0D:
        return CR
    if code == 0x0A:
        return LF
    if code == 0x200D:
        return ZWJ
    if 0x1F1E6 <= code <= 0x1F1FF:
        return REGIONAL
    if 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F or code in (0x200C, 0xFF9E, 0xFF9F):
        return EXTEND
    if code in _PREPEND:
        return PREPEND
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97C:
        return HANGUL_L
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return HANGUL_V
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return HANGUL_T
    if 0xAC00 <= code <= 0xD7A3:
        return HANGUL_LV if (code - 0xAC00) % 28 == 0 else HANGUL_LVT
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return EXTEND
    if category == "Mc":
        return SPACING
    if category in ("Cc", "Zl", "Zp", "Cf", "Cs"):
        return CONTROL
    return OTHER


@lru_cache(maxsize=4096)
def is_pictographic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _PICTOGRAPHIC_RANGES)


def _joins(previous: int, current: int) -> bool | None:
    """Rules GB3–GB9b for a pair of properties: True = no break, False = break, None = go on."""
    if previous == CR and current == LF:
        return True
    if previous in (CR, LF, CONTROL) or current in (CR, LF, CONTROL):
        return False
    if previous == HANGUL_L and current in (HANGUL_L, HANGUL_V, HANGUL_LV, HANGUL_LVT):
        return True
    if previous in (HANGUL_LV, HANGUL_V) and current in (HANGUL_V, HANGUL_T):
        return True
    if previous in (HANGUL_LVT, HANGUL_T) and current == HANGUL_T:
        return True
    if current in (EXTEND, ZWJ, SPACING) or previous == PREPEND:
        return True
    return None


def clusters(text: str) -> Iterator[str]:
    """Yield the grapheme clusters of `text`, in order; they concatenate back to `text`."""
    if not text:
        return
    start = 0
    previous = break_property(text[0])
    # GB11: inside "ExtPict Extend* ZWJ" a following ExtPict does not break.
    emoji_run = is_pictographic(text[0])
    zwj_after_emoji = False
    regional_count = 1 if previous == REGIONAL else 0
    for index in range(1, len(text)):
        char = text[index]
        current = break_property(char)
        joined = _joins(previous, current)
        if joined is None:
            if zwj_after_emoji and is_pictographic(char):
                joined = True
            elif previous == REGIONAL and current == REGIONAL:
                joined = regional_count % 2 == 1
            else:
                joined = False
        if not joined:
            yield text[start:index]
            start = index
            emoji_run = False
            regional_count = 0
        pictographic = is_pictographic(char)
        zwj_after_emoji = current == ZWJ and emoji_run
        if pictographic:
            emoji_run = True
        elif current not in (EXTEND, ZWJ):
            emoji_run = False
        regional_count = regional_count + 1 if current == REGIONAL else 0
        previous = current
    yield text[start:]


def count(text: str) -> int:
    """How many characters a person sees in `text`."""
    return sum(1 for _ in clusters(text))
