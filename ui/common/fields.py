"""Form fields that say what is wrong near the cause: an editor with its error right below."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.common.formatting import error_style


def error_label(name: str = "") -> QLabel:
    """A hidden, wrapping label in the error colour, shown when there is something to say."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


def with_error_below(editor: QWidget, error_name: str = "") -> tuple[QWidget, QLabel]:
    """The editor with an error label under it, as one widget for a form row."""
    error = error_label(error_name)
    field = QWidget()
    column = QVBoxLayout(field)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(editor)
    column.addWidget(error)
    return field, error
