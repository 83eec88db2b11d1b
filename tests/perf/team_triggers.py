"""Team step benchmark: what the server's per-role triggers cost a posting desk, in one run.

Run: .venv/bin/python tests/perf/team_triggers.py [--rounds 15] [--batch 2000]
On a throwaway PostgreSQL server (tests/helpers/postgres_server.py), after team-init, a desk in
the operator role posts message charges through the core (ledger.post_many, 20 charges to a
write transaction, as dispatch posts a batch), in interleaved rounds: with the team step's triggers
on ledger_entry (recorded_by from session_user, the operator's credit check), and with those two
disabled by the owner. The figure is the median of entries per second; last line: the ratio
(target: team triggers >= 0.8 of without).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg  # noqa: E402

from models.common import database as db  # noqa: E402
from models.common import team  # noqa: E402
from models.common.database import write_transaction  # noqa: E402
from models.ledger import entries as ledger  # noqa: E402
from tests.helpers.outbox_data import credit  # noqa: E402
from tests.helpers.postgres_server import PostgresServer, find_bin_dir  # noqa: E402

TEAM_TRIGGERS = ("ledger_entry_recorded_by", "ledger_entry_credit_needs_administrator")
TARGET = 0.8
PER_TRANSACTION = 20  # charges in one write transaction, as dispatch posts a batch


def switch(owner_address: str, enabled: bool) -> None:
    verb = "ENABLE" if enabled else "DISABLE"
    with psycopg.connect(owner_address, autocommit=True) as connection:
        for trigger in TEAM_TRIGGERS:
            connection.execute(f"ALTER TABLE ledger_entry {verb} TRIGGER {trigger}")  # type: ignore[arg-type]


def post_round(batch: int, start: int) -> float:
    """`batch` charges, PER_TRANSACTION to a write transaction; entries per second."""
    began = time.perf_counter()
    for first in range(start, start + batch, PER_TRANSACTION):
        charges = [
            (-1, f"message:{i}", "", f"message:{i}") for i in range(first, first + PER_TRANSACTION)
        ]
        with write_transaction():
            ledger.post_many(ledger.MESSAGE_CHARGE, charges)
    return batch / (time.perf_counter() - began)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--batch", type=int, default=2000)
    args = parser.parse_args()
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("No PostgreSQL found: install the Debian package postgresql.")
        return 1
    server = PostgresServer(bin_dir).start()
    try:
        owner = server.create_database("bench")
        session = db.open_database(owner)
        team.team_init(session.db)
        team.add_user(session.db, "bench_operator", "operator", None)
        credit(10**12)
        session.close()
        session = db.open_database(owner.replace("postgres@", "bench_operator@", 1))
        rates: dict[bool, list[float]] = {True: [], False: []}
        number = 0
        for _ in range(args.rounds):
            for enabled in (True, False):
                switch(owner, enabled)
                rates[enabled].append(post_round(args.batch, number))
                number += args.batch
        switch(owner, True)
        session.close()
    finally:
        server.stop()
    with_team, without = (statistics.median(rates[flag]) for flag in (True, False))
    print(f"posting as an operator, team triggers on:  {with_team:,.0f} entries/s (median)")
    print(f"posting as an operator, team triggers off: {without:,.0f} entries/s (median)")
    ratio = with_team / without
    verdict = "meets" if ratio >= TARGET else "misses"
    print(f"ratio {ratio:.2f} (target >= {TARGET}): {verdict} the target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
