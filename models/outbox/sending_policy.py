"""When the outbox may send: pause and resume, the balance against the next message, and what a
credit that arrived means for the messages waiting. The window and the command line both ask here.

A dispatcher may run unless sending is paused or the gateway is not set up; when the outbox is
empty or the balance cannot pay the next message it still runs (it settles messages an
interrupted run left in flight, and its report says why it stopped), but sends nothing new.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.common.messages import Message
from models.ledger import entries as ledger
from models.outbox import queue as outbox
from models.outbox.gateway import Gateway
from models.outbox.gateway_choice import GatewaySetupError, configured_gateway
from models.settings import store as settings

PAUSED = "paused"  # the user paused sending (outbox.paused)
NO_GATEWAY = "no-gateway"  # the gateway chosen in the settings is not set up; see `problem`
NOTHING_QUEUED = "nothing-queued"  # no message waits, none is in flight
NO_CREDIT = "no-credit"  # the balance cannot pay the next queued message

# Reasons that keep a dispatcher from running at all; the others only mean it sends nothing new.
STOPPING = (PAUSED, NO_GATEWAY)


@dataclass(frozen=True)
class SendingState:
    """The settings, the outbox and the balance, read together."""

    paused: bool
    auto_resume: bool
    queued: int
    in_flight: int  # claimed by a dispatcher, waiting to be settled
    next_price: int | None  # micro-credits for the next queued message
    balance: int

    @property
    def balance_pays_next(self) -> bool:
        return pays_next(self.next_price, self.balance)


@dataclass(frozen=True)
class Verdict:
    """Whether sending may run now. `reason` is None when it would send; `gateway` is the one to
    send through (set unless the reason is PAUSED or NO_GATEWAY)."""

    reason: str | None
    state: SendingState
    gateway: Gateway | None = None
    problem: Message | None = None  # NO_GATEWAY: what to set up, for the user

    @property
    def may_dispatch(self) -> bool:
        """A dispatcher may run: it sends what the balance pays and settles what is in flight."""
        return self.reason not in STOPPING


def pays_next(next_price: int | None, balance: int) -> bool:
    """Whether the balance pays the next queued message (False when nothing is queued)."""
    return next_price is not None and next_price <= balance


def is_paused() -> bool:
    return settings.get("outbox.paused") == "yes"


def pause() -> None:
    """Pause sending: no dispatcher starts, and one sending stops after its current batch."""
    settings.set_value("outbox.paused", "yes")


def resume() -> None:
    settings.set_value("outbox.paused", "no")


def sending_state() -> SendingState:
    found = outbox.summary()
    return SendingState(
        paused=is_paused(),
        auto_resume=settings.get("outbox.auto_resume") == "yes",
        queued=found.queued,
        in_flight=found.sending,
        next_price=found.next_price,
        balance=ledger.balance(),
    )


def may_send(state: SendingState | None = None) -> Verdict:
    """Whether sending may run now, and if not, why: paused, gateway not set up, nothing queued,
    or the balance cannot pay the next message (checked in that order)."""
    state = state or sending_state()
    if state.paused:
        return Verdict(PAUSED, state)
    try:
        gateway = configured_gateway()
    except GatewaySetupError as error:
        return Verdict(NO_GATEWAY, state, problem=error.args[0])
    if not state.queued and not state.in_flight:
        return Verdict(NOTHING_QUEUED, state, gateway)
    if not state.in_flight and not state.balance_pays_next:
        return Verdict(NO_CREDIT, state, gateway)
    return Verdict(None, state, gateway)


def send_after_credit(state: SendingState | None = None) -> bool:
    """After credit arrived (a top-up paid, a statement imported): whether the waiting messages
    are sent now — automatic resuming is on, sending is not paused, and the balance pays the
    next message."""
    state = state or sending_state()
    return state.auto_resume and not state.paused and state.balance_pays_next


def send_at_start(state: SendingState | None = None) -> bool:
    """When the app starts: whether to send what waits. Messages an interrupted run left in
    flight are always settled (unless paused); queued ones are sent when resuming is automatic."""
    state = state or sending_state()
    if state.paused:
        return False
    return bool(state.in_flight) or (bool(state.queued) and state.auto_resume)
