"""Phone numbers to E.164 and their region, as phonenumbers gives them, without calling it per number.

Text written with digits, spaces, dashes, dots, slashes and brackets — international (“+420 601
123 456”, or after the default country's international prefix, “00420…”, “011…”, “019…”) or
national (“0601 123 456”) — is parsed with phonenumbers' own steps over its metadata, compiled
once (`numbering_plan`): the IDD pattern, the national prefix and its rewrite rule, the country code
written without “+”, the possible lengths, and the region's number patterns. Anything else
(letters, extensions, other digits, non-geographic codes) goes to phonenumbers itself. Both paths
give the same E.164 form and region, or the same reason for a refusal (the tests compare them on
every region's numbers written in many ways).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from models.pricing import numbering_plan as plan
from models.pricing.numbering_plan import CodeRules, RegionRules, code_rules, region_rules

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

# phonenumbers' own separators (its "valid punctuation", less “x” and “~”), removed before parsing.
_SEPARATORS = str.maketrans(
    "", "", " -./()[]\u00a0\u00ad\u200b\u2060\u3000\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
)
_NOT_STRIPPED = (plan.TOO_SHORT, plan.LOCAL_ONLY, plan.INVALID_LENGTH)
_LENGTH_REASONS = {
    plan.TOO_SHORT: TOO_SHORT,
    plan.TOO_LONG: TOO_LONG,
    plan.INVALID_LENGTH: WRONG_LENGTH,
}
_NON_GEOGRAPHIC = plan.NON_GEOGRAPHIC
_START = re.compile("[+\uff0b\\d]")  # phonenumbers' valid start of a number (any digit)


class Normalized(NamedTuple):  # tuples: a list of 100,000 is built in a blink
    e164: str  # "+420601123456"
    region: str  # ISO 3166 code ("001" for non-geographic numbers such as +800)


class Rejected(NamedTuple):
    reason: str  # one of REASONS


_REFUSED = {reason: Rejected(reason) for reason in REASONS}


class Normalizer:
    """Normalises many numbers with one default country; reuse it across a list."""

    def __init__(self, default_region: str) -> None:
        rules = region_rules(default_region.upper())
        codes = code_rules(int(rules.code)) if rules is not None else None
        if rules is None or codes is None:
            raise ValueError(f"unknown country {default_region!r}")
        self.region = rules.region
        self._default: RegionRules = rules
        self._codes: CodeRules = codes
        # The national fast lane of `normalize_many`: text that is plainly a national number
        # (no international or national prefix, not starting with the country code).
        self._national_bulk = codes.national_bulk_valid()
        self._heads: dict[str, tuple[int, Any, str]] = {}
        self.fast_count = 0
        self.slow_count = 0
        # E.164 → (region, type) of the valid numbers `normalize_many` gave whose type only
        # price rows of that type price (fixed line, toll-free…); its fast lanes take no others.
        self.own_row_types: dict[str, tuple[str, str]] = {}

    def normalize(self, text: str) -> Normalized | Rejected:
        compact = text.replace(" ", "")  # spaces only: the common case, and cheap
        if not compact.isdigit():
            compact = compact.translate(_SEPARATORS)
        found = self._digits(compact) if compact.isascii() and 2 < len(compact) < 40 else None
        if found is not None:
            self.fast_count += 1
            return found
        if _START.search(text) is None:  # phonenumbers finds no digit or "+" to start at
            self.fast_count += 1
            return _REFUSED[NOT_A_NUMBER]
        self.slow_count += 1
        return self._slow(text)

    def normalize_many(self, texts: Sequence[str]) -> list[Normalized | Rejected]:
        """`normalize` for a list, with the commonest shapes decided inline: a national number
        of a default country with one region and no national prefix (“601 123 456”), and
        “+420 601 123 456” or “00420…” for a code with one region and no national prefix
        found in the number. Each is one compiled test (`CodeRules.bulk_valid`); any other
        text, or a number these tests do not find valid, goes through `normalize`, so the
        answers are the same."""
        out: list[Normalized | Rejected] = []
        append = out.append
        new = tuple.__new__  # a Normalized without the Python-level __new__ of NamedTuple
        national = self._national_bulk
        idd = self._default.idd_literal or "+"
        idd_size = len(idd)
        region = self.region
        plus_code = "+" + self._default.code
        heads = self._heads
        head_of = self._head
        normalize = self.normalize
        slow = 0
        for text in texts:
            compact = text.replace(" ", "")
            if compact[:1] == "+":
                digits = compact[1:]
            elif compact.startswith(idd):
                digits = compact[idd_size:]
            else:
                if national is not None and national(compact) is not None:
                    append(new(Normalized, (plus_code + compact, region)))
                else:
                    append(self._typed(normalize(text)))
                    slow += 1
                continue
            head = heads.get(digits[:3]) or head_of(digits[:3])
            if head[0] and head[1](digits, head[0]) is not None:
                append(new(Normalized, ("+" + digits, head[2])))
            else:
                append(self._typed(normalize(text)))
                slow += 1
        self.fast_count += len(out) - slow  # `normalize` counted the others
        return out

    def _typed(self, found: Normalized | Rejected) -> Normalized | Rejected:
        """`found`, its type noted in `own_row_types` when only rows of the type price it."""
        if type(found) is Normalized:
            kind = own_row_type(*found)
            if kind is not None:
                self.own_row_types[found[0]] = (found[1], kind)
        return found

    def _head(self, head: str) -> tuple[int, Any, str]:
        """For the first three digits after “+” or the IDD: (code length, the bulk validity
        test, the region) for a code with one region; (0, None, "") otherwise."""
        found: tuple[int, Any, str] = (0, None, "")
        split = plan.split_code(head) if head.isdigit() and head.isascii() else None
        codes = code_rules(int(split[0])) if split is not None else None
        if split is not None and codes is not None and codes.bulk_valid is not None:
            found = (len(split[0]), codes.bulk_valid, codes.main.region)
        if len(head) == 3 and (found[0] or head.isdigit()):
            self._heads[head] = found
        return found

    def _digits(self, compact: str) -> Normalized | Rejected | None:
        """phonenumbers' parse, validity check and region for “+digits” or digits; None when
        phonenumbers must decide."""
        default = self._default
        if compact[0] == "+":
            international, digits = True, compact[1:]
            if not digits.isdigit():
                return None
        else:
            international, digits = False, compact
            if not digits.isdigit():
                return None
            literal = default.idd_literal
            if literal is not None:
                if digits.startswith(literal) and digits[len(literal) : len(literal) + 1] != "0":
                    international, digits = True, digits[len(literal) :]
            elif default.idd is not None:
                match = default.idd.match(digits)
                if match is not None and digits[match.end() : match.end() + 1] != "0":
                    international, digits = True, digits[match.end() :]
        if international:
            if len(digits) <= 2:
                return None if compact[0] == "+" else _REFUSED[TOO_SHORT]
            split = plan.split_code(digits)
            if split is None:  # after "+", phonenumbers tries again without it
                return None if compact[0] == "+" else _REFUSED[UNKNOWN_COUNTRY]
            code, national = split
            codes = code_rules(int(code))
            if codes is None:
                return None  # a non-geographic code
            rules = codes.main
        else:
            code, national, codes, rules = default.code, digits, self._codes, default
            if digits.startswith(code):
                potential = default.strip_national_prefix(digits[len(code) :])
                general = default.general.fullmatch
                if (general(digits) is None and general(potential) is not None) or (
                    default.test_length(digits) == plan.TOO_LONG
                ):
                    national, rules = potential, codes.main
        if len(national) < 2:
            return _REFUSED[TOO_SHORT]
        potential = rules.strip_national_prefix(national)
        if potential is not national and rules.test_length(potential) not in _NOT_STRIPPED:
            national = potential
        if len(national) < 2:
            return _REFUSED[TOO_SHORT]
        if len(national) > 17:
            return _REFUSED[TOO_LONG]
        found = codes.region_and_type(national)
        if found is None:
            return _REFUSED[_LENGTH_REASONS.get(codes.length_reason(national), NOT_IN_USE)]
        return Normalized("+" + code + national, found[0])

    def _slow(self, text: str) -> Normalized | Rejected:
        import phonenumbers
        from phonenumbers import NumberParseException, ValidationResult

        try:
            number = phonenumbers.parse(text, self.region)
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


def own_row_type(e164: str, region: str) -> str | None:
    """The type of a valid number when only price rows of that type price it (numbering_plan's
    OWN_ROW_TYPES: fixed line, toll-free…); None for mobile and the other types any row prices."""
    rules = region_rules(region) if region != _NON_GEOGRAPHIC else None
    return rules.own_row_type(e164[len(rules.code) + 1 :]) if rules is not None else None


def reference_normalize(text: str, default_region: str) -> Normalized | Rejected:
    """phonenumbers alone, for each number: what the fast path is measured and tested against."""
    return Normalizer(default_region)._slow(text)
