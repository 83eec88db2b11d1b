"""Parts of forms and dialogs: an error label near its cause, an editor with its error below,
the row of accept and Cancel buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

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


def accept_cancel_buttons(
    dialog: QDialog, on_accept: Callable[[], object], accept_text: str = "", save: bool = False
) -> QDialogButtonBox:
    """OK (or Save) and Cancel: accepting calls `on_accept`, Cancel rejects the dialog;
    `accept_text` renames the accepting button (“Import”, “Pair”)."""
    Button = QDialogButtonBox.StandardButton
    accepting = Button.Save if save else Button.Ok
    buttons = QDialogButtonBox(accepting | Button.Cancel)
    if accept_text:
        buttons.button(accepting).setText(accept_text)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
