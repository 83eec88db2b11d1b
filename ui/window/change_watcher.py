"""Other desks' changes: a thread with its own connection asks the database every two seconds
whether anyone else committed (models.common.dialect.change_stamp) and says so to the window."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from models.common.database import Session
from models.common.dialect import change_stamp

INTERVAL_S = 2.0


class ChangeWatcher(QObject):
    """Watches one session from start() until stop() (which waits for the thread).

    Signals:
        changed: another connection (another desk, process or this window's task) committed a
            change since the last look; emitted on the GUI thread.
    """

    changed = Signal()

    def __init__(self, session: Session, interval_s: float = INTERVAL_S) -> None:
        super().__init__()
        self._session = session
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._watch, name="change watcher", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop looking and wait for the thread (before the session closes)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    def _watch(self) -> None:
        try:
            with self._session.connection():
                last = change_stamp()
                while not self._stop.wait(self._interval_s):
                    try:
                        now = change_stamp()
                    except Exception:  # noqa: BLE001 (a server restarting: look again later)
                        continue
                    if now != last:
                        last = now
                        self.changed.emit()
        except Exception:  # noqa: BLE001 (no connection for watching: the window works without)
            return
