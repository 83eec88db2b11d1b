"""psycopg stays unloaded until a server is opened, and a server opens as well after a start
that imported Peewee without it (as main.py starts)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A fresh interpreter, started as main.py starts, that then opens the server at argv[1].
START = """
import sys
from models.common.peewee_driver import import_peewee_without_drivers
import_peewee_without_drivers()
import peewee
from models.common import database
print("psycopg loaded:", "psycopg" in sys.modules, peewee.psycopg is not None)
"""
REFUSED = """
try:
    database.open_database(sys.argv[1])
except database.DatabaseOpenError as error:
    print("refused:", error)
"""
OPENED = """
session = database.open_database(sys.argv[1])
from models.ledger import entries
print("balance:", entries.balance(), "psycopg loaded:", peewee.psycopg is not None)
session.close()
"""


def run(script: str, address: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", START + script, address],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_driver_loads_when_a_server_is_opened() -> None:
    before, *refused_lines = run(REFUSED, "postgresql://desk@127.0.0.1:1/credit")
    refused = "\n".join(refused_lines)
    assert before == "psycopg loaded: False False"  # a file-only start never loads it
    assert "connection failed" in refused  # psycopg tried to connect
    assert "psycopg package" not in refused


def test_a_server_database_works_after_a_start_without_the_driver(postgres_address: str) -> None:
    before, after = run(OPENED, postgres_address)
    assert before == "psycopg loaded: False False"
    assert after == "balance: 0 psycopg loaded: True"
