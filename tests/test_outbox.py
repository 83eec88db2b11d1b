"""The outbox and the dispatcher: queueing, charging once, stopping exactly where credit ends."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from models.common.database import write_transaction
from models.common.messages import Message
from models.ledger import entries as ledger
from models.outbox import dispatcher
from models.outbox import queue as outbox
from models.outbox.dispatch_lock import dispatcher_lock
from models.outbox.gateway import UNAVAILABLE, Outgoing, Problem, SendOutcome, SendResult
from models.outbox.simulated_gateway import SimulatedGateway
from models.pricing.campaign_estimate import load_index
from models.pricing.phone_numbers import Normalized
from models.settings import store as settings
from tests.helpers.outbox_data import (
    CZ_O2,
    CZ_OTHER,
    charged_message_ids,
    credit,
    ids_in_state,
    numbers,
    queue,
    small_price_list,
)


@pytest.fixture(autouse=True)
def prices(database) -> None:
    small_price_list()


def test_queue_prices_each_recipient_by_its_prefix_and_parts(database) -> None:
    recipients = [
        Normalized("+420601000001", "CZ"),
        Normalized("+420777000002", "CZ"),
        Normalized("+421901000003", "SK"),
        Normalized("+4930123456", "DE"),  # not in the price list
    ]
    queued = outbox.queue_campaign("a" * 161, recipients, load_index(), "Shop", "Spring sale")
    assert (queued.queued, queued.unpriced) == (3, 1)
    rows = outbox.messages_page()
    assert [(r.number, r.country, r.parts, r.price) for r in rows] == [
        ("+420601000001", "CZ", 2, 2 * CZ_O2),
        ("+420777000002", "CZ", 2, 2 * CZ_OTHER),
        ("+421901000003", "SK", 2, 2 * 55_000),
    ]
    assert queued.total == sum(r.price for r in rows)
    assert {r.campaign for r in rows} == {"Spring sale"}
    summary = outbox.summary()
    assert (summary.queued, summary.needed, summary.next_price) == (3, queued.total, 2 * CZ_O2)
    assert ledger.balance() == 0  # queueing charges nothing


def test_an_empty_message_or_no_priced_recipient_queues_nothing(database) -> None:
    with pytest.raises(outbox.OutboxError, match="empty"):
        outbox.queue_campaign("", numbers(3), load_index())
    with pytest.raises(outbox.OutboxError, match="price list"):
        outbox.queue_campaign("Hi", [Normalized("+4930123456", "DE")], load_index())
    assert outbox.Campaign.select().count() == 0 and outbox.Message.select().count() == 0


def test_outbox_errors_and_stored_failures_can_be_translated(database) -> None:
    with pytest.raises(outbox.OutboxError) as raised:
        outbox.queue_campaign("", numbers(3), load_index())
    message = raised.value.args[0]
    assert isinstance(message, Message) and message.template == "The message is empty."
    assert isinstance(dispatcher.INTERRUPTED, Message)
    assert dispatcher.INTERRUPTED.template == str(dispatcher.INTERRUPTED)


def test_sending_charges_each_accepted_message_once(database) -> None:
    credit(10 * CZ_O2)
    queue(5)
    report = dispatcher.dispatch(SimulatedGateway())
    assert (report.reason, report.sent, report.queued) == (dispatcher.DONE, 5, 0)
    assert ledger.balance() == 5 * CZ_O2
    assert charged_message_ids() == ids_in_state(outbox.SENT)
    entry = ledger.LedgerEntry.get(ledger.LedgerEntry.kind == ledger.MESSAGE_CHARGE)
    assert entry.amount == -CZ_O2 and entry.idempotency_key == entry.reference
    assert ledger.verify().ok and outbox.charge_problems() == []


def test_sending_stops_exactly_where_the_balance_runs_out(database) -> None:
    queue(10, mixed=True)  # prices alternate 40,000 and 30,000
    credit(CZ_O2 + CZ_OTHER + CZ_O2 + CZ_OTHER - 1)  # one micro-credit short of the fourth
    report = dispatcher.dispatch(SimulatedGateway(), batch_size=3)
    assert report.reason == dispatcher.NO_CREDIT
    assert report.sent == 3 and report.queued == 7
    assert report.next_price == CZ_OTHER and report.balance == CZ_OTHER - 1
    queued = ids_in_state(outbox.QUEUED)
    assert ids_in_state(outbox.SENT) == [queued[0] - 3, queued[0] - 2, queued[0] - 1]
    assert queued == list(range(queued[0], queued[0] + 7))
    assert ledger.verify().ok


def test_a_cheaper_message_after_the_first_unpaid_one_waits_too(database) -> None:
    queue(2, mixed=True)  # 40,000 then 30,000
    credit(35_000)
    report = dispatcher.dispatch(SimulatedGateway())
    assert (report.reason, report.sent, report.queued) == (dispatcher.NO_CREDIT, 0, 2)
    assert ledger.balance() == 35_000


@hypothesis_settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prices=st.lists(st.sampled_from([1, 2, 3]), min_size=1, max_size=30),
    balance=st.integers(min_value=0, max_value=100 * CZ_O2),
    batch=st.integers(min_value=1, max_value=7),
)
def test_the_paid_messages_are_the_longest_prefix_the_balance_covers(
    database, prices: list[int], balance: int, batch: int
) -> None:
    with write_transaction():
        database.execute_sql("UPDATE message SET state = 'removed' WHERE state = 'queued'")
    texts = {1: "a", 2: "a" * 161, 3: "a" * 307}  # 1, 2 and 3 parts
    for start, parts in enumerate(prices):
        queue(1, texts[parts], start=start)
    if balance:
        credit(balance)
    available = ledger.balance()
    expected = 0
    for parts in prices:
        if parts * CZ_O2 > available:
            break
        available -= parts * CZ_O2
        expected += 1
    report = dispatcher.dispatch(SimulatedGateway(), batch_size=batch)
    assert report.sent == expected
    assert report.queued == len(prices) - expected
    assert ledger.balance() == available >= 0
    assert ledger.verify().ok and outbox.charge_problems() == []


def test_rejected_numbers_fail_and_are_not_charged(database) -> None:
    credit(100 * CZ_O2)
    queue(100)
    gateway = SimulatedGateway(failure_basis_points=2000, seed=3)
    report = dispatcher.dispatch(gateway, batch_size=16)
    failed = ids_in_state(outbox.FAILED)
    assert report.failed == len(failed) > 0 and report.sent == 100 - len(failed)
    assert failed == [i for i in ids_in_state(outbox.FAILED) if gateway.rejects(i)]
    assert not set(failed) & set(charged_message_ids())
    assert ledger.balance() == len(failed) * CZ_O2
    row = outbox.messages_page(outbox.FAILED, limit=1)[0]
    assert "invalid_phone_number" in row.error


def test_the_simulated_failures_repeat_with_the_same_seed(database) -> None:
    first = [i for i in range(1, 500) if SimulatedGateway(1000, seed=5).rejects(i)]
    again = [i for i in range(1, 500) if SimulatedGateway(1000, seed=5).rejects(i)]
    other = [i for i in range(1, 500) if SimulatedGateway(1000, seed=6).rejects(i)]
    assert first == again != other
    assert 25 < len(first) < 75  # about 10 %


def test_remove_outbox_removes_queued_messages_without_charge(database) -> None:
    credit(2 * CZ_O2)
    first = queue(5)
    second = queue(3, start=100)
    dispatcher.dispatch(SimulatedGateway())  # two sent, the rest wait
    assert outbox.remove_queued(second) == 3
    assert outbox.summary().queued == 3
    assert outbox.remove_queued() == 3
    assert outbox.summary().queued == 0 and outbox.remove_queued() == 0
    stats = {c.id: c for c in outbox.campaigns()}
    assert (stats[first].count(outbox.SENT), stats[first].count(outbox.REMOVED)) == (2, 3)
    assert stats[second].count(outbox.REMOVED) == 3
    assert stats[first].spent == 2 * CZ_O2
    assert ledger.balance() == 0 and ledger.verify().ok


def test_a_sent_or_removed_message_never_changes_state(database) -> None:
    credit(CZ_O2)
    queue(2)
    dispatcher.dispatch(SimulatedGateway())
    outbox.remove_queued()
    from peewee import IntegrityError

    for state in (outbox.SENT, outbox.REMOVED):
        with pytest.raises(IntegrityError, match="cannot change"):
            database.execute_sql("UPDATE message SET state = 'queued' WHERE state = ?", (state,))


def test_a_top_up_lets_the_rest_go(database) -> None:
    queue(6)
    credit(2 * CZ_O2)
    assert dispatcher.dispatch(SimulatedGateway()).reason == dispatcher.NO_CREDIT
    credit(10 * CZ_O2)
    report = dispatcher.dispatch(SimulatedGateway())
    assert (report.reason, report.sent, report.queued) == (dispatcher.DONE, 4, 0)
    assert ledger.balance() == 6 * CZ_O2


class Flaky:
    """Accepts the first `accept` messages of a batch, then the network fails."""

    name = "flaky"
    can_look_up = False

    def __init__(self, accept: int) -> None:
        self.accept = accept
        self.calls = 0

    def send(self, messages, cancelled=None):  # type: ignore[no-untyped-def]
        self.calls += 1
        results = [SendResult(m.message_id, True, f"g{m.message_id}") for m in messages]
        return SendOutcome(results[: self.accept], Problem(UNAVAILABLE, "network down"))

    def look_up(self, messages):  # type: ignore[no-untyped-def]
        return {}


def test_a_gateway_problem_sends_the_unanswered_back_to_the_queue(database) -> None:
    credit(10 * CZ_O2)
    queue(5)
    report = dispatcher.dispatch(Flaky(accept=2), batch_size=5)
    assert report.reason == dispatcher.GATEWAY and report.problem.detail == "network down"
    assert (report.sent, report.queued) == (2, 3)
    assert outbox.summary().sending == 0
    report = dispatcher.dispatch(SimulatedGateway())
    assert report.sent == 3 and ledger.balance() == 5 * CZ_O2
    assert outbox.charge_problems() == []


def _interrupt_after_gateway(gateway, count: int) -> list[Outgoing]:  # type: ignore[no-untyped-def]
    """What a SIGKILL after the gateway call leaves: messages claimed and sent, never settled."""
    run = dispatcher._Run(gateway, count, lambda: False, lambda done, total: None)
    claimed = run._claim()
    gateway.send(claimed.messages)
    return claimed.messages


def test_a_crash_after_the_gateway_took_the_messages_is_reconciled_and_charged_once(
    database,
) -> None:
    credit(10 * CZ_O2)
    queue(4)
    gateway = SimulatedGateway()
    sent = _interrupt_after_gateway(gateway, 3)
    assert outbox.summary().sending == 3 and ledger.balance() == 10 * CZ_O2
    report = dispatcher.dispatch(gateway)
    assert report.reconciled == 3 and report.sent == 4
    assert charged_message_ids() == [m.message_id for m in sent] + [sent[-1].message_id + 1]
    delivered = database.execute_sql(
        "SELECT count(*) FROM simulated_gateway_message GROUP BY message_id HAVING count(*) > 1"
    ).fetchall()
    assert delivered == []  # reconciled, not sent again
    assert ledger.verify().ok and outbox.charge_problems() == []


def test_a_crash_before_the_gateway_call_requeues_the_messages(database) -> None:
    credit(10 * CZ_O2)
    queue(3)
    run = dispatcher._Run(SimulatedGateway(), 2, lambda: False, lambda done, total: None)
    run._claim()  # killed before the gateway was called
    report = dispatcher.dispatch(SimulatedGateway())
    assert report.reconciled == 2 and report.sent == 3 and ledger.balance() == 7 * CZ_O2


def test_a_crash_with_a_gateway_that_cannot_be_asked_fails_the_message_uncharged(
    database,
) -> None:
    credit(10 * CZ_O2)
    queue(2)
    run = dispatcher._Run(Flaky(accept=0), 1, lambda: False, lambda done, total: None)
    run._claim()
    report = dispatcher.dispatch(SimulatedGateway())
    assert report.reconciled == 1 and report.failed == 1 and report.sent == 1
    assert outbox.messages_page(outbox.FAILED)[0].error == dispatcher.INTERRUPTED
    assert ledger.balance() == 9 * CZ_O2


def test_a_retried_settlement_never_charges_twice(database) -> None:
    credit(10 * CZ_O2)
    queue(2)
    run = dispatcher._Run(SimulatedGateway(), 2, lambda: False, lambda done, total: None)
    claimed = run._claim()
    results = [SendResult(message.message_id, True, "x") for message in claimed.messages]
    run._settle(claimed, results)
    with pytest.raises(RuntimeError, match="in flight"):
        run._settle(claimed, results)  # the same answers again: nothing left in flight
    assert len(charged_message_ids()) == 2 and ledger.balance() == 8 * CZ_O2


def test_one_dispatcher_per_database(database, database_path) -> None:
    credit(10 * CZ_O2)
    queue(2)
    with dispatcher_lock(str(database_path)):
        report = dispatcher.dispatch(SimulatedGateway())
    assert report.reason == dispatcher.BUSY and report.queued == 2
    assert dispatcher.dispatch(SimulatedGateway()).sent == 2


def test_cancelling_stops_between_batches(database) -> None:
    credit(100 * CZ_O2)
    queue(50)
    seen: list[int] = []
    report = dispatcher.dispatch(
        SimulatedGateway(),
        batch_size=10,
        cancelled=lambda: len(seen) >= 2,
        progress=lambda done, total: seen.append(done),
    )
    assert report.reason == dispatcher.STOPPED
    assert (report.sent, report.queued, seen) == (20, 30, [10, 20])


def test_settings_of_the_outbox_validate(database) -> None:
    assert settings.get("outbox.gateway") == "simulated"
    assert settings.get("outbox.auto_resume") == "yes"
    assert settings.set_value("messages.sender", " Shop-1 ") == "Shop-1"
    assert settings.set_value("messages.sender", "+420601123456") == "420601123456"
    for bad in ("A very long sender name", "Žluťoučký"):
        with pytest.raises(settings.SettingError):
            settings.set_value("messages.sender", bad)
    with pytest.raises(settings.SettingError):
        settings.set_value("gateway.simulated_failure_rate", "101")
    with pytest.raises(settings.SettingError):
        settings.set_value("outbox.gateway", "carrier-pigeon")


def test_messages_page_reads_in_order_after_a_key(database) -> None:
    queue(250)
    first = outbox.messages_page(limit=200)
    rest = outbox.messages_page(after_id=first[-1].id, limit=200)
    assert len(first) == 200 and len(rest) == 50
    assert [m.id for m in first + rest] == sorted(m.id for m in first + rest)
    assert outbox.count_messages() == 250
