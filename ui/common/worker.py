"""Work off the GUI thread: a task with progress and cancel whose answer arrives as a signal."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from models.common.database import database
from models.common.progress import CancelCheck, Cancelled, Progress

Work = Callable[[Progress, CancelCheck], Any]

_running: list[Task] = []


class Task(QThread):
    """Runs `work(progress, cancelled)` in its own thread, with its own database connection.

    Signals:
        progressed(done, total): now and then while it works.
        succeeded(result): it finished; `result` is what `work` returned.
        failed(error): it raised `error` (an exception object).
        cancelled: it stopped because `cancel()` was called; nothing was stored.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except Exception as error:  # noqa: BLE001 (handed to the GUI, which shows it)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            database.close()  # this thread's connection only

    def cancel(self) -> None:
        self._stop.set()


class _Keeper(QObject):
    """Holds finished tasks a while longer: a task must not be deleted while a slot of its own
    signal runs, so it is let go only after its `finished`, queued behind its results."""

    def __init__(self) -> None:
        super().__init__()
        self.retired: deque[Task] = deque(maxlen=16)

    def retire(self) -> None:
        task = self.sender()
        if isinstance(task, Task) and task in _running:
            _running.remove(task)
            self.retired.append(task)


_keeper: _Keeper | None = None


def start(task: Task) -> Task:
    """Start a task whose signals are already connected, and keep it until it ends."""
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
    task.finished.connect(_keeper.retire)  # queued: the keeper lives in the GUI thread
    _running.append(task)
    task.start()
    return task


def wait_for_all(cancel: bool = True) -> None:
    """Stop (or let finish) every task, before the database closes or the program ends."""
    for task in list(_running):
        if cancel:
            task.blockSignals(True)  # its page may be closing: no answer is wanted any more
            task.cancel()
        task.wait()
