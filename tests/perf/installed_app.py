"""Installer benchmark: the size of the built .deb (target < 150 MB) and the start of the
installed app against the source run, measured in the same session.

Run (as root, with the .deb installed, e.g. after packaging/build.sh):
    xvfb-run -a .venv/bin/python tests/perf/installed_app.py [--rounds 7] [--cold]
For each round, interleaved: `credit-desk … balance` against `python main.py … balance` (process
start to exit), and the window (start until the main window is visible on the X screen, then
SIGTERM). --cold drops the page cache before every start (root only), as after a reboot.
Prints medians and the installed/source ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = [sys.executable, str(ROOT / "main.py")]


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def timed_command(program: list[str], database: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [*program, "--database", str(database), "balance"], check=True, capture_output=True
    )
    return time.perf_counter() - start


def timed_window(program: list[str], database: Path) -> float:
    """Seconds from starting the program until its main window is visible (xdotool)."""
    start = time.perf_counter()
    app = subprocess.Popen([*program, "--database", str(database)], stderr=subprocess.DEVNULL)
    try:
        subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid), "--name", "^Credit Desk"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return time.perf_counter() - start
    finally:
        app.send_signal(signal.SIGTERM)
        if app.wait(timeout=60) != 0:
            raise SystemExit(f"{program[0]} exited with status {app.returncode}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each start")
    args = parser.parse_args()
    installed = shutil.which("credit-desk")
    if installed is None:
        raise SystemExit("credit-desk is not installed: apt install ./dist/credit-desk_…deb first")
    debs = sorted((ROOT / "dist").glob("credit-desk_*.deb"))
    if debs:
        print(
            f".deb: {debs[-1].name} {debs[-1].stat().st_size / 1_048_576:.1f} MB (target < 150 MB)"
        )
    print(
        f"installed folder: {sum(p.stat().st_size for p in Path('/opt/credit-desk').rglob('*') if p.is_file() and not p.is_symlink()) / 1_048_576:.0f} MB"
    )
    programs = {"installed": [installed], "source": SOURCE}
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, program in programs.items():  # create each database once, outside the timing
            timed_command(program, Path(folder) / f"{name}.sqlite3")
        for _ in range(args.rounds):
            for kind, measure in (("command", timed_command), ("window", timed_window)):
                for name, program in programs.items():
                    if args.cold:
                        drop_caches()
                    seconds = measure(program, Path(folder) / f"{name}.sqlite3")
                    times.setdefault((kind, name), []).append(seconds)
    state = "cold (page cache dropped)" if args.cold else "warm"
    for kind in ("command", "window"):
        medians = {name: statistics.median(times[(kind, name)]) for name in programs}
        print(
            f"{kind:7} {state}, median of {args.rounds}: installed {medians['installed'] * 1000:.0f} ms, "
            f"source {medians['source'] * 1000:.0f} ms, ratio {medians['installed'] / medians['source']:.2f}"
        )


if __name__ == "__main__":
    main()
