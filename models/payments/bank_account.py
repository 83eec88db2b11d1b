"""Bank account numbers and variable symbols: IBAN validation, Czech domestic numbers, VS rules."""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError

from models.common.messages import UserError

# Weights of the Czech mod-11 check (CNB decree 169/2011), for a number padded to 10 digits;
# a 6-digit prefix uses the last six of them.
_CZ_WEIGHTS = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
_CZ_ACCOUNT = re.compile(r"(?:(?P<prefix>[0-9]{1,6})-)?(?P<number>[0-9]{2,10})/(?P<bank>[0-9]{4})")
_VARIABLE_SYMBOL = re.compile(r"[0-9]{1,10}")
_STATED_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}")
_STATED_DOMESTIC = re.compile(
    r"(?:(?P<prefix>[0-9]{1,6})-)?(?P<number>[0-9]{1,10})(?:/(?P<bank>[0-9]{4}))?"
)


class AccountError(UserError):
    """An account number or IBAN that cannot be used; str() is the message to show."""


def normalize_iban(text: str) -> str:
    """“cz65 0800 0000 1920 0014 5399” → “CZ6508000000192000145399”, or AccountError."""
    shown = text.strip()
    if not shown:
        raise AccountError("Enter an IBAN.")
    try:
        return str(stdnum_iban.validate(shown))
    except ValidationError as error:
        match type(error).__name__:  # a template each, so that each can be translated
            case "InvalidChecksum":
                raise AccountError(
                    "“{value}” is not a valid IBAN: its check digits are wrong (a typo?).",
                    value=shown,
                ) from None
            case "InvalidLength":
                raise AccountError(
                    "“{value}” is not a valid IBAN: it has the wrong length for its country.",
                    value=shown,
                ) from None
            case "InvalidFormat":
                raise AccountError(
                    "“{value}” is not a valid IBAN: it is not in the IBAN format.", value=shown
                ) from None
            case "InvalidComponent":
                raise AccountError(
                    "“{value}” is not a valid IBAN: its country code or account part is not valid.",
                    value=shown,
                ) from None
            case _:
                raise AccountError(
                    "“{value}” is not a valid IBAN: it is not valid.", value=shown
                ) from None


def _mod11_ok(digits: str) -> bool:
    padded = digits.zfill(10)
    return sum(w * int(d) for w, d in zip(_CZ_WEIGHTS, padded, strict=True)) % 11 == 0


def czech_account_is_valid(prefix: str, number: str) -> bool:
    """Whether a domestic account's prefix (up to 6 digits) and number (up to 10) pass the
    Czech mod-11 check; a number of only zeros is no account."""
    digits = re.fullmatch(r"[0-9]{0,6}", prefix) and re.fullmatch(r"[0-9]{1,10}", number)
    return bool(digits) and number.strip("0") != "" and _mod11_ok(prefix) and _mod11_ok(number)


def czech_account_to_iban(text: str) -> str:
    """A Czech domestic account “19-2000145399/0800” or “2000145399/0800” → its IBAN.

    Prefix (up to 6 digits) and number (2–10 digits) must pass the Czech mod-11 check; the bank
    code is any four digits (the CNB list changes; the IBAN check catches typos in the rest).
    """
    shown = text.strip()
    compact = re.sub(r"\s+", "", shown)
    match = _CZ_ACCOUNT.fullmatch(compact)
    if match is None:
        raise AccountError(
            "“{value}” is not a Czech account number; write it as "
            "“number/bank” or “prefix-number/bank”, e.g. 19-2000145399/0800.",
            value=shown,
        )
    prefix = (match["prefix"] or "").zfill(6)
    number = match["number"].zfill(10)
    if not number.strip("0"):
        raise AccountError("“{value}” has an account number of only zeros.", value=shown)
    if not _mod11_ok(prefix):
        raise AccountError(
            "The prefix of “{value}” fails the Czech check digit test (a typo?).", value=shown
        )
    if not _mod11_ok(number):
        raise AccountError(
            "The account number in “{value}” fails the Czech check digit test (a typo?).",
            value=shown,
        )
    bban = match["bank"] + prefix + number
    check = 98 - int(bban + "1235" + "00") % 97  # “CZ” → 12 35, then “00” for the check digits
    return normalize_iban(f"CZ{check:02d}{bban}")


def account_to_iban(text: str) -> str:
    """An IBAN (spaces allowed) or a Czech account “prefix-number/bank” → its IBAN."""
    cleaned = text.strip()
    return czech_account_to_iban(cleaned) if "/" in cleaned else normalize_iban(cleaned)


def statement_account(text: str, bank_code: str | None = None) -> str:
    """The account a statement names, compact: an IBAN, or a Czech “prefix-number/bank” without
    spaces or leading zeros, `bank_code` added to a number written without one.

    The check digits of an IBAN are checked; a domestic number is kept as the bank writes it
    (whether it is the seller's is for seller_accounts to say). Anything else is AccountError.
    """
    shown = text.strip()
    compact = re.sub(r"\s+", "", shown).strip("'\"").upper()
    if _STATED_IBAN.fullmatch(compact):
        return normalize_iban(compact)
    match = _STATED_DOMESTIC.fullmatch(compact)
    if match is None or not match["number"].strip("0"):
        raise AccountError("“{value}” is not an account number or IBAN.", value=shown)
    prefix = (match["prefix"] or "").lstrip("0")
    number = match["number"].lstrip("0")
    bank = match["bank"] or bank_code
    written = f"{prefix}-{number}" if prefix else number
    return f"{written}/{bank}" if bank else written


def variable_symbol_is_valid(text: str) -> bool:
    """A Czech variable symbol: 1–10 digits, not all zeros (“0042” is valid and means 42)."""
    return _VARIABLE_SYMBOL.fullmatch(text) is not None and text.strip("0") != ""


def normalize_variable_symbol(text: str) -> str | None:
    """“0000001234” → “1234”: banks pad symbols with zeros. None unless it is a valid symbol."""
    cleaned = text.strip()
    if not variable_symbol_is_valid(cleaned):
        return None
    return cleaned.lstrip("0")
