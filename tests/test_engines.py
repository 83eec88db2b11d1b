"""The core's main paths on both engines: SQLite files and a PostgreSQL server (team mode).

Every test here runs twice through the `database` fixture below (sqlite, postgres); the rules
that the database itself enforces (an append-only ledger, immutable documents) are tried with raw
SQL, as a careless script would.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from peewee import IntegrityError

from models.common import database as db
from models.common.database import write_transaction
from models.common.money import MICRO
from models.invoicing import documents
from models.ledger import entries as ledger
from models.ledger.checkpoints import LedgerCheckpoint
from models.ledger.query import LedgerFilter, Order, open_view
from models.outbox import destinations, dispatcher
from models.outbox import queue as outbox
from models.outbox.dispatch_lock import DispatcherBusy, dispatcher_lock
from models.outbox.simulated_gateway import SimulatedGateway
from models.payments import top_ups as payments
from models.pricing import price_list
from models.pricing.price_row import PriceRow
from models.settings import store as settings
from tests.helpers.outbox_data import (
    CZ_O2,
    charged_message_ids,
    credit,
    ids_in_state,
    queue,
    small_price_list,
)
from tests.invoice_helpers import buyer, paid, pending, seller


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request) -> str:
    return str(request.param)


@pytest.fixture
def database(engine, request, tmp_path):
    """A fresh, migrated session on the engine: an SQLite file or a new server database."""
    if engine == "sqlite":
        address = str(tmp_path / "credit-desk.sqlite3")
    else:
        address = request.getfixturevalue("postgres_address")
    session = db.open_database(address)
    yield session
    session.close()


def test_the_session_names_its_engine(database, engine) -> None:
    assert database.on_server == (engine == "postgres")
    if engine == "postgres":
        assert database.path is None and database.address.startswith("postgresql://")


def test_posting_keeps_the_balance_and_verifies(database) -> None:
    with write_transaction():
        first = ledger.post(ledger.TOP_UP, 50 * MICRO, "payment:1", idempotency_key="payment:1")
        ledger.post(ledger.MESSAGE_CHARGE, -3 * MICRO, "message:1", idempotency_key="message:1")
    assert ledger.balance() == 47 * MICRO
    assert first.balance_after == 50 * MICRO
    with write_transaction():  # a retried confirmation posts nothing twice
        again = ledger.post(ledger.TOP_UP, 50 * MICRO, "payment:1", idempotency_key="payment:1")
    assert again.id == first.id and ledger.balance() == 47 * MICRO
    check = ledger.verify()
    assert check.ok, check.problems
    assert (check.entries, check.balance) == (2, 47 * MICRO)


def test_the_balance_never_goes_below_zero(database) -> None:
    credit(5 * MICRO)
    with pytest.raises(ledger.InsufficientCredit), write_transaction():
        ledger.post(ledger.MESSAGE_CHARGE, -6 * MICRO, "message:9")
    with pytest.raises(ledger.InsufficientCredit), write_transaction():
        ledger.post_many(ledger.MESSAGE_CHARGE, [(-3 * MICRO, "m:1", "", "m:1")] * 2)
    assert ledger.balance() == 5 * MICRO and ledger.verify().ok


def test_a_big_balance_stays_exact(database) -> None:
    credit(ledger.MAX_BALANCE - 1)  # past 2**31 and 2**53: integers all the way
    assert ledger.balance() == ledger.MAX_BALANCE - 1
    assert ledger.verify().ok


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ledger_entry SET amount = 1000000000",
        "UPDATE ledger_entry SET description = 'changed'",
        "DELETE FROM ledger_entry",
    ],
)
def test_the_database_refuses_to_change_the_ledger(database, statement: str) -> None:
    credit(5 * MICRO)
    with pytest.raises(IntegrityError, match="append-only"), write_transaction():
        database.execute_sql(statement)
    assert ledger.balance() == 5 * MICRO and ledger.verify().ok


def test_an_entry_whose_balance_does_not_follow_is_refused(database) -> None:
    credit(5 * MICRO)
    with pytest.raises(IntegrityError, match="balance_after"), write_transaction():
        database.execute_sql(
            "INSERT INTO ledger_entry (kind, amount, balance_after, reference, created_at) "
            "VALUES ('adjustment', 1, 7, 'x', '2026-01-01T00:00:00.000000Z')"
        )
    assert ledger.verify().ok


def test_a_server_refuses_truncating_the_ledger(database, engine) -> None:
    if engine != "postgres":
        pytest.skip("SQLite has no TRUNCATE")
    credit(5 * MICRO)
    with pytest.raises(IntegrityError, match="append-only"), write_transaction():
        database.execute_sql("TRUNCATE ledger_entry CASCADE")
    assert ledger.verify().ok


def test_a_top_up_is_created_and_confirmed_once(database) -> None:
    seller()
    payment = pending(credits=100, on=date(2026, 3, 5))
    assert payment.state == payments.PENDING and len(payment.variable_symbol) == 10
    payments.confirm(payment.id, bank_reference="bank:1")
    payments.confirm(payment.id, bank_reference="bank:1")  # the statement imported twice
    assert ledger.balance() == 100 * MICRO
    assert payments.Payment.get_by_id(payment.id).state == payments.PAID
    assert ledger.verify().ok


def test_an_issued_invoice_cannot_be_changed(database) -> None:
    seller()
    buyer()
    invoice = paid(credits=10)
    assert invoice.kind == documents.INVOICE and invoice.number
    for statement in (
        "UPDATE document SET total_minor = 1, net_minor = 1, vat_minor = 0",
        "DELETE FROM document",
        "UPDATE document_line SET description = 'changed'",
        "UPDATE billing_info SET name = 'Someone else'",
    ):
        with pytest.raises(IntegrityError, match="cannot be|kept as it was"), write_transaction():
            database.execute_sql(statement)
    kept = documents.Document.get_by_id(invoice.id)
    assert kept.total_minor == invoice.total_minor


def test_the_outbox_queues_and_sends_with_the_simulated_gateway(database) -> None:
    small_price_list()
    credit(3 * CZ_O2)
    queue(5)
    report = dispatcher.dispatch(SimulatedGateway(), batch_size=2)
    assert (report.reason, report.sent, report.queued) == (dispatcher.NO_CREDIT, 3, 2)
    assert charged_message_ids() == ids_in_state(outbox.SENT)
    assert ledger.balance() == 0 and ledger.verify().ok
    assert outbox.charge_problems() == []
    for full in (False, True, False):  # the charges checked from the first, then after a checkpoint
        check = ledger.verify(full=full, more=outbox.charge_problems)
        assert check.ok, check.problems
    assert outbox.charge_problems(after_id=check.checkpoint) == [] and check.checkpoint > 0
    assert destinations.countries_sent_to() == ["CZ"]  # plain SQL, read at start-up
    removed = outbox.remove_queued()
    assert removed == 2 and outbox.summary().queued == 0


def test_a_sent_message_keeps_its_state(database) -> None:
    small_price_list()
    credit(CZ_O2)
    queue(1)
    dispatcher.dispatch(SimulatedGateway())
    with pytest.raises(IntegrityError, match="cannot change its state"), write_transaction():
        database.execute_sql("UPDATE message SET state = 'queued'")


def test_one_dispatcher_per_database(database) -> None:
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with database.connection(), dispatcher_lock(database.db):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(10)
        with pytest.raises(DispatcherBusy):
            with dispatcher_lock(database.db):
                pass
        report = dispatcher.dispatch(SimulatedGateway())
        assert report.reason == dispatcher.BUSY
    finally:
        release.set()
        holder.join()
    with dispatcher_lock(database.db):
        pass


def test_settings_are_stored_and_validated(database) -> None:
    settings.set_value("seller.iban", "CZ6508000000192000145399")
    settings.set_value("balance.low_threshold", "100")
    assert settings.get("seller.iban") == "CZ6508000000192000145399"
    assert settings.get_all()["balance.low_threshold"] == settings.get("balance.low_threshold")
    with pytest.raises(settings.SettingError):
        settings.set_value("balance.low_threshold", "a lot")


def test_day_totals_equal_the_entries_after_posting(database) -> None:
    credit(50 * MICRO)
    with write_transaction():
        ledger.post(ledger.MESSAGE_CHARGE, -3 * MICRO, "message:1", idempotency_key="message:1")
        ledger.post_many(
            ledger.MESSAGE_CHARGE,
            [(-2 * MICRO, f"message:{n}", "", f"message:{n}") for n in range(2, 5)],
        )
        ledger.post(ledger.REFUND, MICRO, "message:2")
    kept = {
        (day, kind): (int(n), int(i), int(o))
        for day, kind, n, i, o in database.execute_sql(
            "SELECT day, kind, entries, credits_in, credits_out FROM ledger_day"
        )
    }
    summed = {
        (day, kind): (int(n), int(i), int(o))
        for day, kind, n, i, o in database.execute_sql(
            "SELECT substr(created_at, 1, 10), kind, count(*), "
            "sum(CASE WHEN amount > 0 THEN amount ELSE 0 END), "
            "sum(CASE WHEN amount < 0 THEN amount ELSE 0 END) FROM ledger_entry GROUP BY 1, 2"
        )
    }
    assert kept == summed
    assert {kind for _, kind in kept} == {ledger.ADJUSTMENT, ledger.MESSAGE_CHARGE, ledger.REFUND}
    assert sum(n for n, _, _ in kept.values()) == 6
    assert sum(i + o for _, i, o in kept.values()) == ledger.balance() == 42 * MICRO
    # The Transactions totals add up the days (and the entries of a period's partial days).
    for period in (LedgerFilter(), LedgerFilter("2000-01-01T12:00:00.000000Z", "2999-01-01")):
        totals = open_view(period, Order())[0].totals()
        assert (totals.count, totals.credits_in, totals.credits_out) == (6, 51 * MICRO, -9 * MICRO)
    charges = open_view(LedgerFilter(kind=ledger.MESSAGE_CHARGE), Order())[0].totals()
    assert (charges.count, charges.credits_out) == (4, -9 * MICRO)
    with pytest.raises(IntegrityError, match="day totals only grow"), write_transaction():
        database.execute_sql("UPDATE ledger_day SET entries = entries + 5")
    with pytest.raises(IntegrityError, match="day totals only grow"), write_transaction():
        database.execute_sql("DELETE FROM ledger_day")


def test_verify_default_and_full_pass_and_build_on_checkpoints(database) -> None:
    credit(20 * MICRO)
    with write_transaction():
        ledger.post(ledger.MESSAGE_CHARGE, -MICRO, "message:1", idempotency_key="message:1")
    first = ledger.verify()  # no checkpoint yet: reads every entry, then makes one
    assert first.ok, first.problems
    assert (first.entries, first.read, first.checkpoint) == (2, 2, 0)
    assert LedgerCheckpoint.select().count() == 1
    credit(MICRO)
    later = ledger.verify()  # from the checkpoint on: reads only the entry after it
    assert later.ok, later.problems
    assert (later.entries, later.read, later.checkpoint) == (3, 1, 2)
    full = ledger.verify(full=True)  # every entry again, each checkpoint's digest recomputed
    assert full.ok, full.problems
    assert (full.entries, full.read, full.balance) == (3, 3, 20 * MICRO)
    assert full.digest == later.digest


def test_verify_finds_a_day_total_out_of_step(database, engine) -> None:
    credit(5 * MICRO)
    assert ledger.verify().ok
    # Behind the app's back: the day totals' safeguards dropped, a total changed.
    for trigger in ("ledger_day_only_grows",):
        if engine == "postgres":
            database.execute_sql(f"DROP TRIGGER {trigger} ON ledger_day")
        else:
            database.execute_sql(f"DROP TRIGGER {trigger}")
    with write_transaction():
        database.execute_sql("UPDATE ledger_day SET credits_in = credits_in + 1")
    check = ledger.verify(full=True)
    assert not check.ok
    assert any("totals of" in p for p in check.problems)
    assert any("ledger_day_only_grows is missing" in p for p in check.problems)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE ledger_checkpoint SET balance = balance + 1",
        "UPDATE ledger_checkpoint SET made_at = 'now'",
        "DELETE FROM ledger_checkpoint",
    ],
)
def test_the_checkpoints_refuse_change(database, statement: str) -> None:
    credit(5 * MICRO)
    assert ledger.verify().ok and LedgerCheckpoint.select().count() == 1
    with pytest.raises(IntegrityError, match="kept as they were made"), write_transaction():
        database.execute_sql(statement)
    with pytest.raises(IntegrityError, match="after the one before it"), write_transaction():
        database.execute_sql(  # a checkpoint that covers no new entry
            "INSERT INTO ledger_checkpoint "
            "(upto_id, entries, balance, last_entry, digest, seal, made_at) "
            "VALUES (1, 1, 0, 'x', 'x', 'x', 'x')"
        )
    assert LedgerCheckpoint.select().count() == 1 and ledger.verify().ok


def test_a_server_refuses_truncating_the_checkpoints_and_days(database, engine) -> None:
    if engine != "postgres":
        pytest.skip("SQLite has no TRUNCATE")
    credit(5 * MICRO)
    assert ledger.verify().ok
    for table, refusal in (
        ("ledger_checkpoint", "kept as they were made"),
        ("ledger_day", "day totals only grow"),
    ):
        with pytest.raises(IntegrityError, match=refusal), write_transaction():
            database.execute_sql(f"TRUNCATE {table}")
    assert ledger.verify().ok


def test_price_pages_list_each_country_once_in_the_given_order(database) -> None:
    """The list's countries come from a loose index scan (a recursive query) on both engines."""
    price_list.replace("old", [PriceRow("AT", "43", "", "", 5)])
    codes = {"SK": "421", "CZ": "420", "DE": "49"}
    price_list.replace(
        "mine",
        [PriceRow(country, code, "", "", 10) for country, code in codes.items()]
        + [PriceRow(country, code, "A", f"{code}1", 9) for country, code in codes.items()],
    )
    page = price_list.rows_page(limit=10, order=["CZ", "PL"])  # AT is in the old list only
    assert [(row.country, row.prefix) for row in page] == [
        ("CZ", ""), ("CZ", "4201"), ("DE", ""), ("DE", "491"), ("SK", ""), ("SK", "4211")
    ]  # fmt: skip
    assert [row.country for row in price_list.rows_page("+42", limit=3)] == ["CZ", "CZ", "SK"]
