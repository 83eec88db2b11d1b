"""One price of a price list: what the stored list, its CSV files and the estimates share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PriceRow:
    country: str
    dialling_code: str
    operator: str
    prefix: str  # "" for the country's price for numbers no operator prefix matches
    price: int  # micro-credits per message part
    number_type: str = ""  # numbering_plan's type ("mobile", "fixed-line"…); "" for any type

    @property
    def is_fallback(self) -> bool:
        return not self.prefix
