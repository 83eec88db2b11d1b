"""Python's cyclic garbage collection, run in the GUI thread only.

With worker threads, the collector may otherwise run in a worker and free a Qt object there,
which crashes Qt (seen as a segfault in Shiboken's deferred deletion). As qutebrowser does,
automatic collection is switched off and a timer in the GUI thread collects instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, interval_ms: int = 1000) -> None:
        super().__init__()
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose thresholds are exceeded, as gc itself would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                break


def install() -> GuiThreadCollector:
    """Start collecting in the GUI thread (once per process); call after QApplication exists."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector()
    return _collector
