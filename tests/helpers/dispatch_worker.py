"""A separate process that dispatches the outbox, for crash and concurrency tests.

Usage: python dispatch_worker.py DATABASE BATCH LATENCY FAILURE_BASIS_POINTS
Prints "ready", waits for a line on stdin, dispatches through the simulated gateway (seed 7)
and prints the report's reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.common.database import open_database  # noqa: E402
from models.outbox import dispatcher  # noqa: E402
from models.outbox.simulated_gateway import SimulatedGateway  # noqa: E402


def main() -> None:
    open_database(sys.argv[1])
    batch, latency, failures = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    gateway = SimulatedGateway(failures, seed=7, latency_seconds=latency)
    print("ready", flush=True)
    sys.stdin.readline()
    report = dispatcher.dispatch(gateway, batch_size=batch)
    print(f"done {report.reason} {report.sent} {report.failed}", flush=True)


if __name__ == "__main__":
    main()
