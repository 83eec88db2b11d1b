"""Outbox benchmark: queue 100,000 messages, dispatch them through the simulated gateway, and
compare with raw SQLite INSERTs in the same run (same file settings: WAL, synchronous=FULL).

Run: .venv/bin/python tests/perf/outbox.py [--messages 100000] [--batch 200]
Dispatching charges every message with its own ledger entry and idempotency key; per batch it
commits three IMMEDIATE transactions (claim, the simulated gateway's record, settle). The raw
figures: INSERT with one transaction per row (the durable commit rate that one transaction per
message would be bound by), and INSERT in transactions of --batch rows. Target: >= 5,000
messages charged per second. Last line: the rate and the ratios.
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
from models.ledger import entries as ledger
from models.outbox import dispatcher
from models.outbox import queue as outbox  # noqa: E402
from models.outbox.simulated_gateway import SimulatedGateway  # noqa: E402
from models.pricing.campaign_estimate import load_index  # noqa: E402
from models.pricing.phone_numbers import Normalized  # noqa: E402

RAW_SCHEMA = """
CREATE TABLE entry (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, amount INTEGER NOT NULL,
    balance_after INTEGER NOT NULL, reference TEXT NOT NULL, description TEXT NOT NULL,
    idempotency_key TEXT UNIQUE, created_at TEXT NOT NULL
);
"""
ROW = "INSERT INTO entry VALUES (NULL, 'message-charge', -36100, ?, ?, '', ?, ?)"


def raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=wal")
    connection.execute("PRAGMA synchronous=full")
    connection.executescript(RAW_SCHEMA)
    return connection


def raw_per_row(connection: sqlite3.Connection, start: int, count: int) -> float:
    began = time.perf_counter()
    for i in range(start, start + count):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(ROW, (i, f"message:{i}", f"message:{i}", ledger.now_iso()))
        connection.execute("COMMIT")
    return count / (time.perf_counter() - began)


def raw_batched(connection: sqlite3.Connection, start: int, count: int, batch: int) -> float:
    began = time.perf_counter()
    for first in range(start, start + count, batch):
        stamp = ledger.now_iso()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            ROW, [(i, f"message:{i}", f"message:{i}", stamp) for i in range(first, first + batch)]
        )
        connection.execute("COMMIT")
    return count / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=dispatcher.BATCH)
    args = parser.parse_args()
    count = args.messages
    with tempfile.TemporaryDirectory() as folder:
        raw = raw_connection(Path(folder) / "raw.sqlite3")
        per_row = [raw_per_row(raw, i * 2_000, 2_000) for i in range(3)]

        db.open_database(Path(folder) / "app.sqlite3")
        index = load_index()
        recipients = [Normalized(f"+420601{i:06d}", "CZ") for i in range(count)]
        began = time.perf_counter()
        queued = outbox.queue_campaign("Benchmark message", recipients, index)
        queue_seconds = time.perf_counter() - began
        with write_transaction():
            ledger.post(ledger.ADJUSTMENT, queued.total, "benchmark", "credit for the benchmark")

        began = time.perf_counter()
        report = dispatcher.dispatch(SimulatedGateway(), batch_size=args.batch)
        dispatch_seconds = time.perf_counter() - began
        rate = report.sent / dispatch_seconds

        per_row += [raw_per_row(raw, 10_000 + i * 2_000, 2_000) for i in range(3)]
        batched = raw_batched(raw, 100_000, count, args.batch)
        raw_rate = statistics.median(per_row)

        assert report.sent == count and report.queued == 0, report
        assert ledger.balance() == 0
        assert ledger.verify().ok and outbox.charge_problems() == []
        print(f"queued {count:,} messages in one transaction: {queue_seconds:.2f} s")
        print(
            f"dispatched {report.sent:,} messages in {dispatch_seconds:.2f} s "
            f"(batches of {args.batch}, {count // args.batch:,} claims and settlements)"
        )
        print(
            f"raw SQLite INSERT, one row per transaction: {raw_rate:,.0f} rows/s "
            f"(median of {len(per_row)} runs of 2,000)"
        )
        print(f"raw SQLite INSERT, {args.batch} rows per transaction: {batched:,.0f} rows/s")
        print(
            f"dispatch: {rate:,.0f} messages charged/s (target >= 5,000); "
            f"ratio to raw INSERT one row per transaction = {rate / raw_rate:.2f}, "
            f"to raw INSERT {args.batch} rows per transaction = {rate / batched:.2f}"
        )


if __name__ == "__main__":
    main()
