"""Settings of the smallest top-up: a net amount per currency (0 = no minimum)."""

from __future__ import annotations

from collections.abc import Callable

from models.common.money import AmountError, parse_money
from models.settings.store import SettingError, SettingSpec, register, shown_in

# What a bank transfer is worth the bookkeeping for: a proforma, a tax invoice, a statement line.
DEFAULTS = {"CZK": "10000", "EUR": "500"}  # minor units: 100.00 CZK, 5.00 EUR, without VAT


def money_or_zero(currency: str) -> Callable[[str], str]:
    """An amount of `currency`, zero or more, stored as minor units."""

    def normalize(value: str) -> str:
        try:
            return str(parse_money(value.strip().removesuffix(currency), currency))
        except AmountError as error:
            raise SettingError(error.args[0]) from None  # its Message, passed on whole

    return normalize


register(
    *(
        SettingSpec(
            f"payments.minimum_top_up.{currency}",
            default,
            f"Smallest top-up in {currency}, without VAT (0 = any amount)",
            money_or_zero(currency),
            shown_in(currency),
        )
        for currency, default in DEFAULTS.items()
    )
)
