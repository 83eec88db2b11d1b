"""Databases and input files for the quit and export tests, made through the core (no Qt).

Each maker works on the database that is open and returns what a later check needs to know.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from models.common.database import write_transaction
from models.common.money import MICRO
from models.ledger import entries as ledger
from models.outbox import queue as outbox
from models.payments import top_ups as payments
from models.pricing import price_list
from models.pricing.campaign_estimate import load_index
from models.pricing.phone_numbers import Normalized
from models.settings import store as settings
from tests import camt_builder
from tests.invoice_helpers import buyer, seller

STATEMENT_FILE = "statement.xml"
PRICE_LIST_FILE = "prices.csv"
IMPORTED_PRICE_LIST = "prices"  # an imported list is named after its file
ZIP_FILE = "invoices.zip"


def documents(count: int) -> dict[str, int]:
    """`count` tax invoices issued today (paid manual top-ups), in one transaction."""
    seller()
    buyer()
    price_list.ensure_loaded()
    with write_transaction():
        for index in range(count):
            quote = payments.quote_for_credits((100 + index) * MICRO, "CZK")
            payments.create_top_up(quote, payments.MANUAL, today=date.today())
    return {"documents": count}


def campaign(count: int) -> dict[str, int]:
    """A campaign of `count` queued messages, credit for all of them, and a gateway that
    rejects some; the window starts sending it by itself when it opens."""
    price_list.ensure_loaded()
    numbers = [Normalized(f"+420777{index:06d}", "CZ") for index in range(count)]
    queued = outbox.queue_campaign("Quit test", numbers, load_index(), name="Quit test")
    settings.set_values({"gateway.simulated_failure_rate": "5", "outbox.auto_resume": "yes"})
    with write_transaction():
        ledger.post(ledger.ADJUSTMENT, queued.total, "quit-test", "credit for the campaign")
    return {"messages": queued.queued}


def statement(count: int, folder: Path) -> dict[str, int]:
    """`count` pending bank transfers and a camt.053 in `folder` whose credits pay each exactly.

    The payments are written as rows (no proforma each), so that thousands take a second."""
    seller()
    buyer()
    price_list.ensure_loaded()
    today = date.today()
    pending = []
    with write_transaction():
        for index in range(count):
            quote = payments.quote_for_credits((10 + index) * MICRO, "CZK")
            pending.append(
                payments.Payment.create(
                    method=payments.BANK_TRANSFER,
                    state=payments.PENDING,
                    currency=quote.currency,
                    net_minor=quote.net_minor,
                    vat_minor=quote.vat_minor,
                    total_minor=quote.total_minor,
                    vat_rate=str(quote.vat_rate),
                    vat_rule=quote.vat_rule,
                    credits=quote.credits,
                    variable_symbol=f"{today.year % 100:02d}{index + 1:08d}",
                    created_at=ledger.now_iso(),
                    due_on=(today + timedelta(days=14)).isoformat(),
                )
            )
    entries = [
        camt_builder.entry(
            f"{payment.total_minor // 100}.{payment.total_minor % 100:02d}",
            booked=today.isoformat(),  # not before the payments were made
            servicer_reference=f"QUIT-{payment.variable_symbol}",
            transactions=[camt_builder.tx(end_to_end=f"VS{payment.variable_symbol}")],
        )
        for payment in pending
    ]
    sellers = camt_builder.statement(*entries, iban=settings.get("seller.iban"))
    (folder / STATEMENT_FILE).write_bytes(camt_builder.document(statements=[sellers]))
    return {"credits": count}


def price_list_file(folder: Path, widen: int) -> dict[str, int]:
    """The sample price list in force, and in `folder` a CSV of every sample row plus `widen`
    longer prefixes under each operator prefix, all one micro-credit dearer."""
    from models.pricing.price_list_csv import write_price_list

    price_list.ensure_loaded()
    sample = price_list.all_rows()
    taken = {row.prefix for row in sample}  # an operator prefix is priced once, in any country
    rows = []
    for row in sample:
        rows.append(row._replace(price=row.price + 1))
        for digit in range(widen if row.prefix else 0):
            prefix = f"{row.prefix}{digit}"
            if len(prefix) <= 15 and prefix not in taken:
                taken.add(prefix)
                rows.append(
                    price_list.PriceRow(
                        row.country, row.dialling_code, row.operator, prefix, row.price + 1
                    )
                )
    (folder / PRICE_LIST_FILE).write_text(write_price_list(rows), encoding="utf-8")
    info = price_list.current()
    assert info is not None
    return {"imported_rows": len(rows), "sample_rows": info.price_count}


def loaded() -> dict[str, int]:
    """A database whose sample price list is loaded already (the one File → Open switches to)."""
    info = price_list.ensure_loaded()
    return {"sample_rows": info.price_count}


def prepare(scenario: str, folder: Path) -> dict[str, int]:
    """The scenario's database (and input files) in `folder`; what the checks will expect."""
    from models.common.database import open_database
    from tests.helpers.quit_scenarios import (
        DATABASE,
        INVOICE_ZIP,
        MANY_DOCUMENTS,
        NEW_DATABASE,
        OTHER,
        PRICE_LIST,
        SENDING,
        STATEMENT,
    )

    folder.mkdir(parents=True, exist_ok=True)
    if scenario == NEW_DATABASE:
        return {}  # no file: the app creates it
    makers: dict[str, Callable[[], dict[str, int]]] = {
        SENDING: lambda: campaign(40_000),
        STATEMENT: lambda: statement(1000, folder),
        INVOICE_ZIP: lambda: documents(300),
        PRICE_LIST: lambda: price_list_file(folder, widen=4),
        OTHER: loaded,
        MANY_DOCUMENTS: lambda: documents(1000),
    }
    opened = open_database(folder / DATABASE)
    try:
        return makers[scenario]()
    finally:
        opened.close()
