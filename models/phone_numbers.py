"""Phone numbers to E.164: a fast path for plainly written numbers, phonenumbers for the rest.

The fast path takes numbers written with digits, spaces, dashes, dots, slashes and brackets, in
international form (“+420 601 123 456”, “00420…”) or national form for the default country. It
applies phonenumbers' own parsing steps and validates with phonenumbers' metadata: the country's
possible lengths and its number-type patterns, compiled once per calling code, with the region
chosen the way `phonenumbers.region_code_for_number` does. A number it accepts is one that
`phonenumbers.is_valid_number` accepts, with the same E.164 form (tests compare the two). Anything
it cannot decide — letters, extensions, national prefixes with rewrite rules, invalid numbers —
goes to phonenumbers itself, which also gives the reason a number is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

# Reasons a number is refused (codes; the UI and the CLI word them).
NOT_A_NUMBER = "not-a-number"
UNKNOWN_COUNTRY = "unknown-country-code"
TOO_SHORT = "too-short"
TOO_LONG = "too-long"
WRONG_LENGTH = "wrong-length"
NOT_IN_USE = "not-a-valid-number"
REASONS = {
    NOT_A_NUMBER: "not a phone number",
    UNKNOWN_COUNTRY: "unknown country calling code",
    TOO_SHORT: "too short",
    TOO_LONG: "too long",
    WRONG_LENGTH: "wrong number of digits for the country",
    NOT_IN_USE: "not a valid number in the country's numbering plan",
}

_SEPARATORS = str.maketrans("", "", " -./()\u00a0\u202f\u2009")
_NON_GEOGRAPHIC = "001"


@dataclass(frozen=True)
class Normalized:
    e164: str  # "+420601123456"
    region: str  # ISO 3166 code ("001" for non-geographic numbers such as +800)


@dataclass(frozen=True)
class Rejected:
    reason: str  # one of REASONS


def _desc_check(desc: Any) -> tuple[frozenset[int], re.Pattern[str]] | None:
    """(possible lengths, compiled pattern) of a number description, None if it has no numbers."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = frozenset(length for length in desc.possible_length if length > 0)
    if desc.possible_length and not lengths:
        return None
    return lengths, re.compile(desc.national_number_pattern)


class _Region:
    """One region's validity test: the general description, then any number type."""

    def __init__(self, metadata: Any) -> None:
        self.region: str = metadata.id
        self.leading = re.compile(metadata.leading_digits) if metadata.leading_digits else None
        self.general = _desc_check(metadata.general_desc)
        by_lengths: dict[frozenset[int], list[str]] = {}
        for desc in (
            metadata.mobile,
            metadata.fixed_line,
            metadata.premium_rate,
            metadata.toll_free,
            metadata.shared_cost,
            metadata.voip,
            metadata.personal_number,
            metadata.pager,
            metadata.uan,
            metadata.voicemail,
        ):
            checked = _desc_check(desc)
            if checked is not None:
                by_lengths.setdefault(checked[0], []).append(checked[1].pattern)
        # Types sharing their possible lengths are tried as one alternation.
        self.types = [
            (lengths, re.compile("|".join(f"(?:{p})" for p in patterns)))
            for lengths, patterns in by_lengths.items()
        ]

    def valid(self, national: str) -> bool:
        if self.general is None:
            return False
        size = len(national)
        lengths, pattern = self.general
        if (lengths and size not in lengths) or not pattern.fullmatch(national):
            return False
        return any(
            (not lengths or size in lengths) and pattern.fullmatch(national)
            for lengths, pattern in self.types
        )


class _NationalPrefix:
    """phonenumbers' national-prefix step (“0” in 0601…, “8” in Russia) for one region's rules;
    only prefixes without capture groups or rewrite rules are handled here."""

    def __init__(self, metadata: Any) -> None:
        prefix = metadata.national_prefix_for_parsing if metadata is not None else None
        self.pattern = re.compile(prefix) if prefix else None
        self.simple = (
            self.pattern is not None
            and self.pattern.groups == 0
            and not metadata.national_prefix_transform_rule
        )
        general = metadata.general_desc if metadata is not None else None
        self.general = re.compile(general.national_number_pattern or "(?!)") if general else None
        self.lengths = tuple(general.possible_length) if general else ()
        self.local_lengths = tuple(general.possible_length_local_only) if general else ()

    def strip(self, number: str) -> str | None:
        """The national significant number, or None when phonenumbers must decide."""
        match = self.pattern.match(number) if self.pattern is not None else None
        if match is None:
            return number
        if not self.simple or self.general is None or not self.lengths:
            return None
        stripped = number[match.end() :]
        if self.general.fullmatch(number) and not self.general.fullmatch(stripped):
            return number
        # phonenumbers keeps the prefix when the rest is too short or of an impossible length.
        size = len(stripped)
        if size in self.local_lengths or size < self.lengths[0]:
            return number
        if size <= self.lengths[-1] and size not in self.lengths:
            return number
        return stripped


class _Plan:
    """Everything the fast path needs about one country calling code."""

    def __init__(self, code: int) -> None:
        import phonenumbers

        self.code = str(code)
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
        metadata = [phonenumbers.PhoneMetadata.metadata_for_region(r) for r in regions]
        self.regions = [_Region(m) for m in metadata if m is not None]
        self.main_prefix = _NationalPrefix(metadata[0])

    def region_of(self, national: str) -> str | None:
        """The region of a valid national number, None if it is not valid (as phonenumbers)."""
        if len(self.regions) == 1:
            only = self.regions[0]
            return only.region if only.valid(national) else None
        for region in self.regions:
            if region.leading is not None:
                if region.leading.match(national):
                    return region.region if region.valid(national) else None
            elif region.valid(national):
                return region.region
        return None


@cache
def _plan(code: int) -> _Plan | None:
    import phonenumbers

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
    if not regions or regions[0] == _NON_GEOGRAPHIC:
        return None
    return _Plan(code)


class _Default:
    """The default country's rules for numbers written without a country code."""

    def __init__(self, region: str) -> None:
        import phonenumbers

        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is None:
            raise ValueError(f"unknown country {region!r}")
        self.region = region
        self.code = str(metadata.country_code)
        self.plan = _plan(metadata.country_code)
        self.idd = (
            re.compile(metadata.international_prefix) if metadata.international_prefix else None
        )
        self.prefix = _NationalPrefix(metadata)


class Normalizer:
    """Normalises many numbers with one default country; reuse it across a list."""

    def __init__(self, default_region: str) -> None:
        self._default = _Default(default_region.upper())
        self.fast_count = 0
        self.slow_count = 0

    def normalize(self, text: str) -> Normalized | Rejected:
        found = self._fast(text)
        if found is not None:
            self.fast_count += 1
            return found
        self.slow_count += 1
        return self._slow(text)

    def _fast(self, text: str) -> Normalized | None:
        compact = text.strip().translate(_SEPARATORS)
        if not compact.isascii():
            return None
        if compact.startswith("+"):
            return self._international(compact[1:])
        if not compact.isdigit():
            return None
        default = self._default
        if default.idd is not None:
            match = default.idd.match(compact)
            if match is not None and compact[match.end() : match.end() + 1] not in ("0", ""):
                return self._international(compact[match.end() :])
        if compact.startswith(default.code) or default.plan is None:
            return None  # maybe a country code without "+": phonenumbers weighs that
        national = default.prefix.strip(compact)
        if national is None or len(national) < 2:
            return None
        region = default.plan.region_of(national)
        return Normalized(f"+{default.code}{national}", region) if region else None

    def _international(self, digits: str) -> Normalized | None:
        if len(digits) <= 2 or not digits.isdigit() or digits[0] == "0":
            return None
        for size in (1, 2, 3):
            plan = _plan(int(digits[:size]))
            if plan is not None:
                national = digits[size:]
                stripped = plan.main_prefix.strip(national)
                if stripped is None or len(stripped) < 2 or len(stripped) > 17:
                    return None
                national = stripped
                region = plan.region_of(national)
                return Normalized(f"+{plan.code}{national}", region) if region else None
            if _known_code(int(digits[:size])):
                return None  # a non-geographic code: phonenumbers decides
        return None

    def _slow(self, text: str) -> Normalized | Rejected:
        import phonenumbers
        from phonenumbers import NumberParseException, ValidationResult

        try:
            number = phonenumbers.parse(text, self._default.region)
        except NumberParseException as error:
            return Rejected(
                {
                    NumberParseException.INVALID_COUNTRY_CODE: UNKNOWN_COUNTRY,
                    NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
                    NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
                    NumberParseException.TOO_LONG: TOO_LONG,
                }.get(error.error_type, NOT_A_NUMBER)
            )
        if not phonenumbers.is_valid_number(number):
            reason = phonenumbers.is_possible_number_with_reason(number)
            return Rejected(
                {
                    ValidationResult.TOO_SHORT: TOO_SHORT,
                    ValidationResult.TOO_LONG: TOO_LONG,
                    ValidationResult.INVALID_LENGTH: WRONG_LENGTH,
                    ValidationResult.INVALID_COUNTRY_CODE: UNKNOWN_COUNTRY,
                }.get(reason, NOT_IN_USE)
            )
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return Normalized(e164, phonenumbers.region_code_for_number(number) or _NON_GEOGRAPHIC)


def _known_code(code: int) -> bool:
    import phonenumbers

    return code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE


def is_supported_region(region: str) -> bool:
    import phonenumbers

    return region.upper() in phonenumbers.SUPPORTED_REGIONS


def reference_normalize(text: str, default_region: str) -> Normalized | Rejected:
    """phonenumbers alone, for each number: what the fast path is measured and tested against."""
    return Normalizer(default_region)._slow(text)
