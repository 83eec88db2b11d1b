"""The tax base and VAT in CZK of a tax document in another currency (§4, §29 of the VAT Act).

Which documents: a tax invoice or credit note of a VAT payer whose accounting currency (CZK for a
Czech seller) is not the document's. The base is converted at the document's rate and rounded
half up to the haléř; the VAT in CZK is the VAT rate applied to that base, rounded the same way
(the Act converts the base; the tax follows from it). A credit note uses the rate of the invoice
it corrects (§42(4): the rate of the original supply), and a full reversal cancels exactly the
CZK amounts still left on the invoice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from models.invoicing.exchange_rates import ACCOUNTING_CURRENCY, Rate, accounting_currency, find
from models.invoicing.vat import NOT_VAT_PAYER, vat_amount


@dataclass(frozen=True)
class CzkTotals:
    net_minor: int
    vat_minor: int


@dataclass(frozen=True)
class Conversion:
    """As issued on the document; on a credit note also the invoice's amounts before and after."""

    currency: str  # the accounting currency, CZK
    rate: str  # exact decimal text: `currency` for `amount` units of the document's currency
    amount: int
    source: str  # exchange_rates.SOURCES
    rate_from: str  # ISO date the rate is of (the first day of a fixed rate's period)
    rate_to: str  # the same day, or the last day of a fixed rate's period
    totals: CzkTotals
    original: CzkTotals | None = None
    after: CzkTotals | None = None


def accounting_currency_for(seller: dict[str, str], currency: str, vat_rule: str) -> str | None:
    """The currency a document's base and VAT must also be stated in, or None when none."""
    if vat_rule == NOT_VAT_PAYER or seller.get("vat_payer") == "no":
        return None  # not a tax document at all
    accounting = accounting_currency(seller.get("country", ""))
    return accounting if accounting is not None and accounting != currency else None


def convert(rate: Rate, net_minor: int, vat_rate: Decimal, currency: str) -> Conversion:
    """A document's conversion at `rate`: its base in CZK, and the VAT on that base."""
    net = rate.to_czk(net_minor, currency)
    return Conversion(
        currency=ACCOUNTING_CURRENCY,
        rate=f"{rate.rate.normalize():f}",
        amount=rate.amount,
        source=rate.source,
        rate_from=rate.valid_from,
        rate_to=rate.valid_to,
        totals=CzkTotals(net, vat_amount(net, vat_rate, ACCOUNTING_CURRENCY)),
    )


def rate_of(row: Any) -> Rate | None:
    """The rate stored on a document row, or None when it has none."""
    if row.exchange_rate is None:
        return None
    return Rate(
        row.currency,
        Decimal(row.exchange_rate),
        int(row.exchange_rate_amount),
        row.exchange_rate_source,
        row.exchange_rate_from,
        row.exchange_rate_to,
    )


def columns(conversion: Conversion | None) -> dict[str, object]:
    """The document's columns that hold it (all None without one)."""
    if conversion is None:
        return {}
    return {
        "accounting_currency": conversion.currency,
        "exchange_rate": conversion.rate,
        "exchange_rate_amount": conversion.amount,
        "exchange_rate_source": conversion.source,
        "exchange_rate_from": conversion.rate_from,
        "exchange_rate_to": conversion.rate_to,
        "accounting_net_minor": conversion.totals.net_minor,
        "accounting_vat_minor": conversion.totals.vat_minor,
    }


def from_columns(row: Any) -> Conversion | None:
    if row.exchange_rate is None or row.accounting_net_minor is None:
        return None
    return Conversion(
        currency=row.accounting_currency,
        rate=row.exchange_rate,
        amount=int(row.exchange_rate_amount),
        source=row.exchange_rate_source,
        rate_from=row.exchange_rate_from,
        rate_to=row.exchange_rate_to,
        totals=CzkTotals(int(row.accounting_net_minor), int(row.accounting_vat_minor)),
    )


def czk_totals(row: Any, rate: Rate) -> CzkTotals:
    """A document's CZK amounts: as stored, or (issued before they were) converted at `rate`."""
    stored = from_columns(row)
    if stored is not None:
        return stored.totals
    return CzkTotals(
        rate.to_czk(row.net_minor, row.currency), rate.to_czk(row.vat_minor, row.currency)
    )


def _sum(first: CzkTotals, rows: Iterable[Any], rate: Rate) -> CzkTotals:
    total = first
    for row in rows:
        more = czk_totals(row, rate)
        total = CzkTotals(total.net_minor + more.net_minor, total.vat_minor + more.vat_minor)
    return total


def for_credit_note(
    invoice: Any, notes: Iterable[Any], line: Any, full_reversal: bool
) -> Conversion | None:
    """A credit note's conversion at the rate of the invoice it corrects (`notes`: the earlier
    credit notes of that invoice). An invoice issued before rates were kept on documents gets
    the rate valid on its date of taxable supply (MissingRate when there is none)."""
    from datetime import date

    seller = json.loads(invoice.seller)
    if accounting_currency_for(seller, invoice.currency, invoice.vat_rule) is None:
        return None
    rate = rate_of(invoice) or find(invoice.currency, date.fromisoformat(invoice.taxable_supply_on))
    conversion = convert(rate, line.net_minor, Decimal(invoice.vat_rate), invoice.currency)
    if full_reversal:  # cancels exactly what is left, whatever the rounding of earlier notes
        left = _sum(czk_totals(invoice, rate), notes, rate)
        conversion = replace(conversion, totals=CzkTotals(-left.net_minor, -left.vat_minor))
    return conversion


def with_corrections(note: Conversion, invoice: Any, notes: Iterable[Any]) -> Conversion:
    """A credit note's conversion with the invoice's CZK amounts before and after it (`notes`:
    the invoice's credit notes up to and including this one)."""
    rate = rate_of(invoice) or Rate(
        invoice.currency, Decimal(note.rate), note.amount, note.source, note.rate_from, note.rate_to
    )
    original = czk_totals(invoice, rate)
    return replace(note, original=original, after=_sum(original, notes, rate))
