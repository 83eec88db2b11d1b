"""Payments made in the past, for command-line tests whose statements are booked on fixed days.

A credit booked before its payment was made waits for pairing (import_plan), so a test whose
statement pays a top-up created today, with a booking date from the file, first moves the
payment's creation back, as tests working on the open session do with Payment.update.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

LONG_AGO = "2020-01-01T00:00:00.000000Z"


def payments_made_before(database_path: Path, created_at: str = LONG_AGO) -> None:
    """Set every payment's creation time in the (closed) database at `database_path`."""
    connection = sqlite3.connect(database_path)
    try:
        with connection:
            connection.execute("UPDATE payment SET created_at = ?", (created_at,))
    finally:
        connection.close()
