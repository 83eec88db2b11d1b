"""Year-end export benchmark: a year of paid top-ups' invoices exported to one ZIP.

Run: .venv/bin/python tests/perf/year_end_export.py [--invoices 10000] [--workers 2] [--runs 3]
     [--database PATH] [--format pdf|isdoc|facturx]

Builds --invoices paid top-ups (each with its tax invoice) in a temporary database (or in
--database PATH, kept and reused by later runs), then exports them all to a ZIP with --workers
worker processes, each run in a fresh process that has opened the database and imported the
export first (its idle state). Per run: the time to the first file on disk (from selecting the
documents to the first file written into the ZIP's temporary file), the total time, the CPU
time of the process and its workers, and memory: the process's own peak (VmHWM, reset at
idle) above its idle RSS, the largest worker's peak RSS (getrusage of the children), and the
peak of the process and its workers together above the idle size, as RSS every 50 ms (it
counts the pages they share once in each process, so it overstates) and as PSS every 0.5 s
(shared pages divided among the processes that share them; reading it costs CPU). Then one
cancelled export (cancelled after a second): how long it took to stop, and that neither ZIP
nor temporary file is left. Last line: the medians against the targets (first file <= 1 s,
total <= 30 s, memory <= 200 MB above idle).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MB = 1024 * 1024


def _status_kb(field: str, pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _pss_kb(pid: int | str = "self") -> int:
    """Proportional set size: private pages, and shared ones divided among their sharers."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def _tree_kb(pid: int, with_pss: bool) -> tuple[int, int]:
    """RSS and (when asked: reading it costs a millisecond a process) PSS of the process and its
    children, summed."""
    rss = pss = 0
    for member in [pid, *_children(pid)]:
        try:
            rss += _status_kb("VmRSS", member)
            pss += _pss_kb(member) if with_pss else 0
        except OSError:
            continue  # ended meanwhile
    return rss, pss


class Sampler(threading.Thread):
    """The peak RSS of this process and its children together every 50 ms, and their PSS every
    0.5 s (the export's memory is flat once it runs)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_rss_kb = self.peak_pss_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        count = 0
        while not self._done.wait(0.05):
            rss, pss = _tree_kb(os.getpid(), with_pss=count % 10 == 0)
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            count += 1

    def stop(self) -> None:
        self._done.set()
        self.join()


def build(path: Path, count: int) -> None:
    from invoices import make_invoices

    from models.common import database as db

    session = db.open_database(path)
    try:
        session.execute_sql("PRAGMA synchronous=OFF")  # building only; the export reads
        have = session.execute_sql("SELECT count(*) FROM document").fetchone()[0]
        if have == 0:
            started = time.perf_counter()
            make_invoices(count)
            print(
                f"built {count:,} paid top-ups' invoices in {time.perf_counter() - started:.0f} s"
            )
        elif have != count:
            raise SystemExit(f"{path} holds {have} documents, not {count}: use another --database")
    finally:
        session.close()


def measure(database_path: Path, target: Path, workers: int, export_format: str, cancel: bool):
    """One export in this (fresh) process; a dict of figures."""
    from models.common import database as db
    from models.invoicing import export as invoice_export

    session = db.open_database(database_path)
    Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS: the peak from idle on
    idle_kb, idle_pss_kb = _status_kb("VmRSS"), _pss_kb()
    sampler = Sampler()
    sampler.start()
    seen: dict[str, float] = {}
    started = time.perf_counter()
    cpu_before = os.times()

    def progress(done: int, total: int) -> None:
        if done == 1:
            seen["first"] = time.perf_counter() - started
            parts = list(target.parent.glob(f".{target.name}.*.part"))
            seen["first_bytes"] = float(sum(part.stat().st_size for part in parts))

    def cancelled() -> bool:
        return cancel and time.perf_counter() - started > 1.0

    ids = invoice_export.select()
    result = invoice_export.export_to_zip(
        ids, target, progress, cancelled, workers=workers, export_format=export_format
    )
    total = time.perf_counter() - started
    cpu_after = os.times()
    sampler.stop()
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    figures = {
        "documents": len(ids),
        "files": len(result.files),
        "cancelled": result.cancelled,
        "first_s": seen.get("first", float("nan")),
        "first_bytes": seen.get("first_bytes", 0.0),
        "total_s": total,
        "cpu_s": sum(cpu_after[:4]) - sum(cpu_before[:4]),
        "cpu_app_s": sum(cpu_after[:2]) - sum(cpu_before[:2]),
        "idle_mb": idle_kb / 1024,
        "parent_growth_mb": (_status_kb("VmHWM") - idle_kb) / 1024,
        "worker_peak_mb": children_kb / 1024,
        "tree_growth_mb": (sampler.peak_rss_kb - idle_kb) / 1024,
        "tree_pss_growth_mb": (sampler.peak_pss_kb - idle_pss_kb) / 1024,
        "left": sorted(path.name for path in target.parent.iterdir()),
    }
    session.close()
    return figures


def check_zip(target: Path, expected: int) -> str:
    with zipfile.ZipFile(target) as archive:
        infos = archive.infolist()
        stored = all(info.compress_type == zipfile.ZIP_STORED for info in infos)
        numbers = [info.filename for info in infos]
        in_order = numbers == sorted(numbers)  # invoice-2026-000001.pdf, … issued in order
        bad = archive.testzip()
    return (
        f"ZIP {target.stat().st_size / MB:.0f} MB, {len(infos):,} of {expected:,} files, "
        f"{'all stored' if stored else 'NOT all stored'}, "
        f"{'in order' if in_order else 'NOT in order'}, CRCs {'ok' if bad is None else bad}"
    )


def run_measure(database: Path, target: Path, args: argparse.Namespace, cancel: bool) -> dict:
    command = [sys.executable, __file__, "--measure", str(database), str(target)]
    command += ["--workers", str(args.workers), "--format", args.format]
    command += ["--cancel"] if cancel else []
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures: dict = json.loads(output.splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", default="pdf")
    parser.add_argument("--database", type=Path)
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cancel", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        database, target = args.measure
        print(json.dumps(measure(database, target, args.workers, args.format, args.cancel)))
        return

    with tempfile.TemporaryDirectory() as folder:
        database = args.database or Path(folder) / "year.sqlite3"
        build(database, args.invoices)
        runs = []
        for number in range(1, args.runs + 1):
            out = Path(folder) / f"run{number}"
            out.mkdir()
            figures = run_measure(database, out / "documents.zip", args, cancel=False)
            runs.append(figures)
            print(
                f"run {number}: {figures['files']:,} files, first file on disk after "
                f"{figures['first_s']:.2f} s ({figures['first_bytes'] / 1024:.0f} KiB written), "
                f"total {figures['total_s']:.1f} s, CPU {figures['cpu_s']:.1f} s "
                f"({figures['cpu_app_s']:.1f} s of it the app's process); idle RSS "
                f"{figures['idle_mb']:.0f} MB, peak above idle: process "
                f"{figures['parent_growth_mb']:.0f} MB, largest worker "
                f"{figures['worker_peak_mb']:.0f} MB, all together "
                f"{figures['tree_growth_mb']:.0f} MB RSS, {figures['tree_pss_growth_mb']:.0f} MB PSS"
            )
            print(f"  {check_zip(out / 'documents.zip', figures['documents'])}")
            (out / "documents.zip").unlink()
        out = Path(folder) / "cancelled"
        out.mkdir()
        stopped = run_measure(database, out / "documents.zip", args, cancel=True)
        print(
            f"cancelled after 1 s: returned after {stopped['total_s']:.2f} s with "
            f"{stopped['files']:,} files done; left in the folder: {stopped['left'] or 'nothing'}"
        )

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    first, total, memory = median("first_s"), median("total_s"), median("tree_pss_growth_mb")
    print(
        f"median of {len(runs)}: first file {first:.2f} s (target <= 1), total {total:.1f} s "
        f"(target <= 30; CPU {median('cpu_s'):.0f} s on {os.cpu_count()} shared cores), memory "
        f"above idle {memory:.0f} MB PSS with the workers, {median('tree_growth_mb'):.0f} MB as "
        f"RSS, the app's process alone {median('parent_growth_mb'):.0f} MB (target <= 200)"
    )


if __name__ == "__main__":  # spawned export workers import this file too: nothing runs then
    main()
