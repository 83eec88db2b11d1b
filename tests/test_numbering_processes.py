"""Two processes issuing documents at once: every number is used once, none is skipped."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from models.common.database import open_database
from models.invoicing.documents import INVOICE, PROFORMA, Document
from tests.invoice_helpers import buyer, seller

WORKER = Path(__file__).resolve().parent / "helpers" / "invoice_worker.py"
PER_PROCESS = 15


def test_two_processes_get_unique_contiguous_numbers(database_path: Path) -> None:
    opened = open_database(database_path)
    seller()
    buyer()
    opened.close()
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(database_path), str(PER_PROCESS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for worker in workers:
        assert worker.stdout.readline().strip() == "ready"
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    for worker in workers:
        out, _ = worker.communicate(timeout=120)
        assert worker.returncode == 0
        assert out.strip() == "done"

    opened = open_database(database_path)
    try:
        year = date.today().year
        for kind, prefix in ((PROFORMA, "PF"), (INVOICE, "")):
            rows = list(Document.select().where(Document.kind == kind).order_by(Document.sequence))
            assert [row.sequence for row in rows] == list(range(1, 2 * PER_PROCESS + 1))
            assert [row.number for row in rows] == [
                f"{prefix}{year}-{n:06d}" for n in range(1, 2 * PER_PROCESS + 1)
            ]
    finally:
        opened.close()
