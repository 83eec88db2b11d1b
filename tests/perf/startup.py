"""Start-up benchmark: process start → main window shown, against a bare PySide6 QMainWindow.

Run: .venv/bin/python tests/perf/startup.py [--runs 7] [--database PATH] [--platform offscreen|xcb]
Prints each run, the medians, and as its last line the ratio (target ≤ 1.5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Both children print "shown" from the first event-loop turn after show(), then quit.
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

# What any window over this stack pays before it does anything of its own: Peewee imported, Qt's
# enum namespace touched, a sidebar and six pages of plain labels. Printed for reference only.
FLOOR = """
import peewee
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QToolBar, QWidget
)
app = QApplication([])
window = QMainWindow()
central = QWidget()
row = QHBoxLayout(central)
sidebar, pages = QListWidget(), QStackedWidget()
for title in ["Price list", "Payments", "Transactions", "Invoices", "Billing information", "Outbox"]:
    sidebar.addItem(title)
    pages.addWidget(QLabel(title, alignment=Qt.AlignmentFlag.AlignCenter))
row.addWidget(sidebar)
row.addWidget(pages, 1)
window.setCentralWidget(central)
window.addToolBar(QToolBar())
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

CREDIT_DESK = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def exec_then_quit(*_):
    app = QApplication.instance()
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    return real_exec()
QApplication.exec = exec_then_quit
import main
sys.exit(main.main(["--database", {database!r}]))
"""


def time_child(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    elapsed = time.perf_counter() - started
    child.wait(timeout=60)
    if line != "shown":
        raise SystemExit(f"the child did not show its window (exit {child.returncode})")
    return elapsed


def fill_ledger(database: Path, entries: int) -> None:
    sys.path.insert(0, str(ROOT))
    from ledger import fill  # tests/perf/ledger.py, beside this script

    from models.common import database as db

    db.open_database(database)
    fill(entries)
    db.open_session().close()
    print(f"database with {entries:,} ledger entries: {database.stat().st_size / 1e6:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database", type=Path, help="an existing database (default: a new one)")
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument(
        "--ledger-entries",
        type=int,
        default=0,
        help="first fill a new database with this many entries",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        database = args.database or Path(folder) / "startup.sqlite3"
        if args.ledger_entries:
            fill_ledger(database, args.ledger_entries)
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, XDG_CONFIG_HOME=folder)
        app_code = CREDIT_DESK.format(root=str(ROOT), database=str(database))
        time_child(app_code, env)  # warm-up: creates the database, fills the OS file cache
        time_child(BARE, env)
        time_child(FLOOR, env)
        bare, floor, app = [], [], []
        for run in range(args.runs):  # interleaved, so load on the machine hits all alike
            bare.append(time_child(BARE, env))
            floor.append(time_child(FLOOR, env))
            app.append(time_child(app_code, env))
            print(
                f"run {run + 1}: bare {bare[-1] * 1000:.0f} ms, floor {floor[-1] * 1000:.0f} ms, "
                f"Credit Desk {app[-1] * 1000:.0f} ms"
            )
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    floor_median = statistics.median(floor)
    print(f"median bare QMainWindow: {bare_median * 1000:.0f} ms")
    print(
        f"median floor (Peewee + Qt enums + plain sidebar window): {floor_median * 1000:.0f} ms "
        f"= {floor_median / bare_median:.2f} x bare"
    )
    print(f"median Credit Desk:      {app_median * 1000:.0f} ms")
    print(f"ratio Credit Desk / bare window: {app_median / bare_median:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
