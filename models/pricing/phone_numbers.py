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
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter, not_
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


_HEAD = itemgetter(slice(1, 4))  # the three digits after "+"


def _heads_of(code: str, region: str) -> dict[str, str]:
    """Every three digits after “+” that start with `code`, to the code's region."""
    rest = 3 - len(code)
    return {code + str(n).zfill(rest): region for n in range(10**rest)} if rest else {code: region}


@lru_cache(maxsize=64)
def _compiled_list_test(region: str, codes: tuple[str, ...]) -> Callable[[str], object]:
    """One fullmatch for a default region's national shape and “+code…” of `codes` (each
    code's `CodeRules.bulk_valid` after its “+code”): the same answers as the tests one by one."""
    alternatives = []
    for code in codes:
        rules = code_rules(int(code))
        assert rules is not None and rules.bulk_valid is not None
        alternatives.append(code + "(?:" + rules.bulk_valid.__self__.pattern + ")")
    branches = [r"\+(?:" + "|".join(alternatives) + ")"] if alternatives else []
    default = region_rules(region)
    codes_of_region = code_rules(int(default.code)) if default is not None else None
    national = codes_of_region.national_bulk_valid() if codes_of_region is not None else None
    if national is not None:
        branches.append("(?:" + national.__self__.pattern + ")")
    return re.compile("|".join(branches), re.ASCII).fullmatch


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
        # The three digits after “+” of the calling codes `_list_test` decides → their region
        self._regions: dict[str, str] = _heads_of(rules.code, rules.region)
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
        """`normalize` for a list, the commonest shapes decided list-wide: a national number of
        a default country with one region and no national prefix (“601 123 456”), and
        “+420 601 123 456” or “00420…” for a code with one region and no national prefix found
        in the number. The list is made compact, its IDDs “+” and its numbers E.164 by string
        operations over the whole list, and one compiled test per number decides the shapes
        of its commonest calling codes together (`_list_test`); any other text goes through
        `_one_by_one`, and what its tests do not find valid through `normalize`, so the
        answers are the same."""
        compact = "\n".join(texts).replace(" ", "")
        idd = self._default.idd_literal
        international = ("\n" + compact).replace("\n" + idd, "\n+")[1:] if idd else compact
        lines = international.split("\n")
        test = self._list_test(lines) if len(lines) == len(texts) else None
        if test is None:  # a text with a line break in it, or no common calling code
            return self._one_by_one(texts)
        plus_code = "+" + self._default.code
        e164s = (
            (plus_code + international.replace("\n", "\n" + plus_code))
            .replace(plus_code + "+", "+")
            .split("\n")
        )
        regions = map(self._regions.get, map(_HEAD, e164s))
        out: list[Normalized | Rejected] = list(
            # tuple.__new__ straight: without NamedTuple's Python __new__, or a partial's call
            map(tuple.__new__, repeat(Normalized), zip(e164s, regions, strict=True))
        )
        missed = list(compress(range(len(lines)), map(not_, map(test, lines))))
        for index, found in zip(missed, self._one_by_one([texts[i] for i in missed]), strict=True):
            out[index] = found
        self.fast_count += len(out) - len(missed)
        return out

    def _list_test(self, lines: list[str]) -> Callable[[str], object] | None:
        """The fullmatch deciding at once the national shape and “+code…” for the calling codes
        of a sample of `lines` (at most 16, the commonest), with one region and a bulk test;
        None when there is no such code."""
        sample = Counter(line[:4] for line in lines[:: max(1, len(lines) // 200)])
        codes: list[str] = []
        for head, _ in sample.most_common():
            if head[:1] != "+":
                continue
            found = self._heads.get(head[1:4]) or self._head(head[1:4])
            if found[0] and head[1 : 1 + found[0]] not in codes:
                codes.append(head[1 : 1 + found[0]])
                self._regions.update(_heads_of(head[1 : 1 + found[0]], found[2]))
        if not codes and self._national_bulk is None:
            return None
        return _compiled_list_test(self.region, tuple(sorted(codes[:16])))

    def _one_by_one(self, texts: Sequence[str]) -> list[Normalized | Rejected]:
        """`normalize_many` a text at a time: the national and “+code” shapes by their compiled
        tests, the rest through `normalize`."""
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
