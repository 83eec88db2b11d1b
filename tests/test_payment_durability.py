"""Confirmations under concurrency and crashes: credited once, never half-applied."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.common import database as db
from models.common.money import MICRO
from models.ledger import entries as ledger
from models.payments import top_ups as payments
from models.settings import store as settings
from tests.helpers.pending_copies import copy_pending

WORKER = Path(__file__).resolve().parent / "helpers" / "payment_worker.py"


def make_pending(count: int) -> list[int]:
    """`count` pending EUR transfers: the first made as the app makes one, the rest its copies
    with the next variable symbols, in one transaction (what the workers confirm is the payment
    row; making each one's proforma and QR code took minutes for nothing here)."""
    settings.set_value("seller.iban", "CZ6508000000192000145399")
    settings.set_value("seller.name", "Credit Desk s.r.o.")  # EUR transfers name the seller
    quote = payments.quote_for_credits(5 * MICRO, "EUR")
    first = payments.create_top_up(quote, payments.BANK_TRANSFER)
    return copy_pending(first, count)


def start_worker(database_path: Path, *ids: int) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(database_path), *map(str, ids)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    return worker


def test_two_processes_confirming_the_same_payment_credit_it_once(database, database_path) -> None:
    (payment_id,) = make_pending(1)
    workers = [start_worker(database_path, payment_id) for _ in range(2)]
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    outcomes = sorted(worker.communicate(timeout=60)[0].split()[-1] for worker in workers)
    assert outcomes == ["again", "new"]
    assert ledger.balance() == 5 * MICRO
    assert ledger.LedgerEntry.select().count() == 1
    assert ledger.verify().ok


def check_after_crash(database_path: Path, acknowledged: set[int]) -> None:
    connection = sqlite3.connect(database_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        paid = {row[0] for row in connection.execute("SELECT id FROM payment WHERE state='paid'")}
        credited = {
            int(row[0].split(":")[1])
            for row in connection.execute("SELECT reference FROM ledger_entry")
        }
    finally:
        connection.close()
    assert acknowledged <= paid, "an acknowledged confirmation was lost"
    assert paid == credited, "a confirmation was half-applied"


def kill_while_confirming(database_path: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    done = 0
    while done < kills:
        worker = start_worker(database_path)
        assert worker.stdin is not None and worker.stdout is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(worker.pid, signal.SIGKILL)
        output, _ = worker.communicate(timeout=60)
        acknowledged |= {int(line.split()[1]) for line in output.splitlines() if line}
        done += 1
        check_after_crash(database_path, acknowledged)
    db.open_database(database_path)
    result = ledger.verify()
    assert result.ok, result.problems
    paid = payments.Payment.select().where(payments.Payment.state == payments.PAID).count()
    assert result.balance == paid * 5 * MICRO
    assert len(acknowledged) > 0
    print(f"{kills} kills, {len(acknowledged)} acknowledged, {paid} paid")


def test_sigkill_while_confirming_leaves_a_consistent_database(database, database_path) -> None:
    make_pending(3000)
    db.open_session().close()
    kill_while_confirming(database_path, kills=20, seed=1)


@pytest.mark.slow
def test_sigkill_while_confirming_many_times(database, database_path) -> None:
    make_pending(15000)
    db.open_session().close()
    kill_while_confirming(database_path, kills=100, seed=2)
