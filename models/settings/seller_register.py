"""Settings of the seller's commercial-register entry and contacts (web, phone, e-mail)."""

from __future__ import annotations

from collections.abc import Callable

from models.common.messages import Message, UserError
from models.invoicing import seller_contact as contact
from models.settings.store import SettingError, SettingSpec, get, register, register_together

REGISTER_KEYS = (
    "seller.register.court",
    "seller.register.section",
    "seller.register.file",
)


def _checked(check: Callable[[str], str]) -> Callable[[str], str]:
    """A SettingError with the check's own Message when the value does not fit."""

    def normalize(value: str) -> str:
        try:
            return check(value)
        except UserError as error:
            raise SettingError(error.args[0]) from None  # its Message, passed on whole

    return normalize


def _phone(value: str) -> str:
    return contact.phone(value, get("seller.country"))


def _entry_together(value: Callable[[str], str]) -> dict[str, Message]:
    """Court, section and file are filled in together, or none (the entry is then written out)."""
    parts = [value(key) for key in REGISTER_KEYS]
    if not contact.incomplete_entry(*parts):
        return {}
    message = Message("Fill in the court, the section and the file together, or none of them.")
    return {key: message for key, part in zip(REGISTER_KEYS, parts, strict=True) if not part}


register(
    SettingSpec(
        "seller.register.court",
        "",
        "Commercial register: the court that keeps it (empty = none)",
        _checked(contact.court),
        contact.show_court,
        choices=("", *contact.COURTS),
    ),
    SettingSpec(
        "seller.register.section",
        "",
        "Commercial register: section (oddíl), e.g. C",
        _checked(contact.section),
    ),
    SettingSpec(
        "seller.register.file",
        "",
        "Commercial register: file (vložka), e.g. 12345",
        _checked(contact.file_number),
    ),
    SettingSpec(
        "seller.register.text",
        "",
        "Register entry written out whole (used instead of court, section and file), "
        "e.g. for a sole trader",
        _checked(contact.register_text),
    ),
    SettingSpec(
        "seller.web", "", "Seller's web address, e.g. www.example.cz", _checked(contact.web)
    ),
    SettingSpec(
        "seller.phone", "", "Seller's phone number, e.g. +420 601 234 567", _checked(_phone)
    ),
    SettingSpec(
        "seller.email", "", "Seller's e-mail address for documents", _checked(contact.email)
    ),
)
register_together(_entry_together)


def register_entry(language: str) -> str:
    """The seller's register entry as documents in `language` state it (empty when none)."""
    court, section, file = (get(key) for key in REGISTER_KEYS)
    return contact.register_entry(court, section, file, get("seller.register.text"), language)
