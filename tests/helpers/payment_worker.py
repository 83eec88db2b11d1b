"""A separate process that confirms payments, for concurrency and crash tests.

Usage: python payment_worker.py DATABASE [PAYMENT_ID ...]
Prints "ready", waits for a line on stdin ("go"), then confirms each payment (all pending ones
when no id is given) and prints "ack ID new|again" after each committed confirmation.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.common.database import open_database  # noqa: E402
from models.payments import top_ups as payments  # noqa: E402


def main() -> None:
    open_database(sys.argv[1])
    ids = [int(arg) for arg in sys.argv[2:]] or [
        p.id
        for p in payments.Payment.select(payments.Payment.id)
        .where(payments.Payment.state == payments.PENDING)
        .order_by(payments.Payment.id)
    ]
    print("ready", flush=True)
    sys.stdin.readline()
    for payment_id in ids:
        result = payments.confirm(payment_id)
        print(f"ack {payment_id} {'new' if result.newly_paid else 'again'}", flush=True)


if __name__ == "__main__":
    main()
