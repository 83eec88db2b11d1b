"""What a balance buys: one-part messages at the typical price, the default country's own price."""

from __future__ import annotations

from dataclasses import dataclass

from models.pricing import price_list
from models.settings import store as settings


@dataclass(frozen=True)
class WhatItBuys:
    messages: int  # one-part messages the balance pays, whole ones
    country: str  # ISO code of the country whose price is typical (recipients.default_country)
    price: int  # micro-credits for one one-part message there (its other-networks price)


def what_it_buys(balance: int) -> WhatItBuys | None:
    """The one-part messages `balance` (micro-credits) pays to the default recipients' country,
    at that country's price for its other networks; None when the price list has no such price.
    """
    country = settings.get("recipients.default_country")
    row = price_list.country_price(country)
    if row is None:  # prices are above zero (the database checks)
        return None
    return WhatItBuys(max(0, balance) // row.price, country, row.price)
