"""Work off the GUI thread: tasks with progress, cancel, result and error, owned per session.

Every long job of the GUI (loading, imports, exports, sending, slow reads) is a `Task` started by
the window's `Workers`. The work runs in its own thread with its own database connection; what
it reports is handed to the GUI thread before any signal is emitted, so the slots connected to
a task run on the GUI thread and may touch widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from models.common.database import Session
from models.common.progress import CancelCheck, Cancelled, Progress

Work = Callable[[Progress, CancelCheck], Any]

SUCCEEDED, FAILED, CANCELLED = "succeeded", "failed", "cancelled"


class Task(QObject):
    """Runs `work(progress, cancelled)` in its own thread, with its own database connection.

    A task has no parent: it lives on the GUI thread until its answer was delivered, however
    soon the widget that started it goes away.

    Signals (all emitted on the GUI thread):
        progressed(done, total): now and then while it works (the latest figures only).
        succeeded(result): it finished; `result` is what `work` returned.
        failed(error): it raised `error` (an exception object).
        cancelled: it stopped because `cancel()` was called; nothing was stored.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    _reported = Signal()  # emitted by the worker thread: there is something to deliver

    def __init__(self, work: Work, name: str = "") -> None:
        super().__init__()
        self.name = name or getattr(work, "__qualname__", "task")
        self._work = work
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int] | None = None
        self._outcome: tuple[str, object] | None = None
        self._delivered = False
        self._discarded = False
        self._thread: threading.Thread | None = None
        self._on_end: Callable[[Task], None] | None = None
        # Emitted from the worker thread, so Qt queues the call to the GUI thread.
        self._reported.connect(self._deliver)

    def cancel(self) -> None:
        """Ask the work to stop; it answers `cancelled` (or its result, if it was done)."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._delivered

    def _discard(self) -> None:
        """No answer is wanted any more (the window closes or switches databases)."""
        self._discarded = True
        self._stop.set()

    def _start(self, session: Session, on_end: Callable[[Task], None]) -> None:
        self._on_end = on_end
        self._thread = threading.Thread(
            target=self._run, args=(session,), name=f"task {self.name}", daemon=True
        )
        self._thread.start()

    def _run(self, session: Session) -> None:
        outcome: tuple[str, object]
        try:
            with session.connection():
                outcome = (SUCCEEDED, self._work(self._report_progress, self._stop.is_set))
        except Cancelled:
            outcome = (CANCELLED, None)
        except Exception as error:  # noqa: BLE001 (handed to the GUI, which shows it)
            outcome = (FAILED, error)
        with self._lock:
            self._outcome = outcome
        self._reported.emit()

    def _report_progress(self, done: int, total: int) -> None:
        with self._lock:
            waiting = self._progress is not None  # the GUI has not taken the last figures yet
            self._progress = (done, total)
        if not waiting:
            self._reported.emit()

    def _join(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _deliver(self) -> None:
        """On the GUI thread: emit the latest progress, then the answer once the work ended."""
        with self._lock:
            progress, self._progress = self._progress, None
            outcome = self._outcome
        if self._delivered:
            return
        if progress is not None and not self._discarded:
            self.progressed.emit(*progress)
        if outcome is None:
            return
        self._join()  # the thread has reported its last word; it ends at once
        self._delivered = True
        kind, value = outcome
        if not self._discarded:
            if kind == SUCCEEDED:
                self.succeeded.emit(value)
            elif kind == FAILED:
                self.failed.emit(value)
            else:
                self.cancelled.emit()
        if self._on_end is not None:
            self._on_end(self)


class Workers(QObject):
    """The running tasks of one database session (one per window): start, cancel, wait.

    Signals:
        count_changed(int): how many tasks run now.
        idle: the last running task ended.
    """

    count_changed = Signal(int)
    idle = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks: list[Task] = []
        self._accepting = True

    @property
    def session(self) -> Session:
        return self._session

    @property
    def count(self) -> int:
        return len(self._tasks)

    @property
    def accepting(self) -> bool:
        return self._accepting

    def start(self, work: Work, name: str = "") -> Task:
        """Start `work` in a task and return the task; connect to its signals right away (its
        answers reach the GUI thread's event loop only after this call returns).

        After `finish()` nothing starts: the task returned never runs nor answers."""
        task = Task(work, name)
        if not self._accepting:
            task._discard()
            return task
        self._tasks.append(task)
        task._start(self._session, self._ended)
        self.count_changed.emit(len(self._tasks))
        return task

    def cancel_all(self) -> None:
        """Ask every task to stop, and drop their answers: nobody waits for them any more.

        Work that cannot stop half-way (a charge, a confirmation) finishes its step first."""
        for task in list(self._tasks):
            task._discard()

    def finish(self) -> None:
        """Start no more tasks and cancel the running ones (before quitting or switching)."""
        self._accepting = False
        self.cancel_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every task has ended and delivered its answer; False on timeout.

        For tests and for the last moment before the session closes; the window itself waits
        without blocking (see `idle`)."""
        while self._tasks:
            task = self._tasks[0]
            if task._delivered:  # called from its own answer's slot: it ends when that returns
                return False
            if not task._join(timeout):
                return False
            task._deliver()  # its answer; may start another task (a loaded list prices again)
        return True

    def _ended(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
            self.count_changed.emit(len(self._tasks))
            if not self._tasks:
                self.idle.emit()
