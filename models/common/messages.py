"""Text for the user from the core: English, remembering its template and values, so that the
GUI can show it in the user's language (the translations' "Messages" context).

A value named `country` holds an ISO code and is shown as the country's name in the reader's
language ("Czechia", "Česko"); a value with a `shown(language)` method (models/common/formatting.py:
Credits, Money, Count, Day) is shown as that language writes it ("40 credits", "40 kreditů").
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from models.common import countries

CONTEXT = "Messages"


@runtime_checkable
class Shown(Protocol):
    """A value that a message shows as the reader's language writes it."""

    def shown(self, language: str) -> str: ...


def shown_values(values: dict[str, object], language: str) -> dict[str, object]:
    """The values as a reader of `language` sees them (a country code becomes its name, credits
    and money read as the language writes them)."""
    shown = {
        name: value.shown(language) if isinstance(value, Shown) else value
        for name, value in values.items()
    }
    if "country" in shown:
        shown["country"] = countries.name(str(values["country"]), language)
    return shown


class Message(str):
    """English text that remembers the template and the values it was made from.

    It is a str, so code and tests that read messages in English keep working; the GUI
    translates `template` and fills in `values` (ui/common/messages.py).
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Message:
        text = template.format(**shown_values(values, "en")) if values else template
        message = super().__new__(cls, text)
        message.template = template
        message.values = values
        return message

    def __reduce__(self) -> tuple[object, ...]:  # pickled for worker processes
        return _rebuild, (self.template, self.values)


def _rebuild(template: str, values: dict[str, object]) -> Message:
    return Message(template, **values)


class UserError(ValueError):
    """An error a user reads, raised with a template and its values, e.g.
    ``TaxIdError("“{value}” does not look like a VAT ID.", value=text)``, or with another
    error's Message, passed on whole (``SettingError(error.args[0])``)."""

    def __init__(self, template: str, /, **values: object) -> None:
        if isinstance(template, Message) and not values:  # passed on, or unpickled
            super().__init__(template)
        else:
            super().__init__(Message(template, **values))
