"""A separate desk (process) working on one database at once with others, for the multi-process
and SIGKILL tests on the server (a postgresql:// address; an SQLite path works too).

Usage: python desk_worker.py KIND ADDRESS [ARGUMENTS]
  confirm ADDRESS SEED IMPORT_FIRST   import the statement that pays the first half of the
                                      payments, before or after confirming the second half by hand
                                      (in an order of its own)
  charge ADDRESS DESK COUNT SEED      COUNT charges of 1–5 credits (debit adjustments: message
                                      charges must name a sent message); the balance refuses some
  issue ADDRESS COUNT FAIL_EVERY      COUNT paid top-ups (a proforma and an invoice each); every
                                      FAIL_EVERY-th fails after numbering its document (injected)
  dispatch ADDRESS BATCH LATENCY_MS   send until the outbox is done or out of credit, beside the
                                      other dispatchers (the gateway takes LATENCY_MS a batch)
  hold ADDRESS PAYMENT_ID             inside one write transaction (and the dispatcher lock):
                                      confirm the payment, top up, charge; then wait to be killed
Prints "ready", waits for a line on stdin ("go"), works, then prints "done" and its counts
(hold prints "holding" and never ends by itself).
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.common.database import open_database, retrying_write, write_transaction  # noqa: E402
from models.common.money import MICRO  # noqa: E402
from models.ledger import entries as ledger  # noqa: E402
from models.outbox import dispatcher  # noqa: E402
from models.outbox.dispatch_lock import dispatcher_lock  # noqa: E402
from models.outbox.simulated_gateway import SimulatedGateway  # noqa: E402
from models.payments import statement_import  # noqa: E402
from models.payments import top_ups as payments  # noqa: E402
from models.payments.statements import Statement, StatementEntry  # noqa: E402
from models.settings import store as settings  # noqa: E402

FAILURE_BASIS_POINTS = 300  # the simulated gateway rejects 3 % of the messages


class Injected(Exception):
    """The failure a test injects after a document was numbered."""


def statement_of(paid: list[payments.Payment]) -> Statement:
    """The bank statement that pays these payments exactly (the same on every desk)."""
    iban = settings.get("seller.iban")
    entries = tuple(
        StatementEntry(
            bank_reference=f"B{payment.id}",
            booked_on=date.today(),
            amount_minor=payment.total_minor,
            currency=payment.currency,
            variable_symbol=payment.variable_symbol,
            end_to_end_id=None,
            remittance="Top-up",
            counterparty="Řeřicha & Syn s.r.o.",
            account=iban,
        )
        for payment in paid
    )
    return Statement(statement_id="S-desks", account=iban, entries=entries)


def confirm(seed: int, import_first: bool) -> str:
    every = list(payments.Payment.select().order_by(payments.Payment.id))
    statement = statement_of(every[: len(every) // 2])
    order = [payment.id for payment in every[len(every) // 2 :]]
    random.Random(seed).shuffle(order)
    imported = 0
    if import_first:
        imported = len(statement_import.import_statement(statement).confirmed)
    new = again = 0
    for payment_id in order:
        if payments.confirm(payment_id).newly_paid:
            new += 1
        else:
            again += 1
    if not import_first:
        imported = len(statement_import.import_statement(statement).confirmed)
    return f"new={new} again={again} imported={imported}"


def charge(desk: int, count: int, seed: int) -> str:
    chosen = random.Random(seed)
    charged = done = refused = 0
    for number in range(count):
        amount = chosen.randint(1, 5) * MICRO
        key = f"charge:{desk}:{number}"

        def post(amount: int = amount, key: str = key) -> None:
            with write_transaction():
                ledger.post(ledger.ADJUSTMENT, -amount, key, "desk charge", key)

        try:
            retrying_write(post)
        except ledger.InsufficientCredit:
            refused += 1
        else:
            charged += amount
            done += 1
    return f"charged={charged} count={done} refused={refused}"


def issue(count: int, fail_every: int) -> str:
    issued = failed = 0
    quote = payments.quote_for_credits(10 * MICRO, "CZK")
    for number in range(1, count + 1):
        fails = fail_every > 0 and number % fail_every == 0
        if fails and number % (2 * fail_every) == 0:  # the proforma's number, then the failure
            try:
                with write_transaction():
                    payments.create_top_up(quote, payments.BANK_TRANSFER)
                    raise Injected()
            except Injected:
                failed += 1
            continue
        payment = payments.create_top_up(quote, payments.BANK_TRANSFER)
        if fails:  # the invoice's number, then the failure: the payment stays pending
            try:
                with write_transaction():
                    payments.confirm_in_transaction(
                        payments.Payment.get_by_id(payment.id), f"R{payment.id}"
                    )
                    raise Injected()
            except Injected:
                failed += 1
            continue
        payments.confirm(payment.id)
        issued += 1
    return f"issued={issued} failed={failed}"


def dispatch(batch: int, latency_ms: int) -> str:
    """Send until the outbox is done or out of credit, beside the other desks (busy only while
    one of them settles what a dead dispatcher left in flight)."""
    gateway = SimulatedGateway(FAILURE_BASIS_POINTS, seed=7, latency_seconds=latency_ms / 1000)
    sent = failed = busy = runs = 0
    while True:
        report = dispatcher.dispatch(gateway, batch_size=batch)
        runs += 1
        sent, failed = sent + report.sent, failed + report.failed
        if report.reason == dispatcher.BUSY:
            busy += 1
            time.sleep(0.005)
        elif report.reason in (dispatcher.DONE, dispatcher.NO_CREDIT):
            return f"sent={sent} failed={failed} busy={busy} runs={runs} end={report.reason}"
        else:
            raise SystemExit(f"the dispatcher stopped: {report.reason} {report.problem}")


def hold(payment_id: int, session) -> None:  # type: ignore[no-untyped-def]
    with dispatcher_lock(session.db), write_transaction():
        payments.confirm(payment_id)
        quote = payments.quote_for_credits(10 * MICRO, "CZK")
        payments.create_top_up(quote, payments.BANK_TRANSFER)
        ledger.post(ledger.MESSAGE_CHARGE, -MICRO, "charge:held", "held", "charge:held")
        print("holding", flush=True)
        time.sleep(3600)  # the test kills this process here, before the commit


def main() -> None:
    kind, address, *arguments = sys.argv[1:]
    session = open_database(address, busy_timeout_ms=60_000)
    print("ready", flush=True)
    sys.stdin.readline()
    if kind == "confirm":
        outcome = confirm(int(arguments[0]), arguments[1] == "1")
    elif kind == "charge":
        outcome = charge(int(arguments[0]), int(arguments[1]), int(arguments[2]))
    elif kind == "issue":
        outcome = issue(int(arguments[0]), int(arguments[1]))
    elif kind == "dispatch":
        outcome = dispatch(int(arguments[0]), int(arguments[1]))
    elif kind == "hold":
        hold(int(arguments[0]), session)
        return
    else:
        raise SystemExit(f"unknown kind {kind}")
    session.close()
    print(f"done {outcome}", flush=True)


if __name__ == "__main__":
    main()
