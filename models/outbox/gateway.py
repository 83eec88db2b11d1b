"""What a gateway is to the dispatcher: messages out, an answer per message, or a reason to stop."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
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
