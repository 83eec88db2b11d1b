"""Importing a bank statement: credits matched to pending top-ups, the rest kept for pairing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from models.common.database import retried, write_transaction
from models.common.messages import Message, UserError
from models.ledger import entries as ledger
from models.payments import top_ups as payments

# The table and its states live in bank_entries.py, the rules in import_plan.py; readers keep
# calling statement_import.X.
from models.payments.bank_entries import DISMISSED as DISMISSED
from models.payments.bank_entries import MATCHED as MATCHED
from models.payments.bank_entries import OVER as OVER
from models.payments.bank_entries import PAIRED as PAIRED
from models.payments.bank_entries import PARTIAL as PARTIAL
from models.payments.bank_entries import UNMATCHED as UNMATCHED
from models.payments.bank_entries import WAITING as WAITING
from models.payments.bank_entries import BankEntry as BankEntry
from models.payments.bank_entries import waiting_entries as waiting_entries
from models.payments.import_plan import StatementAccountError as StatementAccountError
from models.payments.import_plan import StatementConflictError as StatementConflictError
from models.payments.import_plan import plan_import

if TYPE_CHECKING:  # the parsers load only when a statement is imported
    from models.payments.statements import Statement


@dataclass
class ImportResult:
    confirmed: list[payments.Payment] = field(default_factory=list)
    waiting: list[BankEntry] = field(default_factory=list)  # partial, over, unmatched
    already_imported: int = 0
    ignored: int = 0  # debits, reversals, unbooked entries the statement also held
    skipped: int = 0  # credits of accounts that are not the seller's
    warnings: list[Message] = field(default_factory=list)


class PairingError(UserError):
    """A bank entry and payment that cannot be paired; str() is the message to show."""


@retried
def import_statement(statement: Statement) -> ImportResult:
    """Record every new credit of the seller's accounts; confirm exact matches, paid on the
    day the bank booked them. Planned and done in one transaction: a preview shown before is
    advisory, the rules are applied again here."""
    with write_transaction():
        plan = plan_import(statement)
        result = ImportResult(
            already_imported=plan.already_imported,
            ignored=plan.ignored,
            skipped=plan.skipped,
            warnings=list(plan.warnings),
        )
        for planned in plan.credits:
            entry = planned.entry
            bank_entry = BankEntry.create(
                bank_reference=entry.bank_reference,
                booked_on=entry.booked_on.isoformat(),
                amount_minor=entry.amount_minor,
                currency=entry.currency,
                variable_symbol=entry.variable_symbol,
                counterparty=entry.counterparty,
                remittance=entry.remittance,
                status=planned.status,
                payment=planned.payment,
                imported_at=ledger.now_iso(),
            )
            if planned.status == MATCHED:
                assert planned.payment is not None
                payments.confirm_in_transaction(
                    planned.payment, entry.bank_reference, paid_on=entry.booked_on
                )
                result.confirmed.append(planned.payment)
            else:
                result.waiting.append(bank_entry)
    return result


@retried
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
        return payments.confirm_in_transaction(
            payment, entry.bank_reference, paid_on=date.fromisoformat(entry.booked_on)
        )


@retried
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
