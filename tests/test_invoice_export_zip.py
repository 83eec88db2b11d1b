"""A ZIP export as a stream: files written as they are made, PDFs stored, in order and complete,
and a cancel or a failure leaving neither a partial ZIP nor a temporary file."""

from __future__ import annotations

import pickle
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from models.common.messages import Message
from models.common.money import MICRO
from models.invoicing import documents, export_render, issuing
from models.invoicing import export as invoice_export
from tests.invoice_helpers import buyer, paid, pending, seller


def issue(count: int) -> list[int]:
    """`count` paid top-ups (a proforma and an invoice each), then a credit note."""
    seller()
    buyer()
    first = None
    for index in range(count):
        day = date(2026, 1, 5) + timedelta(days=index)
        invoice = paid(credits=100 + index, on=day)
        first = first or invoice
    assert first is not None
    issuing.issue_credit_note(first.id, "Returned", 10 * MICRO, today=date(2026, 6, 1))
    pending(on=date(2026, 6, 2))
    return invoice_export.select()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (the database is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def names(target: Path) -> list[str]:
    with zipfile.ZipFile(target) as archive:
        return archive.namelist()


def test_load_many_gives_the_snapshots_load_gives(database) -> None:
    ids = issue(3)
    assert documents.load_many(ids) == [documents.load(document_id) for document_id in ids]
    assert documents.load_many(list(reversed(ids[:3]))) == [
        documents.load(document_id) for document_id in reversed(ids[:3])
    ]
    with pytest.raises(documents.Document.DoesNotExist):
        documents.load_many([ids[0], 999_999])


def test_batches_start_small_and_keep_the_order() -> None:
    ids = list(range(100))
    sizes = [len(batch) for batch in export_render.batches(ids, 2)]
    assert sizes[:8] == [1, 1, 2, 2, 4, 4, 8, 8] and max(sizes) == export_render.BATCH
    assert [i for batch in export_render.batches(ids, 2) for i in batch] == ids


def test_pdfs_are_stored_and_isdoc_deflated(database, out: Path) -> None:
    ids = issue(2)
    for export_format, expected in (
        (invoice_export.PDF, zipfile.ZIP_STORED),
        (invoice_export.FACTURX, zipfile.ZIP_STORED),
        (invoice_export.ISDOC, zipfile.ZIP_DEFLATED),
    ):
        target = out / f"{export_format}.zip"
        invoice_export.export_to_zip(ids, target, export_format=export_format)
        with zipfile.ZipFile(target) as archive:
            assert {info.compress_type for info in archive.infolist()} == {expected}
            assert archive.testzip() is None


def test_two_workers_write_every_document_in_order(database, out: Path) -> None:
    ids = issue(6)  # 6 proformas, 6 invoices, a credit note, a proforma: batches 1, 1, 2, 2, 4, …
    one, two = out / "one.zip", out / "two.zip"
    invoice_export.export_to_zip(ids, one, workers=1)
    seen: list[int] = []
    result = invoice_export.export_to_zip(
        ids, two, progress=lambda done, total: seen.append(done), workers=2
    )
    expected = [
        invoice_export.file_name(data.kind, data.number)
        for data in (documents.load(document_id) for document_id in ids)
    ]
    assert names(two) == expected and len(expected) == 14
    assert [path.name for path, _ in result.files] == expected
    assert seen == list(range(1, 15))
    with zipfile.ZipFile(one) as first, zipfile.ZipFile(two) as second:
        assert all(first.read(name) == second.read(name) for name in expected)
    assert sorted(path.name for path in out.iterdir()) == ["one.zip", "two.zip"]


def test_files_are_on_disk_before_the_export_ends(database, out: Path) -> None:
    ids = issue(2)
    target = out / "documents.zip"
    sizes: list[int] = []

    def progress(done: int, total: int) -> None:
        assert not target.exists()
        (temporary,) = out.glob(".documents.zip.*.part")
        sizes.append(temporary.stat().st_size)

    invoice_export.export_to_zip(ids, target, progress=progress)
    assert sizes[0] > 1000 and sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
    assert [path.name for path in out.iterdir()] == ["documents.zip"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_cancelled_export_leaves_the_target_and_no_temporary_file(
    database, out: Path, workers: int
) -> None:
    ids = issue(3)
    target = out / "documents.zip"
    target.write_bytes(b"last year's export")
    written: list[int] = []

    result = invoice_export.export_to_zip(
        ids,
        target,
        progress=lambda done, total: written.append(done),
        cancelled=lambda: len(written) == 2,  # two files written, then cancelled
        workers=workers,
    )
    assert result.cancelled and len(result.files) == 2
    assert target.read_bytes() == b"last year's export"
    assert [path.name for path in out.iterdir()] == ["documents.zip"]


def test_a_document_that_cannot_be_rendered_stops_the_export_with_its_number(
    database, out: Path, monkeypatch
) -> None:
    ids = issue(3)
    broken = documents.load(ids[4])
    original = export_render.render_document

    def render_document(data: documents.DocumentData) -> bytes:
        if data.id == broken.id:
            raise ValueError("the table does not fit the page")
        return original(data)

    monkeypatch.setattr(export_render, "render_document", render_document)
    target = out / "documents.zip"
    with pytest.raises(invoice_export.ExportError) as raised:
        invoice_export.export_to_zip(ids, target)
    assert str(raised.value) == (
        f"Document {broken.number} could not be made: the table does not fit the page"
    )
    assert raised.value.args[0].template == "Document {number} could not be made: {reason}"
    assert list(out.iterdir()) == []  # no partial ZIP, no temporary file


def test_a_zip_in_a_missing_folder_is_refused_with_a_message(database, out: Path) -> None:
    ids = issue(1)
    with pytest.raises(invoice_export.ExportError, match="Cannot write into"):
        invoice_export.export_to_zip(ids, out / "missing" / "documents.zip")
    with pytest.raises(invoice_export.ExportError, match="Cannot write"):
        invoice_export.export_to_zip(ids, out)  # a folder where the ZIP would go
    assert list(out.iterdir()) == []


def test_a_cancel_while_the_workers_start_ends_soon_with_nothing_written(
    database, out: Path
) -> None:
    ids = issue(3)
    target = out / "documents.zip"
    started = time.perf_counter()
    result = invoice_export.export_to_zip(ids, target, cancelled=lambda: True, workers=2)
    assert result.cancelled and result.files == []
    assert time.perf_counter() - started < 15  # they start, take nothing more, and end
    assert list(out.iterdir()) == []


def test_select_gives_the_period_oldest_first(database) -> None:
    issue(3)
    for first, last in (
        (None, None),
        (date(2026, 1, 6), date(2026, 3, 7)),
        (None, date(2026, 1, 5)),
    ):
        listed = documents.list_documents(date_from=first, date_to=last)
        assert invoice_export.select(first, last) == [row.id for row in reversed(listed)]


def test_a_workers_error_reaches_the_export_with_its_message() -> None:
    error = export_render.ExportError(
        Message("Document {number} could not be made: {reason}", number="2026-000007", reason="x")
    )
    again = pickle.loads(pickle.dumps(error))  # as a worker process hands it back
    assert type(again) is export_render.ExportError and str(again) == str(error)
    assert again.args[0].template == error.args[0].template
    assert again.args[0].values == {"number": "2026-000007", "reason": "x"}
