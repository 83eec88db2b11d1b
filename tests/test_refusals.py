"""A change the database refuses (a team role without the right) reads as a message in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from models.common.database_errors import InsufficientPrivilegeError
from ui.common.refusals import show_refusals

TEMPLATE = "Your role ({role}) does not allow this change; nothing was saved. Ask an administrator."


def _boxes() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.objectName() == "refusedChange"
    ]


def test_a_refused_change_is_shown_and_other_errors_pass_on(qtbot) -> None:
    passed_on: list[BaseException] = []
    hook = show_refusals(lambda kind, error, trace: passed_on.append(error))
    refused = InsufficientPrivilegeError(TEMPLATE, role="accountant")
    hook(type(refused), refused, None)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in _boxes()))
    box = next(box for box in _boxes() if box.isVisible())
    assert "Your role (accountant) does not allow this change" in box.text()
    box.close()
    box.deleteLater()
    bug = KeyError("a bug")
    hook(KeyError, bug, None)
    assert passed_on == [bug]
