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
)
