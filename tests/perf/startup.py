"""Start-up benchmark: process start → main window shown, for Credit Desk in English and in Czech
against a bare QMainWindow and the stack's floor, in the installed form, with an empty and a big
database.

Run: .venv/bin/python tests/perf/startup.py [--runs 7] [--entries 1000000] [--platform offscreen|xcb]
     [--hide PACKAGE …]

Four kinds of child process, interleaved in every run so that load on the machine hits them alike,
each timed from its start until it prints "shown" from the first event-loop turn after show():
  bare    a PySide6 QMainWindow, nothing else;
  floor   what any window over this stack pays: Peewee opening the SQLite database, a QMainWindow
          with a toolbar, a sidebar and a stacked widget of six plain pages;
  en, cs  Credit Desk, `python main.py --database … --lang en|cs`.
Installed form: the project's modules are compiled first (`python -m compileall`, as setup.sh does)
and the children run with PYTHONDONTWRITEBYTECODE=1, so that nothing is compiled on the fly.
Databases: "empty" is a new database after its first start (migrated, the sample price list
loaded, no ledger entries); with --entries N a second one holds N ledger entries, made once.
Prints each run (wall-clock ms, the CPU ms in brackets), the CPU-time medians and their ratios
(steadier on a loaded machine), the wall-clock medians, and as its last line the wall-clock
app/floor ratios against the targets.
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
PACKAGES = (
    "main.py",
    "launch.py",
    "cli",
    "models",
    "ui",
)  # the project's modules, as setup.sh compiles them
TARGETS = {"en": 1.25, "cs": 1.35}  # app / floor, medians of the same run

# Every child prints "shown" and the CPU time it has used (all its threads) from the first
# event-loop turn after show(), then quits. (`time` is loaded with Python itself: it costs nothing.)
BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, lambda: (print("shown", time.process_time(), flush=True), app.quit()))
app.exec()
"""

FLOOR = """
import sys
import time
for driver in ("psycopg2cffi", "psycopg2", "psycopg"):
    sys.modules[driver] = None  # Peewee without its PostgreSQL drivers, as the app imports it
import peewee
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QToolBar, QWidget
)
database = peewee.SqliteDatabase(sys.argv[1], pragmas={"journal_mode": "wal"})
database.connect()
database.execute_sql("PRAGMA user_version").fetchone()
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("floor")
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
QTimer.singleShot(0, lambda: (print("shown", time.process_time(), flush=True), app.quit()))
app.exec()
"""

# The app as `python main.py --database … --lang …` starts it: main.py compiled (as a script is,
# on every start) and run as __main__, with nothing imported before it that it would not import
# itself. A finder waits for main.py's own import of PySide6.QtWidgets to wrap exec() so that it
# reports the first turn of the loop (runpy, or importing PySide6 here first, would add work and
# change the order of imports, which PySide6 makes matter: it reads the source of every module
# imported after it).
CREDIT_DESK = """
import sys
import time
class ShownReporter:
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                spec.loader = ReportingLoader(spec.loader)
                return spec
        return None
class ReportingLoader:
    def __init__(self, loader):
        self.loader = loader
    def create_module(self, spec):
        return self.loader.create_module(spec)
    def exec_module(self, module):
        self.loader.exec_module(module)
        application, real_exec = module.QApplication, module.QApplication.exec
        def exec_then_quit(*_):
            app = application.instance()
            timer = sys.modules["PySide6.QtCore"].QTimer
            timer.singleShot(0, lambda: (print("shown", time.process_time(), flush=True), app.quit()))
            return real_exec()
        application.exec = exec_then_quit
sys.meta_path.insert(0, ShownReporter())
sys.argv = [{main!r}, "--database", sys.argv[1], "--lang", sys.argv[2]]
sys.path[0] = {root!r}  # where `python main.py` looks first: main.py's folder
with open({main!r}, "rb") as script:
    code = compile(script.read(), {main!r}, "exec")
__file__ = {main!r}
del script
exec(code)  # in __main__, as `python main.py` runs it
"""

KINDS = ("bare", "floor", "en", "cs")


def command(kind: str, database: Path) -> list[str]:
    if kind == "bare":
        return [sys.executable, "-c", BARE]
    if kind == "floor":
        return [sys.executable, "-c", FLOOR, str(database)]
    return [
        sys.executable,
        "-c",
        CREDIT_DESK.format(main=str(ROOT / "main.py"), root=str(ROOT)),
        str(database),
        kind,
    ]


def time_child(arguments: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from start to "shown", CPU seconds the child had used by then)."""
    with tempfile.TemporaryFile("w+") as errors:  # Qt's warnings, shown only if it fails
        started = time.perf_counter()
        child = subprocess.Popen(
            arguments, stdout=subprocess.PIPE, stderr=errors, text=True, env=env
        )
        assert child.stdout is not None
        word, _, cpu = child.stdout.readline().strip().partition(" ")
        elapsed = time.perf_counter() - started
        child.wait(timeout=120)
        if word != "shown":
            errors.seek(0)
            raise SystemExit(
                f"{errors.read()}\nthe child did not show its window (exit {child.returncode})"
            )
    return elapsed, float(cpu)


def compile_project() -> None:
    """What setup.sh does after installing: the project's .pyc, so that no start compiles."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *PACKAGES],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE=""),
    )


def hide_packages(folder: Path, names: list[str]) -> Path:
    """A folder that, first on the path, makes `import NAME` fail as if NAME were not installed."""
    for name in names:
        package = folder / name
        package.mkdir(parents=True)
        (package / "__init__.py").write_text(f"raise ImportError('{name} is hidden')\n")
    return folder


def make_database(path: Path, entries: int) -> None:
    """A database as after its first start (sample price list loaded), with `entries` entries."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).parent))
    from ledger import fill  # tests/perf/ledger.py, beside this script

    from models.common import database as db
    from models.pricing import price_list

    session = db.open_database(path)
    price_list.ensure_loaded()
    if entries:
        began = time.perf_counter()
        fill(entries)
        print(
            f"database with {entries:,} ledger entries: {path.stat().st_size / 1e6:.0f} MB "
            f"(made in {time.perf_counter() - began:.0f} s)"
        )
    session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--entries", type=int, default=0, help="also a database with this many ledger entries"
    )
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument(
        "--hide",
        nargs="*",
        default=[],
        metavar="PACKAGE",
        help="packages installed here that the app does not depend on: every child runs as if "
        "they were not installed",
    )
    args = parser.parse_args()

    compile_project()
    with tempfile.TemporaryDirectory() as folder:
        databases = {"empty": Path(folder) / "empty.sqlite3"}
        if args.entries:
            databases[f"{args.entries:,} entries"] = Path(folder) / "big.sqlite3"
        for path, entries in zip(databases.values(), (0, args.entries), strict=False):
            make_database(path, entries)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=args.platform,
            XDG_CONFIG_HOME=folder,  # no saved language or geometry of the user's
            PYTHONDONTWRITEBYTECODE="1",
        )
        if args.hide:
            env["PYTHONPATH"] = str(hide_packages(Path(folder) / "hidden", args.hide))
            print("hidden from every child: " + ", ".join(args.hide))
        for path in databases.values():  # warm-up: fills the OS file cache
            for kind in KINDS:
                time_child(command(kind, path), env)
        times: dict[tuple[str, str], list[float]] = {}
        cpu_times: dict[tuple[str, str], list[float]] = {}
        for run in range(args.runs):
            for label, path in databases.items():
                figures = []
                for kind in KINDS:
                    seconds, cpu = time_child(command(kind, path), env)
                    times.setdefault((label, kind), []).append(seconds)
                    cpu_times.setdefault((label, kind), []).append(cpu)
                    figures.append(f"{kind} {seconds * 1000:.0f} ({cpu * 1000:.0f})")
                print(f"run {run + 1}, {label}: " + ", ".join(figures) + " ms", flush=True)

    # The CPU time each child had used when shown hardly depends on what else the machine runs:
    # on a loaded machine its ratios say more than the wall-clock ones (the targets' measure).
    for label in databases:
        cpu = {kind: statistics.median(cpu_times[(label, kind)]) for kind in KINDS}
        print(
            f"CPU medians, {label} database: "
            + ", ".join(f"{kind} {cpu[kind] * 1000:.0f} ms" for kind in KINDS)
            + f"; app / floor: en {cpu['en'] / cpu['floor']:.2f}, cs {cpu['cs'] / cpu['floor']:.2f}"
        )
    ratios = []
    for label in databases:
        median = {kind: statistics.median(times[(label, kind)]) for kind in KINDS}
        print(
            f"medians of {args.runs}, {label} database: "
            + ", ".join(f"{kind} {median[kind] * 1000:.0f} ms" for kind in KINDS)
            + f"; floor = {median['floor'] / median['bare']:.2f} x bare, "
            + f"en {median['en'] / median['bare']:.2f} x bare, "
            + f"cs {median['cs'] / median['bare']:.2f} x bare"
        )
        ratios += [
            f"{language} {label} {median[language] / median['floor']:.2f} (<= {TARGETS[language]})"
            for language in ("en", "cs")
        ]
    print("app / floor: " + ", ".join(ratios))


if __name__ == "__main__":
    main()
