"""Four desks (processes) on one server database at once: confirming, charging, issuing and
dispatching keep the same guarantees as one desk — each payment credited once, the balance never
below zero and equal to the ledger, contiguous document numbers, no message sent or charged
twice — and `verify` passes at the end of each.

Each desk is tests/helpers/desk_worker.py; they start together on a "go".
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

import main
from models.common import database as db
from models.common.database import database
from models.common.money import MICRO
from models.invoicing.documents import INVOICE, PROFORMA, Document
from models.ledger import entries as ledger
from models.payments import top_ups as payments
from models.payments.statement_import import BankEntry
from tests.helpers.outbox_data import credit, queue, small_price_list
from tests.helpers.pending_copies import copy_pending
from tests.invoice_helpers import buyer, seller

WORKER = Path(__file__).resolve().parent / "helpers" / "desk_worker.py"
DESKS = 4


def run_desks(kind: str, address: str, arguments: list[list[str]]) -> list[dict[str, str]]:
    """Start one desk per argument list, let them go at once, return each one's counts."""
    desks = [
        subprocess.Popen(
            [sys.executable, str(WORKER), kind, address, *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for extra in arguments
    ]
    try:
        for desk in desks:
            assert desk.stdout is not None and desk.stdout.readline().strip() == "ready"
        for desk in desks:
            assert desk.stdin is not None
            desk.stdin.write("go\n")
            desk.stdin.flush()
        answers = []
        for desk in desks:
            out, _ = desk.communicate(timeout=600)
            assert desk.returncode == 0
            word, *counts = out.split()
            assert word == "done"
            answers.append(dict(count.split("=") for count in counts))
        return answers
    finally:
        for desk in desks:
            if desk.poll() is None:
                desk.kill()
                desk.wait()


def total(answers: list[dict[str, str]], name: str) -> int:
    return sum(int(answer[name]) for answer in answers)


def verify_passes(address: str, capsys) -> None:
    """The user's `verify`, full, on the database the desks left."""
    capsys.readouterr()
    assert main.main(["--database", address, "verify", "--full"]) == 0, capsys.readouterr()


def numbered_contiguously(kind: str, count: int) -> None:
    rows = Document.select().where(Document.kind == kind).order_by(Document.sequence)
    assert [row.sequence for row in rows] == list(range(1, count + 1))
    prefix = "PF" if kind == PROFORMA else ""
    year = date.today().year
    assert [row.number for row in rows] == [f"{prefix}{year}-{n:06d}" for n in range(1, count + 1)]


def make_pending(count: int) -> None:
    """`count` pending CZK transfers: one made as the app makes it, the rest its copies with the
    next variable symbols (the desks confirm the payment rows; proformas are not the point)."""
    quote = payments.quote_for_credits(10 * MICRO, "CZK")
    first = payments.create_top_up(quote, payments.BANK_TRANSFER)
    copy_pending(first, count)


@pytest.mark.slow  # about 10–25 s on two cores
def test_four_desks_confirming_and_importing_the_same_payments_credit_each_once(
    postgres_address, capsys
) -> None:
    count = 1000  # each desk: 500 confirmations by hand and a statement of 500 credits
    session = db.open_database(postgres_address)
    seller()
    buyer()
    make_pending(count)
    session.close()

    answers = run_desks(
        "confirm", postgres_address, [[str(seed), str(seed % 2)] for seed in range(DESKS)]
    )

    assert total(answers, "new") == count // 2  # each payment confirmed by hand once …
    assert total(answers, "again") == (DESKS - 1) * count // 2  # … and answered "again" after
    assert total(answers, "imported") == count // 2  # each credit of the statement once
    session = db.open_database(postgres_address)
    try:
        assert payments.Payment.select().where(payments.Payment.state == payments.PAID).count() == (
            count
        )
        keys = [entry.idempotency_key for entry in ledger.LedgerEntry.select()]
        assert sorted(keys) == sorted(f"payment:{p.id}" for p in payments.Payment.select())
        assert ledger.balance() == count * 10 * MICRO
        assert BankEntry.select().count() == count // 2
        numbered_contiguously(INVOICE, count)
    finally:
        session.close()
    verify_passes(postgres_address, capsys)


def test_four_desks_charging_at_once_never_take_the_balance_below_zero(
    postgres_address, capsys
) -> None:
    per_desk, start = 1000, 6000 * MICRO  # ~12,000 credits asked for: about half refused
    session = db.open_database(postgres_address)
    credit(start)
    session.close()

    answers = run_desks(
        "charge", postgres_address, [[str(desk), str(per_desk), str(desk)] for desk in range(DESKS)]
    )

    assert total(answers, "count") + total(answers, "refused") == DESKS * per_desk
    assert total(answers, "refused") > 0  # the balance did run out under the charges
    session = db.open_database(postgres_address)
    try:
        charges = ledger.LedgerEntry.select().where(ledger.LedgerEntry.kind == ledger.ADJUSTMENT)
        charges = charges.where(ledger.LedgerEntry.amount < 0)
        assert charges.count() == total(answers, "count")
        assert -sum(entry.amount for entry in charges) == total(answers, "charged")
        assert ledger.balance() == start - total(answers, "charged")
        assert ledger.balance() >= 0
        lowest = database.execute_sql("SELECT min(balance_after) FROM ledger_entry").fetchone()[0]
        assert lowest >= 0
    finally:
        session.close()
    verify_passes(postgres_address, capsys)


@pytest.mark.slow  # about 10–25 s on two cores
def test_four_desks_issuing_at_once_number_contiguously_and_a_failed_issue_takes_no_number(
    postgres_address, capsys
) -> None:
    per_desk, fail_every = 500, 10  # 1,000 documents asked of each desk
    session = db.open_database(postgres_address)
    seller()
    buyer()
    session.close()

    answers = run_desks(
        "issue", postgres_address, [[str(per_desk), str(fail_every)] for _ in range(DESKS)]
    )

    issued, failed = total(answers, "issued"), total(answers, "failed")
    assert failed == DESKS * (per_desk // fail_every) and issued == DESKS * per_desk - failed
    failed_proformas = DESKS * (per_desk // (2 * fail_every))
    session = db.open_database(postgres_address)
    try:
        numbered_contiguously(INVOICE, issued)
        numbered_contiguously(PROFORMA, DESKS * per_desk - failed_proformas)
        assert ledger.balance() == issued * 10 * MICRO
    finally:
        session.close()
    verify_passes(postgres_address, capsys)


def test_four_dispatchers_on_one_outbox_never_send_or_charge_a_message_twice(
    postgres_address, capsys
) -> None:
    count, batch = 4000, 10
    session = db.open_database(postgres_address)
    small_price_list()
    queue(count, "Hello from four desks")
    credit(count * 40_000 * 9 // 10)  # credit for 90 % of the messages
    session.close()

    started = time.monotonic()
    answers = run_desks("dispatch", postgres_address, [[str(batch), "5"] for _ in range(DESKS)])
    elapsed = time.monotonic() - started

    # They sent at once: each ran until the outbox was done, and every one of them sent some.
    assert all(int(answer["sent"]) > 0 for answer in answers), (answers, elapsed)
    session = db.open_database(postgres_address)
    try:
        sent_twice = database.execute_sql(
            "SELECT message_id FROM simulated_gateway_message GROUP BY message_id "
            "HAVING count(*) > 1"
        ).fetchall()
        assert sent_twice == []
        states = dict(
            database.execute_sql("SELECT state, count(*) FROM message GROUP BY state").fetchall()
        )
        assert states.get("sending", 0) == 0
        assert states["sent"] == total(answers, "sent")
        assert states["failed"] == total(answers, "failed")
        assert states["queued"] > 0  # the credit ran out: the rest wait
        charged = database.execute_sql(
            "SELECT m.id, m.price, -e.amount FROM message m "
            "JOIN ledger_entry e ON e.idempotency_key = 'message:' || m.id"
        ).fetchall()
        assert sorted(row[0] for row in charged) == sorted(
            row[0] for row in database.execute_sql("SELECT id FROM message WHERE state = 'sent'")
        )
        assert all(price == amount for _, price, amount in charged)
        assert ledger.balance() == count * 40_000 * 9 // 10 - sum(row[1] for row in charged)
    finally:
        session.close()
    verify_passes(postgres_address, capsys)
