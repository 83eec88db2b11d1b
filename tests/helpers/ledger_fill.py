"""Test ledgers: a few entries through ledger.post, or a million in a few SQL statements.

Both go through the real table and its triggers, so every balance_after chains and the account
row and the day totals stay right, and write what the app writes (a message charge is of a sent
message at its price): ledger.verify() and the outbox's charge check pass.
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
# rows come out realistic (mostly message charges) and every balance_after chains. A message
# charge is what the dispatcher posts: reference and key "message:ID" of a sent message at its
# price (the messages are written next, from the entries, 2,000 to a campaign); a top-up is
# keyed "payment:ID" as a confirmed payment's is.
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
_NUMBER = "'+4206' || printf('%08d', i * 7919 % 100000000)"
_CAMPAIGN = "(:campaign + i / 2000)"

_CAMPAIGNS = """
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :count / 2000)
INSERT INTO campaign (id, name, text, sender, encoding, parts, message_count, created_at)
SELECT :campaign + i, 'Newsletter ' || (:campaign + i), 'Our news, issue ' || (:campaign + i),
    '', 'GSM-7', 1, 0, strftime('%Y-%m-%dT%H:%M:%S.000000Z', :start + i * 2000 * :step, 'unixepoch')
FROM n
"""

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
        WHEN 'message-charge' THEN 'message:' || (:message + i)
        WHEN 'refund' THEN 'refund:' || (:first + i)
        ELSE 'adjustment:' || (:first + i) END,
    CASE kind
        WHEN 'top-up' THEN 'Top-up, variable symbol ' || (2024000000 + :first + i)
        WHEN 'message-charge' THEN 'SMS to ' || {_NUMBER} || ', campaign ' || {_CAMPAIGN}
        WHEN 'refund' THEN 'Refund of an undelivered message'
        ELSE CASE WHEN amount > 0 THEN 'Goodwill credit' ELSE 'Correction of a duplicate top-up' END
        END,
    CASE kind
        WHEN 'top-up' THEN 'payment:' || (:first + i)
        WHEN 'message-charge' THEN 'message:' || (:message + i)
        WHEN 'refund' THEN 'refund:' || (:first + i)
        ELSE NULL END,
    strftime('%Y-%m-%dT%H:%M:%S', :start + i * :step, 'unixepoch')
        || '.' || printf('%06d', i * 7919 % 1000000) || 'Z'
FROM n WHERE i > 0
"""

_MESSAGES = f"""
INSERT INTO message (id, campaign_id, number, country, parts, price, state, attempt, gateway,
    gateway_id, error, queued_at, finished_at)
SELECT :message + i, {_CAMPAIGN}, {_NUMBER}, 'CZ', 1 + i % 3, -amount, 'sent', 'bulk',
    'simulated', 'sim-' || (:message + i), '', created_at, created_at
FROM (SELECT id - :first AS i, amount, created_at FROM ledger_entry
    WHERE id > :first AND kind = 'message-charge')
"""

_COUNT_MESSAGES = """
UPDATE campaign SET message_count = (SELECT count(*) FROM message WHERE campaign_id = campaign.id)
WHERE id >= :campaign
"""


def _next_id(table: str) -> int:
    return int(database.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


def bulk_fill(count: int, start: datetime, end: datetime) -> None:
    """Append `count` entries spread evenly from `start` to `end`, in one transaction, with the
    campaigns and sent messages their charges are of."""
    begin, finish = int(start.timestamp()), int(end.timestamp())
    step = (finish - begin) / max(count, 1)
    with write_transaction():
        values = {
            "count": count,
            "balance": ledger.balance(),
            "first": _next_id("ledger_entry"),
            "message": _next_id("message"),
            "campaign": _next_id("campaign") + 1,
            "start": begin,
            "step": step,
        }
        for sql in (_CAMPAIGNS, _BULK, _MESSAGES, _COUNT_MESSAGES):
            database.execute_sql(sql, values)


def fill_years(count: int, years: float = 3.0) -> float:
    """Fill the open database with `count` entries over the last `years`; returns seconds taken."""
    now = datetime.now(UTC)
    began = time.perf_counter()
    bulk_fill(count, datetime.fromtimestamp(now.timestamp() - years * 365.25 * 86400, UTC), now)
    return time.perf_counter() - began
