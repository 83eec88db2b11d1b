"""A fixed-seed corpus of phone numbers written as people write them, for every region and type.

From phonenumbers' example number of each region and number type, with the last digits varied
(valid and invalid numbers alike) and near misses (a digit dropped or added), each number is
written in one of many forms for a default country chosen at random (often its own country):
E.164, international and national format (with the trunk prefix), the country code without “+”,
the default country's international prefixes (each alternative of a pattern such as
“0(?:0|19)”), spaces, dashes, dots, slashes and brackets.
"""

from __future__ import annotations

import random
import re
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

TYPES = [
    t
    for t in vars(PhoneNumberType).values()
    if isinstance(t, int)
    and t not in (PhoneNumberType.UNKNOWN, PhoneNumberType.FIXED_LINE_OR_MOBILE)
]
REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)


def _expand(items, rng: random.Random) -> str:  # type: ignore[no-untyped-def]
    """A random string matched by a parsed (simple) regular expression."""
    from re import _constants as c  # type: ignore[attr-defined]

    out = []
    for op, arg in items:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.IN:
            choices = []
            for kind, value in arg:
                if kind is c.LITERAL:
                    choices.append(chr(value))
                elif kind is c.RANGE:
                    choices += [chr(x) for x in range(value[0], value[1] + 1)]
                elif kind is c.CATEGORY:
                    choices += list("0123456789")
            out.append(rng.choice(choices))
        elif op is c.BRANCH:
            out.append(_expand(rng.choice(arg[1]), rng))
        elif op is c.SUBPATTERN:
            out.append(_expand(arg[-1], rng))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = arg
            out.append("".join(_expand(sub, rng) for _ in range(rng.randint(low, min(high, 2)))))
        elif op is c.CATEGORY:
            out.append(rng.choice("0123456789"))
        else:
            raise ValueError(op)
    return "".join(out)


@cache
def _parsed_idd(region: str):  # type: ignore[no-untyped-def]
    from re import _parser  # type: ignore[attr-defined]

    pattern = phonenumbers.PhoneMetadata.metadata_for_region(region).international_prefix
    return _parser.parse(pattern) if pattern else None


def idd_prefix(region: str, rng: random.Random) -> str | None:
    """One of the region's international prefixes (the pattern's alternatives at random)."""
    parsed = _parsed_idd(region)
    return _expand(parsed, rng) if parsed is not None else None


@cache
def _examples() -> list[phonenumbers.PhoneNumber]:
    found = []
    for region in REGIONS:
        for kind in TYPES:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                found.append(example)
    return found


def _vary(example: phonenumbers.PhoneNumber, rng: random.Random) -> phonenumbers.PhoneNumber:
    nsn = phonenumbers.national_significant_number(example)
    roll = rng.random()
    if roll < 0.7:  # the last 1–4 digits changed: mostly valid numbers of the same range
        keep = max(1, len(nsn) - rng.randint(1, 4))
        nsn = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
    elif roll < 0.8:
        i = rng.randrange(1, len(nsn))
        nsn = nsn[:i] + nsn[i + 1 :]
    elif roll < 0.9:
        i = rng.randrange(1, len(nsn) + 1)
        nsn = nsn[:i] + rng.choice("0123456789") + nsn[i:]
    number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(nsn))
    if nsn.startswith("0"):
        number.italian_leading_zero = True
        number.number_of_leading_zeros = len(nsn) - len(nsn.lstrip("0")) or 1
    return number


def _separators(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return text
    if roll < 0.5:
        return text.replace(" ", "")
    if roll < 0.85:
        return text.replace(" ", rng.choice(["-", ".", "/", "  ", "\u00a0"]))
    groups = text.split(" ")  # brackets around the second group, as an area code
    if len(groups) > 2:
        groups[1] = f"({groups[1]})"
    return " ".join(groups)


def _write(number: phonenumbers.PhoneNumber, default: str, rng: random.Random) -> str:
    nsn = phonenumbers.national_significant_number(number)
    code = str(number.country_code)
    form = rng.randrange(8)
    if form == 0:
        return f"+{code}{nsn}"
    if form == 1:
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if form == 2:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if form == 3:
        return f"{code}{nsn}"
    if form in (4, 5):
        idd = idd_prefix(default, rng)
        international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        return (idd or "+") + (" " if rng.random() < 0.5 else "") + international[1:]
    if form == 6:
        return phonenumbers.format_out_of_country_calling_number(number, default)
    return nsn


def corpus(size: int, seed: int = 17) -> list[tuple[str, str]]:
    """`size` pairs (text, default region), the same for a seed."""
    rng = random.Random(seed)
    examples = _examples()
    found = []
    while len(found) < size:
        example = rng.choice(examples)
        number = _vary(example, rng)
        own = phonenumbers.region_code_for_country_code(number.country_code)
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code, (own,))
        default = rng.choice(REGIONS) if rng.random() < 0.5 else rng.choice(regions)
        if default not in phonenumbers.SUPPORTED_REGIONS:
            default = rng.choice(REGIONS)
        text = _separators(_write(number, default, rng), rng)
        if re.search(r"[^\d +\-./()\u00a0]", text):
            continue  # letters in a format (none expected): not a written form this tests
        found.append((text, default))
    return found
