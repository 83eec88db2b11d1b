"""Sending in the background: runs the dispatcher in a worker, stops for credit, resumes after a top-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from models.common.progress import CancelCheck, Progress
from models.outbox import sending_policy as policy
from ui.common.messages import translated
from ui.common.signals import AppSignals
from ui.common.worker import Task, Workers

if TYPE_CHECKING:  # the dispatcher and the gateways load when sending starts
    from models.outbox.dispatcher import DispatchReport

IDLE = "idle"  # nothing to send, or nothing started yet
SENDING = "sending"
WAITING_FOR_CREDIT = "waiting-for-credit"  # the balance cannot pay the next queued message
PAUSED = "paused"  # the user paused sending
PROBLEM = "problem"  # the gateway stopped taking messages, or is not set up

REFRESH_MS = 300


class OutboxSender(QObject):
    """One per window; the dispatcher itself allows one per database.

    Signals:
        changed: the state changed (see `state`, `report`, `problem`).
        progressed(done, total): messages settled so far in this run.
    """

    changed = Signal()
    progressed = Signal(int, int)

    def __init__(
        self, signals: AppSignals, workers: Workers, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._signals = signals
        self._workers = workers
        self._task: Task | None = None
        self._again = False
        self.state = IDLE
        self.problem = ""
        self.report: DispatchReport | None = None
        self._ledger_moved = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._ledger_moved.timeout.connect(signals.balance_changed)
        signals.balance_changed.connect(self._balance_changed)
        signals.outbox_changed.connect(self.start)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _set(self, state: str, problem: str = "") -> None:
        self.state, self.problem = state, problem
        self.changed.emit()

    def start_waiting_work(self) -> None:
        """At start-up: send what waits (or finish what a crash interrupted), unless paused."""
        found = policy.sending_state()
        if not found.queued and not found.in_flight:
            return
        if found.paused:
            self._set(PAUSED)
        elif policy.send_at_start(found):
            self.start()
        else:
            self._balance_changed(force_state=True)

    def start(self) -> None:
        """Send what is queued, in a worker thread, unless paused or already sending."""
        if self._task is not None:
            self._again = True  # it may have claimed its last batch already
            return
        verdict = policy.may_send()
        if verdict.reason == policy.PAUSED:
            if verdict.state.queued:
                self._set(PAUSED)
            return
        if verdict.gateway is None:  # not set up
            self._set(PROBLEM, translated(verdict.problem or ""))
            return
        from models.outbox import dispatcher

        gateway = verdict.gateway

        def work(progress: Progress, cancelled: CancelCheck) -> DispatchReport:
            return dispatcher.dispatch(gateway, None, cancelled, progress)

        task = self._workers.start(work, "sending")
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._finished)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._stopped)
        self._task = task
        self._again = False
        self._set(SENDING)

    def pause(self) -> None:
        policy.pause()
        if self._task is not None:
            self._task.cancel()  # it stops after the batch it is sending
        self._set(PAUSED)

    def resume(self) -> None:
        policy.resume()
        self._set(IDLE)
        self.start()

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        if not self._ledger_moved.isActive():
            self._ledger_moved.start()

    def _finished(self, report: DispatchReport) -> None:
        from models.outbox import dispatcher

        if self.sender() is not self._task:
            return
        self._task = None
        self.report = report
        if report.sent or report.failed or report.reconciled:
            self._signals.balance_changed.emit()
            self._signals.data_changed.emit()
        paused = policy.is_paused()
        if report.reason == dispatcher.NO_CREDIT:
            self._set(WAITING_FOR_CREDIT)
        elif report.reason == dispatcher.GATEWAY and report.problem is not None:
            self._set(PROBLEM, translated(report.problem.detail))
        elif report.reason == dispatcher.BUSY:
            self._set(PROBLEM, self.tr("Another Credit Desk is sending from this database."))
        elif paused and report.queued:
            self._set(PAUSED)
        else:
            self._set(IDLE)
            if self._again and not paused:
                self.start()

    def _stopped(self) -> None:
        self._failed(None)

    def _failed(self, error: Exception | None) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        if error is None:
            self._set(PAUSED if policy.is_paused() else IDLE)
        else:
            self._set(PROBLEM, translated(error))

    def _balance_changed(self, force_state: bool = False) -> None:
        """After a top-up: send again when the balance pays the next message (if automatic)."""
        if self._task is not None or self.state not in (WAITING_FOR_CREDIT, IDLE):
            return
        found = policy.sending_state()
        if found.next_price is None:
            if self.state == WAITING_FOR_CREDIT:
                self._set(IDLE)  # the outbox was emptied meanwhile
            return
        if policy.send_after_credit(found) and not force_state:
            self.start()
        elif not found.balance_pays_next and self.state != WAITING_FOR_CREDIT:
            self._set(WAITING_FOR_CREDIT)
