"""The block of a foreign-currency tax document that states its base and VAT in CZK, with the rate.

“Tax base in CZK 2,508.50 CZK · VAT in CZK 526.79 CZK · Exchange rate: 1 EUR = 25.085 CZK (ČNB,
30 Nov 2026)”; a credit note shows the invoice's CZK amounts, the difference and the result, at
the rate of the invoice it corrects.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from models.common.formatting import amount_text, money_text
from models.invoicing.conversion import Conversion, CzkTotals
from models.invoicing.documents import CREDIT_NOTE
from models.invoicing.pdf_blocks import RULE, Blocks, header_row, text_block, text_style


def rate_line(blocks: Blocks, conversion: Conversion) -> str:
    """“Exchange rate: 1 EUR = 25.085 CZK (ČNB, 30 Nov 2026)”."""
    rate = conversion.rate.replace(".", ",") if blocks.lang == "cs" else conversion.rate
    source = blocks.w(f"rate_source_{conversion.source}").format(
        date=blocks.date(conversion.rate_from),
        first=blocks.date(conversion.rate_from),
        last=blocks.date(conversion.rate_to),
    )
    label = "exchange_rate_of_invoice" if blocks.data.kind == CREDIT_NOTE else "exchange_rate"
    pair = f"{conversion.amount}\u00a0{blocks.data.currency} = {rate}\u00a0{conversion.currency}"
    return f"{blocks.w(label)}: {pair} ({source})"


def _czk(blocks: Blocks, conversion: Conversion, units: int) -> str:
    return money_text(units, conversion.currency, blocks.lang)


def _labels(blocks: Blocks, conversion: Conversion) -> tuple[str, str]:
    return (
        blocks.w("czk_base").format(currency=conversion.currency),
        blocks.w("czk_vat").format(currency=conversion.currency),
    )


def _amounts(blocks: Blocks, conversion: Conversion) -> Table:
    """Under the totals and as wide: the base and VAT in CZK, then the rate (wrapped if long)."""
    base, vat = _labels(blocks, conversion)
    totals = conversion.totals
    rows: list[list[Any]] = [
        [base, _czk(blocks, conversion, totals.net_minor)],
        [vat, _czk(blocks, conversion, totals.vat_minor)],
        [text_block((rate_line(blocks, conversion), "small_right")), ""],
    ]
    table = Table(rows, colWidths=[45 * mm, 40 * mm], hAlign="RIGHT")
    table.setStyle(
        text_style(
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("SPAN", (0, 2), (1, 2)),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        )
    )
    return table


def _differences(blocks: Blocks, conversion: Conversion) -> Table:
    assert conversion.original is not None and conversion.after is not None
    columns: list[tuple[str, CzkTotals]] = [
        (blocks.w("original"), conversion.original),
        (blocks.w("difference"), conversion.totals),
        (blocks.w("after"), conversion.after),
    ]
    head = blocks.w("czk_differences").format(currency=conversion.currency)
    rows: list[list[Any]] = [[head] + [title for title, _ in columns]]
    for key, attribute in (("net", "net_minor"), ("vat", "vat_minor")):
        rows.append(
            [blocks.w(key)]
            + [
                amount_text(getattr(totals, attribute), conversion.currency, blocks.lang)
                for _, totals in columns
            ]
        )
    table = Table(rows, colWidths=[30 * mm, 32 * mm, 32 * mm, 32 * mm], hAlign="LEFT")
    table.setStyle(
        text_style(
            header_row(),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
        )
    )
    return table


def conversion_block(blocks: Blocks) -> Flowable | None:
    """The CZK amounts and the rate, kept on one page; None for a document without them."""
    conversion = blocks.data.conversion
    if conversion is None:
        return None
    if conversion.original is None or conversion.after is None:
        return _amounts(blocks, conversion)  # one table: it moves to the next page whole
    rate = text_block((rate_line(blocks, conversion), "body"))
    return KeepTogether([_differences(blocks, conversion), Spacer(1, 2 * mm), rate])
