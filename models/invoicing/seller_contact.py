"""The seller's commercial-register entry and contacts (web, phone, e-mail) on documents.

§ 435 of the Civil Code (89/2012 Sb.) wants a business's register entry on its business
documents: either composed from one of the eight Czech registry courts, its section (oddíl)
and file (vložka), in the document's language, or written out whole (a sole trader's
“Fyzická osoba zapsaná v živnostenském rejstříku”, a foreign register).
"""

from __future__ import annotations

import re

from models.common.messages import UserError
from models.common.typed_text import has_control_characters, is_ascii_digits
from models.invoicing.wording import word

# The courts that keep the Czech commercial register (zákon 304/2013 Sb., § 72):
# code (as justice.cz abbreviates it) → (name, English name, Czech after “vedeném”).
COURTS: dict[str, tuple[str, str, str]] = {
    "MSPH": ("Městský soud v Praze", "the Municipal Court in Prague", "Městským soudem v Praze"),
    "KSPH": ("Krajský soud v Praze", "the Regional Court in Prague", "Krajským soudem v Praze"),
    "KSCB": (
        "Krajský soud v Českých Budějovicích",
        "the Regional Court in České Budějovice",
        "Krajským soudem v Českých Budějovicích",
    ),
    "KSPL": ("Krajský soud v Plzni", "the Regional Court in Plzeň", "Krajským soudem v Plzni"),
    "KSUL": (
        "Krajský soud v Ústí nad Labem",
        "the Regional Court in Ústí nad Labem",
        "Krajským soudem v Ústí nad Labem",
    ),
    "KSHK": (
        "Krajský soud v Hradci Králové",
        "the Regional Court in Hradec Králové",
        "Krajským soudem v Hradci Králové",
    ),
    "KSBR": ("Krajský soud v Brně", "the Regional Court in Brno", "Krajským soudem v Brně"),
    "KSOS": (
        "Krajský soud v Ostravě",
        "the Regional Court in Ostrava",
        "Krajským soudem v Ostravě",
    ),
}
REGISTER_TEXT_LIMIT = 200
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_HOST = re.compile(r"(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.ASCII)


class SellerContactError(UserError):
    """A register entry, web, phone or e-mail that does not fit; str() is the message."""


def _cleaned(value: str, limit: int) -> str:
    cleaned = " ".join(value.split())
    if has_control_characters(cleaned):
        raise SellerContactError("Control characters (such as Escape or NUL) are not allowed.")
    if len(cleaned) > limit:
        raise SellerContactError("At most {limit} characters.", limit=limit)
    return cleaned


def court(value: str) -> str:
    """A registry court's code (MSPH, KSBR…), or empty."""
    cleaned = value.strip().upper()
    if cleaned and cleaned not in COURTS:
        raise SellerContactError("Choose one of: {choices}.", choices=", ".join(COURTS))
    return cleaned


def show_court(code: str) -> str:
    return f"{code} – {COURTS[code][0]}" if code in COURTS else code


def section(value: str) -> str:
    """The register's section: “C” for a limited company, “B” for a joint-stock one, “Dr”…"""
    cleaned = value.strip()
    if cleaned and not re.fullmatch(r"[A-Za-z]{1,3}", cleaned):
        raise SellerContactError(
            "“{value}” is not a section of the register (e.g. C, B or Dr).", value=cleaned[:20]
        )
    return cleaned.capitalize()


def file_number(value: str) -> str:
    """The file (vložka): a whole number."""
    cleaned = value.strip()
    if cleaned and (not is_ascii_digits(cleaned) or len(cleaned) > 7 or int(cleaned) == 0):
        raise SellerContactError(
            "“{value}” is not a file number (vložka): use its digits, e.g. 12345.",
            value=cleaned[:20],
        )
    return str(int(cleaned)) if cleaned else ""


def register_text(value: str) -> str:
    """The entry written out whole, used instead of court, section and file when given."""
    return _cleaned(value, REGISTER_TEXT_LIMIT)


def incomplete_entry(court_code: str, section_text: str, file_text: str) -> bool:
    """Court, section and file are filled in together or not at all."""
    filled = [bool(court_code), bool(section_text), bool(file_text)]
    return any(filled) and not all(filled)


def email(value: str) -> str:
    cleaned = _cleaned(value, 254)
    if cleaned and not _EMAIL.fullmatch(cleaned):
        raise SellerContactError("“{value}” is not an e-mail address.", value=cleaned[:60])
    return cleaned


def web(value: str) -> str:
    """A web address such as www.example.cz or https://example.cz/sms, stored as typed."""
    from urllib.parse import urlsplit

    cleaned = _cleaned(value, 200)
    if not cleaned:
        return ""
    address = cleaned if "://" in cleaned else f"https://{cleaned}"
    try:
        parts = urlsplit(address)
        host = (parts.hostname or "").encode("idna").decode("ascii")
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except (ValueError, UnicodeError):
        host = ""
    if parts.scheme not in ("http", "https") or " " in cleaned or not _HOST.fullmatch(host):
        raise SellerContactError(
            "“{value}” is not a web address (e.g. www.example.cz).", value=cleaned[:60]
        )
    return cleaned


def phone(value: str, country: str) -> str:
    """A phone number, valid for its country; stored in the international format."""
    import phonenumbers

    cleaned = _cleaned(value, 40)
    if not cleaned:
        return ""
    try:
        number = phonenumbers.parse(cleaned, country or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise SellerContactError(
            "“{value}” is not a phone number (e.g. +420 601 234 567).", value=cleaned
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def register_entry(
    court_code: str, section_text: str, file_text: str, written: str, language: str
) -> str:
    """The sentence on documents, in `language`; empty when nothing (complete) is filled in."""
    if written:
        return written
    if court_code not in COURTS or incomplete_entry(court_code, section_text, file_text):
        return ""
    _name, english, czech = COURTS[court_code]
    return word("register_entry", language).format(
        court=czech if language == "cs" else english, section=section_text, file=file_text
    )
