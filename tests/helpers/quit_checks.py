"""What must hold after the app ended at a random moment: each check lists the problems it found."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

from tests.helpers.quit_data import IMPORTED_PRICE_LIST, ZIP_FILE
from tests.helpers.quit_runs import ROOT, Outcome, environment
from tests.helpers.quit_scenarios import OPEN

# Lines that mean a crash, or a thread touching what belongs to another thread.
CRASH_LINES = re.compile(
    r"QThread|different thread|another thread|outside the GUI thread|Traceback \(most recent|"
    r"Fatal Python error|Segmentation fault|Aborted|double free|corrupted|core dumped|"
    r"terminate called|driver-error|QBackingStore|QPainter|Recursive repaint",
    re.IGNORECASE,
)


def process_problems(outcome: Outcome, ending: str) -> list[str]:
    problems = []
    if outcome.stuck:
        problems.append(f"the app hung: {outcome.stuck}")
    elif outcome.returncode != 0:
        problems.append(f"exit status {outcome.returncode}, not 0")
    crashes = [line for line in outcome.stderr.splitlines() if CRASH_LINES.search(line)]
    problems += [f"stderr: {line}" for line in dict.fromkeys(crashes)]  # each line once
    problems += [
        f"stdout: {line}" for line in outcome.stdout.splitlines() if "driver-error" in line
    ]
    if outcome.left_behind:
        problems.append(f"processes still running after the app ended: {outcome.left_behind}")
    if ending == OPEN and not outcome.stuck and "switched" not in outcome.stdout.splitlines():
        problems.append("File → Open did not switch to the other database")
    return problems


def _rows(database: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _count(database: Path, sql: str) -> int:
    return int(_rows(database, sql)[0][0])


def _verify(database: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", str(database), "verify"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=environment(database.parent),
    )
    if done.returncode == 0 and done.stdout.startswith("OK"):
        return []
    return [f"verify failed ({done.returncode}): {(done.stdout + done.stderr).strip()}"]


def sound_database(database: Path) -> list[str]:
    """Integrity, `verify`, and no price list stored half-way."""
    if not database.exists():
        return [f"{database.name} does not exist"]
    integrity = _rows(database, "PRAGMA integrity_check")
    if integrity != [("ok",)]:
        return [f"{database.name}: PRAGMA integrity_check says {integrity[:5]}"]
    problems = _verify(database)
    tables = {row[0] for row in _rows(database, "SELECT name FROM sqlite_master")}
    if "price_list" in tables:
        for name, promised, stored in _rows(
            database,
            "SELECT name, price_count, (SELECT count(*) FROM price WHERE price_list_id = l.id) "
            "FROM price_list l",
        ):
            if promised != stored:
                problems.append(f"price list “{name}” holds {stored} of its {promised} prices")
    return problems


def charges(database: Path) -> list[str]:
    """No message charged twice; every charged message sent, and every sent one charged."""
    charged = Counter(
        reference
        for (reference,) in _rows(
            database, "SELECT reference FROM ledger_entry WHERE kind = 'message-charge'"
        )
    )
    states = {
        f"message:{id_}": state for id_, state in _rows(database, "SELECT id, state FROM message")
    }
    twice = [reference for reference, count in charged.items() if count > 1]
    unsent = [(r, states.get(r, "no such message")) for r in charged if states.get(r) != "sent"]
    free = [r for r, state in states.items() if state == "sent" and r not in charged]
    return (
        [f"message charged more than once: {reference}" for reference in twice[:5]]
        + [f"charged message not marked sent: {found}" for found in unsent[:5]]
        + [f"sent message never charged: {reference}" for reference in free[:5]]
    )


def statement_whole(database: Path, credits: int) -> list[str]:
    """The statement import is one transaction: its credits are all recorded, each matched one
    confirming its payment (paid, a top-up in the ledger, a tax invoice), or none is."""
    recorded = _count(database, "SELECT count(*) FROM bank_entry")
    counts = {
        "matched credits": _count(
            database, "SELECT count(*) FROM bank_entry WHERE status = 'matched'"
        ),
        "paid payments": _count(database, "SELECT count(*) FROM payment WHERE state = 'paid'"),
        "top-ups in the ledger": _count(
            database, "SELECT count(*) FROM ledger_entry WHERE kind = 'top-up'"
        ),
        "tax invoices": _count(database, "SELECT count(*) FROM document WHERE kind = 'invoice'"),
    }
    if recorded not in (0, credits) or set(counts.values()) != {recorded}:
        return [f"half-imported statement: {recorded} of {credits} credits recorded, {counts}"]
    return []


def zip_whole(folder: Path, documents: int) -> list[str]:
    """The ZIP is absent, or complete under its final name."""
    target = folder / ZIP_FILE
    if not target.exists():
        return []
    try:
        with zipfile.ZipFile(target) as archive:
            broken = archive.testzip()
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError) as error:
        return [f"{ZIP_FILE} is not a whole ZIP ({error}), {target.stat().st_size} bytes"]
    if broken is not None or len(names) != documents:
        return [f"{ZIP_FILE} holds {len(names)} of {documents} documents (broken: {broken})"]
    return []


def price_list_whole(database: Path, expected: dict[str, int]) -> list[str]:
    """The price list in force is the sample or the imported file, whole."""
    found = _rows(database, "SELECT name, price_count FROM price_list")
    wanted = expected["imported_rows"] if found and found[0][0] == IMPORTED_PRICE_LIST else None
    if len(found) != 1 or found[0][1] != (wanted or expected["sample_rows"]):
        return [
            f"price list in force: {found}, expected the sample or “{IMPORTED_PRICE_LIST}” whole"
        ]
    return []


def untouched_other(database: Path, sample_rows: int) -> list[str]:
    """The database switched to holds nothing of the work started on the first one."""
    problems = [f"the other database: {p}" for p in sound_database(database)]
    for table in ("bank_entry", "message", "document"):
        count = _count(database, f"SELECT count(*) FROM {table}")
        if count:
            problems.append(f"the other database got {count} rows of {table}")
    found = _rows(database, "SELECT name, price_count FROM price_list")
    if len(found) != 1 or found[0][0] == IMPORTED_PRICE_LIST or found[0][1] != sample_rows:
        problems.append(f"the other database's price list changed: {found}")
    return problems
