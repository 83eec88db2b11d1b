"""Which VAT rule applies to a sale of credits, and the VAT it adds; the same rule for quote and invoice.

Rules (stored on each document as `vat_rule`):
- not-vat-payer: the seller is not registered for VAT; no VAT is charged.
- outside-scope: the buyer is outside the EU; the service is taxed where the buyer is (0 %).
- reverse-charge: an EU business with a valid VAT ID of a member state other than the seller's;
  the buyer accounts for the VAT (0 % on the invoice).
- domestic: everyone else, at the seller's rate (including EU buyers without a valid VAT ID).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models.common.countries import EU_MEMBERS
from models.common.money import currency_decimals, from_units, to_units
from models.invoicing import billing
from models.invoicing.tax_ids import vat_id_is_valid_in
from models.settings import store as settings

DOMESTIC = "domestic"
REVERSE_CHARGE = "reverse-charge"
OUTSIDE_SCOPE = "outside-scope"
NOT_VAT_PAYER = "not-vat-payer"
RULES = (DOMESTIC, REVERSE_CHARGE, OUTSIDE_SCOPE, NOT_VAT_PAYER)


@dataclass(frozen=True)
class SellerTax:
    country: str
    vat_payer: bool
    rate: Decimal  # percent


@dataclass(frozen=True)
class BuyerTax:
    country: str
    vat_id: str  # "" for a person or a company without one


@dataclass(frozen=True)
class VatTreatment:
    rule: str
    rate: Decimal  # percent; zero unless domestic


def treatment(seller: SellerTax, buyer: BuyerTax | None) -> VatTreatment:
    """The rule for this seller and buyer; without billing information the domestic rate."""
    if not seller.vat_payer:
        return VatTreatment(NOT_VAT_PAYER, Decimal(0))
    if buyer is not None:
        if buyer.country not in EU_MEMBERS:
            return VatTreatment(OUTSIDE_SCOPE, Decimal(0))
        if buyer.country != seller.country and vat_id_is_valid_in(buyer.vat_id, buyer.country):
            return VatTreatment(REVERSE_CHARGE, Decimal(0))
    return VatTreatment(DOMESTIC, seller.rate)


def vat_amount(net_minor: int, rate: Decimal, currency: str) -> int:
    """VAT on a net amount in minor units, rounded half up to the minor unit (sign kept)."""
    decimals = currency_decimals(currency)
    return to_units(from_units(net_minor, decimals) * rate / 100, decimals)


def current_seller() -> SellerTax:
    return SellerTax(
        country=settings.get("seller.country"),
        vat_payer=settings.get("seller.vat_payer") == "yes",
        rate=Decimal(settings.get("seller.vat_rate")),
    )


def current_treatment() -> VatTreatment:
    """The rule for a sale now: the seller's settings and the latest billing information."""
    info = billing.current()
    buyer = BuyerTax(info.country, info.vat_id) if info is not None else None
    return treatment(current_seller(), buyer)
