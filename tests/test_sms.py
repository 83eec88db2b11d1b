"""Message analysis: GSM-7 / UCS-2, part boundaries, characters never split, GSM replacements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.pricing import graphemes
from models.pricing.gsm_charset import non_gsm_characters, to_gsm
from models.pricing.sms import GSM7, UCS2, analyze

FAMILY = "👨\u200d👩\u200d👧"  # 3 emoji joined by ZWJ: one character, 8 UTF-16 units
THUMB = "👍🏽"  # emoji + skin-tone modifier: one character, 4 units


@pytest.mark.parametrize(
    ("text", "encoding", "units", "parts", "left"),
    [
        ("", GSM7, 0, 0, 160),
        ("a", GSM7, 1, 1, 159),
        ("a" * 160, GSM7, 160, 1, 0),
        ("a" * 161, GSM7, 161, 2, 145),
        ("a" * 306, GSM7, 306, 2, 0),  # 2 × 153
        ("a" * 307, GSM7, 307, 3, 152),
        ("a" * 459, GSM7, 459, 3, 0),
        ("č" * 70, UCS2, 70, 1, 0),
        ("č" * 71, UCS2, 71, 2, 63),
        ("č" * 134, UCS2, 134, 2, 0),  # 2 × 67
        ("č" * 135, UCS2, 135, 3, 66),
        ("€" * 80, GSM7, 160, 1, 0),  # extension characters cost two septets
        ("€" * 81, GSM7, 162, 2, 143),  # 76 € fill 152 of 153; the 77th moves on
        ("a" * 158 + "[", GSM7, 160, 1, 0),
        ("a" * 159 + "[", GSM7, 161, 2, 145),
    ],
)
def test_part_boundaries(text: str, encoding: str, units: int, parts: int, left: int) -> None:
    result = analyze(text)
    assert (result.encoding, result.units, result.parts, result.units_left) == (
        encoding,
        units,
        parts,
        left,
    )


def test_escape_pair_is_not_split_across_parts() -> None:
    # 152 septets, then "€" (2 septets) would straddle the 153 boundary: it moves to part 2.
    text = "a" * 152 + "€" + "b" * 10
    result = analyze(text)
    assert result.units == 164
    assert result.parts == 2
    assert result.part_starts == (0, 152)
    assert result.units_left == 153 - 12


def test_surrogate_pair_is_not_split_across_parts() -> None:
    text = "č" * 66 + "😀" + "č" * 10  # the emoji would take units 67 and 68
    result = analyze(text)
    assert result.units == 78
    assert result.part_starts == (0, 66)
    assert result.units_left == 67 - 12


def test_zwj_sequence_is_one_character_and_moves_whole() -> None:
    text = "č" * 63 + FAMILY + "x"
    result = analyze(text)
    assert result.characters == 65
    assert result.units == 63 + 8 + 1
    assert result.part_starts == (0, 63)
    assert result.units_left == 67 - 9


def test_letter_with_combining_mark_stays_together() -> None:
    text = "č" * 66 + "e\u0301" + "x" * 5
    result = analyze(text)
    assert result.characters == 72
    assert result.part_starts == (0, 66)


def test_crlf_counts_two_septets_one_character_and_is_not_split() -> None:
    assert analyze("a\r\nb").units == 4
    assert analyze("a\r\nb").characters == 3
    text = "a" * 152 + "\r\n" + "b"
    result = analyze(text)
    assert result.units == 155
    assert result.parts == 1  # fits one part: no splitting at all
    text = "a" * 152 + "\r\n" + "b" * 10
    assert analyze(text).part_starts == (0, 152)


def test_emoji_at_single_part_limit() -> None:
    assert analyze("a" * 68 + THUMB[0]).parts == 1  # 68 + 2 = 70 units
    assert analyze("a" * 68 + THUMB).parts == 2  # 68 + 4 = 72 units


def test_a_cluster_longer_than_a_part_is_cut_between_code_points() -> None:
    text = "a" + "\u0301" * 201  # one character of 202 units
    result = analyze(text)
    assert result.characters == 1
    assert result.parts == 4
    assert result.units_left == 4 * 67 - 202


def test_non_gsm_characters_and_replacement() -> None:
    text = "Příliš žluťoučký kůň – „úpěl“ ďábelské ódy…"
    assert analyze(text).encoding == UCS2
    assert non_gsm_characters("Ahoj, čau ř č") == ["č", "ř"]
    replaced = to_gsm(text)
    assert replaced == 'Prilis zlutoucky kun - "upel" dabelské ody...'  # é is GSM
    assert analyze(replaced).encoding == GSM7


def test_replacement_keeps_gsm_letters_and_leaves_emoji() -> None:
    assert to_gsm("Café Äpfel ’x’ 😀") == "Café Äpfel 'x' 😀"
    assert to_gsm("c\u030c") == "c"  # decomposed č


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", ["a", "b", "c"]),
        ("\r\n\n", ["\r\n", "\n"]),
        ("🇨🇿🇸🇰🇦", ["🇨🇿", "🇸🇰", "🇦"]),
        (THUMB + "x", [THUMB, "x"]),
        (FAMILY + FAMILY, [FAMILY, FAMILY]),
        ("각한", ["각", "한"]),
        ("\u1100\u1161\u11a8", ["\u1100\u1161\u11a8"]),  # conjoining jamo L V T
        ("e\u0301\u0302f", ["e\u0301\u0302", "f"]),
        ("a\u200db", ["a\u200d", "b"]),  # ZWJ joins only between pictographs
    ],
)
def test_grapheme_clusters(text: str, expected: list[str]) -> None:
    assert list(graphemes.clusters(text)) == expected


@given(st.text(max_size=400))
def test_parts_cover_the_text_and_never_exceed_a_part(text: str) -> None:
    result = analyze(text)
    assert "".join(graphemes.clusters(text)) == text
    if result.parts <= 1:
        assert result.units <= 160
        return
    starts = [*result.part_starts, len(text)]
    for begin, end in zip(starts, starts[1:], strict=False):
        assert 0 < analyze_units(text[begin:end], result.encoding) <= result.part_size
    assert result.units <= result.parts * result.part_size


def analyze_units(text: str, encoding: str) -> int:
    if encoding == UCS2:
        return len(text.encode("utf-16-le")) // 2
    return sum(2 if c in "\f^{}\\[~]|€" else 1 for c in text)
