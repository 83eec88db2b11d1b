"""The dispatcher: sends queued messages through a gateway and charges each one once, as accepted.

The order, per batch of messages, each step its own IMMEDIATE transaction:

1. Claim: the longest run of queued messages (oldest first) that the balance can pay, less what
   messages already in flight would cost, becomes 'sending' with a fresh attempt id. When the
   balance cannot pay the next message, nothing is claimed and sending stops there: that
   message and every one after it stay queued.
2. Call the gateway, outside any transaction.
3. Settle: each accepted message becomes 'sent' and gets its ledger charge (key
   "message:ID") in the same transaction; a rejected one becomes 'failed', not charged; one the
   gateway did not take goes back to the queue. Updates name the attempt id, so a stale answer
   changes nothing.

Several desks may dispatch one outbox on a server at once: their claims queue on the account's
write lock, each sees what the others claimed (and reserves its cost), and each settles only its
own attempt ids, so no message is sent or charged twice (dispatch_lock.sending_lock; on SQLite
one dispatcher sends at a time, by an OS file lock).

A SIGKILL between 1 and 3 leaves 'sending' messages. The next dispatcher that starts while no
other is sending reconciles them before anything else: it asks the gateway what became of each
attempt — the simulated gateway knows — and settles as above, or requeues what the gateway never
received. A gateway that cannot be asked (BulkGate's Simple API) gets the message marked failed,
"interrupted", not charged: the app never charges for a message it cannot show was accepted,
and never sends it again on a guess. The ledger key makes a second charge impossible anyway.
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

from models.common.database import database, retried, write_transaction
from models.common.messages import Message
from models.common.progress import CancelCheck, Progress, never_cancelled, no_progress
from models.ledger import entries as ledger
from models.outbox import queue as outbox
from models.outbox import sending_policy
from models.outbox.dispatch_lock import DispatcherBusy, sending_lock
from models.outbox.gateway import Gateway, Outgoing, Problem, SendResult
from models.outbox.gateway_choice import gateway_for_look_up

DONE = "done"  # nothing is queued any more
NO_CREDIT = "no-credit"  # the balance cannot pay the next queued message
STOPPED = "stopped"  # paused (by any process) or cancelled between two batches
GATEWAY = "gateway"  # the gateway stopped taking messages; see the report's problem
BUSY = "busy"  # another dispatcher is sending from this database

BATCH = 200
_IN_FLIGHT = "WHERE id = ? AND state = 'sending' AND attempt = ?"
_REQUEUE = f"UPDATE message SET state = 'queued', attempt = NULL, gateway = NULL {_IN_FLIGHT}"
_FAIL = (
    "UPDATE message SET state = 'failed', error = ?, gateway_id = ?, finished_at = ? " + _IN_FLIGHT
)
_ACCEPTED_UNPAID = f"UPDATE message SET gateway_id = ? {_IN_FLIGHT}"
_SENT = f"UPDATE message SET state = 'sent', gateway_id = ?, finished_at = ? {_IN_FLIGHT}"
INTERRUPTED = Message(
    "interrupted while sending: the gateway cannot say whether it took the message; not charged"
)


@dataclass
class DispatchReport:
    sent: int = 0
    failed: int = 0
    charged: int = 0  # micro-credits
    reconciled: int = 0  # in-flight messages of an interrupted run, settled first
    reason: str = DONE
    problem: Problem | None = None
    queued: int = 0  # left in the outbox at the end
    needed: int = 0  # micro-credits those would cost
    next_price: int | None = None
    balance: int = 0


class _Batch(NamedTuple):
    """Messages claimed together, in id order: what the gateway gets, what each costs, and each
    one's campaign. Kept as columns: a batch is built and settled a list at a time."""

    messages: list[Outgoing]
    prices: list[int]  # micro-credits
    campaign_ids: list[int]


@dataclass
class _Campaigns:
    """Texts and senders of the campaigns seen so far (a batch names only a few)."""

    found: dict[int, tuple[str, bool, str]] = field(default_factory=dict)

    def get(self, campaign_id: int) -> tuple[str, bool, str]:
        """(text, unicode, sender): the campaign's part of an Outgoing, in its order."""
        if campaign_id not in self.found:
            text, sender, encoding = database.execute_sql(
                "SELECT text, sender, encoding FROM campaign WHERE id = ?", (campaign_id,)
            ).fetchone()
            self.found[campaign_id] = (text, encoding == "UCS-2", sender)
        return self.found[campaign_id]

    def claimed(self, rows: list[tuple[int, int, str, int]], attempt: str) -> _Batch:
        """The batch of the queue's rows (id, campaign_id, number, price), under one attempt id."""
        campaign_ids = [row[1] for row in rows]
        if campaign_ids.count(campaign_ids[0]) == len(rows):  # the usual batch: one campaign
            text, unicode, sender = self.get(campaign_ids[0])
            messages = [
                Outgoing(message_id, attempt, number, text, unicode, sender)
                for message_id, _, number, _ in rows
            ]
        else:
            messages = [
                Outgoing(message_id, attempt, number, *self.get(campaign_id))
                for message_id, campaign_id, number, _ in rows
            ]
        return _Batch(messages, [row[3] for row in rows], campaign_ids)


def dispatch(
    gateway: Gateway,
    batch_size: int | None = None,
    cancelled: CancelCheck = never_cancelled,
    progress: Progress = no_progress,
) -> DispatchReport:
    """Reconcile an interrupted run, then send while the balance lasts.

    batch_size: messages per claim (default: the gateway's `batch_size`, else BATCH); a pause or
    cancel takes effect between batches.
    """
    size = batch_size if batch_size is not None else getattr(gateway, "batch_size", BATCH)
    try:
        run = _Run(gateway, size, cancelled, progress)
        with sending_lock(database.obj, run.reconcile):
            return run.run()
    except DispatcherBusy:
        report = DispatchReport(reason=BUSY)
        _finish(report)
        return report


def _finish(report: DispatchReport) -> None:
    found = outbox.summary()
    report.queued, report.needed, report.next_price = found.queued, found.needed, found.next_price
    report.balance = ledger.balance()


class _Run:
    def __init__(
        self, gateway: Gateway, batch_size: int, cancelled: CancelCheck, progress: Progress
    ) -> None:
        self._gateway = gateway
        self._batch = max(1, batch_size)
        self._cancelled = cancelled
        self._progress = progress
        self._campaigns = _Campaigns()
        self.report = DispatchReport()

    def run(self) -> DispatchReport:
        report = self.report
        total = outbox.count_messages(outbox.QUEUED)
        while True:
            if self._cancelled() or sending_policy.is_paused():  # paused here or elsewhere
                report.reason = STOPPED
                break
            batch = self._claim()
            if batch is None:
                break
            outcome = self._gateway.send(batch.messages, self._cancelled)
            self._settle(batch, outcome.results)
            self._progress(report.sent + report.failed, total)
            if outcome.problem is not None:
                report.reason, report.problem = GATEWAY, outcome.problem
                break
        _finish(report)
        return report

    # -- 1. claim ------------------------------------------------------------------------------

    @retried
    def _claim(self) -> _Batch | None:
        with write_transaction():
            in_flight = database.execute_sql(
                "SELECT coalesce(sum(price), 0) FROM message WHERE state = 'sending'"
            ).fetchone()[0]
            available = ledger.balance() - int(in_flight)
            rows = database.execute_sql(
                "SELECT id, campaign_id, number, price FROM message WHERE state = 'queued' "
                "ORDER BY id LIMIT ?",
                (self._batch,),
            ).fetchall()
            if not rows:
                self.report.reason = DONE
                return None
            # The longest run the balance pays: prices are positive, so the totals only grow.
            # The message after it, and every later one, wait for credit.
            paid = bisect_right(list(accumulate(row[3] for row in rows)), available)
            if paid == 0:
                self.report.reason = NO_CREDIT
                return None
            del rows[paid:]
            batch = self._campaigns.claimed(rows, uuid.uuid4().hex)
            changed = database.execute_sql(
                "UPDATE message SET state = 'sending', attempt = ?, gateway = ? "
                "WHERE state = 'queued' AND id <= ?",
                (batch.messages[0].attempt, self._gateway.name, rows[-1][0]),
            ).rowcount
            if changed != paid:
                raise RuntimeError("the queue changed while it was locked")  # rolls back
        return batch

    # -- 3. settle -----------------------------------------------------------------------------

    @retried
    def _settle(self, batch: _Batch, results: Sequence[SendResult]) -> None:
        stamp = ledger.now_iso()
        with write_transaction():
            balance = ledger.balance()
            if _all_accepted_in_order(batch.messages, results) and sum(batch.prices) <= balance:
                sent = [
                    (result.gateway_id, stamp, message.message_id, message.attempt)
                    for message, result in zip(batch.messages, results, strict=True)
                ]
                settled = _Settled(sent=sent, charged=batch)
            else:
                settled = _sort(batch, results, stamp, balance)
            changed = 0
            for sql, rows in (
                (_REQUEUE, settled.requeued),
                (_FAIL, settled.failed),
                (_ACCEPTED_UNPAID, settled.unpaid),
                (_SENT, settled.sent),
            ):
                if rows:
                    changed += database.executemany(sql, rows).rowcount
            if changed != settled.count:  # only this dispatcher changes its attempts in flight
                raise RuntimeError("messages in flight changed under the dispatcher")
            ledger.post_many(ledger.MESSAGE_CHARGE, _charges(settled.charged))
        self.report.sent += len(settled.sent)
        self.report.failed += len(settled.failed)
        self.report.charged += sum(settled.charged.prices)

    # -- after a crash -------------------------------------------------------------------------

    def reconcile(self) -> None:
        """Settle what an interrupted run left in flight (no other dispatcher is sending)."""
        rows = database.execute_sql(
            "SELECT id, campaign_id, number, price, attempt, gateway, gateway_id FROM message "
            "WHERE state = 'sending' ORDER BY id"
        ).fetchall()
        if not rows:
            return
        by_gateway: dict[str | None, tuple[_Batch, dict[int, str | None]]] = {}
        for message_id, campaign_id, number, price, attempt, name, gateway_id in rows:
            text, unicode, sender = self._campaigns.get(campaign_id)
            if name not in by_gateway:
                by_gateway[name] = (_Batch([], [], []), {})
            batch, gateway_ids = by_gateway[name]
            batch.messages.append(Outgoing(message_id, attempt, number, text, unicode, sender))
            batch.prices.append(price)
            batch.campaign_ids.append(campaign_id)
            gateway_ids[message_id] = gateway_id
        for name, (batch, gateway_ids) in by_gateway.items():
            # An accepted message that waited for credit is known: it only needs its charge.
            results = {
                message_id: SendResult(message_id, True, gateway_id)
                for message_id, gateway_id in gateway_ids.items()
                if gateway_id
            }
            asked = [message for message in batch.messages if not gateway_ids[message.message_id]]
            if self._gateway.name == name and self._gateway.can_look_up:
                looker: Gateway | None = self._gateway
            else:
                looker = gateway_for_look_up(name)
            if looker is not None:
                results.update(looker.look_up(asked))
            else:
                for message in asked:
                    results[message.message_id] = SendResult(
                        message.message_id, False, error=INTERRUPTED
                    )
            self._settle(batch, list(results.values()))
            self.report.reconciled += len(batch.messages)


@dataclass
class _Settled:
    """A batch's answers sorted into the rows of the settling statements, and the messages sent
    (and so charged)."""

    requeued: list[tuple[int, str]] = field(default_factory=list)
    failed: list[tuple[str, str | None, str, int, str]] = field(default_factory=list)
    unpaid: list[tuple[str, int, str]] = field(default_factory=list)
    sent: list[tuple[str, str, int, str]] = field(default_factory=list)
    charged: _Batch = field(default_factory=lambda: _Batch([], [], []))

    @property
    def count(self) -> int:
        return len(self.requeued) + len(self.failed) + len(self.unpaid) + len(self.sent)


def _all_accepted_in_order(messages: Sequence[Outgoing], results: Sequence[SendResult]) -> bool:
    """The usual answer: the gateway took every message, and answered in their order."""
    return (
        len(results) == len(messages)
        and all(result.accepted for result in results)
        and [result.message_id for result in results] == [m.message_id for m in messages]
    )


def _sort(batch: _Batch, results: Sequence[SendResult], stamp: str, balance: int) -> _Settled:
    """What becomes of each message, whatever the gateway answered, in any order."""
    answers = {result.message_id: result for result in results}
    settled = _Settled()
    charged = settled.charged
    for message, price, campaign_id in zip(*batch, strict=True):
        message_id, attempt = message.message_id, message.attempt
        answer = answers.get(message_id)
        if answer is None:  # never reached the gateway: back to the queue
            settled.requeued.append((message_id, attempt))
        elif not answer.accepted:
            settled.failed.append(
                (answer.error, answer.gateway_id or None, stamp, message_id, attempt)
            )
        elif price > balance:
            # Accepted, but the balance fell meanwhile (not by this dispatcher): it stays in
            # flight, marked as accepted, and is charged by a run after a top-up.
            settled.unpaid.append((answer.gateway_id, message_id, attempt))
        else:
            balance -= price
            settled.sent.append((answer.gateway_id, stamp, message_id, attempt))
            charged.messages.append(message)
            charged.prices.append(price)
            charged.campaign_ids.append(campaign_id)
    return settled


def _charges(charged: _Batch) -> list[tuple[int, str, str, str | None]]:
    """The ledger postings of messages sent: each charged under its own key, "message:ID"."""
    messages, prices, campaign_ids = charged
    references = [f"message:{message.message_id}" for message in messages]
    descriptions = [
        f"SMS to {message.number}, campaign {campaign_id}"
        for message, campaign_id in zip(messages, campaign_ids, strict=True)
    ]
    amounts = [-price for price in prices]
    return list(zip(amounts, references, descriptions, references, strict=True))
