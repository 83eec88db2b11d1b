"""CSV export: header, exact numbers, formula-safe text, Czech, atomic writing and cancelling."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from models.common.csv_cells import safe_text
from models.common.messages import Message
from models.common.progress import Cancelled
from models.ledger import entries as ledger
from models.ledger.export import (
    CsvText,
    ExportError,
    LocalTimes,
    credits_number,
    write_csv,
)
from models.ledger.query import EntryRow, LedgerFilter, Order, open_view
from tests.helpers.ledger_fill import Planned, post_all

AT = datetime(2026, 7, 1, 10, 30, tzinfo=UTC)


def entry(description: str, reference: str = "campaign:1", amount: int = -35_000) -> EntryRow:
    return EntryRow(
        7, "2026-07-01T10:30:00.000000Z", "message-charge", amount, 5, reference, description
    )


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+420 601 123 456", "'+420 601 123 456"),
        ("-5 credits", "'-5 credits"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Plain, with a comma", "Plain, with a comma"),
        ("Řeřicha „uvozovky“ 5 %", "Řeřicha „uvozovky“ 5 %"),
        ("", ""),
        (" =not first", " =not first"),
    ],
)
def test_text_that_would_run_as_a_formula_gets_an_apostrophe(text: str, safe: str) -> None:
    assert safe_text(text) == safe


@pytest.mark.parametrize(
    ("micro", "number"),
    [
        (0, "0.000000"),
        (-35_000, "-0.035000"),
        (1_000_000, "1.000000"),
        (-1_234_567_891, "-1234.567891"),
    ],
)
def test_credits_are_plain_exact_numbers(micro: int, number: str) -> None:
    assert credits_number(micro) == number


def test_tricky_cells_survive_a_round_trip(tmp_path: Path) -> None:
    descriptions = [
        '=1+2 "quoted"',
        "line one\nline two",
        "carriage\rreturn",
        "semi;colon, comma",
        "Příliš žluťoučký kůň úpěl ďábelské ódy",
        '"',
    ]
    rows = [entry(text, reference=f"-ref{i}") for i, text in enumerate(descriptions)]
    target = tmp_path / "out.csv"
    assert write_csv(rows, target) == len(rows)
    header, *lines = read(target)
    assert header == list(CsvText().headers)
    assert [line[4] for line in lines] == [safe_text(text) for text in descriptions]
    assert all(line[5].startswith("'-ref") for line in lines)
    assert {line[6] for line in lines} == {"-0.035000"}  # negative numbers stay numbers
    assert target.read_bytes().startswith(b"Entry,Date,")  # UTF-8 without a byte-order mark
    assert "Příliš žluťoučký" in target.read_text(encoding="utf-8")


def test_export_of_a_filter_writes_its_rows_in_order(database, tmp_path: Path) -> None:
    post_all(
        [
            Planned(ledger.TOP_UP, 10_000_000, "payment:1", "Top-up", AT),
            Planned(ledger.MESSAGE_CHARGE, -35_000, "campaign:2", "=cmd|' /C calc'!A0", AT),
            Planned(ledger.MESSAGE_CHARGE, -70_000, "campaign:3", "Druhá kampaň", AT),
        ]
    )
    view, _ = open_view(LedgerFilter(kind=ledger.MESSAGE_CHARGE), Order())
    target = tmp_path / "charges.csv"
    text = CsvText(kinds={ledger.MESSAGE_CHARGE: "Zpráva"})
    assert write_csv(view.rows(), target, text, zone=ZoneInfo("Europe/Prague")) == 2
    _, newest, oldest = read(target)
    assert newest == [
        "3",
        "2026-07-01 12:30:00",
        "2026-07-01T10:30:00.000000Z",
        "Zpráva",
        "Druhá kampaň",
        "campaign:3",
        "-0.070000",
        "9.895000",
    ]
    assert oldest[4] == "'=cmd|' /C calc'!A0"


def test_progress_and_cancel_leave_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    import models.ledger.export as export

    monkeypatch.setattr(export, "PROGRESS_EVERY", 2)
    target = tmp_path / "out.csv"
    target.write_text("the previous export")
    seen: list[tuple[int, int]] = []
    rows = [entry(f"row {i}") for i in range(7)]
    write_csv(rows, target, total=7, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(2, 7), (4, 7), (6, 7), (7, 7)]
    calls = iter([False, True])
    with pytest.raises(Cancelled):
        write_csv(rows, target, cancelled=lambda: next(calls))
    assert target.read_text() != "the previous export"  # the first export replaced it …
    assert len(read(target)) == 8  # … and the cancelled one changed nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_unwritable_place_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Cannot write into"):
        write_csv([entry("x")], tmp_path / "missing" / "out.csv")


def test_local_times_follow_daylight_saving() -> None:
    local = LocalTimes(ZoneInfo("Europe/Prague"))
    assert local("2026-03-29T00:59:59.000000Z") == "2026-03-29 01:59:59"
    assert local("2026-03-29T01:00:00.000000Z") == "2026-03-29 03:00:00"
    assert local("2026-10-25T00:59:00.500000Z") == "2026-10-25 02:59:00"
    assert local("2026-10-25T01:00:00.000000Z") == "2026-10-25 02:00:00"


def test_csv_reads_back_in_a_spreadsheet_dialect(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_csv([entry("a")], target)
    sniffed = csv.Sniffer().sniff(io.StringIO(target.read_text(encoding="utf-8")).read())
    assert sniffed.delimiter == ","


def test_an_export_error_keeps_its_template_and_the_file(tmp_path: Path) -> None:
    (tmp_path / "out.csv").mkdir()  # a folder where the file should go
    with pytest.raises(ExportError) as raised:
        write_csv([entry("x")], tmp_path / "out.csv")
    message = raised.value.args[0]
    assert isinstance(message, Message) and message.template == "Cannot write “{path}”: {reason}."
    assert message.values["path"] == str(tmp_path / "out.csv")
