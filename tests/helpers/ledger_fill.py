"""Test ledgers: a few entries through ledger.post, or a million in one SQL statement.

Both go through the real table and its triggers, so every balance_after chains and the account
row stays right (ledger.verify() passes).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from models.common.database import database, write_transaction
from models.ledger import entries as ledger

ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


@dataclass(frozen=True)
class Planned:
    """An entry to post: a kind, a signed amount in micro-credits, texts, and when (UTC)."""

    kind: str
    amount: int
    reference: str
    description: str
    at: datetime


@contextmanager
def clock(at: datetime) -> Iterator[None]:
    """ledger.post() stamps entries with this time instead of now."""
    original = ledger.now_iso
    ledger.now_iso = lambda: at.astimezone(UTC).strftime(ISO)
    try:
        yield
    finally:
        ledger.now_iso = original


def post_all(entries: Iterable[Planned]) -> list[ledger.LedgerEntry]:
    """Post through the real path (ledger.post in write_transaction), one transaction in all."""
    posted = []
    with write_transaction():
        for entry in entries:
            with clock(entry.at):
                posted.append(
                    ledger.post(entry.kind, entry.amount, entry.reference, entry.description)
                )
    return posted


# One INSERT … SELECT over a recursive CTE: each step picks a kind and an amount from a hash of
# its number and the balance so far (a charge the balance cannot pay becomes a top-up), so the
# rows come out realistic (mostly message charges) and every balance_after chains.
_HASH = "((n.i + 1) * 2654435761 % 10000)"
_KIND = f"""CASE
    WHEN n.bal < 20000000 OR {_HASH} < 3 THEN 'top-up'
    WHEN {_HASH} < 203 THEN 'refund'
    WHEN {_HASH} < 283 THEN 'adjustment'
    ELSE 'message-charge' END"""
_AMOUNT = f"""CASE
    WHEN n.bal < 20000000 OR {_HASH} < 3 THEN (100 + ((n.i + 1) * 37 % 19) * 50) * 1000000
    WHEN {_HASH} < 203 THEN 35000 * (1 + (n.i + 1) % 3)
    WHEN {_HASH} < 283 THEN CASE WHEN (n.i + 1) % 2 THEN 5000000 ELSE -3000000 END
    ELSE -(35000 + ((n.i + 1) * 13 % 6) * 5000) * (1 + (n.i + 1) % 3) END"""

_BULK = f"""
WITH RECURSIVE n(i, kind, amount, bal) AS (
    SELECT 0, NULL, 0, :balance
    UNION ALL
    SELECT n.i + 1, {_KIND}, {_AMOUNT}, n.bal + {_AMOUNT} FROM n WHERE n.i < :count
)
INSERT INTO ledger_entry
    (kind, amount, balance_after, reference, description, idempotency_key, created_at)
SELECT kind, amount, bal,
    CASE kind
        WHEN 'top-up' THEN 'payment:' || (:first + i)
        WHEN 'message-charge' THEN 'campaign:' || ((:first + i) / 2000)
        WHEN 'refund' THEN 'message:' || (:first + i)
        ELSE 'adjustment:' || (:first + i) END,
    CASE kind
        WHEN 'top-up' THEN 'Top-up, variable symbol ' || (2024000000 + :first + i)
        WHEN 'message-charge' THEN 'Campaign “Newsletter ' || ((:first + i) / 2000)
            || '”: ' || (1 + i % 3) || ' part(s) to +420 6' || printf('%08d', i * 7919 % 100000000)
        WHEN 'refund' THEN 'Refund of an undelivered message'
        ELSE CASE WHEN amount > 0 THEN 'Goodwill credit' ELSE 'Correction of a duplicate top-up' END
        END,
    CASE WHEN kind = 'adjustment' THEN NULL ELSE 'bulk:' || (:first + i) END,
    strftime('%Y-%m-%dT%H:%M:%S', :start + i * :step, 'unixepoch')
        || '.' || printf('%06d', i * 7919 % 1000000) || 'Z'
FROM n WHERE i > 0
"""


def bulk_fill(count: int, start: datetime, end: datetime) -> None:
    """Append `count` entries spread evenly from `start` to `end`, in one transaction."""
    begin, finish = int(start.timestamp()), int(end.timestamp())
    step = (finish - begin) / max(count, 1)
    with write_transaction():
        first = int(
            database.execute_sql("SELECT coalesce(max(id), 0) FROM ledger_entry").fetchone()[0]
        )
        database.execute_sql(
            _BULK,
            {
                "count": count,
                "balance": ledger.balance(),
                "first": first,
                "start": begin,
                "step": step,
            },
        )


def fill_years(count: int, years: float = 3.0) -> float:
    """Fill the open database with `count` entries over the last `years`; returns seconds taken."""
    now = datetime.now(UTC)
    began = time.perf_counter()
    bulk_fill(count, datetime.fromtimestamp(now.timestamp() - years * 365.25 * 86400, UTC), now)
    return time.perf_counter() - began
