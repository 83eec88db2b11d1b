"""The credit account: its cached balance, kept equal to the sum of the ledger's entries."""

from __future__ import annotations

from peewee import IntegerField

from models.db import BaseModel


class Account(BaseModel):
    balance = IntegerField(default=0)  # micro-credits
    entry_count = IntegerField(default=0)


def balance() -> int:
    """The current balance in micro-credits: one row read, whatever the ledger's size."""
    return int(Account.get_by_id(1).balance)
