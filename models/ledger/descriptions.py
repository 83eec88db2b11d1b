"""What a ledger entry is about, told from its kind and references in the reader's language.

The description stored with an entry is English text made when it was posted, and the ledger is
never edited. To show it in the reader's language, it is made again from what the entry refers
to (the message and its campaign, the payment and its variable symbol, the credit note and the
invoice it corrects) as a Message the GUI translates. An entry whose reference leads nowhere
keeps its stored text.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.common.database import database
from models.common.messages import Message
from models.ledger.entries import ADJUSTMENT, MESSAGE_CHARGE, TOP_UP
from models.ledger.query import EntryRow

_IDS_PER_QUERY = 500

# The references each kind is described from, and the query that reads what they name.
_LOOKUPS = {
    (MESSAGE_CHARGE, "message"): (
        "SELECT m.id, m.number, c.name FROM message AS m "
        "JOIN campaign AS c ON c.id = m.campaign_id WHERE m.id IN ({marks})"
    ),
    (TOP_UP, "payment"): "SELECT id, variable_symbol FROM payment WHERE id IN ({marks})",
    (ADJUSTMENT, "document"): (
        "SELECT d.id, d.number, o.number FROM document AS d "
        "JOIN document AS o ON o.id = d.corrects_id WHERE d.id IN ({marks})"
    ),
}


def reference_id(reference: str, prefix: str) -> int | None:
    """The number in a reference such as “message:345”, when it has that prefix."""
    head, _, number = reference.partition(":")
    return int(number) if head == prefix and number.isdigit() else None


def _read(sql: str, ids: list[int]) -> dict[int, tuple[object, ...]]:
    found: dict[int, tuple[object, ...]] = {}
    for at in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[at : at + _IDS_PER_QUERY]
        cursor = database.execute_sql(sql.format(marks=", ".join("?" * len(chunk))), chunk)
        found.update((int(row[0]), tuple(row[1:])) for row in cursor)
    return found


def _message(kind: str, values: tuple[object, ...]) -> Message:
    if kind == MESSAGE_CHARGE:
        number, campaign = values
        return Message("SMS to {number}, campaign “{campaign}”", number=number, campaign=campaign)
    if kind == TOP_UP:
        return Message("Top-up, variable symbol {variable_symbol}", variable_symbol=values[0])
    number, invoice = values
    return Message(
        "Credit note {number} corrects invoice {invoice}", number=number, invoice=invoice
    )


def describe(entries: Iterable[EntryRow]) -> dict[int, str]:
    """Entry id → its description: a Message (translated by the GUI) made from what the entry
    refers to, or the stored text when that is not found. One query per kind of reference."""
    entries = list(entries)
    wanted: dict[tuple[str, str], list[int]] = {}
    for entry in entries:
        for kind, prefix in _LOOKUPS:
            number = reference_id(entry.reference, prefix) if entry.kind == kind else None
            if number is not None:
                wanted.setdefault((kind, prefix), []).append(number)
    found = {key: _read(_LOOKUPS[key], ids) for key, ids in wanted.items()}
    described: dict[int, str] = {}
    for entry in entries:
        text: str = entry.description
        for (kind, prefix), values in found.items():
            number = reference_id(entry.reference, prefix) if entry.kind == kind else None
            if number is not None and number in values:
                text = _message(kind, values[number])
        described[entry.id] = text
    return described
