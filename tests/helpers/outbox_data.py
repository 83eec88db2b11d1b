"""Outbox test data: a small price list, credit, and campaigns of generated numbers."""

from __future__ import annotations

from models.common.database import write_transaction
from models.ledger import entries as ledger
from models.outbox import queue as outbox
from models.pricing import price_list
from models.pricing.campaign_estimate import load_index
from models.pricing.phone_numbers import Normalized
from models.pricing.price_list import PriceRow

CZ_OTHER = 30_000  # micro-credits per part: Czech numbers of other networks
CZ_O2 = 40_000  # Czech numbers starting +420 601
SK_ANY = 55_000


def small_price_list() -> None:
    price_list.replace(
        "Test prices",
        [
            PriceRow("CZ", "420", "", "", CZ_OTHER),
            PriceRow("CZ", "420", "O2", "420601", CZ_O2),
            PriceRow("SK", "421", "", "", SK_ANY),
        ],
    )


def credit(micro: int) -> None:
    """Add credit directly through the ledger (a top-up without a payment)."""
    with write_transaction():
        ledger.post(ledger.ADJUSTMENT, micro, "test", "test credit")


def numbers(count: int, start: int = 0, mixed: bool = False) -> list[Normalized]:
    """Distinct Czech numbers; `mixed` alternates O2 (+420 601…) with other networks (+420 777…)."""
    found = []
    for i in range(start, start + count):
        prefix = "+420601" if not mixed or i % 2 == 0 else "+420777"
        found.append(Normalized(f"{prefix}{i:06d}", "CZ"))
    return found


def queue(count: int, text: str = "Hello", mixed: bool = False, start: int = 0) -> int:
    """Queue a campaign of `count` messages; returns its id."""
    return outbox.queue_campaign(text, numbers(count, start, mixed), load_index()).campaign_id


def charged_message_ids() -> list[int]:
    from models.common.database import database

    rows = database.execute_sql(
        "SELECT reference FROM ledger_entry WHERE kind = 'message-charge' ORDER BY id"
    ).fetchall()
    return [int(row[0].split(":")[1]) for row in rows]


def ids_in_state(state: str) -> list[int]:
    from models.common.database import database

    rows = database.execute_sql(
        "SELECT id FROM message WHERE state = ? ORDER BY id", (state,)
    ).fetchall()
    return [row[0] for row in rows]
