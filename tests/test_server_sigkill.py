"""A desk killed with SIGKILL on the server: in the middle of a write transaction it leaves nothing
half-applied (the server rolls it back, no row of it is ever seen, the balance and the document
numbers are as before, and the next desk writes at once: no table lock nor dispatcher lock left);
between claiming a batch and settling it, its messages wait untouched while other desks send, and
the next dispatcher that runs alone settles them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import main
from models.common import database as db
from models.common.database import database
from models.common.money import MICRO
from models.invoicing.documents import INVOICE, PROFORMA, Document
from models.ledger import entries as ledger
from models.outbox import dispatcher
from models.outbox.simulated_gateway import SimulatedGateway
from models.payments import top_ups as payments
from tests.helpers.outbox_data import (
    charged_message_ids,
    credit,
    ids_in_state,
    queue,
    small_price_list,
)
from tests.invoice_helpers import buyer, pending, seller

WORKER = Path(__file__).resolve().parent / "helpers" / "desk_worker.py"


def start_desk(*arguments: str) -> subprocess.Popen[str]:
    """A desk process (tests/helpers/desk_worker.py), told to go once it is ready."""
    desk = subprocess.Popen(
        [sys.executable, str(WORKER), *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert desk.stdout is not None and desk.stdout.readline().strip() == "ready"
        assert desk.stdin is not None
        desk.stdin.write("go\n")
        desk.stdin.flush()
    except BaseException:
        desk.kill()
        desk.wait()
        raise
    return desk


def numbers_of(kind: str) -> list[int]:
    rows = Document.select(Document.sequence).where(Document.kind == kind)
    return sorted(row.sequence for row in rows)


def locks_held_by(pid: int) -> set[str]:
    rows = database.execute_sql(
        "SELECT l.locktype FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE a.pid = ? AND l.granted",
        (pid,),
    ).fetchall()
    return {row[0] for row in rows}


def test_a_desk_killed_inside_a_write_transaction_leaves_nothing_and_no_lock(
    postgres_address, capsys
) -> None:
    session = db.open_database(postgres_address)
    seller()
    buyer()
    held, waiting = pending(100, on=date.today()).id, pending(250, on=date.today()).id
    before = (ledger.balance(), numbers_of(PROFORMA), numbers_of(INVOICE))
    assert before == (0, [1, 2], [])

    desk = start_desk("hold", postgres_address, str(held))
    try:
        assert desk.stdout.readline().strip() == "holding"
        backend = database.execute_sql(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND state = 'idle in transaction'"
        ).fetchone()[0]
        # Inside its transaction it has confirmed, topped up and charged: nobody sees any of it,
        # and it holds the writers' table lock and the dispatcher's advisory lock.
        assert {"relation", "advisory"} <= locks_held_by(backend)
        assert payments.Payment.get_by_id(held).state == payments.PENDING
        assert (ledger.balance(), numbers_of(PROFORMA), numbers_of(INVOICE)) == before
        assert dispatcher.dispatch(SimulatedGateway()).reason == dispatcher.BUSY

        os.kill(desk.pid, signal.SIGKILL)
        desk.wait(timeout=30)
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.wait()
    assert desk.returncode == -signal.SIGKILL

    # The next desk writes at once: a lock left behind would make this fail, not wait.
    database.execute_sql("SET lock_timeout = '5s'")
    confirmed = payments.confirm(waiting)
    assert confirmed.newly_paid
    assert numbers_of(INVOICE) == [1]  # the killed desk's invoice number was never consumed
    top_up = payments.create_top_up(
        payments.quote_for_credits(10 * MICRO, "CZK"), payments.BANK_TRANSFER
    )
    assert numbers_of(PROFORMA) == [1, 2, 3]  # nor its proforma's
    assert payments.Payment.get_by_id(held).state == payments.PENDING
    assert ledger.balance() == 250 * MICRO
    keys = {entry.idempotency_key for entry in ledger.LedgerEntry.select()}
    assert keys == {f"payment:{waiting}"}  # no row of the killed transaction: not its charge
    assert payments.Payment.select().count() == 3 and top_up.id > waiting
    deadline = time.monotonic() + 10  # its server process ends too, not only its transaction
    while database.execute_sql(
        "SELECT 1 FROM pg_stat_activity WHERE pid = ?", (backend,)
    ).fetchall():
        assert time.monotonic() < deadline, "the killed desk's server process stayed"
        time.sleep(0.05)
    # With it went the dispatcher lock: sending is not "busy" (the server lets go of a session's
    # advisory locks as its process ends, a moment after the transaction's own locks).
    assert dispatcher.dispatch(SimulatedGateway()).reason == dispatcher.DONE
    session.close()
    capsys.readouterr()
    assert main.main(["--database", postgres_address, "verify", "--full"]) == 0


def test_a_dispatcher_killed_mid_batch_is_left_alone_while_others_send_then_settled(
    postgres_address, capsys
) -> None:
    session = db.open_database(postgres_address)
    small_price_list()
    queue(30)
    credit(100 * MICRO)
    # A desk claims a batch of 10, then waits for its (slow) gateway's answer.
    desk = start_desk("dispatch", postgres_address, "10", "60000")
    try:
        deadline = time.monotonic() + 30
        while len(ids_in_state("sending")) < 10:
            assert time.monotonic() < deadline, "the desk claimed nothing"
            time.sleep(0.05)
        its_batch = ids_in_state("sending")

        # This desk sends the rest meanwhile and leaves the other desk's batch in flight.
        beside = dispatcher.dispatch(SimulatedGateway(), batch_size=10)
        assert (beside.reason, beside.sent, beside.reconciled) == (dispatcher.DONE, 20, 0)
        assert ids_in_state("sending") == its_batch

        os.kill(desk.pid, signal.SIGKILL)
        desk.wait(timeout=30)
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.wait()

    # Once the server has ended the dead desk's session (and with it its share of the lock)…
    deadline = time.monotonic() + 10
    while database.execute_sql(
        "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()"
    ).fetchall():
        assert time.monotonic() < deadline, "the killed desk's advisory lock stayed"
        time.sleep(0.02)
    # … the next run, alone, settles its batch (its gateway never got it) and sends it.
    after = dispatcher.dispatch(SimulatedGateway(), batch_size=10)
    assert (after.reason, after.reconciled, after.sent) == (dispatcher.DONE, 10, 10)
    assert ids_in_state("sending") == [] and len(ids_in_state("sent")) == 30
    assert sorted(charged_message_ids()) == sorted(ids_in_state("sent"))  # each charged once
    session.close()
    capsys.readouterr()
    assert main.main(["--database", postgres_address, "verify", "--full"]) == 0
