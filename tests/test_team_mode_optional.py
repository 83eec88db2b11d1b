"""Team mode is optional: without psycopg a postgresql:// address is refused with the reason."""

from __future__ import annotations

import sys

import pytest

from models.common.database import DatabaseOpenError, open_database


def test_a_server_address_without_psycopg_says_what_to_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    with pytest.raises(DatabaseOpenError) as raised:
        open_database("postgresql://desk:secret@127.0.0.1:5432/credit")
    message = str(raised.value)
    assert "team mode needs the psycopg package" in message
    assert "secret" not in message  # the password is never shown
