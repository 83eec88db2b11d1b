"""Transactions benchmark: a 1,000,000-entry ledger shown, filtered and jumped to its end,
each against the raw SQLite query that returns the same rows, run for run; peak memory. The
GUI lines show the page grouped by campaign and day (its default), then every entry.

Run: .venv/bin/python tests/perf/transactions.py [--entries 1000000] [--runs 11] [--database PATH
[--reuse]]

The ledger is generated first (tests/helpers/ledger_fill.py: INSERT … SELECT over a recursive
CTE through the real table and its triggers, with the campaigns and sent messages its charges
are of, so it passes `verify`) into a temporary file, or into PATH to keep it (e.g. for tests/perf/startup.py
--database PATH). Each figure is a median of --runs runs:

* first rows:      LedgerModel.reload() until the first screen's rows can be read from the model,
                   against SELECT … ORDER BY created_at DESC, id DESC LIMIT 200;
* period + text:   set_filter(this year, text) until the first screen's rows are there, against
                   the same SELECT with the period and the LIKE conditions;
* last row:        the last (oldest) screen of a model just loaded (read backwards from the
                   end: its totals and anchors are still being read), against
                   SELECT … ORDER BY created_at ASC, id ASC LIMIT 200.

The model's counts and totals are read off the GUI thread after each figure; they are awaited
between runs and not counted. The GUI lines (window, page, End key, filter typed) are for
information. Last line: the ratios (target <= 2) and peak RSS (target < 250 MB).
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from models.common import database as db
from models.ledger import periods as ledger_periods  # noqa: E402
from models.ledger.query import LedgerFilter  # noqa: E402
from tests.helpers.ledger_fill import fill_years  # noqa: E402
from ui.common.worker import Workers  # noqa: E402
from ui.transactions.ledger_model import LedgerModel  # noqa: E402

SCREEN = 40  # rows a table shows at once
COLUMNS = "id, created_at, kind, amount, balance_after, reference, description"
TEXT = "campaign 4"  # in the charges' descriptions: campaigns 4, 40…49, 400…499


def paired_ms(
    runs: int, setup: Callable[[], None], ours: Callable[[], None], raw: Callable[[], None]
) -> tuple[float, float]:
    """Medians (ms) of `ours` and `raw` after `setup`, run for run, taking turns to go first
    (whichever reads the pages first finds them colder)."""
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(runs):
        setup()
        pair = [(ours, times[0]), (raw, times[1])]
        for measured, kept in pair if run % 2 else pair[::-1]:
            began = time.perf_counter()
            measured()
            kept.append(time.perf_counter() - began)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def raw_query(path: Path) -> Callable[[str, tuple[object, ...]], list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)

    def run(where_order: str, params: tuple[object, ...]) -> list[tuple[object, ...]]:
        sql = f"SELECT {COLUMNS} FROM ledger_entry {where_order} LIMIT 200"
        return connection.execute(sql, params).fetchall()

    return run


def screen_rows(model: LedgerModel, first: int) -> None:
    for row in range(first, min(first + SCREEN, model.rowCount())):
        assert model.entry(row) is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--database", type=Path, help="write the ledger here and keep it")
    parser.add_argument(
        "--reuse", action="store_true", help="measure the ledger already in --database"
    )
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        path = args.database or Path(folder) / "ledger.sqlite3"
        if args.reuse and path.exists():
            db.open_database(path)
            print(f"reusing {path} ({path.stat().st_size / 1e6:.0f} MB)")
        else:
            path.unlink(missing_ok=True)
            db.open_database(path)
            seconds = fill_years(args.entries)
            size = path.stat().st_size / 1e6
            print(f"generated {args.entries:,} entries in {seconds:.1f} s ({size:.0f} MB)")
        session = db.open_session()
        assert session is not None
        workers = Workers(session)
        measure(args, workers, path, app)
        workers.finish()
        workers.wait()
        session.close()  # the window opens its own session
        gui(path, app)


def measure(args: argparse.Namespace, workers: Workers, path: Path, app: QApplication) -> None:
    raw = raw_query(path)
    model = LedgerModel(workers)
    settle = model.wait_for_background
    newest = "ORDER BY created_at DESC, id DESC"
    first_days = ledger_periods.period_dates(ledger_periods.THIS_YEAR, date.today())
    year = ledger_periods.period_filter(*first_days, text=TEXT)
    like = f"%{TEXT}%"
    period_text = (
        "WHERE created_at >= ? AND created_at < ? AND (description LIKE ? ESCAPE '\\' "
        f"OR reference LIKE ? ESCAPE '\\') {newest}"
    )
    period_params = (year.start, year.end, like, like)

    def show_all() -> None:
        model.set_filter(LedgerFilter())
        screen_rows(model, 0)

    def apply_filter() -> None:
        model.set_filter(year)
        screen_rows(model, 0)

    def jump() -> None:
        last = model.rowCount() - 1
        assert model.entry(last) is not None
        screen_rows(model, max(0, last - SCREEN + 1))

    def fresh() -> None:  # just opened: counted (the account row), its totals still coming
        settle()
        model.set_filter(LedgerFilter())

    raw(newest, ())  # warm the file cache for both
    figures = {
        "first rows": paired_ms(args.runs, settle, show_all, lambda: raw(newest, ())),
        "period + text filter": paired_ms(
            args.runs, settle, apply_filter, lambda: raw(period_text, period_params)
        ),
        "jump to the last row": paired_ms(
            args.runs, fresh, jump, lambda: raw("ORDER BY created_at ASC, id ASC", ())
        ),
    }
    for name, (ours, theirs) in figures.items():
        print(
            f"{name:22s} model {ours:7.2f} ms   raw SQLite {theirs:7.2f} ms   ×{ours / theirs:.2f}"
        )
    settle()
    blocks = model.blocks
    assert blocks is not None
    print(f"rows held by the model: {blocks.cached_rows():,} of {model.rowCount():,}")
    model.shutdown()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ratios = ", ".join(f"{name} ×{ours / theirs:.2f}" for name, (ours, theirs) in figures.items())
    print(f"ratios (target <= 2): {ratios}; peak RSS {peak:.0f} MB (target < 250)")


def gui(path: Path, app: QApplication) -> None:
    """The real window on the same ledger (information, not a ratio)."""

    import launch

    began = time.perf_counter()
    window = launch.build_window(path)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    built = time.perf_counter() - began
    began = time.perf_counter()
    window.sidebar.setCurrentRow(2)
    page = window.page("transactionsPage")
    groups = page.panel.groups_model  # grouped by campaign and day, the default
    while groups.rowCount() == 0 and groups.loading:
        app.processEvents()
    page.panel.groups_table.repaint()
    shown = time.perf_counter() - began
    page.wait_for_background()
    page.panel.every_entry.setChecked(True)  # the rest: every entry
    page.wait_for_background()
    page.panel.table.setFocus()
    began = time.perf_counter()
    page.panel.table.setCurrentIndex(page.panel.model.index(0, 0))
    QTest.keyClick(page.panel.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    page.panel.table.repaint()
    ended = time.perf_counter() - began
    assert page.panel.table.currentIndex().row() == page.panel.model.rowCount() - 1
    began = time.perf_counter()
    page.panel.filters.period.setCurrentIndex(
        page.panel.filters.period.findData(ledger_periods.THIS_YEAR)
    )
    QTest.keyClicks(page.panel.filters.search, TEXT)
    page.panel.filters.flush()
    page.panel.table.repaint()
    filtered = time.perf_counter() - began
    print(
        f"GUI: window built and shown {built * 1000:.0f} ms; Transactions page (grouped) "
        f"painted {shown * 1000:.0f} ms; every entry: Ctrl+End painted {ended * 1000:.0f} ms; "
        f"period + typed text painted {filtered * 1000:.0f} ms"
    )
    page.wait_for_background()
    window.shut_down()


if __name__ == "__main__":
    main()
