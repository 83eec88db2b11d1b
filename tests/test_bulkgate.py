"""The BulkGate connector against a local HTTP server on 127.0.0.1 that answers as the API does."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from models.common.messages import Message
from models.ledger import entries as ledger
from models.outbox import dispatcher, gateway_credentials
from models.outbox import queue as outbox
from models.outbox.bulkgate import BulkGate
from models.outbox.gateway import PROVIDER_CREDIT, REFUSED, UNAVAILABLE, Outgoing
from models.outbox.gateway_choice import GatewaySetupError, configured_gateway
from models.settings import store as settings
from tests.helpers.outbox_data import CZ_O2, charged_message_ids, credit, queue, small_price_list

Answer = tuple[int, bytes, float]  # HTTP status, body, delay in seconds


def ok(number: str, sms_id: str = "tmpde1bcd4b1d1") -> Answer:
    body = {"data": {"sms_id": sms_id, "price": 0.02, "credit": 215.8138, "number": number}}
    return 200, json.dumps(body).encode(), 0.0


def error(status: int, kind: str, text: str) -> Answer:
    body = {"type": kind, "code": status, "error": text, "detail": None}
    return status, json.dumps(body).encode(), 0.0


INVALID_NUMBER = error(400, "invalid_phone_number", "Invalid phone number")
LOW_CREDIT = error(400, "low_credit", "Low credit")
BAD_TOKEN = (401, b'{"error": "authentication_failed", "code": 401}', 0.0)
SERVER_ERROR = (500, b"<html>Internal Server Error</html>", 0.0)
MALFORMED = (200, b'{"data": {"sms_id": ', 0.0)


class FakeBulkGate:
    """Records each request; `answer(path, payload)` decides the reply (success by default)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self.answer: Callable[[str, dict[str, Any]], Answer] = lambda path, p: ok(p["number"])


@pytest.fixture
def fake() -> Iterator[tuple[FakeBulkGate, str]]:
    state = FakeBulkGate()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append((self.path, payload))
            status, body, delay = state.answer(self.path, payload)
            if delay:
                time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}/api/1.0/simple"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def connector(url: str, route: str = "transactional", **options: Any) -> tuple[BulkGate, list]:
    sleeps: list[float] = []
    gateway = BulkGate(
        "12345", "secret-token", route, url, timeout=options.pop("timeout", 2.0),
        sleep=sleeps.append, **options,
    )  # fmt: skip
    return gateway, sleeps


def outgoing(message_id: int, number: str = "+420601000001", sender: str = "Shop") -> Outgoing:
    return Outgoing(message_id, "attempt", number, "Hello ✓", True, sender)


@pytest.fixture
def queued(database) -> None:
    small_price_list()
    credit(10 * CZ_O2)
    queue(3)


def test_a_transactional_request_carries_what_the_api_wants(fake) -> None:
    state, url = fake
    gateway, _ = connector(url)
    outcome = gateway.send([outgoing(1)])
    assert outcome.problem is None and outcome.results[0].accepted
    assert outcome.results[0].gateway_id == "tmpde1bcd4b1d1"
    path, payload = state.requests[0]
    assert path == "/api/1.0/simple/transactional"
    assert payload == {
        "application_id": "12345",
        "application_token": "secret-token",
        "number": "420601000001",
        "text": "Hello ✓",
        "unicode": True,
        "sender_id": "gText",
        "sender_id_value": "Shop",
    }
    gateway.send([outgoing(2, sender=""), outgoing(3, sender="420601999999")])
    assert state.requests[1][1]["sender_id"] == "gSystem"
    assert state.requests[2][1]["sender_id"] == "gOwn"


def test_dispatching_through_bulkgate_charges_what_it_accepts(fake, queued) -> None:
    state, url = fake
    state.answer = lambda path, p: INVALID_NUMBER if p["number"].endswith("1") else ok(p["number"])
    report = dispatcher.dispatch(connector(url)[0])
    assert (report.reason, report.sent, report.failed) == (dispatcher.DONE, 2, 1)
    failed = outbox.messages_page(outbox.FAILED)
    assert failed[0].number.endswith("1") and "invalid_phone_number" in failed[0].error
    assert failed[0].id not in charged_message_ids()
    assert ledger.balance() == 8 * CZ_O2 and outbox.charge_problems() == []


@pytest.mark.parametrize(
    ("answer", "kind"),
    [(LOW_CREDIT, PROVIDER_CREDIT), (BAD_TOKEN, REFUSED)],
    ids=["low-credit", "bad-token"],
)
def test_low_provider_credit_or_a_bad_token_stops_and_charges_nothing(
    fake, queued, answer: Answer, kind: str
) -> None:
    state, url = fake
    state.answer = lambda path, p: answer
    report = dispatcher.dispatch(connector(url)[0])
    assert report.reason == dispatcher.GATEWAY and report.problem.kind == kind
    assert report.queued == 3 and report.sent == 0 and len(state.requests) == 1
    assert ledger.balance() == 10 * CZ_O2 and outbox.summary().sending == 0


def test_server_errors_are_retried_with_exponential_backoff(fake) -> None:
    state, url = fake
    answers = iter([SERVER_ERROR, SERVER_ERROR, ok("420601000001")])
    state.answer = lambda path, p: next(answers)
    gateway, sleeps = connector(url, attempts=4, backoff=0.5)
    outcome = gateway.send([outgoing(1)])
    assert outcome.problem is None and outcome.results[0].accepted
    assert sleeps == [0.5, 1.0] and len(state.requests) == 3


def test_retries_are_bounded(fake, queued) -> None:
    state, url = fake
    state.answer = lambda path, p: SERVER_ERROR
    gateway, sleeps = connector(url, attempts=3, backoff=0.25)
    report = dispatcher.dispatch(gateway)
    assert report.reason == dispatcher.GATEWAY and report.problem.kind == UNAVAILABLE
    assert "500" in report.problem.detail
    assert sleeps == [0.25, 0.5] and len(state.requests) == 3
    assert report.queued == 3 and ledger.balance() == 10 * CZ_O2


def test_a_timeout_is_retried_then_reported(fake) -> None:
    state, url = fake
    state.answer = lambda path, p: (200, b"{}", 1.0)  # answers too late
    gateway, sleeps = connector(url, timeout=0.2, attempts=2, backoff=0.01)
    began = time.monotonic()
    outcome = gateway.send([outgoing(1)])
    assert time.monotonic() - began < 1.5
    assert outcome.problem is not None and outcome.problem.kind == UNAVAILABLE
    assert "timed out" in outcome.problem.detail and outcome.results == []
    assert sleeps == [0.01]


def test_a_cancelled_send_stops_after_the_request_in_flight(fake) -> None:
    """A quit while BulkGate does not answer waits one timeout: no retry, no next message."""
    state, url = fake
    state.answer = lambda path, p: (200, b"{}", 1.0)  # answers too late, every time
    gateway, sleeps = connector(url, timeout=0.2, attempts=4, backoff=0.01)
    stop = threading.Event()
    threading.Timer(0.05, stop.set).start()
    began = time.monotonic()
    outcome = gateway.send([outgoing(1), outgoing(2), outgoing(3)], stop.is_set)
    assert time.monotonic() - began < 0.6  # one timeout, not 3 messages × 4 attempts
    assert outcome.results == [] and outcome.problem is None  # all go back to the queue
    assert len(state.requests) == 1 and sleeps == []


def test_malformed_json_is_not_retried(fake) -> None:
    state, url = fake
    state.answer = lambda path, p: MALFORMED
    gateway, sleeps = connector(url)
    outcome = gateway.send([outgoing(1)])
    assert outcome.problem.kind == UNAVAILABLE and "not JSON" in outcome.problem.detail
    assert len(state.requests) == 1 and sleeps == []


def test_nobody_listening_is_unavailable(fake) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    gateway, sleeps = connector(f"http://127.0.0.1:{port}/api", attempts=2, backoff=0.01)
    outcome = gateway.send([outgoing(1)])
    assert outcome.problem.kind == UNAVAILABLE and "cannot reach" in outcome.problem.detail


def test_promotional_sends_a_batch_and_reads_each_number(fake) -> None:
    state, url = fake

    def answer(path: str, payload: dict[str, Any]) -> Answer:
        numbers = payload["number"].split(";")
        response = [
            {"status": "accepted", "sms_id": f"tmp{n}", "price": 0.0261, "number": n}
            for n in numbers[:-1]
        ]
        response.append(
            {"status": "error", "code": 9, "error": "Bad number", "number": numbers[-1]}
        )
        total = {"price": 0.05, "status": {"sent": 0, "accepted": 2, "scheduled": 0, "error": 1}}
        return 200, json.dumps({"data": {"total": total, "response": response}}).encode(), 0.0

    state.answer = answer
    gateway, _ = connector(url, route="promotional")
    messages = [outgoing(i, f"+42060100000{i}") for i in (1, 2, 3)]
    outcome = gateway.send(messages)
    assert len(state.requests) == 1 and state.requests[0][0].endswith("/promotional")
    assert state.requests[0][1]["number"] == "420601000001;420601000002;420601000003"
    assert [r.accepted for r in outcome.results] == [True, True, False]
    assert outcome.results[0].gateway_id == "tmp420601000001"
    assert "Bad number" in outcome.results[2].error and outcome.problem is None


def test_credentials_live_in_the_keyring_not_the_database(database, memory_keyring) -> None:
    settings.set_value("outbox.gateway", "bulkgate")
    with pytest.raises(GatewaySetupError, match="application ID"):
        configured_gateway()
    gateway_credentials.store_bulkgate_credentials(" 12345 ", "secret-token\n")
    assert isinstance(configured_gateway(), BulkGate)
    assert memory_keyring.passwords[(gateway_credentials.SERVICE, "application_token")] == (
        "secret-token"
    )
    stored = " ".join(str(row) for row in database.execute_sql("SELECT * FROM setting"))
    assert "secret-token" not in stored and "12345" not in stored
    gateway_credentials.forget_bulkgate_credentials()
    assert gateway_credentials.bulkgate_credentials() is None


def test_gateway_problems_keep_their_template_and_the_gateway_s_words(
    fake, database, memory_keyring
) -> None:
    state, url = fake
    state.answer = lambda path, p: INVALID_NUMBER
    gateway, _ = connector(url)
    (result,) = gateway.send([outgoing(1)]).results
    assert isinstance(result.error, Message) and result.error.values == {
        "error": "invalid_phone_number: Invalid phone number",
        "code": 400,
    }
    state.answer = lambda path, p: MALFORMED
    problem = gateway.send([outgoing(2)]).problem
    assert isinstance(problem.detail, Message) and problem.detail.values == {"status": 200}
    with pytest.raises(gateway_credentials.CredentialsError) as refused:
        gateway_credentials.store_bulkgate_credentials(" ", "token")
    assert isinstance(refused.value.args[0], Message)
    settings.set_value("outbox.gateway", "bulkgate")
    with pytest.raises(GatewaySetupError) as missing:
        configured_gateway()
    assert isinstance(missing.value.args[0], Message)
