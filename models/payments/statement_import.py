"""Importing a bank statement: credits matched to pending top-ups, the rest kept for pairing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from models.common.database import BaseModel, write_transaction
from models.common.messages import UserError
from models.ledger import entries as ledger
from models.payments import top_ups as payments

if TYPE_CHECKING:  # the parsers load only when a statement is imported
    from models.payments.statements import Statement, StatementEntry

MATCHED = "matched"  # confirmed its payment on import
UNMATCHED = "unmatched"  # no pending payment with its variable symbol and currency
PARTIAL = "partial"  # less than the payment's total
OVER = "over"  # more than the payment's total
PAIRED = "paired"  # confirmed a payment by hand later
DISMISSED = "dismissed"  # set aside by hand: not a top-up
WAITING = (UNMATCHED, PARTIAL, OVER)


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
    payment = ForeignKeyField(payments.Payment, null=True, column_name="payment_id", index=False)
    imported_at = CharField()

    class Meta:
        indexes = ((("status",), False),)


@dataclass
class ImportResult:
    confirmed: list[payments.Payment] = field(default_factory=list)
    waiting: list[BankEntry] = field(default_factory=list)  # partial, over, unmatched
    already_imported: int = 0
    ignored: int = 0  # debits, reversals, unbooked entries the statement also held


class StatementConflictError(UserError):
    """A credit whose bank reference was imported before with other content; nothing imported."""


def _check_same(known: BankEntry, entry: StatementEntry) -> None:
    """A reference seen before must carry the same credit: otherwise it is not a repeat."""
    before = (known.amount_minor, known.currency, (known.variable_symbol or "").lstrip("0"))
    now = (entry.amount_minor, entry.currency, (entry.variable_symbol or "").lstrip("0"))
    if before != now:
        raise StatementConflictError(
            "The bank reference {reference} was imported before with another amount, currency "
            "or variable symbol; nothing was imported. Check that the statement is genuine.",
            reference=entry.bank_reference,
        )


class PairingError(UserError):
    """A bank entry and payment that cannot be paired; str() is the message to show."""


def _payment_for(entry: StatementEntry) -> payments.Payment | None:
    """The pending (or expired) payment with the entry's variable symbol and currency."""
    if entry.variable_symbol is None:
        return None
    symbol = entry.variable_symbol.lstrip("0")  # banks drop or keep leading zeros
    candidates = payments.Payment.select().where(
        payments.Payment.state.in_((payments.PENDING, payments.EXPIRED)),
        payments.Payment.currency == entry.currency,
        payments.Payment.variable_symbol.endswith(symbol),
    )
    for candidate in candidates:
        if candidate.variable_symbol.lstrip("0") == symbol:
            return candidate
    return None


def import_statement(statement: Statement) -> ImportResult:
    """Record every new credit; confirm exact matches. All of it in one transaction."""
    result = ImportResult(ignored=statement.ignored)
    with write_transaction():
        for entry in statement.entries:
            known = BankEntry.get_or_none(BankEntry.bank_reference == entry.bank_reference)
            if known is not None:
                _check_same(known, entry)
                result.already_imported += 1
                continue
            payment = _payment_for(entry)
            if payment is None:
                status = UNMATCHED
            elif entry.amount_minor < payment.total_minor:
                status = PARTIAL
            elif entry.amount_minor > payment.total_minor:
                status = OVER
            else:
                status = MATCHED
            bank_entry = BankEntry.create(
                bank_reference=entry.bank_reference,
                booked_on=entry.booked_on.isoformat(),
                amount_minor=entry.amount_minor,
                currency=entry.currency,
                variable_symbol=entry.variable_symbol,
                counterparty=entry.counterparty,
                remittance=entry.remittance,
                status=status,
                payment=payment,
                imported_at=ledger.now_iso(),
            )
            if status == MATCHED:
                assert payment is not None
                payments.confirm_in_transaction(payment, entry.bank_reference)
                result.confirmed.append(payment)
            else:
                result.waiting.append(bank_entry)
    return result


def waiting_entries() -> list[BankEntry]:
    """Credits that confirmed nothing and wait for the user to pair or dismiss them."""
    return list(BankEntry.select().where(BankEntry.status.in_(WAITING)).order_by(BankEntry.id))


def pair(bank_entry_id: int, payment_id: int) -> payments.Confirmation:
    """The user's decision: this credit pays that payment. Confirms it, in one transaction."""
    with write_transaction():
        entry = BankEntry.get_or_none(BankEntry.id == bank_entry_id)
        payment = payments.Payment.get_or_none(payments.Payment.id == payment_id)
        if entry is None or payment is None:
            raise PairingError("That bank entry or payment no longer exists.")
        if entry.status not in WAITING:
            raise PairingError("That bank entry has already been dealt with.")
        if payment.state == payments.PAID:
            raise PairingError(
                "Payment {variable_symbol} is paid; pair a pending one.",
                variable_symbol=payment.variable_symbol,
            )
        if payment.state not in (payments.PENDING, payments.EXPIRED):  # cancelled
            raise PairingError(
                "Payment {variable_symbol} is cancelled; pair a pending one.",
                variable_symbol=payment.variable_symbol,
            )
        if payment.currency != entry.currency:
            raise PairingError(
                "The credit is in {currency} but payment {variable_symbol} is in "
                "{payment_currency}.",
                currency=entry.currency,
                variable_symbol=payment.variable_symbol,
                payment_currency=payment.currency,
            )
        entry.status = PAIRED
        entry.payment = payment
        entry.save()
        return payments.confirm_in_transaction(payment, entry.bank_reference)


def dismiss(bank_entry_id: int) -> None:
    """Set a credit aside as not a top-up (it stays recorded, so a re-import skips it)."""
    with write_transaction():
        updated = (
            BankEntry.update(status=DISMISSED)
            .where((BankEntry.id == bank_entry_id) & BankEntry.status.in_(WAITING))
            .execute()
        )
    if not updated:
        raise PairingError("That bank entry has already been dealt with.")
