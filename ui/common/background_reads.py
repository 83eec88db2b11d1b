"""Read-only queries off the GUI thread, each on its own connection, cancellable, results as signals."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from models.common.database import database
from ui.common.messages import translated


class _Read(QRunnable):
    def __init__(self, owner: BackgroundReads, ticket: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._owner = owner
        self.ticket = ticket
        self._work = work
        self.cancelled = False
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            if self._connection is not None:
                self._connection.interrupt()  # SQLite stops the running statement at once

    def run(self) -> None:
        if self.cancelled:
            self._owner._forget(self)
            return
        try:
            with database.connection_context():
                with self._lock:
                    self._connection = database.connection()
                try:
                    result = self._work()
                finally:
                    with self._lock:
                        self._connection = None
        except Exception as error:  # noqa: BLE001 (reported to the GUI, never a crash in a thread)
            if not self.cancelled:
                self._owner._emit(self._owner.failed, self.ticket, translated(error))
        else:
            if not self.cancelled:
                self._owner._emit(self._owner.finished, self.ticket, result)
        finally:
            self._owner._forget(self)


class BackgroundReads(QObject):
    """Runs read-only work on worker threads with their own database connections.

    Signals:
        finished(int, object): the ticket `submit` returned and what the work returned.
        failed(int, str): the ticket and the error's message.
    Cancelled work reports nothing. Call `shutdown()` before the database closes.
    """

    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(threads)
        self._next = 0
        self._running: dict[int, _Read] = {}
        self._lock = threading.Lock()
        self._closed = False  # the pool, when released, waits for its threads itself

    def submit(self, work: Callable[[], Any]) -> int:
        """Start `work()` on a worker thread; returns the ticket its result will carry."""
        self._next += 1
        read = _Read(self, self._next, work)
        with self._lock:
            self._running[read.ticket] = read
        self._pool.start(read)
        return read.ticket

    def cancel(self, *tickets: int | None) -> None:
        with self._lock:
            found = [self._running.get(t) for t in tickets if t is not None]
        for read in found:
            if read is not None:
                read.cancel()

    def busy(self) -> bool:
        with self._lock:
            return bool(self._running)

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until every submitted work has ended (tests; shutting down)."""
        return self._pool.waitForDone(milliseconds)

    def shutdown(self) -> None:
        """Cancel everything and wait for the threads to let go of the database."""
        self._closed = True
        with self._lock:
            running = list(self._running.values())
        for read in running:
            read.cancel()
        self._pool.waitForDone()

    def _emit(self, signal: Any, ticket: int, value: object) -> None:
        if self._closed:
            return
        try:
            signal.emit(ticket, value)
        except RuntimeError:  # the receiver is already gone
            pass

    def _forget(self, read: _Read) -> None:
        with self._lock:
            self._running.pop(read.ticket, None)
