"""A separate process that creates and confirms top-ups (each issuing documents), for the
numbering race test.

Usage: python invoice_worker.py DATABASE COUNT
Prints "ready", waits for "go" on stdin, then makes COUNT paid top-ups and prints "done".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.common.database import open_database  # noqa: E402
from models.common.money import MICRO  # noqa: E402
from models.payments import top_ups as payments  # noqa: E402


def main() -> None:
    open_database(sys.argv[1], busy_timeout_ms=30000)
    print("ready", flush=True)
    sys.stdin.readline()
    for _ in range(int(sys.argv[2])):
        quote = payments.quote_for_credits(10 * MICRO, "CZK")
        payment = payments.create_top_up(quote, payments.BANK_TRANSFER)
        payments.confirm(payment.id)
    print("done", flush=True)


if __name__ == "__main__":
    main()
