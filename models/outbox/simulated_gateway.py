"""The built-in simulated gateway: accepts messages without any network, rejects some on request.

It remembers what it received in a table of its own, committed before it answers, as a remote
gateway remembers on its side; so after a crash the dispatcher can ask it what became of a
message's attempt. Which numbers it rejects depends only on the seed and the message id, so a
test with a seed sees the same failures however the messages are batched or retried.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter

from peewee import CompositeKey, IntegerField, TextField

from models.common.database import BaseModel, database, retried, write_transaction
from models.common.progress import CancelCheck, never_cancelled
from models.ledger.entries import now_iso
from models.outbox.gateway import Outgoing, SendOutcome, SendResult, send_results

REJECTION = "invalid_phone_number: the simulated gateway rejected this number"


class SimulatedGatewayMessage(BaseModel):
    """What the simulated gateway received: one row per message and attempt."""

    message_id = IntegerField()
    attempt = TextField()
    gateway_id = TextField(unique=True)
    status = TextField()  # "delivered" or "rejected"
    error = TextField(default="")
    received_at = TextField()

    class Meta:
        primary_key = CompositeKey("message_id", "attempt")


class SimulatedGateway:
    name = "simulated"
    can_look_up = True

    def __init__(
        self, failure_basis_points: int = 0, seed: int = 0, latency_seconds: float = 0.0
    ) -> None:
        """failure_basis_points: how many numbers in 10,000 it rejects (0–10,000)."""
        if not 0 <= failure_basis_points <= 10_000:
            raise ValueError("the failure rate is between 0 and 10,000 basis points")
        self._failures = failure_basis_points
        self._seed = seed
        self._latency = latency_seconds

    def rejects(self, message_id: int) -> bool:
        if self._failures == 0:
            return False
        digest = hashlib.blake2b(f"{self._seed}:{message_id}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") % 10_000 < self._failures

    @retried
    def send(
        self, messages: Sequence[Outgoing], cancelled: CancelCheck = never_cancelled
    ) -> SendOutcome:
        """Accept or reject the whole batch at once (one simulated request: no place to stop)."""
        if database.in_transaction():
            raise RuntimeError("a gateway is called between transactions, never inside one")
        if self._latency:
            time.sleep(self._latency)
        stamp = now_iso()
        # A column at a time: the dispatcher's hot path.
        ids = list(map(attrgetter("message_id"), messages))
        attempts = list(map(attrgetter("attempt"), messages))
        gateway_ids = [
            f"sim-{message_id}-{attempt}" for message_id, attempt in zip(ids, attempts, strict=True)
        ]
        rejected = list(map(self.rejects, ids)) if self._failures else []
        if any(rejected):
            accepted = [not no for no in rejected]
            statuses = ["rejected" if no else "delivered" for no in rejected]
            errors = [REJECTION if no else "" for no in rejected]
        else:
            count = len(ids)
            accepted, statuses, errors = [True] * count, ["delivered"] * count, [""] * count
        rows = list(zip(ids, attempts, gateway_ids, statuses, errors, repeat(stamp), strict=False))
        with write_transaction():  # what it took is on record before it answers
            database.executemany(
                "INSERT INTO simulated_gateway_message "
                "(message_id, attempt, gateway_id, status, error, received_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                rows,
            )
        return SendOutcome(send_results(ids, accepted, gateway_ids, errors))

    def look_up(self, messages: Sequence[Outgoing]) -> dict[int, SendResult]:
        found: dict[int, SendResult] = {}
        for message in messages:
            row = database.execute_sql(
                "SELECT gateway_id, status, error FROM simulated_gateway_message "
                "WHERE message_id = ? AND attempt = ?",
                (message.message_id, message.attempt),
            ).fetchone()
            if row is not None:
                gateway_id, status, error = row
                found[message.message_id] = SendResult(
                    message.message_id, status == "delivered", gateway_id, error
                )
        return found

    def delivery_status(self, gateway_id: str) -> str | None:
        """“delivered” or “rejected” for a message it received, None for one it never saw."""
        row = database.execute_sql(
            "SELECT status FROM simulated_gateway_message WHERE gateway_id = ?", (gateway_id,)
        ).fetchone()
        return str(row[0]) if row is not None else None
