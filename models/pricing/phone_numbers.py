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
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

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


class Normalized(NamedTuple):  # tuples: a list of 100,000 is built in a blink
    e164: str  # "+420601123456"
    region: str  # ISO 3166 code ("001" for non-geographic numbers such as +800)


class Rejected(NamedTuple):
    reason: str  # one of REASONS


def _desc_pattern(desc: Any) -> str | None:
    """A number description as one regular expression: its possible lengths as a lookahead,
    then its pattern (phonenumbers checks the lengths, then matches the pattern whole)."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = sorted(length for length in desc.possible_length if length > 0)
    if desc.possible_length and not lengths:
        return None  # the type has no numbers in this region
    alternatives = "|".join(r"\d{%d}" % n for n in lengths)  # noqa: UP031 (braces)
    guard = r"(?=(?:" + alternatives + r")\Z)" if lengths else ""
    return f"{guard}(?:{desc.national_number_pattern})"


class _Region:
    """One region's validity test: the general description, then any number type, compiled
    into one expression so that a number is checked with a single match."""

    def __init__(self, metadata: Any) -> None:
        self.region: str = metadata.id
        self.leading = re.compile(metadata.leading_digits) if metadata.leading_digits else None
        general = _desc_pattern(metadata.general_desc)
        types = [
            pattern
            for pattern in map(
                _desc_pattern,
                (
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
                ),
            )
            if pattern is not None
        ]
        self.pattern = (
            re.compile(r"(?=(?:" + general + r")\Z)(?:" + "|".join(f"(?:{t})" for t in types) + ")")
            if general is not None and types
            else None
        )

    def valid(self, national: str) -> bool:
        return self.pattern is not None and self.pattern.fullmatch(national) is not None


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
        only = self.regions[0] if len(self.regions) == 1 else None
        # A code with one region: its validity test as a bare function, for the hot loops.
        self.single_match = only.pattern.fullmatch if only and only.pattern else None
        self.single_region = only.region if only is not None else ""

    def length_reason(self, national: str) -> str:
        """Why an invalid national number is refused, as phonenumbers' possibility check says:
        by the main region's possible lengths."""
        size = len(national)
        lengths, local = self.main_prefix.lengths, self.main_prefix.local_lengths
        if size in local:
            return NOT_IN_USE
        if size < lengths[0]:
            return TOO_SHORT
        if size > lengths[-1]:
            return TOO_LONG
        return NOT_IN_USE if size in lengths else WRONG_LENGTH

    def region_of(self, national: str) -> str | None:
        """The region of a valid national number, None if it is not valid (as phonenumbers)."""
        if self.single_match is not None:
            return self.single_region if self.single_match(national) is not None else None
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
        # "00" and the like are compared as text; patterns such as "0[09]" need the regex.
        self.idd_literal: str | None = (
            metadata.international_prefix
            if metadata.international_prefix and metadata.international_prefix.isdigit()
            else None
        )
        self.prefix = _NationalPrefix(metadata)
        # Without a national prefix and with one region, a national number is valid or not
        # by a single match: the inline test of `normalize_many`.
        plan = self.plan
        self.simple_national = (
            plan.single_match if plan is not None and self.prefix.pattern is None else None
        )


class Normalizer:
    """Normalises many numbers with one default country; reuse it across a list."""

    def __init__(self, default_region: str) -> None:
        self._default = _Default(default_region.upper())
        self._heads: dict[str, tuple[int, Any, Any, str, Any]] = {}
        self.fast_count = 0
        self.slow_count = 0

    def normalize(self, text: str) -> Normalized | Rejected:
        found = self._fast(text)
        if found is not None:
            self.fast_count += 1
            return found
        self.slow_count += 1
        return self._slow(text)

    def normalize_many(self, texts: Sequence[str]) -> list[Normalized | Rejected]:
        """`normalize` for a list, with the commonest shapes (“+420 601 123 456”, “00420…”,
        “601 123 456”: digits and spaces, a one-country code, no national prefix) tested inline;
        every other text goes through `normalize`, so the answers are the same."""
        out: list[Normalized | Rejected] = []
        append = out.append
        new = tuple.__new__  # a Normalized without the Python-level __new__ of NamedTuple
        heads = self._heads
        default = self._default
        idd, idd_size = default.idd_literal, len(default.idd_literal or "")
        code = default.code
        national_match = default.simple_national
        region = default.region
        refuse = default.plan.length_reason if default.plan is not None else None
        plus_code = "+" + code
        slow = 0
        for text in texts:
            compact = text.replace(" ", "")
            plus = compact[:1] == "+"
            if plus or (idd is not None and compact.startswith(idd)):
                digits = compact[1:] if plus else compact[idd_size:]
                if digits.isdigit() and digits.isascii():
                    head = heads.get(digits[:3]) or self._head(digits[:3])
                    size = head[0]
                    if size and 1 < len(digits) - size < 18:
                        prefix_match = head[1]
                        if prefix_match is None or prefix_match(digits, size) is None:
                            if head[2](digits, size) is not None:  # valid: one match, no copy
                                append(
                                    new(Normalized, (compact if plus else "+" + digits, head[3]))
                                )
                            else:  # invalid for certain; phonenumbers' reason, by length
                                append(new(Rejected, (head[4](digits[size:]),)))
                            continue
            elif (
                national_match is not None
                and compact.isdigit()
                and compact.isascii()
                and not compact.startswith(code)
                and 1 < len(compact) < 18
            ):
                if national_match(compact) is not None:
                    append(new(Normalized, (plus_code + compact, region)))
                else:
                    append(new(Rejected, (refuse(compact),)))  # type: ignore[misc]
                continue
            slow += 1
            append(self.normalize(text))
        self.fast_count += len(out) - slow  # those sent to `normalize` counted themselves
        return out

    def _head(self, head: str) -> tuple[int, Any, Any, str, Any]:
        """For the first three digits after “+”: (code length, the national-prefix test, the
        validity test, the region) when the code has one region; (0, …) when it needs `_fast`."""
        found: tuple[int, Any, Any, str, Any] = (0, None, None, "", None)
        codes = _calling_codes()
        for size in (1, 2, 3):
            if head[:size] in codes:
                plan = _plan(int(head[:size]))
                if plan is not None and plan.single_match is not None:
                    pattern = plan.main_prefix.pattern
                    found = (
                        size,
                        pattern.match if pattern else None,
                        plan.single_match,
                        plan.single_region,
                        plan.length_reason,
                    )
                break
        if len(head) == 3:
            self._heads[head] = found
        return found

    def _fast(self, text: str) -> Normalized | None:
        compact = text.replace(" ", "")  # spaces only: the common case, and cheap
        if not (compact.isdigit() or compact[1:].isdigit()):
            compact = text.strip().translate(_SEPARATORS)
        if not compact.isascii():
            return None
        if compact[:1] == "+":
            return self._international(compact[1:])
        if not compact.isdigit():
            return None
        default = self._default
        if default.idd_literal is not None:
            if compact.startswith(default.idd_literal):
                rest = compact[len(default.idd_literal) :]
                if rest[:1] not in ("0", ""):
                    return self._international(rest)
        elif default.idd is not None:
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
        codes = _calling_codes()
        for size in (1, 2, 3):
            if digits[:size] in codes:
                plan = _plan(int(digits[:size]))
                if plan is None:
                    return None  # a non-geographic code: phonenumbers decides
                national = plan.main_prefix.strip(digits[size:])
                if national is None or len(national) < 2 or len(national) > 17:
                    return None
                region = plan.region_of(national)
                return Normalized(f"+{plan.code}{national}", region) if region else None
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


@cache
def _calling_codes() -> frozenset[str]:
    import phonenumbers

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def reference_normalize(text: str, default_region: str) -> Normalized | Rejected:
    """phonenumbers alone, for each number: what the fast path is measured and tested against."""
    return Normalizer(default_region)._slow(text)
