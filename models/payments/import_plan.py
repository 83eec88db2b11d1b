"""What importing a statement will do, worked out without writing anything.

The preview shows it before the user commits; import_statement works it out again inside its
write transaction and does exactly that, so the rules live here once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from models.common.formatting import Day, Money
from models.common.messages import Message, UserError
from models.payments import top_ups as payments
from models.payments.bank_entries import (
    CURRENCY,
    EARLY,
    MATCHED,
    OVER,
    PARTIAL,
    UNMATCHED,
    BankEntry,
    created_on,
)
from models.payments.seller_accounts import is_sellers_account, seller_accounts

if TYPE_CHECKING:
    from models.payments.statements import Statement, StatementEntry


class StatementConflictError(UserError):
    """A credit whose bank reference was imported before with other content; nothing imported."""


class StatementAccountError(UserError):
    """A statement that is not for the seller's accounts, or no account to compare it with."""


@dataclass(frozen=True)
class PlannedCredit:
    """A new credit and what the import does with it: MATCHED confirms `payment`; the other
    statuses wait for pairing, `payment` then being the one its variable symbol names, if any."""

    entry: StatementEntry
    status: str
    payment: payments.Payment | None = None

    @property
    def reason(self) -> str:
        """Why it waits, as bank_entries.waiting_reason says it of the recorded credit."""
        if self.status != UNMATCHED or self.payment is None:
            return self.status
        if self.payment.currency != self.entry.currency:
            return CURRENCY
        return EARLY


@dataclass(frozen=True)
class ImportPlan:
    format_name: str
    accounts: tuple[str, ...]  # the accounts imported; "" when the file does not say
    period: tuple[date, date] | None
    credits: tuple[PlannedCredit, ...]  # the new ones, in the statement's order
    already_imported: int
    ignored: int  # debits, reversals, unbooked entries
    skipped: int  # credits of accounts that are not the seller's, left out
    warnings: tuple[Message, ...]

    @property
    def to_confirm(self) -> tuple[PlannedCredit, ...]:
        return tuple(credit for credit in self.credits if credit.status == MATCHED)

    @property
    def to_wait(self) -> tuple[PlannedCredit, ...]:
        return tuple(credit for credit in self.credits if credit.status != MATCHED)


def with_format(statement: Statement, data: bytes) -> Statement:
    """The statement with its format named: the parser's name, else what the file looks like."""
    if statement.format_name:
        return statement
    xml = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    return replace(statement, format_name="camt.053" if xml else "CSV")


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


def _payment_named(entry: StatementEntry) -> payments.Payment | None:
    """The pending (or expired) payment with the entry's variable symbol, in any currency."""
    if entry.variable_symbol is None:
        return None
    symbol = entry.variable_symbol.lstrip("0")  # banks drop or keep leading zeros
    candidates = payments.Payment.select().where(
        payments.Payment.state.in_((payments.PENDING, payments.EXPIRED)),
        payments.Payment.variable_symbol.endswith(symbol),
    )
    for candidate in candidates:
        if candidate.variable_symbol.lstrip("0") == symbol:
            return candidate
    return None


def _early(entry: StatementEntry, payment: payments.Payment) -> Message:
    return Message(
        "The credit of {amount} booked on {booked_on} names payment {variable_symbol}, which was "
        "made later, on {created_on}; it waits for you to pair it.",
        amount=Money(entry.amount_minor, entry.currency),
        booked_on=Day(entry.booked_on),
        variable_symbol=payment.variable_symbol,
        created_on=Day(created_on(payment)),
    )


def _plan_credit(entry: StatementEntry, claimed: set[int]) -> tuple[PlannedCredit, Message | None]:
    payment = _payment_named(entry)
    if payment is None or payment.id in claimed:  # a second credit for one payment waits
        return PlannedCredit(entry, UNMATCHED), None
    if payment.currency != entry.currency:
        return PlannedCredit(entry, UNMATCHED, payment), None
    if entry.booked_on < created_on(payment):
        return PlannedCredit(entry, UNMATCHED, payment), _early(entry, payment)
    if entry.amount_minor < payment.total_minor:
        return PlannedCredit(entry, PARTIAL, payment), None
    if entry.amount_minor > payment.total_minor:
        return PlannedCredit(entry, OVER, payment), None
    claimed.add(payment.id)
    return PlannedCredit(entry, MATCHED, payment), None


def _accounts(statement: Statement) -> list[str]:
    """The accounts the statement's credits are for, each once, in order."""
    found = [entry.account or statement.account for entry in statement.entries]
    return list(dict.fromkeys(found or [statement.account]))


def _refusal(foreign: list[str], own: tuple[str, ...]) -> StatementAccountError:
    if len(foreign) == 1:
        return StatementAccountError(
            "This statement is for account {account}, which is not one of your accounts "
            "({yours}): nothing was imported.",
            account=foreign[0],
            yours=", ".join(own),
        )
    return StatementAccountError(
        "This file's statements are for accounts {accounts}, none of which is one of your "
        "accounts ({yours}): nothing was imported.",
        accounts=", ".join(foreign),
        yours=", ".join(own),
    )


def plan_import(statement: Statement) -> ImportPlan:
    """What import_statement would do with `statement` now; reads, never writes.

    Raises StatementAccountError when the seller has no account set or none of the statement's
    accounts is the seller's, and StatementConflictError for a reference seen with other content.
    """
    own = seller_accounts()
    if not own:
        raise StatementAccountError(
            "Set the seller's bank account first (Edit → Settings… → Seller, or `settings "
            "seller.iban IBAN`): a statement is imported only when it is for one of your accounts."
        )
    accounts = _accounts(statement)
    foreign = [a for a in accounts if a.strip() and not is_sellers_account(a, own)]
    if foreign and len(foreign) == len(accounts):
        raise _refusal(foreign, own)
    warnings: list[Message] = []
    for account in foreign:
        count = sum(1 for e in statement.entries if (e.account or statement.account) == account)
        warnings.append(
            Message(
                "Account {account} is not one of your accounts: its credits are left out "
                "({count}).",
                account=account,
                count=count,
            )
        )
    credits: list[PlannedCredit] = []
    seen: dict[str, StatementEntry] = {}
    claimed: set[int] = set()
    already = skipped = 0
    for entry in statement.entries:
        if (entry.account or statement.account) in foreign:
            skipped += 1
            continue
        known = BankEntry.get_or_none(BankEntry.bank_reference == entry.bank_reference)
        if known is None and entry.bank_reference in seen:
            known = _as_recorded(seen[entry.bank_reference])
        if known is not None:
            _check_same(known, entry)
            already += 1
            continue
        seen[entry.bank_reference] = entry
        planned, warning = _plan_credit(entry, claimed)
        credits.append(planned)
        if warning is not None:
            warnings.append(warning)
    return ImportPlan(
        format_name=statement.format_name,
        accounts=tuple(a for a in accounts if a not in foreign),
        period=_period(statement),
        credits=tuple(credits),
        already_imported=already,
        ignored=statement.ignored,
        skipped=skipped,
        warnings=tuple(warnings),
    )


def _as_recorded(entry: StatementEntry) -> BankEntry:
    """An unsaved row, to compare a reference repeated within one statement."""
    return BankEntry(
        amount_minor=entry.amount_minor,
        currency=entry.currency,
        variable_symbol=entry.variable_symbol,
    )


def _period(statement: Statement) -> tuple[date, date] | None:
    """The period the bank states, else the first and last booking date of its credits."""
    if statement.period_from is not None and statement.period_to is not None:
        return statement.period_from, statement.period_to
    days = [entry.booked_on for entry in statement.entries]
    return (min(days), max(days)) if days else None
