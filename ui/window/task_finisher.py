"""Before quitting or switching databases: finish the window's tasks without blocking, saying so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ui.common.worker import Workers

NOTICE_AFTER_MS = 500


class TaskFinisher(QObject):
    """Cancels a session's tasks and calls `then()` once the last one has ended.

    When that takes longer than half a second, a small notice over the window says
    "Finishing 2 tasks…"; the window stays responsive meanwhile (nothing blocks)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._workers: Workers | None = None
        self._then: Callable[[], object] | None = None
        self.notice = QLabel(window)
        self.notice.setObjectName("finishingNotice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setAutoFillBackground(True)
        self.notice.setFrameShape(QLabel.Shape.StyledPanel)
        self.notice.setMargin(12)
        self.notice.hide()
        self._timer = QTimer(self, singleShot=True, interval=NOTICE_AFTER_MS)
        self._timer.timeout.connect(self._show_notice)

    @property
    def active(self) -> bool:
        return self._then is not None

    def finish(self, workers: Workers, then: Callable[[], object]) -> None:
        """Stop `workers` taking tasks, cancel theirs, and call `then()` when none runs.

        While it is finishing already, `then` replaces what was to follow (a quit during a
        switch quits)."""
        if self._then is not None:
            self._then = then
            return
        workers.finish()
        if workers.count == 0:
            then()
            return
        self._workers, self._then = workers, then
        workers.count_changed.connect(self._update_notice)
        workers.idle.connect(self._all_ended)
        self._timer.start()

    def _show_notice(self) -> None:
        if self._workers is not None:
            self._update_notice(self._workers.count)
            self.notice.show()
            self.notice.raise_()

    def _update_notice(self, count: int) -> None:
        self.notice.setText(self.tr("Finishing %n task(s)…", "", count))
        self.notice.adjustSize()
        area = self._window.rect()
        self.notice.move(area.center() - self.notice.rect().center())

    def _all_ended(self) -> None:
        workers, then = self._workers, self._then
        self._workers = self._then = None
        self._timer.stop()
        self.notice.hide()
        if workers is not None:
            workers.count_changed.disconnect(self._update_notice)
            workers.idle.disconnect(self._all_ended)
        if then is not None:
            then()
