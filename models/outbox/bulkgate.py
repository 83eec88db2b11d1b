"""The BulkGate Simple API connector: transactional (one number a request) or promotional
(a batch of numbers with one text), JSON in and out.

Network errors, timeouts and server errors (5xx) are retried with exponential backoff, a bounded
number of times; then the batch goes back to the queue. Every request has a timeout (connecting
and each read), and a cancelled send stops after the request in flight: no retry, no next
message, so quitting never waits on a silent server longer than one timeout. The Simple API has no idempotency key
and no look-up by our id, so a request that timed out after BulkGate took it may, when retried,
deliver a second copy; the dispatcher still charges the message once (its ledger key).
A number BulkGate rejects is reported as rejected: the message fails and is not charged.
"""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from typing import Any

from models.common.messages import Message
from models.common.progress import CancelCheck, never_cancelled
from models.outbox.gateway import (
    PROVIDER_CREDIT,
    REFUSED,
    UNAVAILABLE,
    Outgoing,
    Problem,
    SendOutcome,
    SendResult,
)

DEFAULT_URL = "https://portal.bulkgate.com/api/1.0/simple"
ROUTES = ("transactional", "promotional")
PROMOTIONAL_BATCH = 100  # numbers in one promotional request
_NUMBER_ERRORS = ("number", "phone", "recipient", "banned", "blacklist")
_CREDIT_ERRORS = ("credit", "balance")
_AUTH_ERRORS = ("authentication", "identity", "token", "unauthorized", "application")


class _Transient(Exception):
    """Worth trying again: the network, a timeout, or a server error."""


class _Answer(Exception):
    """BulkGate answered with an error object."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(describe_error(body))
        self.status = status
        self.body = body


class _Unreadable(Exception):
    """The answer is not the JSON the API gives."""


def describe_error(body: dict[str, Any]) -> str:
    """BulkGate's own words for an error (kept as they are), with its code."""
    parts = [str(body[key]) for key in ("type", "error", "detail") if body.get(key)]
    code = body.get("code")
    text = ": ".join(dict.fromkeys(parts)) or Message("unknown error")
    return Message("{error} (code {code})", error=text, code=code) if code is not None else text


def classify(status: int, body: dict[str, Any]) -> str:
    """'number' (this number is refused), or a Problem kind for the whole batch."""
    words = f"{body.get('type', '')} {body.get('error', '')}".lower()
    code = body.get("code", status)
    if code == 401 or status == 401 or any(word in words for word in _AUTH_ERRORS):
        return REFUSED
    if code == 402 or any(word in words for word in _CREDIT_ERRORS):
        return PROVIDER_CREDIT
    if any(word in words for word in _NUMBER_ERRORS):
        return "number"
    if isinstance(code, int) and code >= 500:
        return UNAVAILABLE
    return REFUSED


def sender_fields(sender: str) -> dict[str, str]:
    if not sender:
        return {"sender_id": "gSystem"}
    if sender.isdigit():
        return {"sender_id": "gOwn", "sender_id_value": sender}
    return {"sender_id": "gText", "sender_id_value": sender}


class BulkGate:
    name = "bulkgate"
    can_look_up = False
    batch_size = 20  # a pause waits for at most one batch of network requests

    def __init__(
        self,
        application_id: str,
        application_token: str,
        route: str = "promotional",
        base_url: str = DEFAULT_URL,
        timeout: float = 5.0,
        attempts: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if route not in ROUTES:
            raise ValueError(f"unknown BulkGate route {route!r}")
        self._id = application_id
        self._token = application_token
        self._route = route
        self._url = base_url.rstrip("/")
        self._timeout = timeout
        self._attempts = max(1, attempts)
        self._backoff = backoff
        self._sleep = sleep

    # -- HTTP ----------------------------------------------------------------------------------

    def _post_once(self, payload: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            f"{self._url}/{self._route}",
            data=json.dumps(payload).encode("utf-8"),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:  # noqa: S310
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
            if status >= 500:
                raise _Transient(
                    Message("BulkGate answered HTTP {status}", status=status)
                ) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            reason = getattr(error, "reason", error)
            raise _Transient(
                Message("cannot reach BulkGate: {reason}", reason=str(reason))
            ) from None
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _Unreadable(
                Message(
                    "BulkGate answered HTTP {status} with something that is not JSON", status=status
                )
            ) from None
        if not isinstance(body, dict):
            raise _Unreadable(Message("BulkGate answered JSON of an unexpected shape"))
        if "error" in body or status >= 400:
            raise _Answer(status, body)
        return body

    def _post(self, payload: dict[str, Any], cancelled: CancelCheck) -> dict[str, Any]:
        """POST with bounded retries and exponential backoff on transient errors (none once
        cancelled)."""
        for attempt in range(self._attempts):
            try:
                return self._post_once(payload)
            except _Transient:
                if attempt + 1 == self._attempts or cancelled():
                    raise
                self._sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable")

    # -- sending -------------------------------------------------------------------------------

    def _payload(self, numbers: str, first: Outgoing) -> dict[str, Any]:
        return {
            "application_id": self._id,
            "application_token": self._token,
            "number": numbers,
            "text": first.text,
            "unicode": first.unicode,
            **sender_fields(first.sender),
        }

    def send(
        self, messages: Sequence[Outgoing], cancelled: CancelCheck = never_cancelled
    ) -> SendOutcome:
        """Send the messages; once `cancelled()`, the ones not sent yet get no answer (they go
        back to the queue)."""
        outcome = SendOutcome()
        if self._route == "transactional":
            for message in messages:
                if cancelled() or not self._send_one(message, outcome, cancelled):
                    break
            return outcome
        start = 0
        while start < len(messages) and not cancelled():
            # A promotional request carries one text: a batch of one campaign's messages.
            first = messages[start]
            end = start + 1
            while (
                end < len(messages)
                and end - start < PROMOTIONAL_BATCH
                and (messages[end].text, messages[end].sender, messages[end].unicode)
                == (first.text, first.sender, first.unicode)
            ):
                end += 1
            if not self._send_many(messages[start:end], outcome, cancelled):
                break
            start = end
        return outcome

    def _fail(
        self, outcome: SendOutcome, error: Exception, cancelled: CancelCheck = never_cancelled
    ) -> bool:
        if isinstance(error, _Transient) and cancelled():
            return False  # stopped, not a problem: what has no answer goes back to the queue
        if isinstance(error, _Answer):
            kind = classify(error.status, error.body)
            outcome.problem = Problem(UNAVAILABLE if kind == "number" else kind, error.args[0])
        else:
            outcome.problem = Problem(UNAVAILABLE, error.args[0])
        return False

    def _send_one(self, message: Outgoing, outcome: SendOutcome, cancelled: CancelCheck) -> bool:
        try:
            body = self._post(self._payload(message.number.removeprefix("+"), message), cancelled)
        except _Answer as error:
            if classify(error.status, error.body) == "number":
                outcome.results.append(SendResult(message.message_id, False, error=error.args[0]))
                return True
            return self._fail(outcome, error)
        except (_Transient, _Unreadable) as error:
            return self._fail(outcome, error, cancelled)
        data = body.get("data")
        if not isinstance(data, dict) or not data.get("sms_id"):
            return self._fail(outcome, _Unreadable(Message("BulkGate's answer has no sms_id")))
        outcome.results.append(SendResult(message.message_id, True, str(data["sms_id"])))
        return True

    def _send_many(
        self, batch: Sequence[Outgoing], outcome: SendOutcome, cancelled: CancelCheck
    ) -> bool:
        numbers = ";".join(message.number.removeprefix("+") for message in batch)
        try:
            body = self._post(self._payload(numbers, batch[0]), cancelled)
        except (_Answer, _Transient, _Unreadable) as error:
            return self._fail(outcome, error, cancelled)
        data = body.get("data")
        answers = data.get("response") if isinstance(data, dict) else None
        if not isinstance(answers, list):
            return self._fail(
                outcome, _Unreadable(Message("BulkGate's answer has no response list"))
            )
        by_number: dict[str, dict[str, Any]] = {}
        for answer in answers:
            if isinstance(answer, dict) and answer.get("number") is not None:
                by_number[str(answer["number"]).removeprefix("+")] = answer
        for message in batch:
            answer = by_number.get(message.number.removeprefix("+"))
            if answer is None:
                outcome.results.append(
                    SendResult(
                        message.message_id, False, error=Message("BulkGate did not answer for it")
                    )
                )
            elif answer.get("status") in ("sent", "accepted", "scheduled") and answer.get("sms_id"):
                outcome.results.append(SendResult(message.message_id, True, str(answer["sms_id"])))
            else:
                outcome.results.append(
                    SendResult(message.message_id, False, error=describe_error(answer))
                )
        return True

    def look_up(self, messages: Sequence[Outgoing]) -> dict[int, SendResult]:
        return {}  # the Simple API cannot find a message by our id
