"""The installed Qt binding keeps Python's objects intact: a long session must not crash."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_drop_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped one reference to None per call like setText(); after
    # enough of them the interpreter aborts with "none_dealloc". pyproject pins a good release.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
