"""One price of a price list: what the stored list, its CSV files and the estimates share."""

from __future__ import annotations

from typing import NamedTuple


# A NamedTuple, not a dataclass: defined on every start, at a sixth of a dataclass's cost.
class PriceRow(NamedTuple):
    country: str
    dialling_code: str
    operator: str
    prefix: str  # "" for the country's price for numbers no operator prefix matches
    price: int  # micro-credits per message part
    number_type: str = ""  # numbering_plan's type ("mobile", "fixed-line"…); "" for any type

    @property
    def is_fallback(self) -> bool:
        return not self.prefix
