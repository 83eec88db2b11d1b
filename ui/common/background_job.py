"""One long job off the GUI thread (an export), with progress, cancel, and its own connection."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from models.common.database import database
from models.ledger.export import ExportCancelled
from ui.common.messages import translated

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class BackgroundJob(QThread):
    """Runs `work(progress, cancelled)` in its own thread.

    Signals:
        progressed(int, int): done and total, now and then.
        succeeded(object): what `work` returned.
        failed(str): a message for the user; nothing was written.
        cancelled(): it stopped because `cancel()` was called; nothing was written.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()

    def run(self) -> None:
        try:
            with database.connection_context():
                result = self._work(self.progressed.emit, self._stop.is_set)
        except ExportCancelled:  # a statement's too
            self.cancelled.emit()
        except Exception as error:  # noqa: BLE001 (a message for the user, never a crash)
            self.failed.emit(translated(error))
        else:
            self.succeeded.emit(result)

    def cancel(self) -> None:
        self._stop.set()
