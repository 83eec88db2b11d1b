"""The credit ledger: append-only entries, the cached balance, and its verification.

Credits change only by posting an entry. The database itself refuses UPDATE and DELETE on
entries, checks that each entry's balance_after follows the account, and keeps the cached
account balance (a single row, so reading it costs the same at any ledger size).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import repeat
from typing import TYPE_CHECKING

from peewee import AutoField, CharField, IntegerField, IntegrityError, TextField

from models.common import catalog
from models.common.database import BaseModel, database
from models.common.database_errors import is_check_violation
from models.common.formatting import Credits
from models.common.messages import UserError
from models.common.money import MICRO
from models.common.team import desk_user

if TYPE_CHECKING:  # verification (and the chain, checkpoints and day totals) loads when used
    from models.ledger.verification import MoreChecks, Verification

TOP_UP = "top-up"
MESSAGE_CHARGE = "message-charge"
REFUND = "refund"
ADJUSTMENT = "adjustment"
KINDS = (TOP_UP, MESSAGE_CHARGE, REFUND, ADJUSTMENT)
# The most an account holds: a trillion credits, a ninth of SQLite's 64-bit integers, so the
# balance and any sum of entries stay whole numbers (past 2**63 SQLite silently turns to float).
MAX_BALANCE = 10**12 * MICRO


class Account(BaseModel):
    id = AutoField()
    balance = IntegerField(default=0)  # micro-credits
    entry_count = IntegerField(default=0)


class LedgerEntry(BaseModel):
    id = AutoField()
    kind = CharField()
    amount = IntegerField()  # micro-credits, signed
    balance_after = IntegerField()
    reference = CharField()  # what caused it, e.g. "payment:12" or "message:345"
    description = TextField(default="")
    idempotency_key = CharField(null=True, unique=True)
    created_at = CharField()  # UTC, ISO 8601 with microseconds, sorts as time
    # Who posted it: the server's session_user (a trigger), or the computer's login on a file;
    # '' before schema step 11. Not part of the digest chain (models/ledger/chain.py's LINE).
    recorded_by = CharField(default="")

    class Meta:
        # The Transactions list sorts by date or amount, over all entries or one kind.
        indexes = (
            (("created_at",), False),
            (("kind", "created_at"), False),
            (("amount",), False),
            (("kind", "amount"), False),
        )
        triggers = (
            """CREATE TRIGGER ledger_entry_is_append_only_update BEFORE UPDATE ON ledger_entry
            BEGIN
                SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead');
            END""",
            """CREATE TRIGGER ledger_entry_is_append_only_delete BEFORE DELETE ON ledger_entry
            BEGIN
                SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead');
            END""",
            """CREATE TRIGGER ledger_entry_follows_balance BEFORE INSERT ON ledger_entry
            WHEN NEW.balance_after <> (SELECT balance FROM account WHERE id = 1) + NEW.amount
            BEGIN
                SELECT RAISE(ABORT, 'balance_after must equal the balance plus the amount');
            END""",
            """CREATE TRIGGER ledger_entry_updates_account AFTER INSERT ON ledger_entry
            BEGIN
                UPDATE account SET balance = NEW.balance_after, entry_count = entry_count + 1
                WHERE id = 1;
            END""",
            # models/ledger/days.py: the day's totals grow in the transaction that posts.
            """CREATE TRIGGER ledger_entry_adds_to_day AFTER INSERT ON ledger_entry
            BEGIN
                INSERT INTO ledger_day (day, kind, entries, credits_in, credits_out)
                VALUES (substr(NEW.created_at, 1, 10), NEW.kind, 1, max(NEW.amount, 0),
                    min(NEW.amount, 0))
                ON CONFLICT (day, kind) DO UPDATE SET entries = entries + 1,
                    credits_in = credits_in + excluded.credits_in,
                    credits_out = credits_out + excluded.credits_out;
            END""",
        )


class InsufficientCredit(Exception):
    """The balance cannot pay this charge; nothing was posted."""

    def __init__(self, balance: int, amount: int) -> None:
        super().__init__(f"The balance {balance} µcredits cannot pay {-amount} µcredits.")
        self.balance = balance
        self.amount = amount


class BalanceLimitError(UserError):
    """Crediting this would take the balance past MAX_BALANCE; nothing was posted."""


def _check_limit(credited: int) -> None:
    """Refuse a credit (the sum of positive amounts) the balance cannot hold."""
    if credited > 0 and balance() + credited > MAX_BALANCE:
        raise BalanceLimitError(
            "The balance would pass {limit}, the most an account holds; nothing was credited.",
            limit=Credits(MAX_BALANCE),
        )


def recorded_by(entry_id: int) -> str:
    """Who posted the entry ('' when it was posted before this was recorded, or is not there)."""
    row = database.execute_sql("SELECT recorded_by FROM ledger_entry WHERE id = ?", (entry_id,))
    found = row.fetchone()
    return "" if found is None else str(found[0])


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def balance() -> int:
    """The current balance in micro-credits: one row read, whatever the ledger's size."""
    return int(database.execute_sql("SELECT balance FROM account WHERE id = 1").fetchone()[0])


# One statement computes balance_after from the account row and appends the entry; a retried
# idempotency key inserts nothing. This is the hot path of charging messages, so it is plain SQL.
_APPEND = """
INSERT INTO ledger_entry
    (kind, amount, balance_after, reference, description, idempotency_key, created_at, recorded_by)
SELECT ?, ?, balance + ?, ?, ?, ?, ?, ? FROM account WHERE id = 1
ON CONFLICT (idempotency_key) DO NOTHING
RETURNING id, balance_after, created_at, recorded_by
"""


def _posted_before(idempotency_key: str) -> bool:
    found = database.execute_sql(
        "SELECT 1 FROM ledger_entry WHERE idempotency_key = ?", (idempotency_key,)
    ).fetchone()
    return found is not None


def post(
    kind: str,
    amount: int,
    reference: str,
    description: str = "",
    idempotency_key: str | None = None,
) -> LedgerEntry:
    """Append one entry. Call inside write_transaction(); the caller's other writes go with it.

    With an idempotency key already in the ledger, the earlier entry is returned and nothing is
    posted, so a retried confirmation or charge never counts twice.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown ledger entry kind {kind!r}")
    if amount == 0:
        raise ValueError("a ledger entry must change the balance")
    if not database.in_transaction():
        raise RuntimeError("ledger.post() must run inside write_transaction()")
    if abs(amount) > MAX_BALANCE:
        raise ValueError(f"a ledger entry of {amount} µcredits is beyond any balance")
    _check_limit(amount)
    recorder = desk_user()  # on a server, the trigger records session_user instead
    values = (kind, amount, amount, reference, description, idempotency_key, now_iso(), recorder)
    try:
        with catalog.statement_guard():
            row = database.execute_sql(_APPEND, values).fetchone()
    except IntegrityError as error:
        if not is_check_violation(error):
            raise
        row = None  # the balance cannot pay it, unless it is a retry of an earlier entry
        if idempotency_key is None or not _posted_before(idempotency_key):
            raise InsufficientCredit(balance(), amount) from None
    if row is None:  # the key was posted before
        return LedgerEntry.get(LedgerEntry.idempotency_key == idempotency_key)
    entry_id, balance_after, created_at, recorded_by = row
    return LedgerEntry(
        id=entry_id,
        kind=kind,
        amount=amount,
        balance_after=balance_after,
        reference=reference,
        description=description,
        idempotency_key=idempotency_key,
        created_at=created_at,
        recorded_by=recorded_by,
    )


# The same append without RETURNING, which executemany cannot take.
_APPEND_MANY = """
INSERT INTO ledger_entry
    (kind, amount, balance_after, reference, description, idempotency_key, created_at, recorded_by)
SELECT ?, ?, balance + ?, ?, ?, ?, ?, ? FROM account WHERE id = 1
ON CONFLICT (idempotency_key) DO NOTHING
"""


def post_many(kind: str, postings: Sequence[tuple[int, str, str, str | None]]) -> int:
    """Append entries (amount, reference, description, idempotency_key) in order, in one call:
    each is its own entry with its balance after, exactly as if post() were called for each.

    Call inside write_transaction(). A key already in the ledger appends nothing. Returns how
    many entries were appended. If the balance cannot pay one of them, InsufficientCredit is
    raised and the entries before it are only undone when the caller's transaction rolls back
    (raising out of write_transaction() does that; on a server they are undone at once), so
    check the balance before.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown ledger entry kind {kind!r}")
    if not database.in_transaction():
        raise RuntimeError("ledger.post_many() must run inside write_transaction()")
    if not postings:
        return 0
    # The dispatcher's hot path: the postings are turned into columns and rows by zip().
    amounts, references, descriptions, keys = zip(*postings, strict=True)
    if 0 in amounts:
        raise ValueError("a ledger entry must change the balance")
    highest = max(amounts)
    if highest > MAX_BALANCE or min(amounts) < -MAX_BALANCE:
        raise ValueError("a ledger entry is beyond any balance")
    if highest > 0:
        _check_limit(sum(amount for amount in amounts if amount > 0))
    stamp, recorder = now_iso(), desk_user()
    rows = list(
        zip(
            repeat(kind),
            amounts,
            amounts,
            references,
            descriptions,
            keys,
            repeat(stamp),
            repeat(recorder),
        )
    )
    try:
        with catalog.statement_guard():
            appended = database.executemany(_APPEND_MANY, rows).rowcount
    except IntegrityError as error:
        if not is_check_violation(error):
            raise
        raise InsufficientCredit(balance(), sum(amounts)) from None
    return int(appended)  # a key posted before inserts nothing, and counts nothing


def verify(full: bool = False, more: MoreChecks | None = None) -> Verification:
    """Check the ledger: models/ledger/verification.py (full: every entry from the first)."""
    from models.ledger import verification

    return verification.verify(full, more)
