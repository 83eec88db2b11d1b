"""Number types on price rows: how a price list CSV may spell them, and which rows price which number.

A row without a type prices its country's numbers of every type that receives SMS as any
subscriber number does: mobile (phonenumbers' FIXED_LINE_OR_MOBILE included), VoIP, personal
numbers and pagers. The types in numbering_plan.OWN_ROW_TYPES are priced only by rows naming
their type: toll-free, premium-rate, shared-cost, UAN and voicemail numbers cannot receive SMS,
and a fixed line receives them only where the list says so by pricing fixed lines in a row of
their own. A number of such a type without a row of its type is refused with the reason.
"""

from __future__ import annotations

import re

from models.common import countries
from models.pricing import numbering_plan as plan

ANY = ""  # the row prices every type a row without a type prices

# How a price list may name a type, folded (lower case, no diacritics, words joined by "-").
_SPELLINGS = {
    "": ANY,
    "any": ANY,
    "all": ANY,
    "mobile": plan.MOBILE,
    "mobil": plan.MOBILE,
    "mobilni": plan.MOBILE,
    "cell": plan.MOBILE,
    "cellular": plan.MOBILE,
    "wireless": plan.MOBILE,
    "fixed-line-or-mobile": plan.MOBILE,
    "fixed-line": plan.FIXED_LINE,
    "fixed": plan.FIXED_LINE,
    "fixedline": plan.FIXED_LINE,
    "landline": plan.FIXED_LINE,
    "land-line": plan.FIXED_LINE,
    "pevna-linka": plan.FIXED_LINE,
    "toll-free": plan.TOLL_FREE,
    "tollfree": plan.TOLL_FREE,
    "freephone": plan.TOLL_FREE,
    "bezplatna-linka": plan.TOLL_FREE,
    "zelena-linka": plan.TOLL_FREE,
    "premium-rate": plan.PREMIUM_RATE,
    "premium": plan.PREMIUM_RATE,
    "premiumrate": plan.PREMIUM_RATE,
    "audiotex": plan.PREMIUM_RATE,
    "shared-cost": plan.SHARED_COST,
    "sharedcost": plan.SHARED_COST,
    "shared": plan.SHARED_COST,
    "voip": plan.VOIP,
    "personal-number": plan.PERSONAL_NUMBER,
    "personal": plan.PERSONAL_NUMBER,
    "pager": plan.PAGER,
    "paging": plan.PAGER,
    "uan": plan.UAN,
    "universal-access": plan.UAN,
    "universal-access-number": plan.UAN,
    "voicemail": plan.VOICEMAIL,
    "voice-mail": plan.VOICEMAIL,
}


def read_number_type(text: str) -> str | None:
    """A type as a price list spells it (“Mobile”, “fixed line”, “Toll free”) → its name in
    numbering_plan.NUMBER_TYPES, ANY for none; None when it names no type."""
    folded = re.sub(r"[\s_\-]+", "-", countries.fold(text).strip())
    return _SPELLINGS.get(folded)


def priced_by_any_row(kind: str) -> bool:
    """Whether a row without a type prices numbers of this type."""
    return kind not in plan.OWN_ROW_TYPES
