"""Exchange rates to CZK: stored with their source, and the rate a tax document of a day uses.

Rates are exact decimals kept as text ("25.085" CZK for `amount` units of the currency; the CNB
quotes some currencies per 100 units). Three sources:
- cnb: the Czech National Bank's daily fixing, valid on the day it is published and the days off
  after it (§38 of the VAT Act: the rate valid on the day the tax falls due);
- fixed: a rate the seller fixed for a period (valid_from to valid_to);
- manual: a rate entered by hand for one day.

The lookup for a day: a fixed rate whose period covers it, else the CNB rate valid on it (published
that day or, for a day off, on the last working day before), else a manual rate of that day. Else
MissingRate: nothing is ever guessed from an older rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import AutoField, CharField, IntegerField

from models.common.catalog import upsert
from models.common.database import BaseModel, retried, write_transaction
from models.common.messages import UserError
from models.common.money import currency_decimals, from_units, to_units
from models.invoicing.working_days import last_working_day
from models.ledger.entries import now_iso

CNB = "cnb"
MANUAL = "manual"
FIXED = "fixed"
SOURCES = (CNB, MANUAL, FIXED)
ACCOUNTING_CURRENCY = "CZK"
EARLIEST = date(1991, 1, 1)  # the CNB's series starts in 1991
LATEST = date(2100, 12, 31)
_RATE = re.compile(r"[0-9]{1,7}(?:[.,][0-9]{1,6})?")


class ExchangeRate(BaseModel):
    id = AutoField()
    currency = CharField()
    source = CharField()
    valid_from = CharField()  # ISO date; the day published (cnb), the day (manual), first day
    valid_to = CharField()  # ISO date; the same day except for a fixed rate
    amount = IntegerField()  # units of the currency that `rate` CZK buys (1, or 100 for JPY)
    rate = CharField()  # exact decimal text, e.g. "25.085"
    note = CharField(default="")  # the CNB file's header, e.g. "30.11.2026 #231"
    recorded_at = CharField()

    class Meta:
        indexes = ((("currency", "source", "valid_from"), True),)


# A rate stored again for the same currency, source and first day replaces the one there.
_KEY = (ExchangeRate.currency, ExchangeRate.source, ExchangeRate.valid_from)


class RateError(UserError):
    """An exchange rate that cannot be used or stored; str() is the message. Nothing was stored."""


class MissingRate(RateError):
    """No rate for a currency on a day: issuing stops, nothing is stored."""


@dataclass(frozen=True)
class Rate:
    currency: str
    rate: Decimal  # CZK for `amount` units
    amount: int
    source: str
    valid_from: str
    valid_to: str

    def to_czk(self, units: int, currency: str) -> int:
        """Minor units of `currency` in haléře, rounded half up."""
        value = from_units(units, currency_decimals(currency)) * self.rate / self.amount
        return to_units(value, currency_decimals(ACCOUNTING_CURRENCY))


def accounting_currency(seller_country: str) -> str | None:
    """The currency the seller keeps its books and VAT return in: CZK for a Czech seller.

    Sellers elsewhere get no conversion (no other central bank's rates are known here)."""
    return ACCOUNTING_CURRENCY if seller_country == "CZ" else None


def rate_text(rate: Decimal) -> str:
    """The canonical stored text: fixed-point, no trailing zeros ("25.085", "1", never 2E+1)."""
    return f"{rate.normalize():f}"


def parse_rate(text: str) -> Decimal:
    """“25.085” or “25,085” → Decimal; above zero, at most 6 decimal places, no grouping."""
    cleaned = text.strip()
    if not _RATE.fullmatch(cleaned):
        raise RateError(
            "“{value}” is not an exchange rate: write it like 25.085 (at most 6 decimal places).",
            value=cleaned,
        )
    rate = Decimal(cleaned.replace(",", "."))
    if rate <= 0:
        raise RateError("An exchange rate must be above zero.")
    return rate


def check_currency(code: str) -> str:
    """An ISO 4217 code other than CZK, upper case."""
    from babel.numbers import is_currency  # babel loads slowly; not at start-up

    cleaned = code.strip().upper()
    if cleaned == ACCOUNTING_CURRENCY:
        raise RateError("CZK is the accounting currency: it needs no exchange rate.")
    if len(cleaned) != 3 or not cleaned.isascii() or not is_currency(cleaned):
        raise RateError("“{value}” is not a currency code such as EUR.", value=code.strip())
    return cleaned


def check_day(day: date) -> date:
    if not EARLIEST <= day <= LATEST:
        raise RateError(
            "{date} is outside the years exchange rates can be kept for (1991 to 2100).",
            date=day.isoformat(),
        )
    return day


def _row(found: ExchangeRate) -> Rate:
    return Rate(
        found.currency,
        Decimal(found.rate),
        int(found.amount),
        found.source,
        found.valid_from,
        found.valid_to,
    )


def find(currency: str, day: date) -> Rate:
    """The rate a tax document with this date of taxable supply uses (see the module's rule)."""
    iso = day.isoformat()
    fixed = ExchangeRate.get_or_none(
        (ExchangeRate.currency == currency)
        & (ExchangeRate.source == FIXED)
        & (ExchangeRate.valid_from <= iso)
        & (ExchangeRate.valid_to >= iso)
    )
    if fixed is not None:
        return _row(fixed)
    cnb = (
        ExchangeRate.select()
        .where(
            (ExchangeRate.currency == currency)
            & (ExchangeRate.source == CNB)
            & (ExchangeRate.valid_from <= iso)
        )
        .order_by(ExchangeRate.valid_from.desc())
        .first()
    )
    # Valid only when no working day (with its own fixing) lies between it and the day.
    if cnb is not None and cnb.valid_from >= last_working_day(day).isoformat():
        return _row(cnb)
    manual = ExchangeRate.get_or_none(
        (ExchangeRate.currency == currency)
        & (ExchangeRate.source == MANUAL)
        & (ExchangeRate.valid_from == iso)
    )
    if manual is not None:
        return _row(manual)
    raise MissingRate(
        "There is no exchange rate of {currency} to CZK for {date}. Fetch the Czech National "
        "Bank's rates of that day (Edit → Exchange rates…, or `rates fetch --date {date}`), "
        "or enter the rate (`rates set {currency} RATE --date {date}`). Nothing was stored.",
        currency=currency,
        date=iso,
    )


@dataclass(frozen=True)
class NewRate:
    currency: str
    amount: int
    rate: Decimal


@retried
def store_cnb(published: date, rates: list[NewRate], note: str) -> int:
    """The CNB's fixing of a day, all of it or nothing; a day imported again is replaced."""
    with write_transaction():
        for new in rates:
            upsert(
                ExchangeRate,
                _KEY,
                currency=new.currency,
                source=CNB,
                valid_from=published.isoformat(),
                valid_to=published.isoformat(),
                amount=new.amount,
                rate=rate_text(new.rate),
                note=note,
                recorded_at=now_iso(),
            )
    return len(rates)


@retried
def set_manual(currency: str, rate: str, day: date) -> Rate:
    """A rate entered by hand for one day (replacing the one entered before for that day)."""
    code, value = check_currency(currency), parse_rate(rate)
    iso = check_day(day).isoformat()
    with write_transaction():
        upsert(
            ExchangeRate,
            _KEY,
            currency=code,
            source=MANUAL,
            valid_from=iso,
            valid_to=iso,
            amount=1,
            rate=rate_text(value),
            recorded_at=now_iso(),
        )
    return Rate(code, value, 1, MANUAL, iso, iso)


@retried
def set_fixed(currency: str, rate: str, first: date, last: date) -> Rate:
    """The seller's fixed rate for a period; a period overlapping another one is refused."""
    code, value = check_currency(currency), parse_rate(rate)
    check_day(first)
    check_day(last)
    if last < first:
        raise RateError("The period ends before it starts.")
    with write_transaction():
        overlapping = ExchangeRate.get_or_none(
            (ExchangeRate.currency == code)
            & (ExchangeRate.source == FIXED)
            & (ExchangeRate.valid_from <= last.isoformat())
            & (ExchangeRate.valid_to >= first.isoformat())
            & ~(
                (ExchangeRate.valid_from == first.isoformat())
                & (ExchangeRate.valid_to == last.isoformat())
            )
        )
        if overlapping is not None:
            raise RateError(
                "A fixed rate of {currency} is already set from {first} to {last}; "
                "periods of fixed rates cannot overlap.",
                currency=code,
                first=overlapping.valid_from,
                last=overlapping.valid_to,
            )
        upsert(
            ExchangeRate,
            _KEY,
            currency=code,
            source=FIXED,
            valid_from=first.isoformat(),
            valid_to=last.isoformat(),
            amount=1,
            rate=rate_text(value),
            recorded_at=now_iso(),
        )
    return Rate(code, value, 1, FIXED, first.isoformat(), last.isoformat())


def list_rates(currency: str | None = None, limit: int = 1000) -> list[ExchangeRate]:
    """Newest first (by the day they are valid from), then by currency."""
    query = ExchangeRate.select().order_by(
        ExchangeRate.valid_from.desc(), ExchangeRate.currency, ExchangeRate.source
    )
    if currency is not None:
        query = query.where(ExchangeRate.currency == currency)
    return list(query.limit(limit))
