"""Shared set-up for invoice tests: a seller, billing information, paid and pending top-ups."""

from __future__ import annotations

from datetime import date

from models.common.database import write_transaction
from models.common.money import MICRO
from models.invoicing import billing, documents
from models.payments import top_ups as payments
from models.settings import store as settings

IBAN = "CZ6508000000192000145399"
CZECH_BUYER = "Řeřicha & <Syn> s.r.o."


def seller(**overrides: str) -> None:
    values = {
        "seller.name": "Credit Desk s.r.o.",
        "seller.iban": IBAN,
        "seller.street": "Karlova 12",
        "seller.city": "Praha 1",
        "seller.postal_code": "110 00",
        "seller.country": "CZ",
        "seller.company_id": "25596641",
        "seller.vat_id": "CZ25596641",
    }
    values.update({f"seller.{key}": value for key, value in overrides.items()})
    settings.set_values(values)


def buyer(**overrides: str) -> billing.BillingInfo:
    values = {
        "name": CZECH_BUYER,
        "street": "Dlouhá 1",
        "city": "Praha",
        "postal_code": "110 00",
        "country": "CZ",
        "company_id": "27082440",
        "vat_id": "CZ27082440",
        "email": "ucetni@rericha.cz",
    }
    values.update(overrides)
    return billing.save(billing.BillingDetails(**values))


def pending(credits: int = 1000, currency: str = "CZK", on: date | None = None) -> payments.Payment:
    quote = payments.quote_for_credits(credits * MICRO, currency)
    return payments.create_top_up(quote, payments.BANK_TRANSFER, today=on or date(2026, 3, 5))


def paid(credits: int = 1000, currency: str = "CZK", on: date | None = None) -> documents.Document:
    """A confirmed top-up's tax invoice (billing information must be filled in)."""
    payment = pending(credits, currency, on)
    with write_transaction():
        payments.confirm_in_transaction(payment, None, today=on or date(2026, 3, 9))
    invoice = documents.invoice_for_payment(payment.id)
    assert invoice is not None
    return invoice


def eur_rate(on: date = date(2026, 3, 9), rate: str = "25.085") -> None:
    """The CNB's EUR rate published on `on` (as a fixing import stores it)."""
    from decimal import Decimal

    from models.invoicing import exchange_rates

    new = exchange_rates.NewRate("EUR", 1, Decimal(rate))
    exchange_rates.store_cnb(on, [new], f"{on:%d.%m.%Y} #47")
