"""Normalising phone numbers to E.164: cases per country, and the fast path equal to phonenumbers."""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest

from models.pricing.phone_numbers import (
    NOT_A_NUMBER,
    NOT_IN_USE,
    TOO_LONG,
    TOO_SHORT,
    UNKNOWN_COUNTRY,
    Normalized,
    Normalizer,
    Rejected,
    reference_normalize,
)


@pytest.mark.parametrize(
    ("default", "text", "e164", "region"),
    [
        ("CZ", "+420 601 123 456", "+420601123456", "CZ"),
        ("CZ", "00420 601 123 456", "+420601123456", "CZ"),
        ("CZ", "601123456", "+420601123456", "CZ"),
        ("CZ", "601-123-456", "+420601123456", "CZ"),
        ("CZ", "(601) 123 456", "+420601123456", "CZ"),
        ("CZ", "420601123456", "+420601123456", "CZ"),  # the code without "+"
        ("CZ", "+421 905 123 456", "+421905123456", "SK"),
        ("CZ", "\u00a0+420\u00a0777\u00a0123\u00a0456 ", "+420777123456", "CZ"),
        ("SK", "0905 123 456", "+421905123456", "SK"),
        ("SK", "905 123 456", "+421905123456", "SK"),
        ("DE", "0151 23456789", "+4915123456789", "DE"),
        ("DE", "+49 (0)151 23456789", "+4915123456789", "DE"),
        ("GB", "07911 123456", "+447911123456", "GG"),  # a Guernsey mobile range
        ("GB", "020 7946 0018", "+442079460018", "GB"),
        ("US", "(201) 555-0123", "+12015550123", "US"),
        ("US", "1 201 555 0123", "+12015550123", "US"),
        ("US", "011 420 601 123 456", "+420601123456", "CZ"),
        ("CZ", "+1 204 555 0123", "+12045550123", "CA"),
        ("CZ", "+7 701 123 4567", "+77011234567", "KZ"),
        ("CZ", "+7 912 345 67 89", "+79123456789", "RU"),
        ("CZ", "+39 06 1234 5678", "+390612345678", "IT"),  # Italy keeps its leading zero
        ("PL", "512 345 678", "+48512345678", "PL"),
        ("AT", "0664 1234567", "+436641234567", "AT"),
        ("HU", "06 20 123 4567", "+36201234567", "HU"),
        ("FR", "06 12 34 56 78", "+33612345678", "FR"),
        ("BR", "(11) 96123-4567", "+5511961234567", "BR"),
        ("CZ", "+420 601 123 456 ext. 12", "+420601123456", "CZ"),  # slow path drops it
    ],
)
def test_normalisation_per_country(default: str, text: str, e164: str, region: str) -> None:
    assert Normalizer(default).normalize(text) == Normalized(e164, region)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", NOT_A_NUMBER),
        ("hello", NOT_A_NUMBER),
        ("6", NOT_A_NUMBER),
        ("601 123 45", TOO_SHORT),
        ("601 123 456 789 012 345 678", TOO_LONG),
        ("+999 601 123 456", UNKNOWN_COUNTRY),
        ("+420 123 456 789", NOT_IN_USE),
    ],
)
def test_refused_numbers_say_why(text: str, reason: str) -> None:
    assert Normalizer("CZ").normalize(text) == Rejected(reason)


def test_plain_numbers_take_the_fast_path() -> None:
    normalizer = Normalizer("CZ")
    for text in ("+420 601 123 456", "00421905123456", "777 123 456", "+44 7911 123456"):
        assert isinstance(normalizer.normalize(text), Normalized)
    assert (normalizer.fast_count, normalizer.slow_count) == (4, 0)


def _variants(rng: random.Random, region: str) -> list[str]:
    """Example numbers of a region written in several ways, plus near misses."""
    found = []
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        for style in (
            phonenumbers.PhoneNumberFormat.E164,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
        ):
            text = phonenumbers.format_number(example, style)
            digits = [c for c in text]
            positions = [i for i, c in enumerate(digits) if c.isdigit()]
            found.append(text)
            found.append(text.replace("+", "00", 1))
            for _ in range(3):  # change, drop or add a digit
                i = rng.choice(positions[1:] or positions)
                changed = list(digits)
                changed[i] = str(rng.randrange(10))
                found.append("".join(changed))
                found.append("".join(digits[:i] + digits[i + 1 :]))
                found.append("".join(digits[:i] + [str(rng.randrange(10))] + digits[i:]))
    return found


@pytest.mark.parametrize("default", ["CZ", "SK", "DE", "GB", "US", "RU", "IT", "AR", "BR", "IN"])
def test_fast_path_gives_what_phonenumbers_gives(default: str) -> None:
    """For every region's examples and near misses, written in several ways: the same answer."""
    rng = random.Random(default)
    normalizer = Normalizer(default)
    regions = rng.sample(sorted(phonenumbers.SUPPORTED_REGIONS), 120)
    checked = 0
    for region in regions:
        for text in _variants(rng, region):
            expected = reference_normalize(text, default)
            assert normalizer.normalize(text) == expected, (default, text)
            checked += 1
    assert checked > 3000
    assert normalizer.fast_count > checked // 5


@pytest.mark.parametrize("default", ["CZ", "SK", "GB", "US", "IT"])
def test_normalize_many_gives_what_normalize_gives(default: str) -> None:
    rng = random.Random(default + "many")
    texts = [
        text
        for region in rng.sample(sorted(phonenumbers.SUPPORTED_REGIONS), 60)
        for text in _variants(rng, region)
    ]
    texts += ["", "+", "00", "000420601123456", "+0420", "601 123 456", "+420 60", "٦٠١١٢٣٤٥٦"]
    many = Normalizer(default)
    assert many.normalize_many(texts) == [Normalizer(default).normalize(t) for t in texts]
    assert many.fast_count > len(texts) // 5


def _disagreements(size: int) -> tuple[int, list[tuple[str, str, object, object]]]:
    """Both paths against phonenumbers on the fixed-seed corpus: (numbers valid, differences)."""
    from tests.helpers.phone_corpus import corpus

    by_default: dict[str, list[str]] = {}
    for text, default in corpus(size):
        by_default.setdefault(default, []).append(text)
    valid, differences = 0, []
    for default, texts in by_default.items():
        many = Normalizer(default)
        single = Normalizer(default)
        for text, found in zip(texts, many.normalize_many(texts), strict=True):
            expected = reference_normalize(text, default)
            valid += isinstance(expected, Normalized)
            for answer in (found, single.normalize(text)):
                if answer != expected:
                    differences.append((default, text, answer, expected))
        assert many.slow_count <= len(texts) // 100  # phonenumbers is not called per number
    return valid, differences


def test_both_paths_agree_with_phonenumbers_on_every_region_and_form() -> None:
    """30,000 numbers of every region and type, in many written forms, the default country
    varying (the international prefixes that are patterns, such as Mexico's 0[09], included)."""
    valid, differences = _disagreements(30_000)
    assert differences == []
    assert valid > 15_000


@pytest.mark.slow
def test_both_paths_agree_with_phonenumbers_on_200000_numbers() -> None:
    valid, differences = _disagreements(200_000)
    assert differences[:20] == []
    assert valid > 100_000


@pytest.mark.parametrize(
    ("default", "text", "e164", "region"),
    [
        ("MX", "00201508689171", "+201508689171", "EG"),  # an international prefix pattern: 0[09]
        ("MX", "09 420 601 123 456", "+420601123456", "CZ"),
        ("MV", "019 44 20 7946 0018", "+442079460018", "GB"),
        ("SG", "001 1 201 555 0123", "+12015550123", "US"),
        ("AS", "733 1234", "+16847331234", "AS"),  # a national rewrite rule: 684 added
        ("AR", "011 15 2345 6789", "+5491123456789", "AR"),
    ],
)
def test_bulk_path_reads_prefix_patterns_and_rewrite_rules(
    default: str, text: str, e164: str, region: str
) -> None:
    assert reference_normalize(text, default) == Normalized(e164, region)
    normalizer = Normalizer(default)
    assert normalizer.normalize_many([text]) == [Normalized(e164, region)]
    assert normalizer.slow_count == 0


@pytest.mark.parametrize(
    ("pattern", "lengths", "valid", "invalid"),
    [
        (r"[2-9]\d{8}", [9], ["212345678"], ["112345678", "21234567", "2123456789"]),
        (r"\d{7,9}", [7, 9], ["1234567", "123456789"], ["12345678"]),  # 8: not a length
        (r"9\d{8,11}", [9, 10], ["912345678", "9123456789"], ["91234567890"]),
        (r"\d{9}", [-1], [], ["123456789"]),  # the type has no numbers in the region
    ],
)
def test_a_number_must_match_its_pattern_at_a_possible_length(
    pattern: str, lengths: list[int], valid: list[str], invalid: list[str]
) -> None:
    from types import SimpleNamespace

    from models.pricing.numbering_plan import _desc_pattern

    compiled = _desc_pattern(
        SimpleNamespace(national_number_pattern=pattern, possible_length=lengths)
    )
    assert [n for n in valid + invalid if compiled and re.fullmatch(compiled, n)] == valid
