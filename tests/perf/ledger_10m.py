"""Ledger at 10,000,000 entries: the Transactions totals and `verify`, default and --full.

Run: .venv/bin/python tests/perf/ledger_10m.py [--entries 10000000] [--tail 10000] [--runs 7]
[--database PATH [--reuse]]

The ledger is generated first into a temporary file (or PATH, to keep it): --entries over the
last three years, as the app writes them (tests/helpers/ledger_fill.py: bulk INSERT … SELECT
through the real table and triggers, so balances chain, the account row and the day totals are
kept by the database; a message charge is of a sent message at its price), then --tail more
over the last day. Figures:

* generation:     seconds to write the ledger (and its messages and campaigns);
* verify --full:  every entry read from the first, the day totals recomputed, SQLite's integrity
                  check and the outbox's charge check, as `main.py verify --full` does; run on
                  the ledger without its tail, it makes the checkpoint the default then uses;
* verify:         the default after the tail was posted: the checkpoint's cheap checks, the
                  tail read one by one, its days and the charges after the checkpoint;
* totals:         LedgerView.totals() medians of --runs: all entries; this year (local days,
                  so partial UTC days at both ends); last month; a text over all entries and
                  over this year (read from the entries: no day total holds a text).

Last line: the targets (totals all <= 50 ms, period <= 500 ms, verify default <= 10 s).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.common import database as db
from models.ledger import entries as ledger  # noqa: E402
from models.ledger import periods  # noqa: E402
from models.ledger.query import LedgerFilter, Order, open_view  # noqa: E402
from models.ledger.verification import Verification  # noqa: E402
from models.outbox import queue as outbox  # noqa: E402
from tests.helpers.ledger_fill import bulk_fill  # noqa: E402

TEXT = "campaign 12"  # a campaign number in the charges' descriptions: 12, 120…129, 1200…


def timed(work: Callable[[], object]) -> tuple[float, object]:
    began = time.perf_counter()
    result = work()
    return time.perf_counter() - began, result


def verify(full: bool) -> tuple[float, Verification]:
    seconds, result = timed(lambda: ledger.verify(full, outbox.charge_problems))
    assert isinstance(result, Verification)
    assert result.ok, result.problems
    return seconds, result


def generate(entries: int) -> None:
    db.database.execute_sql("PRAGMA cache_size = -1000000")  # 1 GB: the indexes grow in memory
    now = datetime.now(UTC)
    day_ago = now - timedelta(days=1)
    start = now - timedelta(days=3 * 365)
    chunk = 1_000_000
    began = time.perf_counter()
    for done in range(0, entries, chunk):  # in chunks of a transaction each, spread in time
        part = min(chunk, entries - done)
        span = (day_ago - start) / entries
        bulk_fill(part, start + span * done, start + span * (done + part))
        print(f"  {done + part:,} entries, {time.perf_counter() - began:.0f} s", flush=True)


def totals_ms(ledger_filter: LedgerFilter, runs: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(runs):
        view, _ = open_view(ledger_filter, Order())
        seconds, totals = timed(view.totals)
        times.append(seconds)
        count = totals.count  # type: ignore[attr-defined]
    return statistics.median(times) * 1000, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000_000)
    parser.add_argument("--tail", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", type=Path, help="write the ledger here and keep it")
    parser.add_argument("--reuse", action="store_true", help="measure the ledger in --database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.database or Path(folder) / "ledger.sqlite3"
        if args.reuse and path.exists():
            db.open_database(path)
            print(f"reusing {path} ({path.stat().st_size / 1e6:,.0f} MB)")
        else:
            path.unlink(missing_ok=True)
            db.open_database(path)
            seconds, _ = timed(lambda: generate(args.entries))
            size = path.stat().st_size / 1e6
            print(f"generated {args.entries:,} entries in {seconds:.0f} s ({size:,.0f} MB)")
        full_s, full = verify(full=True)
        print(f"verify --full: {full_s:.1f} s ({full.read:,} entries read)")
        now = datetime.now(UTC)
        seconds, _ = timed(lambda: bulk_fill(args.tail, now - timedelta(days=1), now))
        print(f"posted a tail of {args.tail:,} entries in {seconds:.1f} s")
        default_s, result = verify(full=False)
        print(
            f"verify (default): {default_s:.2f} s ({result.read:,} entries read after the "
            f"checkpoint at entry {result.checkpoint:,})"
        )
        again_s, _ = verify(full=False)
        print(f"verify (default) again, nothing posted since: {again_s:.2f} s")

        today = date.today()
        this_year = periods.period_filter(*periods.period_dates(periods.THIS_YEAR, today))
        last_month = periods.period_filter(*periods.period_dates(periods.LAST_MONTH, today))
        text_year = periods.period_filter(
            *periods.period_dates(periods.THIS_YEAR, today), text=TEXT
        )
        figures = {
            "all": totals_ms(LedgerFilter(), args.runs),
            "this year": totals_ms(this_year, args.runs),
            "last month": totals_ms(last_month, args.runs),
            f"text {TEXT!r}": totals_ms(LedgerFilter(text=TEXT), max(3, args.runs // 2)),
            f"this year + text {TEXT!r}": totals_ms(text_year, max(3, args.runs // 2)),
        }
        for name, (ms, count) in figures.items():
            print(f"totals, {name:28s} {ms:9.1f} ms  ({count:,} entries)")
        entries = ledger.Account.get_by_id(1).entry_count
        period = max(figures["this year"][0], figures["last month"][0])
        print(
            f"targets at {entries:,} entries: totals all {figures['all'][0]:.1f} ms (<= 50), "
            f"period {period:.1f} ms (<= 500), verify default {default_s:.2f} s (<= 10); "
            f"verify --full {full_s:.0f} s, text {figures[f'text {TEXT!r}'][0]:.0f} ms "
            "(no target)"
        )
        db.open_session().close()  # type: ignore[union-attr]


if __name__ == "__main__":
    main()
