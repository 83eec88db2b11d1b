"""Sending under crashes and concurrency: charged once, never a removed message, never lost track."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from models.common import database as db
from models.ledger import entries as ledger
from models.outbox import dispatcher
from models.outbox import queue as outbox
from models.outbox.simulated_gateway import SimulatedGateway
from tests.helpers.outbox_data import CZ_O2, credit, queue, small_price_list

WORKER = Path(__file__).resolve().parent / "helpers" / "dispatch_worker.py"


def start_worker(
    database_path: Path, batch: int = 20, latency: float = 0.004, failures: int = 500
) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(database_path), str(batch), str(latency), str(failures)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    return worker


def go(worker: subprocess.Popen[str]) -> None:
    assert worker.stdin is not None
    worker.stdin.write("go\n")
    worker.stdin.flush()


def check_charges(database_path: Path) -> dict[str, int]:
    """Every charged message has exactly one ledger entry and vice versa; the gateway never got
    a message twice; the ledger verifies. Returns the messages counted by state."""
    connection = sqlite3.connect(database_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        charged = [
            int(row[0].split(":")[1])
            for row in connection.execute(
                "SELECT reference FROM ledger_entry WHERE kind = 'message-charge'"
            )
        ]
        sent = {row[0] for row in connection.execute("SELECT id FROM message WHERE state='sent'")}
        twice = connection.execute(
            "SELECT message_id FROM simulated_gateway_message GROUP BY message_id "
            "HAVING count(*) > 1"
        ).fetchall()
        counts = dict(connection.execute("SELECT state, count(*) FROM message GROUP BY state"))
    finally:
        connection.close()
    assert len(charged) == len(set(charged)), "a message was charged twice"
    assert set(charged) == sent, "a charge without a sent message, or a sent message unpaid"
    assert twice == [], "the gateway received a message twice"
    already_open = db.open_session()
    session = already_open or db.open_database(database_path)
    try:
        result = ledger.verify()
        assert result.ok, result.problems
        assert outbox.charge_problems() == []
    finally:
        if already_open is None:
            session.close()
    return counts


def kill_while_sending(database_path: Path, messages: int, kills: int, seed: int) -> None:
    small_price_list()
    queue(messages)
    credit((messages * 4 // 5) * CZ_O2)  # credit runs out before the queue does
    db.open_session().close()
    rng = random.Random(seed)
    in_flight_seen = 0
    for _ in range(kills):
        # A slow gateway call keeps most of each batch's time between the call and the commit.
        worker = start_worker(database_path, latency=0.02)
        go(worker)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(worker.pid, signal.SIGKILL)
        worker.communicate(timeout=60)
        counts = check_charges(database_path)
        in_flight_seen += counts.get("sending", 0) > 0
    worker = start_worker(database_path)  # a last run reconciles and finishes
    go(worker)
    output, _ = worker.communicate(timeout=300)
    assert output.split()[1] == dispatcher.NO_CREDIT
    counts = check_charges(database_path)
    assert "sending" not in counts
    assert counts["sent"] + counts.get("failed", 0) + counts["queued"] == messages
    db.open_database(database_path)
    assert ledger.balance() < CZ_O2  # stopped only when the next message could not be paid
    assert in_flight_seen >= kills // 4, "too few kills landed while messages were in flight"
    print(f"{kills} kills, {in_flight_seen} with messages in flight, {counts}")


def test_sigkill_while_sending_never_charges_twice(database, database_path: Path) -> None:
    kill_while_sending(database_path, messages=3000, kills=20, seed=11)


@pytest.mark.slow
def test_sigkill_while_sending_many_times(database, database_path: Path) -> None:
    kill_while_sending(database_path, messages=12000, kills=100, seed=12)


def test_remove_outbox_while_another_process_sends(database, database_path: Path) -> None:
    small_price_list()
    queue(2000)
    credit(3000 * CZ_O2)
    db.open_session().close()
    worker = start_worker(database_path, batch=25, latency=0.003, failures=0)
    go(worker)
    time.sleep(0.3)
    session = db.open_database(database_path)
    removed = outbox.remove_queued()
    session.close()
    output, _ = worker.communicate(timeout=120)
    assert output.split()[1] == dispatcher.DONE
    counts = check_charges(database_path)
    assert counts["removed"] == removed > 0 and counts["sent"] > 0
    assert counts["sent"] + removed == 2000
    connection = sqlite3.connect(database_path)
    try:
        removed_but_sent = connection.execute(
            "SELECT count(*) FROM message m JOIN simulated_gateway_message g "
            "ON g.message_id = m.id WHERE m.state = 'removed'"
        ).fetchone()[0]
    finally:
        connection.close()
    assert removed_but_sent == 0


def test_remove_outbox_while_a_thread_sends(database, database_path: Path) -> None:
    small_price_list()
    for round_ in range(3):
        queue(600, start=round_ * 1000)
        credit(600 * CZ_O2)
        report: list[dispatcher.DispatchReport] = []

        def send(report: list[dispatcher.DispatchReport] = report) -> None:
            try:
                report.append(
                    dispatcher.dispatch(SimulatedGateway(latency_seconds=0.002), batch_size=10)
                )
            finally:
                database.db.close()  # this thread's connection

        thread = threading.Thread(target=send)
        thread.start()
        time.sleep(0.05 + 0.05 * round_)
        outbox.remove_queued()
        thread.join(timeout=60)
        assert report and report[0].reason == dispatcher.DONE
    counts = check_charges(database_path)
    assert counts["sent"] + counts["removed"] == 1800
    assert counts["sent"] > 0 and counts["removed"] > 0
