"""A change the database refused (a team role without the right, busy, full) shown as a message box.

Qt hands an exception that leaves a slot to sys.excepthook; run_gui installs `show_refusals`
there, so a refused save in any dialog or page reads as a normal message instead of a
traceback on the terminal, and the window goes on. Other exceptions go to the hook before it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from models.common.database_errors import DatabaseFault
from ui.common.messages import translated

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_refusals(previous: Hook = sys.__excepthook__) -> Hook:
    """An excepthook that shows a DatabaseFault in a message box and passes the rest on."""

    shown: list[QMessageBox] = []  # a box without a parent window lives as long as it shows

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(error, DatabaseFault):
            previous(kind, error, trace)
            return
        from PySide6.QtWidgets import QMessageBox  # not made before the first frame (its enums)

        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("refusedChange")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Refusals", "Nothing was saved"))
        box.setText(translated(error))
        shown.append(box)
        box.finished.connect(lambda _result: shown.remove(box))
        box.open()

    return hook
