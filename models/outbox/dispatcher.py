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
from collections.abc import Sequence
from dataclasses import dataclass, field
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


class _Claimed(NamedTuple):  # one a message: a tuple is quick to make
    outgoing: Outgoing
    price: int
    campaign_id: int


@dataclass
class _Campaigns:
    """Texts and senders of the campaigns seen so far (a batch names only a few)."""

    found: dict[int, tuple[str, str, bool]] = field(default_factory=dict)

    def get(self, campaign_id: int) -> tuple[str, str, bool]:
        if campaign_id not in self.found:
            text, sender, encoding = database.execute_sql(
                "SELECT text, sender, encoding FROM campaign WHERE id = ?", (campaign_id,)
            ).fetchone()
            self.found[campaign_id] = (text, sender, encoding == "UCS-2")
        return self.found[campaign_id]


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
            claimed = self._claim()
            if not claimed:
                break
            outcome = self._gateway.send([item.outgoing for item in claimed], self._cancelled)
            self._settle(claimed, outcome.results)
            self._progress(report.sent + report.failed, total)
            if outcome.problem is not None:
                report.reason, report.problem = GATEWAY, outcome.problem
                break
        _finish(report)
        return report

    # -- 1. claim ------------------------------------------------------------------------------

    @retried
    def _claim(self) -> list[_Claimed]:
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
                return []
            attempt = uuid.uuid4().hex
            claimed: list[_Claimed] = []
            add, campaign = claimed.append, self._campaigns.get
            for message_id, campaign_id, number, price in rows:
                if price > available:
                    break  # this message and every later one wait for credit
                available -= price
                text, sender, unicode = campaign(campaign_id)
                outgoing = Outgoing(message_id, attempt, number, text, unicode, sender)
                add(_Claimed(outgoing, price, campaign_id))
            if not claimed:
                self.report.reason = NO_CREDIT
                return []
            changed = database.execute_sql(
                "UPDATE message SET state = 'sending', attempt = ?, gateway = ? "
                "WHERE state = 'queued' AND id <= ?",
                (attempt, self._gateway.name, claimed[-1].outgoing.message_id),
            ).rowcount
            if changed != len(claimed):
                raise RuntimeError("the queue changed while it was locked")  # rolls back
        return claimed

    # -- 3. settle -----------------------------------------------------------------------------

    @retried
    def _settle(self, claimed: Sequence[_Claimed], results: Sequence[SendResult]) -> None:
        answers = {result.message_id: result for result in results}
        stamp = ledger.now_iso()
        requeued: list[tuple[int, str]] = []
        failed: list[tuple[str, str | None, str, int, str]] = []
        unpaid: list[tuple[str, int, str]] = []
        sent: list[tuple[str, str, int, str]] = []
        charges: list[tuple[int, str, str, str | None]] = []
        charged = 0
        with write_transaction():
            balance = ledger.balance()
            for message, price, campaign_id in claimed:
                message_id, attempt = message.message_id, message.attempt
                answer = answers.get(message_id)
                if answer is None:  # never reached the gateway: back to the queue
                    requeued.append((message_id, attempt))
                elif not answer.accepted:
                    failed.append(
                        (answer.error, answer.gateway_id or None, stamp, message_id, attempt)
                    )
                elif price > balance:
                    # Accepted, but the balance fell meanwhile (not by this dispatcher): it stays
                    # in flight, marked as accepted, and is charged by a run after a top-up.
                    unpaid.append((answer.gateway_id, message_id, attempt))
                else:
                    balance -= price
                    charged += price
                    sent.append((answer.gateway_id, stamp, message_id, attempt))
                    reference = f"message:{message_id}"
                    description = f"SMS to {message.number}, campaign {campaign_id}"
                    charges.append((-price, reference, description, reference))
            expected = len(requeued) + len(failed) + len(unpaid) + len(sent)
            changed = 0
            for sql, rows in (
                (_REQUEUE, requeued),
                (_FAIL, failed),
                (_ACCEPTED_UNPAID, unpaid),
                (_SENT, sent),
            ):
                if rows:
                    changed += database.executemany(sql, rows).rowcount
            if changed != expected:  # only this dispatcher changes its attempts in flight
                raise RuntimeError("messages in flight changed under the dispatcher")
            ledger.post_many(ledger.MESSAGE_CHARGE, charges)
        self.report.sent += len(sent)
        self.report.failed += len(failed)
        self.report.charged += charged

    # -- after a crash -------------------------------------------------------------------------

    def reconcile(self) -> None:
        """Settle what an interrupted run left in flight (no other dispatcher is sending)."""
        rows = database.execute_sql(
            "SELECT id, campaign_id, number, price, attempt, gateway, gateway_id FROM message "
            "WHERE state = 'sending' ORDER BY id"
        ).fetchall()
        if not rows:
            return
        by_gateway: dict[str | None, list[tuple[_Claimed, str | None]]] = {}
        for message_id, campaign_id, number, price, attempt, name, gateway_id in rows:
            text, sender, unicode = self._campaigns.get(campaign_id)
            outgoing = Outgoing(message_id, attempt, number, text, unicode, sender)
            by_gateway.setdefault(name, []).append(
                (_Claimed(outgoing, price, campaign_id), gateway_id)
            )
        for name, items in by_gateway.items():
            claimed = [item for item, _ in items]
            # An accepted message that waited for credit is known: it only needs its charge.
            results = {
                item.outgoing.message_id: SendResult(item.outgoing.message_id, True, gateway_id)
                for item, gateway_id in items
                if gateway_id
            }
            asked = [item for item, gateway_id in items if not gateway_id]
            if self._gateway.name == name and self._gateway.can_look_up:
                looker: Gateway | None = self._gateway
            else:
                looker = gateway_for_look_up(name)
            if looker is not None:
                results.update(looker.look_up([item.outgoing for item in asked]))
            else:
                for item in asked:
                    results[item.outgoing.message_id] = SendResult(
                        item.outgoing.message_id, False, error=INTERRUPTED
                    )
            self._settle(claimed, list(results.values()))
            self.report.reconciled += len(claimed)
