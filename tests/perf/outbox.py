"""Outbox benchmark: queue 100,000 messages and dispatch them through the simulated gateway, each
against raw sqlite3 doing the same writes in the same transactions.

Run: .venv/bin/python tests/perf/outbox.py [--messages 100000] [--batch 200] [--rounds 5]

Each round works on a fresh database made by the app (its own schema: the same tables,
triggers and indexes). While the app queues the campaign and then dispatches it (charging every
message with its own ledger entry and idempotency key; per batch three IMMEDIATE transactions:
claim, the simulated gateway's record, settle), every statement it runs on its connection is
recorded with its parameters, and every commit. A copy of the database taken just before each
phase (SQLite backup API, after a checkpoint, so neither starts with a WAL to fold in) then
gets exactly those statements from a bare sqlite3 connection with the same settings (WAL,
synchronous=FULL, foreign keys, the same statement cache), SELECTs read to the end, committed
where the app committed. Both end in the same state (checked). The ratio is raw time / app
time: 1.0 means the app costs nothing over the SQL it has to run. Recording costs the app a
list append per statement, which stays in its time. Python's cyclic collector is off while
either side dispatches: the recording keeps every statement's parameters, which the app itself
frees after each statement, and the tuples it keeps alive made the collector run some 450 times
a round (about 1 µs a message, on the app's side only), where dispatching without recording has
it run twice. The disk's fsync times vary from
one commit to the next on a shared machine: the median of the rounds' ratios is the figure,
and the ratio of CPU times (without the waits for the disk) is printed beside it.

Last line: messages charged per second (target >= 5,000) and the median ratio of dispatching
to raw sqlite3 doing the same (target >= 0.9), and the same ratio for queueing (which also
prices every recipient in Python).
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.common import database as db  # noqa: E402
from models.common.database import write_transaction  # noqa: E402
from models.ledger import entries as ledger  # noqa: E402
from models.outbox import dispatcher  # noqa: E402
from models.outbox import queue as outbox  # noqa: E402
from models.outbox.simulated_gateway import SimulatedGateway  # noqa: E402
from models.pricing.campaign_estimate import load_index  # noqa: E402
from models.pricing.phone_numbers import Normalized  # noqa: E402

COMMIT, ROLLBACK = "COMMIT", "ROLLBACK"
Statement = tuple[str, Any, bool]  # (sql, parameters, executemany)
RECORDED: list[Statement] = []


class RecordingCursor(sqlite3.Cursor):
    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        RECORDED.append((sql, parameters, False))
        return super().execute(sql, parameters)

    def executemany(self, sql: str, rows: Any, /) -> sqlite3.Cursor:  # type: ignore[override]
        rows = rows if isinstance(rows, list) else list(rows)
        RECORDED.append((sql, rows, True))
        return super().executemany(sql, rows)


class RecordingConnection(sqlite3.Connection):
    """The app's connection, noting each statement and each commit (Peewee commits by call)."""

    def cursor(self, factory: Any = RecordingCursor) -> Any:  # type: ignore[override]
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor().execute(sql, parameters)

    def commit(self) -> None:
        if self.in_transaction:
            RECORDED.append((COMMIT, None, False))
        super().commit()

    def rollback(self) -> None:
        if self.in_transaction:
            RECORDED.append((ROLLBACK, None, False))
        super().rollback()


def open_recorded(path: Path) -> db.Session:
    """The app's session on a new database, its connection recording."""
    session = db.open_database(path)
    session.db.close()
    session.db.connect_params["factory"] = RecordingConnection
    session.db.connect()
    return session


def snapshot(session: db.Session, copy: Path) -> None:
    session.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    session.backup(copy)


def raw_connection(path: Path) -> sqlite3.Connection:
    """A bare connection with the app's settings (models/common/database.py)."""
    connection = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    for pragma in ("journal_mode=wal", "synchronous=full", "foreign_keys=1", "busy_timeout=5000"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return connection


@contextmanager
def collector_off() -> Iterator[None]:
    """Python's cyclic collector off for the block, after a collection (see the docstring)."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def replay(path: Path, statements: list[Statement]) -> tuple[float, float]:
    """Run the statements on a bare connection to the copy; the seconds it took, and the CPU
    seconds."""
    connection = raw_connection(path)
    cursor = connection.cursor()
    began, cpu = time.perf_counter(), time.process_time()
    for sql, parameters, many in statements:
        if sql == COMMIT:
            connection.commit()
        elif sql == ROLLBACK:
            connection.rollback()
        elif many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters).fetchall()
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu
    connection.close()
    return elapsed, cpu


def state(path: Path) -> tuple[object, ...]:
    connection = sqlite3.connect(path)
    found = (
        connection.execute("SELECT balance, entry_count FROM account").fetchall(),
        connection.execute("SELECT state, count(*) FROM message GROUP BY state").fetchall(),
        connection.execute("SELECT count(*), sum(amount) FROM ledger_entry").fetchone(),
        connection.execute("SELECT count(*) FROM simulated_gateway_message").fetchone(),
    )
    connection.close()
    return found


def one_round(folder: Path, number: int, count: int, batch: int) -> dict[str, float]:
    app = folder / f"app{number}.sqlite3"
    before_queue, before_dispatch = folder / f"q{number}.sqlite3", folder / f"d{number}.sqlite3"
    session = open_recorded(app)
    index = load_index()
    recipients = [Normalized(f"+420601{i:06d}", "CZ") for i in range(count)]

    snapshot(session, before_queue)
    RECORDED.clear()
    began = time.perf_counter()
    queued = outbox.queue_campaign("Benchmark message", recipients, index)
    queue_seconds = time.perf_counter() - began
    queue_statements = list(RECORDED)
    with write_transaction():
        ledger.post(ledger.ADJUSTMENT, queued.total, "benchmark", "credit for the benchmark")

    snapshot(session, before_dispatch)
    RECORDED.clear()
    with collector_off():
        began, cpu = time.perf_counter(), time.process_time()
        report = dispatcher.dispatch(SimulatedGateway(), batch_size=batch)
        dispatch_seconds, dispatch_cpu = time.perf_counter() - began, time.process_time() - cpu
    dispatch_statements = list(RECORDED)
    assert report.sent == count and report.queued == 0, report
    assert ledger.balance() == 0 and ledger.verify().ok and outbox.charge_problems() == []
    session.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    session.close()

    with collector_off():
        raw_dispatch, raw_dispatch_cpu = replay(before_dispatch, dispatch_statements)
    raw_queue, _ = replay(before_queue, queue_statements)
    assert state(before_dispatch) == state(app), "the raw replay ended elsewhere"
    commits = sum(1 for sql, _, _ in dispatch_statements if sql == COMMIT)
    print(
        f"round {number}: queue {queue_seconds:.2f} s (raw {raw_queue:.2f} s), dispatch "
        f"{dispatch_seconds:.2f} s (raw {raw_dispatch:.2f} s; CPU {dispatch_cpu:.2f} s, raw "
        f"{raw_dispatch_cpu:.2f} s; {len(dispatch_statements):,} statements, {commits:,} "
        f"transactions)"
    )
    return {
        "rate": report.sent / dispatch_seconds,
        "dispatch": raw_dispatch / dispatch_seconds,
        "dispatch_cpu": raw_dispatch_cpu / dispatch_cpu,
        "queue": raw_queue / queue_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=dispatcher.BATCH)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rounds = [
            one_round(Path(folder), number, args.messages, args.batch)
            for number in range(1, args.rounds + 1)
        ]

    def median(key: str) -> float:
        return statistics.median(found[key] for found in rounds)

    print(
        f"dispatch: {median('rate'):,.0f} messages charged/s (target >= 5,000); ratio to raw "
        f"sqlite3 running the same statements in the same transactions = "
        f"{median('dispatch'):.2f} (target >= 0.9), in CPU time {median('dispatch_cpu'):.2f}; "
        f"queueing: {median('queue'):.2f} (medians of {len(rounds)} rounds of "
        f"{args.messages:,} messages)"
    )


if __name__ == "__main__":
    main()
