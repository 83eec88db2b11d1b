"""A top-up payment as stored, its methods and what each needs, and the error that refuses a top-up."""

from __future__ import annotations

from peewee import AutoField, CharField, IntegerField, TextField

from models.common.database import BaseModel
from models.common.messages import UserError
from models.settings import store as settings

BANK_TRANSFER = "bank-transfer"
MANUAL = "manual"
METHODS = (BANK_TRANSFER, MANUAL)
# The beneficiary's name in an EPC (SEPA) code (qr.EPC_MAX_NAME; not imported: stdnum loads slowly)
EPC_MAX_NAME = 70


class Payment(BaseModel):
    id = AutoField()
    method = CharField()
    state = CharField()
    currency = CharField()
    net_minor = IntegerField()
    vat_minor = IntegerField()
    total_minor = IntegerField()
    vat_rate = CharField()  # percent as a decimal string, e.g. "21"
    vat_rule = CharField(default="domestic")  # models.invoicing.vat.RULES: how the VAT was decided
    credits = IntegerField()  # micro-credits bought
    variable_symbol = CharField(unique=True)
    note = TextField(default="")
    created_at = CharField()
    due_on = CharField()
    paid_at = CharField(null=True)
    closed_at = CharField(null=True)
    bank_reference = CharField(null=True, unique=True)
    recorded_by = CharField(default="")  # who asked for it (models/common/team.py)

    class Meta:
        indexes = ((("state", "created_at"), False),)


class PaymentError(UserError):
    """A top-up that cannot be made or changed; str() is the message to show."""


def method_problem(method: str, currency: str = "") -> PaymentError | None:
    """What keeps a top-up by `method` (in `currency`) from being made now, if anything: a bank
    transfer needs the seller's bank account (IBAN), and one in EUR the seller's name too (a SEPA
    payment code must name the beneficiary). The top-up dialog asks this as the user chooses;
    create_top_up refuses with the same error before it writes anything."""
    if method not in METHODS:
        return PaymentError("Unknown payment method “{value}”.", value=method)
    if method != BANK_TRANSFER:
        return None
    if not settings.get("seller.iban"):
        return PaymentError(
            "Bank transfers need the seller's bank account: fill it in under Edit → Settings… → "
            "Seller (IBAN or Czech account number), or with `settings seller.iban IBAN`."
        )
    name = settings.get("seller.name")
    if currency == "EUR" and not name:
        return PaymentError(
            "Fill in the seller's name (Edit → Settings → Seller): a SEPA payment code must name "
            "the beneficiary."
        )
    if currency == "EUR" and len(name) > EPC_MAX_NAME:
        return PaymentError(
            "The seller's name is longer than the {limit} characters a SEPA payment code can "
            "carry; shorten it in Edit → Settings → Seller.",
            limit=EPC_MAX_NAME,
        )
    return None
