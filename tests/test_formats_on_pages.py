"""Every page shows a date, a moment, money and credits the same way (models/common/formatting.py),
and no tooltip shows a raw number or a stored timestamp."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from models.pricing import price_list
from tests.invoice_helpers import buyer, paid, seller

LOAD_TIMEOUT = 20_000
DAY = r"\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec) \d{4}"  # 30 Nov 2026
MOMENT = DAY + r" \d{2}:\d{2}"  # 30 Nov 2026 12:32
MONEY = r"-?(€|CZK )\d{1,3}(,\d{3})*\.\d{2,4}"  # CZK 3,025.00, €0.0361
RAW = re.compile(r"^\d{4,}$|\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}")  # 2005, 2026-03-09, T09:30


def cells(model, role=Qt.ItemDataRole.DisplayRole) -> list[list[object]]:
    return [
        [model.data(model.index(row, column), role) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_pages_show_one_date_and_one_money_format(window, qtbot) -> None:
    price_list.ensure_loaded()
    seller()
    buyer()
    paid(2500)
    window.signals.data_changed.emit()
    payments = window.page("paymentsPage").model
    invoices = window.page("invoicesPage").model
    ledger = window.page("transactionsPage").panel.model
    prices = window.page("priceListPage").prices
    for name in ("paymentsPage", "invoicesPage", "transactionsPage", "priceListPage"):
        window.show_page_named(name)
    qtbot.waitUntil(
        lambda: payments.rowCount() and invoices.rowCount() and ledger.rowCount(),
        timeout=LOAD_TIMEOUT,
    )
    qtbot.waitUntil(lambda: prices.model.rowCount() > 0, timeout=LOAD_TIMEOUT)

    payment = cells(payments)[0]
    assert re.fullmatch(MOMENT, payment[payments.DATE])
    assert payment[payments.AMOUNT] == "CZK 75,625.00"
    assert payment[payments.CREDITS] == "2,500"  # whole credits: no decimals
    invoice = next(row for row in cells(invoices) if row[invoices.TOTAL] == "CZK 75,625.00")
    assert re.fullmatch(DAY, invoice[invoices.ISSUED])
    entry = cells(ledger)[0]
    assert re.fullmatch(MOMENT, entry[ledger.DATE])
    assert entry[ledger.AMOUNT] == "+2,500"
    assert re.search(f"imported {MOMENT} ·", prices.info.text())
    for row in cells(prices.model):
        assert re.fullmatch(MONEY, row[-1]), row  # the price per part is money like any other

    for model in (payments, invoices, ledger, prices.model):
        for row in cells(model, Qt.ItemDataRole.ToolTipRole):
            for tip in row:
                assert tip is None or not RAW.search(str(tip)), tip
