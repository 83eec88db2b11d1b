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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from operator import attrgetter, itemgetter, neg
from typing import NamedTuple

from models.common.database import database, retried, write_transaction
from models.common.messages import Message
from models.common.progress import CancelCheck, Progress, never_cancelled, no_progress
from models.ledger import entries as ledger
from models.outbox import queue as outbox
from models.outbox import sending_policy
from models.outbox.dispatch_lock import DispatcherBusy, sending_lock
from models.outbox.gateway import Gateway, Outgoing, Problem, SendResult, outgoing_messages
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
    """Messages claimed together, in id order, as columns: a batch is made, sent and settled a
    column at a time (by map and zip, which run in C), not a message at a time."""

    ids: list[int]
    attempts: list[str]
    numbers: list[str]
    prices: list[int]  # micro-credits
    campaign_ids: list[int]
    messages: list[Outgoing]  # the same messages, as the gateway takes them


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

    def batch(
        self,
        ids: list[int],
        attempts: list[str],
        numbers: list[str],
        prices: list[int],
        campaign_ids: list[int],
    ) -> _Batch:
        """The batch of these messages, with their campaigns' texts and senders."""
        texts: Iterable[str]
        unicodes: Iterable[bool]
        senders: Iterable[str]
        if campaign_ids.count(campaign_ids[0]) == len(campaign_ids):  # the usual: one campaign
            text, unicode, sender = self.get(campaign_ids[0])
            texts, unicodes, senders = repeat(text), repeat(unicode), repeat(sender)
        else:
            texts, unicodes, senders = zip(*map(self.get, campaign_ids), strict=True)
        messages = outgoing_messages(ids, attempts, numbers, texts, unicodes, senders)
        return _Batch(ids, attempts, numbers, prices, campaign_ids, messages)


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
            paid = bisect_right(list(accumulate(map(itemgetter(3), rows))), available)
            if paid == 0:
                self.report.reason = NO_CREDIT
                return None
            ids, campaign_ids, numbers, prices = map(list, zip(*rows[:paid], strict=True))
            attempt = uuid.uuid4().hex
            batch = self._campaigns.batch(ids, [attempt] * paid, numbers, prices, campaign_ids)
            changed = database.execute_sql(
                "UPDATE message SET state = 'sending', attempt = ?, gateway = ? "
                "WHERE state = 'queued' AND id <= ?",
                (attempt, self._gateway.name, ids[-1]),
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
            if _all_accepted_in_order(batch.ids, results) and sum(batch.prices) <= balance:
                gateway_ids = map(attrgetter("gateway_id"), results)
                sent = list(
                    zip(gateway_ids, repeat(stamp), batch.ids, batch.attempts, strict=False)
                )
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
        by_gateway: dict[str | None, list[tuple[int, int, str, int, str, str | None]]] = {}
        for message_id, campaign_id, number, price, attempt, name, gateway_id in rows:
            found = (message_id, campaign_id, number, price, attempt, gateway_id)
            by_gateway.setdefault(name, []).append(found)
        for name, items in by_gateway.items():
            ids, campaign_ids, numbers, prices, attempts, gateway_ids = map(
                list, zip(*items, strict=True)
            )
            batch = self._campaigns.batch(ids, attempts, numbers, prices, campaign_ids)
            # An accepted message that waited for credit is known: it only needs its charge.
            results = {
                message_id: SendResult(message_id, True, gateway_id)
                for message_id, gateway_id in zip(ids, gateway_ids, strict=True)
                if gateway_id
            }
            asked = [
                message
                for message, gateway_id in zip(batch.messages, gateway_ids, strict=True)
                if not gateway_id
            ]
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
            self.report.reconciled += len(ids)


@dataclass
class _Settled:
    """A batch's answers sorted into the rows of the settling statements, and the messages sent
    (and so charged)."""

    requeued: list[tuple[int, str]] = field(default_factory=list)
    failed: list[tuple[str, str | None, str, int, str]] = field(default_factory=list)
    unpaid: list[tuple[str, int, str]] = field(default_factory=list)
    sent: list[tuple[str, str, int, str]] = field(default_factory=list)
    charged: _Batch = field(default_factory=lambda: _Batch([], [], [], [], [], []))

    @property
    def count(self) -> int:
        return len(self.requeued) + len(self.failed) + len(self.unpaid) + len(self.sent)


def _all_accepted_in_order(ids: list[int], results: Sequence[SendResult]) -> bool:
    """The usual answer: the gateway took every message, and answered in their order."""
    return (
        len(results) == len(ids)
        and all(map(attrgetter("accepted"), results))
        and list(map(attrgetter("message_id"), results)) == ids
    )


def _sort(batch: _Batch, results: Sequence[SendResult], stamp: str, balance: int) -> _Settled:
    """What becomes of each message, whatever the gateway answered, in any order."""
    answers = {result.message_id: result for result in results}
    settled = _Settled()
    charged = settled.charged
    for message_id, attempt, number, price, campaign_id, message in zip(*batch, strict=True):
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
            charged.ids.append(message_id)
            charged.attempts.append(attempt)
            charged.numbers.append(number)
            charged.prices.append(price)
            charged.campaign_ids.append(campaign_id)
            charged.messages.append(message)
    return settled


def _charges(charged: _Batch) -> list[tuple[int, str, str, str | None]]:
    """The ledger postings of messages sent: each charged under its own key, "message:ID"."""
    # f-strings: str.format parses its template again for every message.
    references = [f"message:{message_id}" for message_id in charged.ids]
    descriptions = [
        f"SMS to {number}, campaign {campaign_id}"
        for number, campaign_id in zip(charged.numbers, charged.campaign_ids, strict=True)
    ]
    amounts = map(neg, charged.prices)
    return list(zip(amounts, references, descriptions, references, strict=False))
