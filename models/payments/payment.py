"""A top-up payment as stored, and the error that refuses a top-up; top_ups.py holds the rules."""

from __future__ import annotations

from peewee import AutoField, CharField, IntegerField, TextField

from models.common.database import BaseModel
from models.common.messages import UserError


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

    class Meta:
        indexes = ((("state", "created_at"), False),)


class PaymentError(UserError):
    """A top-up that cannot be made or changed; str() is the message to show."""
