"""What watching for other desks' changes costs: the change stamp the window's watcher asks every
two seconds (models.common.dialect.change_stamp), against `SELECT 1` on the same connection in
the same run (a round trip that reads nothing), on an SQLite file and on a throwaway local
PostgreSQL server (skipped when none can be started).

Run: .venv/bin/python tests/perf/change_watch.py [--rounds 2000]
Prints the medians, the ratio to the baseline, and the share of the two-second interval one look
takes. Target: one look ≤ 1 % of the interval on both engines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.common import database as db  # noqa: E402
from models.common.dialect import change_stamp  # noqa: E402
from ui.window.change_watcher import INTERVAL_S  # noqa: E402

TARGET_SHARE = 0.01


def median_us(work, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def measure(address: str, rounds: int) -> tuple[float, float]:
    session = db.open_database(address)
    try:
        baseline = median_us(lambda: session.execute_sql("SELECT 1").fetchone(), rounds)
        stamp = median_us(change_stamp, rounds)
    finally:
        session.close()
    return baseline, stamp


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2000)
    rounds = parser.parse_args().rounds
    folder = Path(tempfile.mkdtemp(prefix="change-watch-"))
    engines = {"sqlite": str(folder / "desk.sqlite3")}
    server = None
    from tests.helpers.postgres_server import PostgresServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is not None:
        server = PostgresServer(bin_dir).start()
        engines["postgres"] = server.create_database("watch")
    worst = 0.0
    try:
        for name, address in engines.items():
            baseline, stamp = measure(address, rounds)
            share = stamp / (INTERVAL_S * 1e6)
            worst = max(worst, share)
            print(
                f"{name}: change stamp median {stamp:.1f} µs, SELECT 1 median {baseline:.1f} µs, "
                f"ratio {stamp / baseline:.2f}; {share:.5%} of the {INTERVAL_S:g} s interval"
            )
    finally:
        if server is not None:
            server.stop()
    verdict = "PASS" if worst <= TARGET_SHARE else "FAIL"
    print(f"{verdict}: one look takes at most {worst:.5%} of the interval (target ≤ 1 %)")


if __name__ == "__main__":
    main()
