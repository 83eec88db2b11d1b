"""What a gateway is to the dispatcher: messages out, an answer per message, or a reason to stop."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple, Protocol

from models.common.progress import CancelCheck, never_cancelled

# Why a gateway stopped answering for a batch; the messages without an answer go back to the queue.
UNAVAILABLE = "unavailable"  # network errors, timeouts, server errors, answers it cannot read
REFUSED = "refused"  # bad credentials or a request it will never take: the user must act
PROVIDER_CREDIT = "provider-credit"  # the gateway's own account cannot pay


# A dispatch makes one Outgoing and one SendResult per message: immutable tuples with names,
# three times quicker to make than frozen dataclasses.
class Outgoing(NamedTuple):
    """One message as the gateway receives it."""

    message_id: int
    attempt: str  # the dispatcher's attempt id, stored on the message before the call
    number: str  # E.164, "+420601123456"
    text: str
    unicode: bool
    sender: str  # "" = the gateway's system number; digits = own number; else a name


class SendResult(NamedTuple):
    message_id: int
    accepted: bool
    gateway_id: str = ""
    error: str = ""  # why the gateway refused this message (a rejected number)


# A batch's Outgoing and SendResult tuples made from columns in C: NamedTuple's own __new__ is a
# Python call, a fifth of what a dispatch costs per message beyond its SQL.
_new_outgoing = partial(tuple.__new__, Outgoing)
_new_result = partial(tuple.__new__, SendResult)


def outgoing_messages(
    message_ids: Iterable[int],
    attempts: Iterable[str],
    numbers: Iterable[str],
    texts: Iterable[str],
    unicodes: Iterable[bool],
    senders: Iterable[str],
) -> list[Outgoing]:
    """Outgoing messages from columns, as many as the shortest column has (repeat() a value the
    messages share)."""
    columns = zip(message_ids, attempts, numbers, texts, unicodes, senders, strict=False)
    return list(map(_new_outgoing, columns))


def send_results(
    message_ids: Iterable[int],
    accepted: Iterable[bool],
    gateway_ids: Iterable[str],
    errors: Iterable[str],
) -> list[SendResult]:
    """A gateway's answers from columns, as many as the shortest column has."""
    return list(map(_new_result, zip(message_ids, accepted, gateway_ids, errors, strict=False)))


@dataclass(frozen=True)
class Problem:
    kind: str  # UNAVAILABLE, REFUSED or PROVIDER_CREDIT
    detail: str  # for the user, in the gateway's words (a Message, to translate)


@dataclass
class SendOutcome:
    """Answers for some messages, in order; when `problem` is set, the rest were not sent."""

    results: list[SendResult] = field(default_factory=list)
    problem: Problem | None = None


class Gateway(Protocol):
    name: str
    # Whether look_up() can tell, after a crash, what became of a message sent with an attempt.
    can_look_up: bool

    def send(
        self, messages: Sequence[Outgoing], cancelled: CancelCheck = never_cancelled
    ) -> SendOutcome:
        """Send; once `cancelled()` (a pause, a quit), stop before the next request and leave
        the rest without an answer."""
        ...

    def look_up(self, messages: Sequence[Outgoing]) -> dict[int, SendResult]:
        """What became of each message's attempt; a message missing from the answer never
        reached the gateway."""
        ...
