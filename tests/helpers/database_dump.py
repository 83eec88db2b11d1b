"""A database file as SQL statements or as a hash of its bytes, to prove nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def digest(path: Path) -> str:
    """The file's bytes, hashed: equal digests mean the file was not touched at all."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
