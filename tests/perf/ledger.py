"""Ledger benchmark: posting entries and reading the balance, against raw SQLite in the same run.

Run: .venv/bin/python tests/perf/ledger.py [--entries 100000] [--big 1000000]
Posting: one IMMEDIATE transaction per entry for both (WAL, synchronous=FULL, as the app), in
interleaved chunks; the figure is the median chunk rate. Balance: median of 1,000 reads with
1,000 and with --big entries in the ledger. Last line: the ratios (targets: posting >= 0.5,
balance read ratio ~1, i.e. flat).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.common import database as db
from models.common.database import write_transaction  # noqa: E402
from models.ledger import entries as ledger  # noqa: E402

CHUNK = 5_000
RAW_SCHEMA = """
CREATE TABLE entry (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, amount INTEGER NOT NULL,
    balance_after INTEGER NOT NULL, reference TEXT NOT NULL, description TEXT NOT NULL,
    idempotency_key TEXT UNIQUE, created_at TEXT NOT NULL
);
CREATE INDEX entry_created_at ON entry (created_at);
CREATE INDEX entry_kind_created_at ON entry (kind, created_at);
"""


def raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=wal")
    connection.execute("PRAGMA synchronous=full")
    connection.executescript(RAW_SCHEMA)
    return connection


def raw_chunk(connection: sqlite3.Connection, start: int) -> float:
    began = time.perf_counter()
    for i in range(start, start + CHUNK):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO entry (kind, amount, balance_after, reference, description, "
            "idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            ("top-up", 1_000_000, i * 1_000_000, f"bench:{i}", "", f"bench:{i}", ledger.now_iso()),
        )
        connection.execute("COMMIT")
    return CHUNK / (time.perf_counter() - began)


def app_chunk(start: int) -> float:
    began = time.perf_counter()
    for i in range(start, start + CHUNK):
        with write_transaction():
            ledger.post(ledger.TOP_UP, 1_000_000, f"bench:{i}", idempotency_key=f"bench:{i}")
    return CHUNK / (time.perf_counter() - began)


def fill(count: int) -> None:
    """Append entries fast (one transaction), through the same table and triggers."""
    with write_transaction():
        start = ledger.balance()
        db.database.execute_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO ledger_entry (kind, amount, balance_after, reference, created_at) "
            "SELECT 'adjustment', 1000, ? + i * 1000, 'fill', "
            "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now') FROM n",  # as now_iso() stamps
            (count, start),
        )


def balance_read_micros(reads: int = 1000) -> float:
    times = []
    for _ in range(reads):
        began = time.perf_counter()
        ledger.balance()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--big", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        raw = raw_connection(Path(folder) / "raw.sqlite3")
        db.open_database(Path(folder) / "app.sqlite3")
        raw_rates, app_rates = [], []
        for start in range(0, args.entries, CHUNK):
            raw_rates.append(raw_chunk(raw, start))
            app_rates.append(app_chunk(start))
        raw_rate, app_rate = statistics.median(raw_rates), statistics.median(app_rates)
        print(
            f"posting, raw SQLite INSERT: {raw_rate:,.0f} entries/s (median of {len(raw_rates)} chunks)"
        )
        print(f"posting, ledger.post:       {app_rate:,.0f} entries/s")
        assert ledger.verify().ok

        db.open_session().close()
        db.open_database(Path(folder) / "small.sqlite3")
        fill(1_000)
        small = balance_read_micros()
        fill(args.big - 1_000)
        big = balance_read_micros()
        entries = ledger.Account.get_by_id(1).entry_count
        print(f"balance read with 1,000 entries:   {small:.1f} µs (median of 1,000 reads)")
        print(f"balance read with {entries:,} entries: {big:.1f} µs")
        print(
            f"ratios: posting ledger/raw = {app_rate / raw_rate:.2f} (target >= 0.5); "
            f"balance read {entries:,}/1,000 entries = {big / small:.2f} (flat = 1)"
        )


if __name__ == "__main__":
    main()
