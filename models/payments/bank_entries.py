"""Bank credits as recorded by a statement import: their table, their states, why one waits."""

from __future__ import annotations

from datetime import date, datetime

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from models.common.database import BaseModel
from models.payments.payment import Payment

MATCHED = "matched"  # confirmed its payment on import
UNMATCHED = "unmatched"  # no pending payment it pays (see waiting_reason for the details)
PARTIAL = "partial"  # less than the payment's total
OVER = "over"  # more than the payment's total
PAIRED = "paired"  # confirmed a payment by hand later
DISMISSED = "dismissed"  # set aside by hand: not a top-up
WAITING = (UNMATCHED, PARTIAL, OVER)

# Why an unmatched credit that names a payment waits (kept as the credit's payment, not a status)
CURRENCY = "currency"  # in another currency than the payment its variable symbol names
EARLY = "early"  # booked before the payment its variable symbol names was made


class BankEntry(BaseModel):
    id = AutoField()
    bank_reference = CharField(unique=True)
    booked_on = CharField()
    amount_minor = IntegerField()
    currency = CharField()
    variable_symbol = CharField(null=True)
    counterparty = TextField(default="")
    remittance = TextField(default="")
    status = CharField()
    payment = ForeignKeyField(Payment, null=True, column_name="payment_id", index=False)
    imported_at = CharField()

    class Meta:
        indexes = ((("status",), False),)


def created_on(payment: Payment) -> date:
    """The local day a payment was made (created_at is UTC; banks book in local days)."""
    return datetime.fromisoformat(payment.created_at).astimezone().date()


def waiting_reason(entry: BankEntry) -> str:
    """PARTIAL, OVER, CURRENCY, EARLY or UNMATCHED: why a credit waits for pairing."""
    payment: Payment | None = entry.payment if entry.status == UNMATCHED else None
    if payment is None:
        return str(entry.status)
    if payment.currency != entry.currency:
        return CURRENCY
    if date.fromisoformat(entry.booked_on) < created_on(payment):
        return EARLY
    return UNMATCHED


def waiting_entries() -> list[BankEntry]:
    """Credits that confirmed nothing and wait for the user to pair or dismiss them."""
    return list(BankEntry.select().where(BankEntry.status.in_(WAITING)).order_by(BankEntry.id))
