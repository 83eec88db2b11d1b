"""Team-mode benchmark: posting and dispatch by 1, 2 and 4 client processes on a local server,
beside raw psycopg INSERTs with the same commit pattern, in the same run.

Run: .venv/bin/python tests/perf/server.py [--postings 5000] [--messages 10000] [--batch 20]
     [--rounds 3] [--clients 1 2 4]

A throwaway server (tests/helpers/postgres_server.py: a Unix socket, fsync off) is started for
the run; every measurement gets a new database. The clients are separate processes, started
and connected first, then let go together; the time is from "go" until the last one said it
finished its work.

- posting, app: each client posts its share of the entries through the core, one entry per
  write transaction (`retrying_write` around `write_transaction()` + `ledger.post`, as a
  confirmation or a charge does): SERIALIZABLE, the account's write lock, the ledger's
  triggers, the idempotency key.
- posting, raw shaped: psycopg alone runs the same transaction shape on the app's schema
  (BEGIN SERIALIZABLE, LOCK TABLE account, the core's INSERT … RETURNING, COMMIT): what the
  server's rules and the writers' lock cost without Python's part.
- posting, raw: psycopg INSERTs one row (the same values) into a table without triggers, one
  row per transaction, as many transactions: the baseline.
- dispatch, app: each client runs the dispatcher (simulated gateway, no latency) until the
  outbox is empty; on a server they send at once, their claims and settlements queuing on the
  account's write lock (models/outbox/dispatch_lock.py).
- dispatch, raw: the same commit pattern as the app's batches (per batch of B messages three
  transactions: B rows, B rows, 2·B rows), the batches shared among the clients.

Ratios are app throughput / raw throughput (1.0: the app costs nothing over raw INSERTs).
The last line summarises them per client count.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

STAMP = "2026-11-30T20:00:00+00:00"
RAW_TABLES = """
CREATE TABLE raw_entry (
    id bigserial PRIMARY KEY, kind text NOT NULL, amount bigint NOT NULL,
    balance_after bigint NOT NULL, reference text NOT NULL, description text NOT NULL,
    idempotency_key text UNIQUE, created_at text NOT NULL);
CREATE TABLE raw_claim (message_id bigint NOT NULL, attempt text NOT NULL);
CREATE TABLE raw_gateway (message_id bigint NOT NULL, attempt text NOT NULL, status text);
CREATE TABLE raw_sent (message_id bigint NOT NULL, state text NOT NULL, finished_at text);
"""
_RAW_ENTRY = (
    "INSERT INTO raw_entry (kind, amount, balance_after, reference, description, "
    "idempotency_key, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s)"
)

# -- the client processes --------------------------------------------------------------------


def _wait_for_go() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def _done() -> None:
    print("done", flush=True)  # the parent's clock stops here, before the interpreter's exit


def client_app_post(address: str, desk: int, count: int) -> None:
    from models.common.database import open_database, retrying_write, write_transaction
    from models.ledger import entries as ledger

    session = open_database(address)
    _wait_for_go()
    for number in range(count):
        key = f"bench:{desk}:{number}"

        def post(key: str = key) -> None:
            with write_transaction():
                ledger.post(ledger.ADJUSTMENT, 1_000_000, key, "benchmark top-up", key)

        retrying_write(post)
    _done()
    session.close()


def client_raw_shaped_post(address: str, desk: int, count: int) -> None:
    import psycopg

    from models.common.sql_params import to_pyformat
    from models.ledger.entries import _APPEND

    append = to_pyformat(_APPEND)
    with psycopg.connect(address) as connection:
        _wait_for_go()
        for number in range(count):
            key = f"bench:{desk}:{number}"
            connection.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
            connection.execute("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE")
            values = ("adjustment", 1_000_000, 1_000_000, key, "benchmark top-up", key, STAMP)
            connection.execute(append, values).fetchone()  # type: ignore[arg-type]
            connection.commit()
        _done()


def client_raw_post(address: str, desk: int, count: int) -> None:
    import psycopg

    with psycopg.connect(address) as connection:
        _wait_for_go()
        for number in range(count):
            key = f"bench:{desk}:{number}"
            values = ("adjustment", 1_000_000, 1_000_000, key, "benchmark top-up", key, STAMP)
            connection.execute(_RAW_ENTRY, values)
            connection.commit()
        _done()


def client_app_dispatch(address: str, batch: int) -> None:
    from models.common.database import open_database
    from models.outbox import dispatcher
    from models.outbox.simulated_gateway import SimulatedGateway

    session = open_database(address)
    _wait_for_go()
    while True:
        report = dispatcher.dispatch(SimulatedGateway(), batch_size=batch)
        if report.reason == dispatcher.BUSY:
            time.sleep(0.002)
        elif report.reason == dispatcher.DONE:
            break
        else:
            raise SystemExit(f"dispatch stopped: {report.reason}")
    _done()
    session.close()


def client_raw_dispatch(address: str, desk: int, batches: int, batch: int) -> None:
    import psycopg

    with psycopg.connect(address) as connection:
        _wait_for_go()
        for number in range(batches):
            first = (desk * batches + number) * batch
            ids = range(first, first + batch)
            attempt = f"{desk}-{number}"
            cursor = connection.cursor()
            cursor.executemany(  # 1. claim
                "INSERT INTO raw_claim (message_id, attempt) VALUES (%s, %s)",
                [(i, attempt) for i in ids],
            )
            connection.commit()
            cursor.executemany(  # 2. the gateway's record
                "INSERT INTO raw_gateway (message_id, attempt, status) VALUES (%s, %s, %s)",
                [(i, attempt, "delivered") for i in ids],
            )
            connection.commit()
            cursor.executemany(  # 3. settle: the message's state and its charge
                "INSERT INTO raw_sent (message_id, state, finished_at) VALUES (%s, %s, %s)",
                [(i, "sent", STAMP) for i in ids],
            )
            cursor.executemany(
                _RAW_ENTRY,
                [
                    ("message-charge", -40_000, 0, f"message:{i}", "SMS", f"message:{i}", STAMP)
                    for i in ids
                ],
            )
            connection.commit()
        _done()


CLIENTS: dict[str, Callable[..., None]] = {
    "app-post": client_app_post,
    "raw-shaped-post": client_raw_shaped_post,
    "raw-post": client_raw_post,
    "app-dispatch": client_app_dispatch,
    "raw-dispatch": client_raw_dispatch,
}

# -- the parent: databases, clients, figures -------------------------------------------------


def run_clients(kind: str, address: str, arguments: list[list[int]]) -> float:
    """Start one client per argument list, let them go together; the seconds until all ended."""
    clients = [
        subprocess.Popen(
            [sys.executable, __file__, "--client", kind, address, *map(str, extra)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for extra in arguments
    ]
    try:
        for client in clients:
            assert client.stdout is not None and client.stdout.readline().strip() == "ready"
        began = time.perf_counter()
        for client in clients:
            assert client.stdin is not None
            client.stdin.write("go\n")
            client.stdin.flush()
        for client in clients:  # when the last "done" is read, every client has finished
            assert client.stdout.readline().strip() == "done", f"{kind} client failed"
        elapsed = time.perf_counter() - began
        for client in clients:
            client.wait(timeout=900)
            assert client.returncode == 0, f"{kind} client failed"
        return elapsed
    finally:
        for client in clients:
            if client.poll() is None:
                client.kill()
                client.wait()


def app_database(server, prepare: Callable[[], None] | None = None) -> str:  # type: ignore[no-untyped-def]
    from models.common.database import open_database

    address = str(server.create_database("bench"))
    session = open_database(address)
    if prepare is not None:
        prepare()
    session.close()
    return address


def raw_database(server) -> str:  # type: ignore[no-untyped-def]
    import psycopg

    address = str(server.create_database("raw"))
    with psycopg.connect(address, autocommit=True) as connection:
        connection.execute(RAW_TABLES)  # type: ignore[arg-type]
    return address


def check_app(address: str, entries: int, sent: int) -> None:
    """The app's run left what it should: the entries, the messages sent, a ledger that verifies."""
    from models.common.database import database, open_database
    from models.ledger import entries as ledger
    from models.outbox import queue as outbox

    session = open_database(address)
    try:
        assert ledger.LedgerEntry.select().count() == entries
        if sent:
            assert outbox.count_messages(outbox.SENT) == sent
        assert ledger.verify().ok
        assert not database.execute_sql("SELECT 1 FROM message WHERE state <> 'sent'").fetchall()
    finally:
        session.close()


def statements_per_transaction(server, batch: int) -> str:  # type: ignore[no-untyped-def]
    """What the app sends the server for one posting and for one dispatched batch (counted on
    the side, not timed): the round trips behind its ratios."""
    import psycopg

    from models.common.database import open_database, retrying_write, write_transaction
    from models.ledger import entries as ledger
    from models.outbox import dispatcher
    from models.outbox.simulated_gateway import SimulatedGateway

    counted = {"statements": 0, "commits": 0}
    execute, commit = psycopg.Cursor.execute, psycopg.Connection.commit

    def counting_execute(self, query, *args, **kwargs):  # type: ignore[no-untyped-def]
        counted["statements"] += 1
        counted["commits"] += str(query).strip().upper() == "COMMIT"
        return execute(self, query, *args, **kwargs)

    def counting_commit(self):  # type: ignore[no-untyped-def]
        counted["commits"] += 1
        return commit(self)

    address = str(server.create_database("count"))
    session = open_database(address)
    try:
        _queue_and_credit(batch)
        psycopg.Cursor.execute = counting_execute  # type: ignore[method-assign]
        psycopg.Connection.commit = counting_commit  # type: ignore[method-assign]

        def post() -> None:
            with write_transaction():
                ledger.post(ledger.ADJUSTMENT, 1_000_000, "count", "counted", "count")

        retrying_write(post)
        posting = dict(counted)
        counted.update(statements=0, commits=0)
        dispatcher.dispatch(SimulatedGateway(), batch_size=batch)
        sending = dict(counted)
    finally:
        psycopg.Cursor.execute = execute  # type: ignore[method-assign]
        psycopg.Connection.commit = commit  # type: ignore[method-assign]
        session.close()
        server.drop_database(address)
    return (
        f"statements the app sends: a posting {posting['statements']} (commits "
        f"{posting['commits']}; raw shaped 4, raw 2); a whole dispatch of one batch of {batch} "
        f"{sending['statements']} (commits {sending['commits']}; raw 3 executemany, 3 commits)"
    )


def _queue_and_credit(messages: int) -> None:
    from models.common.database import write_transaction
    from models.ledger import entries as ledger
    from models.outbox import queue as outbox
    from models.pricing.campaign_estimate import load_index
    from models.pricing.phone_numbers import Normalized

    recipients = [Normalized(f"+420601{i:06d}", "CZ") for i in range(messages)]
    queued = outbox.queue_campaign("Benchmark message", recipients, load_index())
    with write_transaction():
        ledger.post(ledger.ADJUSTMENT, queued.total, "benchmark", "credit for the benchmark")


def split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if part < total % parts else 0) for part in range(parts)]


def posting_round(server, clients: int, postings: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    shares = [[desk, share] for desk, share in enumerate(split(postings, clients))]
    times = {}
    address = app_database(server)
    times["app"] = run_clients("app-post", address, shares)
    check_app(address, postings, 0)
    server.drop_database(address)
    address = app_database(server)
    times["shaped"] = run_clients("raw-shaped-post", address, shares)
    check_app(address, postings, 0)
    server.drop_database(address)
    address = raw_database(server)
    times["raw"] = run_clients("raw-post", address, shares)
    server.drop_database(address)
    return {name: postings / seconds for name, seconds in times.items()}


def dispatch_round(server, clients: int, messages: int, batch: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    address = app_database(server, lambda: _queue_and_credit(messages))
    app = run_clients("app-dispatch", address, [[batch] for _ in range(clients)])
    check_app(address, messages + 1, messages)
    server.drop_database(address)
    batches = messages // batch // clients
    address = raw_database(server)
    raw = run_clients("raw-dispatch", address, [[desk, batches, batch] for desk in range(clients)])
    server.drop_database(address)
    return {"app": messages / app, "raw": batches * batch * clients / raw}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--postings", type=int, default=5000)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()

    from tests.helpers.postgres_server import PostgresServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        sys.exit("No PostgreSQL found: install the Debian package postgresql (./setup.sh --dev).")
    server = PostgresServer(bin_dir).start()
    summary = []
    try:
        print(statements_per_transaction(server, args.batch))
        for clients in args.clients:
            posting = [posting_round(server, clients, args.postings) for _ in range(args.rounds)]
            sending = [
                dispatch_round(server, clients, args.messages, args.batch)
                for _ in range(args.rounds)
            ]

            def median(rounds: list[dict[str, float]], name: str) -> float:
                return statistics.median(found[name] for found in rounds)

            post_app, post_shaped, post_raw = (
                median(posting, name) for name in ("app", "shaped", "raw")
            )
            send_app, send_raw = median(sending, "app"), median(sending, "raw")
            print(
                f"{clients} client(s), posting {args.postings:,} entries (1 per transaction): "
                f"app {post_app:,.0f}/s, raw shaped {post_shaped:,.0f}/s, raw {post_raw:,.0f}/s; "
                f"app/raw {post_app / post_raw:.2f}, app/raw shaped {post_app / post_shaped:.2f}, "
                f"raw shaped/raw {post_shaped / post_raw:.2f}"
            )
            print(
                f"{clients} client(s), dispatching {args.messages:,} messages (batches of "
                f"{args.batch}, 3 transactions each): app {send_app:,.0f} messages/s, raw "
                f"{send_raw:,.0f}/s; app/raw {send_app / send_raw:.2f}"
            )
            summary.append(
                f"{clients}: posting {post_app / post_raw:.2f}, dispatch {send_app / send_raw:.2f}"
            )
    finally:
        server.stop()
    print(
        f"app/raw throughput ratios (medians of {args.rounds} rounds), by clients — "
        + "; ".join(summary)
        + " (no target: team mode's first measurement)"
    )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--client":
        CLIENTS[sys.argv[2]](sys.argv[3], *map(int, sys.argv[4:]))
    else:
        main()
