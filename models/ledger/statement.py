"""The PDF credit statement of a period: opening balance, its entries, closing balance.

A campaign's charges of a day are one row (its name, how many messages, the credits), as on the
Transactions page (models/ledger/groups.py); other entries are a row each, described from their
references in the statement's language (models/ledger/descriptions.py).

Rendered with models/common/pdf_base.py. Every page holds whole rows of one line each under a repeated
table header, so the layout cost grows with the number of pages, not its square. The words come
from the caller (`StatementText`, translated by the GUI), so the core stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, tzinfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from models.common import pdf_base
from models.common.database import database
from models.common.formatting import Count, count_text, credits_text, date_text, datetime_text
from models.common.messages import UserError
from models.common.progress import Cancelled
from models.ledger.descriptions import describe
from models.ledger.groups import Group, groups_page
from models.ledger.periods import period_filter
from models.ledger.query import DATE, LedgerView, Order, snapshot

MAX_ENTRIES = 30_000  # about 550 pages; longer periods are better exported as CSV
COLUMNS_MM = (27, 24, 53, 25, 21, 24)  # date, kind, description, reference, amount, balance
FONT_SIZE = 7.5
# The frame SimpleDocTemplate lays out in (pdf_base's margins, less the frame's own padding).
FRAME_HEIGHT = pdf_base.PAGE_SIZE[1] - 2 * pdf_base.MARGIN - 6 * mm - 12
FRAME_WIDTH = pdf_base.PAGE_SIZE[0] - 2 * pdf_base.MARGIN - 12


class StatementTooLong(UserError):
    """The period holds more entries than a readable statement; str() is the message."""


def _english_messages(campaign: str, count: int) -> str:
    return f"{campaign} · {count:,} message{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class StatementText:
    """The statement's words, in the language it is printed in."""

    title: str = "Credit statement"
    period: str = "Period"
    issued: str = "Issued"
    opening: str = "Opening balance"
    credits_in: str = "Credits in"
    credits_out: str = "Credits out"
    closing: str = "Closing balance"
    entries: str = "Entries"
    nothing: str = "There were no entries in this period."
    headers: tuple[str, ...] = ("Date", "Kind", "Description", "Reference", "Amount", "Balance")
    page: str = "Page %1 of %2"
    kinds: dict[str, str] = field(
        default_factory=lambda: {
            "top-up": "Top-up",
            "message-charge": "Message charge",
            "refund": "Refund",
            "adjustment": "Adjustment",
        }
    )
    # A campaign's group: its name and how many messages (the GUI gives its plural forms).
    messages: Callable[[str, int], str] = _english_messages
    # An entry's description (a Message from describe()) in the statement's language.
    describe: Callable[[str], str] = str


@dataclass(frozen=True)
class StatementData:
    first: date
    last: date
    opening: int
    closing: int
    credits_in: int
    credits_out: int
    count: int
    view: LedgerView


def balance_before(moment: str | None, upto_id: int) -> int:
    """The balance just before the UTC instant `moment` (after everything when None)."""
    bound = "" if moment is None else "created_at < ? AND "
    params: list[object] = [] if moment is None else [moment]
    row = database.execute_sql(
        f"SELECT balance_after FROM ledger_entry WHERE {bound}+id <= ? "
        "ORDER BY created_at DESC, id DESC LIMIT 1",
        [*params, upto_id],
    ).fetchone()
    return 0 if row is None else int(row[0])


def gather(first: date, last: date, zone: tzinfo | None = None) -> StatementData:
    """The balances and totals of the local days first…last, as the ledger is now."""
    ledger_filter = period_filter(first, last, zone=zone)
    view = LedgerView(ledger_filter, Order(DATE, descending=False), snapshot()[0])
    totals = view.totals()
    return StatementData(
        first=first,
        last=last,
        opening=balance_before(ledger_filter.start, view.upto_id),
        closing=balance_before(ledger_filter.end, view.upto_id),
        credits_in=totals.credits_in,
        credits_out=totals.credits_out,
        count=totals.count,
        view=view,
    )


def _fit(text: str, width: float, font: str = pdf_base.REGULAR) -> str:
    """Cut `text` to one line of `width` points, ending with … when it was cut."""
    text = " ".join(text.split())
    if stringWidth(text, font, FONT_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", font, FONT_SIZE) > width:
        text = text[: max(len(text) - max(len(text) // 8, 1), 0)]
    return text.rstrip() + "…"


def _table_style() -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), pdf_base.REGULAR, FONT_SIZE),
            ("FONT", (0, 0), (-1, 0), pdf_base.BOLD, FONT_SIZE),
            ("FONT", (4, 1), (5, -1), pdf_base.MONO, FONT_SIZE),
            ("ALIGN", (4, 0), (5, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d0d0d0")),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
    )


def _summary(
    data: StatementData, text: StatementText, language: str, issued_on: date
) -> list[Flowable]:
    styles = pdf_base.styles()
    period = f"{date_text(data.first, language)} – {date_text(data.last, language)}"
    issued = date_text(issued_on, language)
    rows = [
        [text.period, period],
        [text.issued, issued],
        [text.opening, credits_text(data.opening, language)],
        [text.credits_in, credits_text(data.credits_in, language, signed=True)],
        [text.credits_out, credits_text(data.credits_out, language)],
        [text.closing, credits_text(data.closing, language)],
        [text.entries, count_text(data.count, language)],
    ]
    summary = Table(rows, colWidths=[45 * mm, 50 * mm], hAlign="LEFT")
    summary.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), pdf_base.REGULAR, 9),
                ("FONT", (1, 2), (1, 5), pdf_base.MONO, 9),
                ("FONT", (0, 5), (-1, 5), pdf_base.BOLD, 9),
                ("ALIGN", (1, 2), (1, -1), "RIGHT"),
                ("LINEABOVE", (0, 5), (-1, 5), 0.6, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Paragraph(text.title, styles["title"]), Spacer(1, 4 * mm), summary, Spacer(1, 6 * mm)]


def _row_heights(text: StatementText, widths: list[float]) -> tuple[float, float]:
    """The heights of the table's header and of one row, as ReportLab lays them out."""
    sample = ["0", "0", "0", "0", "0", "0"]
    heights = []
    for rows in (1, 2):
        table = Table([list(text.headers), *[sample] * rows], colWidths=widths)
        table.setStyle(_table_style())
        heights.append(table.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1])
    row = heights[1] - heights[0]
    return heights[0] - row, row


def _fit_campaign(group: Group, text: StatementText, width: float) -> str:
    """“Spring sale · 1,300 messages” in one line: the name is cut, never the count."""
    name = " ".join(group.campaign.split())
    line = text.messages(name, group.count)
    while name and stringWidth(line, pdf_base.REGULAR, FONT_SIZE) > width:
        name = name[: len(name) - max(len(name) // 8, 1)].rstrip()
        line = text.messages(name + "…", group.count)
    return _fit(line, width)


def _row(
    group: Group, described: str, text: StatementText, language: str, zone: tzinfo | None
) -> list[str]:
    widths = [w * mm - 4 for w in COLUMNS_MM]
    if group.is_campaign:
        when = date_text(group.day, language)
        description = _fit_campaign(group, text, widths[2])
        reference = f"campaign:{group.campaign_id}"
    else:
        when = datetime_text(group.last.created_at, language, zone)
        description = text.describe(described)
        reference = group.last.reference
    return [
        when,
        _fit(text.kinds.get(group.kind, group.kind), widths[1]),
        _fit(description, widths[2]),
        _fit(reference, widths[3]),
        credits_text(group.amount, language, signed=True),
        credits_text(group.balance_after, language),
    ]


def statement_rows(
    data: StatementData,
    text: StatementText,
    language: str = "en",
    zone: tzinfo | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[list[str]]:
    """The rows of the statement, oldest first: a page of whole days at a time."""
    rows: list[list[str]] = []
    cursor: str | None = None
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled
        page = groups_page(data.view, cursor, descending=False, zone=zone)
        described = describe(group.last for group in page.groups if not group.is_campaign)
        for group in page.groups:
            rows.append(_row(group, described.get(group.last.id, ""), text, language, zone))
        if page.cursor is None:
            return rows
        cursor = page.cursor


def render_statement(
    data: StatementData,
    text: StatementText | None = None,
    language: str = "en",
    zone: tzinfo | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    issued_on: date | None = None,
) -> bytes:
    """The statement's PDF bytes (the same for the same ledger and issue date).

    Raises StatementTooLong beyond MAX_ENTRIES entries, Cancelled when `cancelled()`
    turns true; `progress(page, pages)` is called as pages are laid out.
    """
    text = text or StatementText()
    if data.count > MAX_ENTRIES:
        raise StatementTooLong(
            "The period holds {count} entries; a statement lists at most "
            "{limit}. Choose a shorter period, or export the entries as CSV.",
            count=Count(data.count),
            limit=Count(MAX_ENTRIES),
        )
    widths = [w * mm for w in COLUMNS_MM]
    flowables = _summary(data, text, language, issued_on or date.today())
    header, row_height = _row_heights(text, widths)
    used = sum(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] for f in flowables)
    capacity = int((FRAME_HEIGHT - used - header) // row_height) - 1
    per_page = int((FRAME_HEIGHT - header) // row_height) - 1
    rows = statement_rows(data, text, language, zone, cancelled)
    pages = 1 + max(0, len(rows) - capacity + per_page - 1) // per_page
    page: list[list[str]] = []

    def flush() -> None:
        table = Table([list(text.headers), *page], colWidths=widths, repeatRows=1)
        table.setStyle(_table_style())
        flowables.append(table)

    for row in rows:
        page.append(row)
        if len(page) == capacity:
            flush()
            flowables.append(PageBreak())
            page, capacity = [], per_page
    if page:
        flush()
    elif flowables and isinstance(flowables[-1], PageBreak):
        flowables.pop()
    if data.count == 0:
        flowables.append(Paragraph(text.nothing, pdf_base.styles()["body"]))

    def on_page(canvas: object, document: object) -> None:
        number = int(canvas.getPageNumber())  # type: ignore[attr-defined]
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(number, pages)

    def footer(number: int, count: int) -> str:
        return f"{text.title} · " + text.page.replace("%1", str(number)).replace("%2", str(count))

    return pdf_base.render(flowables, text.title, on_page, page_footer=footer)
