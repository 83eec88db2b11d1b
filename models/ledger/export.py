"""CSV export of ledger entries: UTF-8 with a header, exact numbers, formula-safe text, atomic.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
carriage return) get a leading apostrophe; number columns stay plain numbers (credits with a
'.' decimal point and no grouping, so “-0.035000” is a negative number, not a formula).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from models.common import atomic_files
from models.common.csv_cells import safe_text
from models.common.messages import Message
from models.common.money import MICRO
from models.common.progress import Cancelled
from models.ledger.query import EntryRow

PROGRESS_EVERY = 5_000


class ExportError(OSError):
    """The file could not be written; str() is the message to show."""


@dataclass(frozen=True)
class CsvText:
    """The header line and kind names, in the language of the export."""

    headers: tuple[str, ...] = (
        "Entry",
        "Date",
        "Time (UTC)",
        "Kind",
        "Description",
        "Reference",
        "Amount (credits)",
        "Balance after (credits)",
    )
    kinds: dict[str, str] = field(default_factory=dict)


def credits_number(micro: int) -> str:
    """Micro-credits as an exact plain number: -35000 → “-0.035000”."""
    whole, fraction = divmod(abs(micro), MICRO)
    return f"{'-' if micro < 0 else ''}{whole}.{fraction:06d}"


class LocalTimes:
    """UTC stamps → local “YYYY-MM-DD HH:MM:SS”, the zone's offset looked up once per ten
    minutes of UTC time (offsets change on such boundaries) instead of once per row."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone
        self._offsets: dict[str, timedelta] = {}

    def __call__(self, created_at: str) -> str:
        moment = datetime.fromisoformat(created_at)
        key = created_at[:15]
        offset = self._offsets.get(key)
        if offset is None:
            if len(self._offsets) > 10_000:
                self._offsets.clear()
            offset = moment.astimezone(self._zone).utcoffset() or timedelta()
            self._offsets[key] = offset
        return (moment + offset).isoformat(" ", "seconds")[:19]


def csv_row(entry: EntryRow, text: CsvText, local_time: LocalTimes) -> list[str | int]:
    return [
        entry.id,
        local_time(entry.created_at),
        entry.created_at,
        safe_text(text.kinds.get(entry.kind, entry.kind)),
        safe_text(entry.description),
        safe_text(entry.reference),
        credits_number(entry.amount),
        credits_number(entry.balance_after),
    ]


def write_csv(
    rows: Iterable[EntryRow],
    target: Path,
    text: CsvText | None = None,
    total: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    zone: tzinfo | None = None,
) -> int:
    """Write the rows to `target` through a temporary file renamed into place; returns how many.

    `progress(done, total)` is called every few thousand rows; when `cancelled()` turns true the
    temporary file is removed and Cancelled raised (the target is left as it was).
    """
    text = text or CsvText()
    temporary = atomic_files.temporary_beside(target)
    try:
        stream = atomic_files.create_new_text(temporary)
    except OSError as error:
        raise ExportError(
            Message(
                "Cannot write into “{path}”: {reason}.",
                path=str(target.parent),
                reason=error.strerror,
            )
        ) from error
    written = 0
    try:
        with atomic_files.replacing(target, temporary), stream:
            writer = csv.writer(stream)
            writer.writerow(text.headers)
            local_time = LocalTimes(zone)
            for entry in rows:
                writer.writerow(csv_row(entry, text, local_time))
                written += 1
                if written % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise Cancelled
                    if progress is not None:
                        progress(written, total or written)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        raise ExportError(
            Message("Cannot write “{path}”: {reason}.", path=str(target), reason=error.strerror)
        ) from error
    if progress is not None:
        progress(written, total or written)
    return written
