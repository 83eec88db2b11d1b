"""The seller's own bank accounts, and whether the account a statement is for is one of them.

Banks name the account in several ways: camt.053 by IBAN, Czech exports as “prefix-number/bank”
(with or without prefix, leading zeros, spaces), GPC/ABO headers as prefix and number without the
bank code. A Czech or Slovak IBAN holds bank code, 6-digit prefix and 10-digit number, so each
form can be compared with the IBANs the seller's settings keep.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from models.settings import store as settings

_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}")
_DOMESTIC = re.compile(
    r"(?:(?P<prefix>[0-9]{1,6})-)?(?P<number>[0-9]{1,10})(?:/(?P<bank>[0-9]{4}))?"
)
_RUN_TOGETHER = re.compile(r"[0-9]{11,16}")  # prefix and number as one field, as GPC writes them
# Their IBANs: country, check digits, 4-digit bank code, 6-digit prefix, 10-digit number.
_DOMESTIC_IBANS = ("CZ", "SK")


@dataclass(frozen=True)
class _Domestic:
    bank: str | None  # None when the statement gives no bank code
    prefix: int
    number: int


def seller_accounts() -> tuple[str, ...]:
    """The IBANs top-ups are paid to: `seller.iban` first, then `seller.other_accounts`."""
    main = settings.get("seller.iban")
    others = [iban.strip() for iban in settings.get("seller.other_accounts").split(",")]
    found: list[str] = []
    for iban in [main, *others]:
        if iban and iban not in found:
            found.append(iban)
    return tuple(found)


def _read(account: str) -> str | _Domestic | None:
    """An IBAN (compact), a domestic number, or None for text that is neither."""
    compact = re.sub(r"\s+", "", account).upper()
    if _IBAN.fullmatch(compact):
        return compact
    if match := _DOMESTIC.fullmatch(compact):
        return _Domestic(match["bank"], int(match["prefix"] or 0), int(match["number"]))
    if _RUN_TOGETHER.fullmatch(compact):
        return _Domestic(None, int(compact[:-10]), int(compact[-10:]))
    return None


def _domestic_part(iban: str) -> _Domestic | None:
    if iban[:2] in _DOMESTIC_IBANS and len(iban) == 24 and iban[4:].isdigit():
        return _Domestic(iban[4:8], int(iban[8:14]), int(iban[14:]))
    return None


def is_sellers_account(account: str, accounts: Sequence[str] | None = None) -> bool:
    """Whether `account` (as a statement writes it) is one of `accounts` (IBANs; by default the
    seller's). A number without bank code matches on prefix and number alone."""
    read = _read(account)
    if read is None:
        return False
    for iban in seller_accounts() if accounts is None else accounts:
        if isinstance(read, str):
            if read == iban:
                return True
            continue
        mine = _domestic_part(iban)
        if mine is not None and (mine.prefix, mine.number) == (read.prefix, read.number):
            if read.bank is None or read.bank == mine.bank:
                return True
    return False
