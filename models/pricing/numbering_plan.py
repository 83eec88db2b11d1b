"""phonenumbers' metadata as compiled rules, derived once per region and calling code.

What `phone_numbers` needs to parse and validate numbers the way phonenumbers does, without
calling it per number: the international (IDD) prefix pattern, the national prefix with its
rewrite rule, the possible lengths, and one expression per region that both validates a national
number and tells its type (the alternative that matched, in phonenumbers' order of types).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# Number types, as the price list and the reasons name them. A number phonenumbers calls
# FIXED_LINE_OR_MOBILE is MOBILE here: it may receive SMS.
MOBILE = "mobile"
FIXED_LINE = "fixed-line"
TOLL_FREE = "toll-free"
PREMIUM_RATE = "premium-rate"
SHARED_COST = "shared-cost"
VOIP = "voip"
PERSONAL_NUMBER = "personal-number"
PAGER = "pager"
UAN = "uan"
VOICEMAIL = "voicemail"
NUMBER_TYPES = (
    MOBILE,
    FIXED_LINE,
    TOLL_FREE,
    PREMIUM_RATE,
    SHARED_COST,
    VOIP,
    PERSONAL_NUMBER,
    PAGER,
    UAN,
    VOICEMAIL,
)
# Types a price row without a type does not price: numbers that cannot receive SMS (toll-free,
# premium rate, shared cost, universal access, voicemail) and fixed lines, which receive SMS
# only where the list says so by pricing them in rows of their own.
OWN_ROW_TYPES = frozenset({FIXED_LINE, TOLL_FREE, PREMIUM_RATE, SHARED_COST, UAN, VOICEMAIL})

# phonenumbers' length test results (ValidationResult), as far as parsing needs them.
POSSIBLE, LOCAL_ONLY, TOO_SHORT, TOO_LONG, INVALID_LENGTH = range(5)
NON_GEOGRAPHIC = "001"


def _desc_pattern(desc: Any) -> str | None:
    """A number description as one regular expression: its possible lengths as a lookahead,
    then its pattern (phonenumbers checks the lengths, then matches the pattern whole)."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = sorted(length for length in desc.possible_length if length > 0)
    if desc.possible_length and not lengths:
        return None  # the type has no numbers in this region
    pattern: str = desc.national_number_pattern
    if not lengths:
        return f"(?:{pattern})"
    widths = _digit_widths(pattern)
    if widths is not None and lengths[0] <= widths[0] and widths[1] <= lengths[-1]:
        if all(size in lengths for size in range(widths[0], widths[1] + 1)):
            return f"(?:{pattern})"  # each match has a possible length: no need to test it
    # The pattern first (it fails at the first digits of another type's number), then the
    # lengths, as the digits consumed.
    alternatives = "|".join(r"\d{%d}" % n for n in lengths)  # noqa: UP031 (braces)
    return r"(?=(?:" + pattern + r")\Z)(?:" + alternatives + ")"


def _typed_descriptions(metadata: Any) -> list[tuple[str, Any]]:
    """The types in the order phonenumbers tries them; mobile before fixed line, so that a number
    matching both is mobile, as FIXED_LINE_OR_MOBILE is."""
    found = [
        (PREMIUM_RATE, metadata.premium_rate),
        (TOLL_FREE, metadata.toll_free),
        (SHARED_COST, metadata.shared_cost),
        (VOIP, metadata.voip),
        (PERSONAL_NUMBER, metadata.personal_number),
        (PAGER, metadata.pager),
        (UAN, metadata.uan),
        (VOICEMAIL, metadata.voicemail),
    ]
    if metadata.same_mobile_and_fixed_line_pattern:
        return [*found, (MOBILE, metadata.fixed_line)]  # phonenumbers never tries mobile then
    return [*found, (MOBILE, metadata.mobile), (FIXED_LINE, metadata.fixed_line)]


def _own_row_pattern(metadata: Any) -> str | None:
    """Numbers that may be of a type in OWN_ROW_TYPES, as an expression to match at the national
    number's start: those types' descriptions, and for fixed lines, numbers of the fixed-line
    description that the mobile one does not take (phonenumbers tries mobile first)."""
    alternatives = [
        pattern + r"\Z"
        for desc in (
            metadata.premium_rate,
            metadata.toll_free,
            metadata.shared_cost,
            metadata.uan,
            metadata.voicemail,
        )
        if (pattern := _desc_pattern(desc)) is not None
    ]
    fixed = _desc_pattern(metadata.fixed_line)
    if fixed is not None and not metadata.same_mobile_and_fixed_line_pattern:
        mobile = _desc_pattern(metadata.mobile)
        alternatives.append(
            "(?=" + fixed + r"\Z)" + (r"(?!" + mobile + r"\Z)" if mobile is not None else "")
        )
    if not alternatives:
        return None
    pattern = _uncaptured("(?:" + "|".join(alternatives) + ")")
    starts = _first_digits(pattern)
    # A number starting with another digit is decided by one look at it, not by each type.
    return f"(?=[{starts}]){pattern}" if starts is not None else pattern


def _first_digits(pattern: str) -> str | None:
    """The digits a string `pattern` matches at its start can start with, sorted; None when the
    pattern's form is not one this reads (then nothing is concluded from it)."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def first(items: Any) -> set[str] | None:
        if not items:
            return None  # an empty alternative: anything may follow
        op, value = items[0]
        if op is sre.LITERAL:
            return {chr(value)}
        if op is sre.IN:
            found: set[str] = set()
            for kind, item in value:
                if kind is sre.LITERAL:
                    found.add(chr(item))
                elif kind is sre.RANGE:
                    found.update(map(chr, range(item[0], item[1] + 1)))
                elif kind is sre.CATEGORY and item is sre.CATEGORY_DIGIT:
                    found.update("0123456789")
                else:
                    return None
            return found
        if op is sre.BRANCH:
            branches = [first(branch) for branch in value[1]]
            return None if None in branches else set().union(*branches)  # type: ignore[arg-type]
        if op is sre.SUBPATTERN:
            return first(value[-1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            return first(value[2]) if value[0] > 0 else None
        if op is sre.ASSERT and value[0] == 1:  # a lookahead: its own first characters
            return first(value[1])
        return None

    found = first(list(_parser.parse(pattern)))
    if found is None or not found <= set("0123456789"):
        return None
    return "".join(sorted(found))


def _digit_widths(pattern: str) -> tuple[int, int] | None:
    """The shortest and longest string `pattern` matches, when it matches digits alone (\\d);
    None when it may match something else or its form is not one this reads."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def digits_only(items: Any) -> bool:
        for op, value in items:
            if op is sre.LITERAL:
                if not "0" <= chr(value) <= "9":
                    return False
            elif op is sre.IN:
                for kind, item in value:
                    digit_range = kind is sre.RANGE and 48 <= item[0] <= item[1] <= 57
                    digit = kind is sre.LITERAL and 48 <= item <= 57
                    if not (digit_range or digit or item is sre.CATEGORY_DIGIT):
                        return False
            elif op is sre.BRANCH:
                if not all(map(digits_only, value[1])):
                    return False
            elif op is sre.SUBPATTERN:
                if not digits_only(value[-1]):
                    return False
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                if not digits_only(value[2]):
                    return False
            else:
                return False
        return True

    parsed = _parser.parse(pattern)
    if not digits_only(parsed):
        return None
    shortest, longest = parsed.getwidth()
    return int(shortest), int(longest)


def _uncaptured(pattern: str) -> str:
    """The pattern with its (unescaped) capturing groups made non-capturing."""
    return re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


class RegionRules:
    """One region's parsing and validation rules."""

    def __init__(self, metadata: Any) -> None:
        self.region: str = metadata.id
        self.code = str(metadata.country_code)
        self.leading = re.compile(metadata.leading_digits) if metadata.leading_digits else None
        idd = metadata.international_prefix
        self.idd = re.compile(idd) if idd else None
        self.idd_literal: str | None = idd if idd and idd.isdigit() else None
        prefix = metadata.national_prefix_for_parsing
        self.national_prefix = re.compile(prefix) if prefix else None
        self.transform: str | None = metadata.national_prefix_transform_rule or None
        general = metadata.general_desc
        self.general = re.compile(general.national_number_pattern or "(?!)")
        self.lengths: tuple[int, ...] = tuple(general.possible_length) or (-1,)
        self.local_lengths: tuple[int, ...] = tuple(general.possible_length_local_only)
        self.general_guard = _desc_pattern(general)
        descriptions = _typed_descriptions(metadata)
        self.typed, self.kinds = self._compile(descriptions)
        # Validity alone, without groups to fill, the commonest types first: the hot loops' test.
        commonest = self._compile(descriptions[8:] + descriptions[:8])[0]
        self.valid = re.compile(_uncaptured(commonest.pattern)) if commonest else None
        # What a number of a type priced only by its own rows may match (a wider net than the
        # type: a number it catches is typed exactly, as phonenumbers does, before pricing).
        self.own_row_pattern = _own_row_pattern(metadata)
        self.own_row = re.compile(self.own_row_pattern).match if self.own_row_pattern else None

    def _compile(
        self, descriptions: list[tuple[str, Any]], guarded: bool = True
    ) -> tuple[re.Pattern[str] | None, tuple[str | None, ...]]:
        """One expression of the types' alternatives, in order, under the general description;
        and the type of each group (`lastindex` names the alternative that matched)."""
        kinds: list[str | None] = [None]  # group 0 is the whole match
        alternatives = []
        for kind, desc in descriptions:
            pattern = _desc_pattern(desc)
            if pattern is None:
                continue
            kinds.append(kind)
            kinds.extend([None] * re.compile(pattern).groups)  # groups inside a pattern
            alternatives.append(f"({pattern})")
        if self.general_guard is None or not alternatives:
            return None, tuple(kinds)
        guard = r"(?=(?:" + self.general_guard + r")\Z)" if guarded else ""
        return re.compile(guard + "(?:" + "|".join(alternatives) + ")"), tuple(kinds)

    def number_type(self, national: str) -> str | None:
        """The number's type if it is a valid number of this region, else None."""
        match = self.typed.fullmatch(national) if self.typed is not None else None
        return self.kinds[match.lastindex or 0] if match is not None else None

    def own_row_type(self, national: str) -> str | None:
        """The type of a valid national number when only rows of its type price it (fixed line,
        toll-free…); None for the types any row of its country prices (mobile, VoIP…)."""
        if self.own_row is None or self.own_row(national) is None:
            return None
        kind = self.number_type(national)
        return kind if kind in OWN_ROW_TYPES else None

    def test_length(self, number: str) -> int:
        """phonenumbers' `_test_number_length` by the general description."""
        size = len(number)
        if size in self.local_lengths:
            return LOCAL_ONLY
        lengths = self.lengths
        if lengths[0] == size:
            return POSSIBLE
        if lengths[0] > size:
            return TOO_SHORT
        if lengths[-1] < size:
            return TOO_LONG
        return POSSIBLE if size in lengths[1:] else INVALID_LENGTH

    def strip_national_prefix(self, number: str) -> str:
        """phonenumbers' `_maybe_strip_national_prefix_carrier_code`: the number without its
        national (trunk) prefix, rewritten where the region has a rule, or unchanged."""
        pattern = self.national_prefix
        if pattern is None or not number:
            return number
        match = pattern.match(number)
        if match is None:
            return number
        viable = self.general.fullmatch(number) is not None
        groups = match.groups()
        if not self.transform or not groups or groups[-1] is None:
            rest = number[match.end() :]
        else:
            rest = pattern.sub(self.transform, number, count=1)
        if viable and self.general.fullmatch(rest) is None:
            return number
        return rest


class CodeRules:
    """The regions sharing one calling code, in phonenumbers' order (the main region first)."""

    def __init__(self, code: int, regions: list[RegionRules]) -> None:
        self.code = str(code)
        self.regions = regions
        self.main = regions[0]
        self.single = regions[0] if len(regions) == 1 else None
        self.single_valid = (
            self.single.valid.fullmatch if self.single and self.single.valid else None
        )
        # The bulk test of “+code national”, run at the national number's start: the national
        # number is 2–17 ASCII digits, does not start with the national prefix, and is valid.
        self.bulk_valid = _bulk_test(self.single, "", 2)

    def national_bulk_valid(self) -> Any:
        """The bulk test of a national number written without a prefix: 3–17 ASCII digits,
        not starting with the calling code, valid; None where that needs the whole parse (the
        region has a national prefix or an IDD pattern, or shares its code)."""
        single = self.single
        if single is None or single.national_prefix is not None:
            return None
        if single.idd is not None and single.idd_literal is None:
            return None
        return _bulk_test(single, r"(?!" + self.code + ")", 3)

    def region_and_type(self, national: str) -> tuple[str, str] | None:
        """phonenumbers' region_code_for_number and number type, None if the number is invalid."""
        single = self.single
        if single is not None:
            kind = single.number_type(national)
            return (single.region, kind) if kind is not None else None
        for rules in self.regions:
            if rules.leading is not None:
                if rules.leading.match(national):
                    kind = rules.number_type(national)
                    return (rules.region, kind) if kind is not None else None
            else:
                kind = rules.number_type(national)
                if kind is not None:
                    return (rules.region, kind)
        return None

    def length_reason(self, national: str) -> int:
        """phonenumbers' possibility test of an invalid number, by the main region's lengths."""
        return self.main.test_length(national)


def _bulk_test(rules: RegionRules | None, guard: str, shortest: int) -> Any:
    """`rules.valid` behind `guard`, `shortest`–17 ASCII digits, the national prefix's absence
    and that of the types only their own price rows price, as one fullmatch (the same answers
    as the separate tests, without a Python step each)."""
    if rules is None or rules.valid is None:
        return None
    if not (rules.lengths[0] >= shortest and rules.lengths[-1] <= 17):
        guard += r"(?=[0-9]{%d,17}\Z)" % shortest  # noqa: UP031 (braces)
    # else the general description's lengths (digits each) in `valid` say as much
    prefix = rules.national_prefix
    if prefix is not None:
        guard += "(?!" + _uncaptured(prefix.pattern) + ")"
    if rules.own_row_pattern is not None:  # such numbers are typed and priced one by one
        guard += "(?!" + rules.own_row_pattern + ")"
    return re.compile(guard + "(?:" + rules.valid.pattern + ")", re.ASCII).fullmatch


@cache
def region_rules(region: str) -> RegionRules | None:
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return RegionRules(metadata) if metadata is not None else None


@cache
def code_rules(code: int) -> CodeRules | None:
    """The rules of a geographic calling code; None for unknown and non-geographic codes."""
    import phonenumbers

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
    if not regions or regions[0] == NON_GEOGRAPHIC:
        return None
    found = [rules for rules in map(region_rules, regions) if rules is not None]
    return CodeRules(code, found) if found else None


@cache
def calling_codes() -> frozenset[str]:
    import phonenumbers

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def split_code(digits: str) -> tuple[str, str] | None:
    """phonenumbers' `_extract_country_code`: (calling code, the rest), None when no code fits."""
    if not digits or digits[0] == "0":
        return None
    codes = calling_codes()
    for size in (1, 2, 3):
        if digits[:size] in codes:
            return digits[:size], digits[size:]
    return None


def number_type(national: str, region: str) -> str | None:
    """The type of a valid national number of `region` (None when it is not valid there)."""
    rules = region_rules(region)
    return rules.number_type(national) if rules is not None else None
