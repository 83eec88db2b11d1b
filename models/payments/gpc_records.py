"""The GPC/ABO record layouts: the header (074), an item (075) and its extensions (076–079)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from models.payments.statements import StatementError

RECORD_LENGTH = 128
HEADER_END = 114  # the header's statement date; tools that trim lines drop the 14 spaces after
CREDIT = "2"
# 1 is a debit; 4 and 5 reverse a debit and a credit (ČSOB, Fio), at Česká spořitelna 3 and 4.
_NOT_CREDITS = frozenset("1345")
EXTENSIONS = frozenset({"076", "077", "078", "079"})
# ISO 4217 numeric codes, as the item writes them (4 digits), of currencies Czech banks keep.
_CURRENCIES = {
    "0203": "CZK", "0978": "EUR", "0840": "USD", "0826": "GBP", "0756": "CHF", "0985": "PLN",
    "0348": "HUF", "0946": "RON", "0975": "BGN", "0752": "SEK", "0578": "NOK", "0208": "DKK",
    "0124": "CAD", "0036": "AUD", "0392": "JPY", "0156": "CNY", "0949": "TRY",
}  # fmt: skip


@dataclass(frozen=True)
class Header:
    """A 074 record: the statement's account, number and dates (balances are checked only)."""

    line: int
    account: str  # 16 digits as written: standard or bank-internal order
    number: int
    opened: date | None  # the date of the old balance
    dated: date


@dataclass
class Item:
    """A 075 record, with what its 076–079 extensions add (the payer's name, the message)."""

    line: int
    header: Header | None  # None under a header that cannot be read
    account: str
    counter_account: str
    counter_bank: str
    document: str
    amount: int  # hundredths of the currency, as GPC writes every amount
    code: str
    variable_symbol: str
    specific_symbol: str
    value_date: date | None
    booked: date | None
    currency: str
    name: str
    extra_id: str = ""
    message: list[str] = field(default_factory=list)


def check_length(text: str, kind: str, length: int, shorter_allowed: bool = False) -> None:
    if len(text) != length and not shorter_allowed:
        raise StatementError(
            "the {record} record has {count} characters instead of {length}.",
            record=kind,
            count=len(text),
            length=length,
        )


def read_header(line: int, text: str) -> Header:
    account = _digits(text, 4, 19)
    opened = _optional_date(text, 40)
    # Old and new balance signed + or -; the turnovers 0 (or +), or - when reversals prevail.
    for first, sign, signs in ((46, 60, "+-"), (61, 75, "+-"), (76, 90, "0+-"), (91, 105, "0+-")):
        _digits(text, first, sign - 1)  # checked, not needed
        if text[sign - 1] not in signs:
            raise StatementError(
                "character {position} must be one of {signs}, not “{value}”.",
                position=sign,
                signs=" ".join(signs),
                value=text[sign - 1],
            )
    number = int(_digits(text, 106, 108))
    return Header(line, account, number, opened, _date(text, 109))


def read_item(line: int, text: str, header: Header | None) -> Item:
    amount = text[48:60]
    if not (amount.isascii() and amount.isdigit()):
        raise StatementError("the amount “{value}” is not a whole number of hellers.", value=amount)
    code = text[60]
    if code != CREDIT and code not in _NOT_CREDITS:
        raise StatementError(
            "the posting code “{value}” is not 1 (debit), 2 (credit) or 3–5 (reversals).",
            value=code,
        )
    currency = _CURRENCIES.get(text[118:122])
    if currency is None:
        raise StatementError(
            "the currency code “{value}” is not a known ISO 4217 number (0203 is CZK, 0978 EUR).",
            value=text[118:122],
        )
    return Item(
        line=line,
        header=header,
        account=_digits(text, 4, 19),
        counter_account=_digits(text, 20, 35),
        counter_bank=_digits(text, 74, 77),
        document=text[35:48].strip().lstrip("0"),
        amount=int(amount),
        code=code,
        variable_symbol=_symbol(text, 62, 71),
        specific_symbol=_symbol(text, 82, 91),
        value_date=_optional_date(text, 92),
        booked=_optional_date(text, 123),
        currency=currency,
        name=clean(text[97:117]),
    )


def extend(item: Item, kind: str, text: str) -> None:
    """076: the transaction's id and the payer's name; 078 and 079: the message, in 4 × 35."""
    if kind == "076":
        item.extra_id = text[3:29].strip().lstrip("0")
        item.name = clean(text[35:127]) or item.name
    elif kind in {"078", "079"}:
        # The bank cuts the message every 35 characters, inside words too: no space is added.
        item.message += [text[3:38], text[38:73]]


def _digits(text: str, first: int, last: int) -> str:
    """Characters first–last (counted from 1, as the published layouts do): digits only."""
    value = text[first - 1 : last]
    if not (value.isascii() and value.isdigit()):
        raise StatementError(
            "characters {first}–{last} must be digits, not “{value}”.",
            first=first,
            last=last,
            value=value,
        )
    return value


def _symbol(text: str, first: int, last: int) -> str:
    """A payment symbol without its zeros ("" for none); some banks pad with spaces."""
    value = text[first - 1 : last].strip()
    if value and not (value.isascii() and value.isdigit()):
        _digits(text, first, last)
    return value.lstrip("0")


def _optional_date(text: str, first: int) -> date | None:
    """A date, or None where the bank wrote zeros or spaces."""
    return None if text[first - 1 : first + 5].strip("0 ") == "" else _date(text, first)


def _date(text: str, first: int) -> date:
    value = text[first - 1 : first + 5]
    if value.isascii() and value.isdigit():
        try:
            return date(2000 + int(value[4:]), int(value[2:4]), int(value[:2]))
        except ValueError:
            pass
    raise StatementError(
        "“{value}” (characters {first}–{last}) is not a date in the form DDMMYY.",
        value=value,
        first=first,
        last=first + 5,
    )


def clean(text: str) -> str:
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())
