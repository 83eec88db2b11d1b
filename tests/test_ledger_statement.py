"""The PDF credit statement: balances that add up, every entry, repeated headers, page numbers."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from models.common.formatting import Count
from models.common.messages import Message
from models.common.progress import Cancelled
from models.ledger import entries as ledger
from models.ledger import statement as ledger_statement
from models.ledger.statement import StatementText, StatementTooLong, gather, render_statement
from tests.helpers.ledger_fill import Planned, post_all
from tests.helpers.pdf_fonts import fonts_of

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")
START = datetime(2026, 6, 28, 12, tzinfo=UTC)


def ledger_over_july(charges: int) -> None:
    entries = [Planned(ledger.TOP_UP, 1_000 * 1_000_000, "payment:1", "Před obdobím", START)]
    entries += [
        Planned(
            ledger.MESSAGE_CHARGE,
            -35_000,
            f"campaign:{i // 100}",
            f"Kampaň „Léto {i}“",
            START + timedelta(days=3, minutes=10 * i),
        )
        for i in range(charges)
    ]
    entries.append(
        Planned(ledger.REFUND, 70_000, "message:9", "Vráceno", START + timedelta(days=40))
    )
    post_all(entries)


def text_of(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1]  # one string per page


def test_balances_add_up(database) -> None:
    ledger_over_july(30)
    data = gather(date(2026, 7, 1), date(2026, 7, 31))
    assert data.opening == 1_000_000_000
    assert data.count == 30
    assert data.credits_out == -30 * 35_000
    assert data.closing == data.opening + data.credits_in + data.credits_out
    before = gather(date(2026, 6, 1), date(2026, 6, 27))
    assert (before.opening, before.closing, before.count) == (0, 0, 0)


@needs_poppler
def test_many_pages_repeat_the_header_and_number_the_pages(database, tmp_path: Path) -> None:
    ledger_over_july(300)
    data = gather(date(2026, 7, 1), date(2026, 7, 31))
    seen: list[tuple[int, int]] = []
    pdf = render_statement(
        data, issued_on=date(2026, 8, 1), progress=lambda p, n: seen.append((p, n))
    )
    pages = text_of(pdf, tmp_path)
    assert len(pages) >= 5
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert page.count("Description") == 1  # the table header, once on every page
    body = "".join(pages)
    assert "Opening balance" in pages[0] and "1,000" in pages[0]
    assert "Closing balance" in pages[0] and "989.5" in pages[0]
    assert "Kampaň „Léto 299“" in body and "Kampaň „Léto 0“" in body
    assert body.index("Léto 0“") < body.index("Léto 299“")  # oldest first
    assert "Před obdobím" not in body  # entries of other periods stay out
    assert [p for p, _ in seen] == list(range(1, len(pages) + 1))
    assert seen[0][1] == len(pages)  # the estimate of the page count was right


@needs_poppler
def test_statement_speaks_the_callers_language(database, tmp_path: Path) -> None:
    ledger_over_july(3)
    text = StatementText(
        title="Výpis kreditu",
        opening="Počáteční zůstatek",
        page="Strana %1 z %2",
        kinds={ledger.MESSAGE_CHARGE: "Zpráva"},
    )
    pdf = render_statement(gather(date(2026, 7, 1), date(2026, 7, 31)), text, "cs")
    (page,) = text_of(pdf, tmp_path)
    assert "Výpis kreditu" in page and "Strana 1 z 1" in page
    assert "1 000" in page.replace("\u00a0", " ")
    assert "1. 7. 2026 – 31. 7. 2026" in page and "Zpráva" in page


@needs_poppler
def test_every_font_on_the_statement_is_embedded(database, tmp_path: Path) -> None:
    ledger_over_july(5)
    fonts = fonts_of(render_statement(gather(date(2026, 7, 1), date(2026, 7, 31))), tmp_path)
    assert fonts and all(fonts.values()), fonts


def test_same_ledger_same_bytes(database) -> None:
    ledger_over_july(5)
    data = gather(date(2026, 7, 1), date(2026, 7, 31))
    assert render_statement(data, issued_on=date(2026, 8, 1)) == render_statement(
        data, issued_on=date(2026, 8, 1)
    )


def test_an_empty_period_says_so(database, tmp_path: Path) -> None:
    data = gather(date(2026, 7, 1), date(2026, 7, 31))
    pdf = render_statement(data)
    if shutil.which("pdftotext"):
        assert "There were no entries in this period." in text_of(pdf, tmp_path)[0]


def test_too_long_a_period_is_refused_and_cancel_stops(database, monkeypatch) -> None:
    ledger_over_july(60)
    data = gather(date(2026, 7, 1), date(2026, 7, 31))
    monkeypatch.setattr(ledger_statement, "MAX_ENTRIES", 59)
    with pytest.raises(StatementTooLong, match="at most 59"):
        render_statement(data)
    monkeypatch.setattr(ledger_statement, "MAX_ENTRIES", 60)
    with pytest.raises(Cancelled):
        render_statement(data, cancelled=lambda: True)


def test_too_long_a_period_keeps_its_template_and_the_counts(database, monkeypatch) -> None:
    ledger_over_july(60)
    monkeypatch.setattr(ledger_statement, "MAX_ENTRIES", 59)
    with pytest.raises(StatementTooLong) as raised:
        render_statement(gather(date(2026, 7, 1), date(2026, 7, 31)))
    message = raised.value.args[0]
    assert isinstance(message, Message) and message.template.startswith("The period holds {count}")
    assert message.values == {"count": Count(60), "limit": Count(59)}


@needs_poppler
def test_a_campaign_of_1300_messages_is_one_row(database, tmp_path: Path) -> None:
    from models.outbox import dispatcher
    from models.outbox import queue as outbox
    from models.outbox.simulated_gateway import SimulatedGateway
    from models.pricing.campaign_estimate import load_index
    from tests.helpers.ledger_fill import clock
    from tests.helpers.outbox_data import credit, numbers, small_price_list

    small_price_list()
    with clock(START):
        credit(500 * 1_000_000)
    outbox.queue_campaign("Hello", numbers(1_300), load_index(), name="Spring sale")
    with clock(START + timedelta(days=4)):
        dispatcher.dispatch(SimulatedGateway())
    data = gather(date(2026, 7, 1), date(2026, 7, 31))
    assert data.count == 1_300
    czech = StatementText(messages=lambda name, n: f"{name} · {n} zpráv")
    pages = text_of(render_statement(data, czech, "cs", issued_on=date(2026, 8, 1)), tmp_path)
    assert len(pages) == 1
    body = pages[0]
    campaign_rows = [line for line in body.splitlines() if "Spring sale · 1300 zpráv" in line]
    assert len(campaign_rows) == 1, body
    assert "-52 " in campaign_rows[0]  # 1,300 × 0.04 credits, summed exactly
    assert "SMS to" not in body
