"""Application settings stored in the database under dotted keys, each validated by its kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import CharField, TextField

from models.db import BaseModel, write_transaction
from models.money import AmountError, format_credits, parse_credits


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class SettingError(ValueError):
    """A key that does not exist or a value that does not fit; str() is the message to show."""


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    description: str
    # Turns what a user typed into the canonical stored text, or raises SettingError.
    normalize: Callable[[str], str] = lambda value: value.strip()
    # Turns the stored text into what a person reads (e.g. micro-credits → “12.5”).
    show: Callable[[str], str] = lambda value: value


_REGISTRY: dict[str, SettingSpec] = {}


def register(*specs: SettingSpec) -> None:
    """Called by each area of the core for the settings it owns."""
    for spec in specs:
        _REGISTRY[spec.key] = spec


def choice(*allowed: str) -> Callable[[str], str]:
    def normalize(value: str) -> str:
        cleaned = value.strip().lower()
        if cleaned not in allowed:
            raise SettingError(f"Choose one of: {', '.join(allowed)}.")
        return cleaned

    return normalize


def spec(key: str) -> SettingSpec:
    try:
        return _REGISTRY[key]
    except KeyError:
        raise SettingError(f"There is no setting “{key}”. See `settings` for the list.") from None


def all_specs() -> list[SettingSpec]:
    return sorted(_REGISTRY.values(), key=lambda s: s.key)


def get(key: str) -> str:
    found = spec(key)
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else found.default


def display(key: str, stored: str) -> str:
    return spec(key).show(stored)


def get_all() -> dict[str, str]:
    stored = {row.key: row.value for row in Setting.select()}
    return {s.key: stored.get(s.key, s.default) for s in all_specs()}


def set_value(key: str, value: str) -> str:
    """Validate and store; returns the stored (canonical) value. Nothing is stored if invalid."""
    canonical = spec(key).normalize(value)
    with write_transaction():
        Setting.replace(key=key, value=canonical).execute()
    return canonical


def credits_or_off(value: str) -> str:
    """A credit amount such as “100” or “12.5”, or “off”; stored as micro-credits."""
    cleaned = value.strip().lower()
    if cleaned in ("off", "0", ""):
        return "off"
    try:
        return str(parse_credits(cleaned))
    except AmountError as error:
        raise SettingError(str(error)) from None


def money_per_credit(currency: str) -> Callable[[str], str]:
    """What one credit costs, typed in the currency (“1.00”, “25”); stored in minor units."""

    def normalize(value: str) -> str:
        from models.money import parse_money

        try:
            units = parse_money(value, currency)
        except AmountError as error:
            raise SettingError(str(error)) from None
        if units <= 0:
            raise SettingError("The price of a credit must be more than zero.")
        return str(units)

    return normalize


def show_money(currency: str) -> Callable[[str], str]:
    def show(stored: str) -> str:
        from models.money import currency_decimals, format_units

        return f"{format_units(int(stored), currency_decimals(currency))} {currency}"

    return show


def whole_number(low: int, high: int) -> Callable[[str], str]:
    def normalize(value: str) -> str:
        cleaned = value.strip()
        if not cleaned.isdigit() or not low <= int(cleaned) <= high:
            raise SettingError(f"Enter a whole number from {low} to {high}.")
        return str(int(cleaned))

    return normalize


def country_code(value: str) -> str:
    from models.phone_numbers import is_supported_region

    cleaned = value.strip().upper()
    if not is_supported_region(cleaned):
        raise SettingError(f"“{value.strip()}” is not a country code such as CZ or SK.")
    return cleaned


register(
    SettingSpec(
        "account.currency",
        "EUR",
        "Currency in which prices and top-ups are shown (EUR, CZK)",
        lambda value: choice("eur", "czk")(value).upper(),
    ),
    SettingSpec(
        "balance.low_threshold",
        "off",
        "Warn when the balance falls below this many credits (off = never)",
        credits_or_off,
        lambda stored: stored if stored == "off" else format_credits(int(stored)),
    ),
    SettingSpec(
        "credit_price.EUR",
        "100",
        "What one credit costs in EUR (e.g. 1.00); stored in cents",
        money_per_credit("EUR"),
        show_money("EUR"),
    ),
    SettingSpec(
        "credit_price.CZK",
        "2500",
        "What one credit costs in CZK (e.g. 25.00); stored in haléře",
        money_per_credit("CZK"),
        show_money("CZK"),
    ),
    SettingSpec(
        "messages.max_parts",
        "6",
        "Warn when a message needs more parts than this (1–255)",
        whole_number(1, 255),
    ),
    SettingSpec(
        "recipients.default_country",
        "CZ",
        "Country of numbers written without a country code (ISO code, e.g. CZ)",
        country_code,
    ),
)
