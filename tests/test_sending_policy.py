"""The sending policy: whether sending may run, pause and resume, and sending after a credit."""

from __future__ import annotations

import pytest

from models.outbox import dispatcher
from models.outbox import queue as outbox
from models.outbox import sending_policy as policy
from models.outbox.simulated_gateway import SimulatedGateway
from models.settings import store as settings
from tests.helpers.outbox_data import CZ_O2, credit, queue, small_price_list


@pytest.fixture
def priced(database) -> None:
    small_price_list()


def test_an_empty_outbox_has_nothing_to_send(priced) -> None:
    verdict = policy.may_send()
    assert verdict.reason == policy.NOTHING_QUEUED
    assert verdict.may_dispatch and verdict.gateway is not None


def test_the_balance_must_pay_the_next_message(priced) -> None:
    queue(3)
    credit(CZ_O2 - 1)
    assert policy.may_send().reason == policy.NO_CREDIT
    credit(1)
    verdict = policy.may_send()
    assert verdict.reason is None and verdict.may_dispatch
    assert verdict.state.queued == 3 and verdict.state.balance_pays_next


def test_paused_wins_over_everything_and_keeps_a_dispatcher_from_running(priced) -> None:
    queue(2)
    credit(10 * CZ_O2)
    policy.pause()
    assert settings.get("outbox.paused") == "yes" and policy.is_paused()
    verdict = policy.may_send()
    assert verdict.reason == policy.PAUSED and not verdict.may_dispatch
    assert verdict.gateway is None
    policy.resume()
    assert settings.get("outbox.paused") == "no"
    assert policy.may_send().reason is None


def test_a_gateway_that_is_not_set_up_is_a_reason_with_a_message(priced) -> None:
    settings.set_value("outbox.gateway", "bulkgate")  # no credentials in the keyring
    queue(1)
    credit(CZ_O2)
    verdict = policy.may_send()
    assert verdict.reason == policy.NO_GATEWAY and not verdict.may_dispatch
    assert verdict.problem is not None and "application ID" in verdict.problem


@pytest.mark.parametrize(
    ("auto_resume", "paused", "balance", "expected"),
    [
        ("yes", "no", CZ_O2, True),
        ("no", "no", CZ_O2, False),
        ("yes", "yes", CZ_O2, False),
        ("yes", "no", CZ_O2 - 1, False),
    ],
)
def test_after_credit_waiting_messages_are_sent_only_when_all_three_hold(
    priced, auto_resume: str, paused: str, balance: int, expected: bool
) -> None:
    queue(2)
    credit(balance)
    settings.set_value("outbox.auto_resume", auto_resume)
    settings.set_value("outbox.paused", paused)
    assert policy.send_after_credit() is expected


def test_after_credit_with_nothing_waiting_there_is_nothing_to_send(priced) -> None:
    credit(CZ_O2)
    assert policy.send_after_credit() is False


def test_at_start_in_flight_messages_are_settled_unless_paused(priced) -> None:
    state = policy.SendingState(
        paused=False, auto_resume=False, queued=0, in_flight=2, next_price=None, balance=0
    )
    assert policy.send_at_start(state)
    assert not policy.send_at_start(
        policy.SendingState(True, True, 3, 2, CZ_O2, 10 * CZ_O2)  # paused
    )
    assert policy.send_at_start(policy.SendingState(False, True, 3, 0, CZ_O2, 0))
    assert not policy.send_at_start(policy.SendingState(False, False, 3, 0, CZ_O2, 10 * CZ_O2))


def test_a_pause_from_elsewhere_stops_a_running_dispatcher_between_batches(priced) -> None:
    queue(6)
    credit(10 * CZ_O2)
    batches = 0

    def pause_after_the_first_batch() -> bool:
        nonlocal batches
        batches += 1
        if batches == 2:
            policy.pause()  # as another process would, through the settings
        return False

    report = dispatcher.dispatch(SimulatedGateway(), 2, pause_after_the_first_batch)
    assert report.reason == dispatcher.STOPPED
    assert (report.sent, report.queued) == (2, 4)
    assert outbox.summary().queued == 4
