"""Messages from the core in the UI's language: a Message's template translated, then filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.common.messages import CONTEXT, Message, shown_values
from ui.common.formatting import language


def translated(problem: BaseException | str) -> str:
    """The text to show for an error or a message; text that is not a Message stays as it is."""
    message = problem.args[0] if isinstance(problem, BaseException) and problem.args else problem
    if not isinstance(message, Message):
        return str(problem)
    template = QCoreApplication.translate(CONTEXT, message.template)
    if not message.values:
        return template
    values = {  # a message within a message ("Row {row}: {problem}") is translated too
        name: translated(value) if isinstance(value, Message) else value
        for name, value in message.values.items()
    }
    return template.format(**shown_values(values, language()))
