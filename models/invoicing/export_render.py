"""Rendering an export's documents as a stream: in order, a few at a time, in worker processes.

Each document becomes one file in the chosen format: its PDF (pdf), its ISDOC XML (isdoc), or
its PDF with the EN 16931 XML attached (facturx; a proforma is not an invoice, so it stays a
plain PDF). `rendered()` yields the files in the order of the ids as they are made, so the
writer puts the first on disk at once and holds only a few in memory:

- the first document is rendered by the calling process while the workers start, so its file is
  on disk at once; the other ids go out in batches, the first ones small (one document, then
  two, …) so files keep coming as soon as the workers have started, the rest BATCH each;
- each worker process (started fresh with “spawn”: no state shared with a GUI) opens its own
  read-only connection and loads the snapshots of its batch itself (documents never change once
  issued, so what it reads is what was issued); only ids go to it and only files come back;
- at most AHEAD batches per worker are submitted and not yet written: a slow disk holds the
  workers back instead of filling memory.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from models.common.database import database_file, open_reader
from models.common.messages import Message
from models.common.progress import CancelCheck, check, never_cancelled
from models.invoicing import documents
from models.invoicing.facturx import FacturXError, facturx_pdf
from models.invoicing.isdoc import isdoc_xml
from models.invoicing.pdf import document_title, render_document

PDF = "pdf"
ISDOC = "isdoc"
FACTURX = "facturx"
FORMATS = (PDF, ISDOC, FACTURX)
EXTENSIONS = {PDF: "pdf", ISDOC: "isdoc", FACTURX: "pdf"}

BATCH = 8  # documents a worker loads and renders per task, once the first files are out
AHEAD = 3  # batches per worker submitted and not yet written
POLL = 0.05  # seconds between looks at the cancel flag while a worker renders
HEAD = 1  # documents rendered by the calling process while the workers start (half a second)


class ExportError(OSError):
    """The export could not be done; str() is the message to show."""


@dataclass(frozen=True)
class RenderedFile:
    """One document's file and what its name and listing need."""

    kind: str
    number: str
    issued_on: str
    plain: bool  # a proforma in a Factur-X export: a plain PDF
    content: bytes


def is_plain(data: documents.DocumentData, export_format: str) -> bool:
    """A proforma asks for payment and is no invoice: a Factur-X export keeps its plain PDF."""
    return export_format == FACTURX and data.kind == documents.PROFORMA


def render(data: documents.DocumentData, export_format: str = PDF) -> bytes:
    """The document's file in the format: PDF, ISDOC XML, or PDF with its Factur-X XML."""
    if export_format == ISDOC:
        return isdoc_xml(data)
    pdf = render_document(data)
    if export_format == FACTURX and not is_plain(data, export_format):
        return facturx_pdf(data, pdf, document_title(data))
    return pdf


def render_file(data: documents.DocumentData, export_format: str) -> RenderedFile:
    """The document's file; ExportError naming the document when it cannot be made."""
    try:
        content = render(data, export_format)
    except FacturXError as error:
        raise ExportError(error.args[0]) from None  # its Message names the document
    except Exception as error:  # a document ReportLab cannot lay out, a bug: say which one
        raise ExportError(
            Message(
                "Document {number} could not be made: {reason}",
                number=data.number,
                reason=str(error) or type(error).__name__,
            )
        ) from error
    return RenderedFile(
        data.kind, data.number, data.issued_on, is_plain(data, export_format), content
    )


def batches(ids: Sequence[int], workers: int) -> Iterator[Sequence[int]]:
    """The ids in batches of 1, 1, 2, 2, 4, 4, … (for two workers) up to BATCH."""
    size, start, count = 1, 0, 0
    while start < len(ids):
        yield ids[start : start + size]
        start += size
        count += 1
        if count % max(workers, 1) == 0:
            size = min(BATCH, size * 2)


def _start_worker(path: str) -> None:
    open_reader(path)  # for this process's life; it ends with the export


def _render_batch(ids: Sequence[int], export_format: str) -> list[RenderedFile]:
    return [render_file(data, export_format) for data in documents.load_many(ids)]


def rendered(
    ids: Sequence[int],
    workers: int = 1,
    export_format: str = PDF,
    cancelled: CancelCheck = never_cancelled,
) -> Generator[RenderedFile, None, None]:
    """The documents' files in the order of `ids`, made as they are asked for.

    With workers > 1 (and a database file) in that many processes. ExportError when a document
    cannot be made, Cancelled when `cancelled()` turns true while it waits for a worker (the
    files before have been yielded). Closing the generator early (`contextlib.closing`) stops
    the workers."""
    path = database_file()
    if workers <= 1 or len(ids) < 2 or path is None:
        for batch in batches(ids, 1):
            for data in documents.load_many(batch):
                yield render_file(data, export_format)
        return
    yield from _in_processes(ids, workers, export_format, path, cancelled)


def _in_processes(
    ids: Sequence[int],
    workers: int,
    export_format: str,
    path: Path,
    cancelled: CancelCheck,
) -> Iterator[RenderedFile]:
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(str(path),),
    )
    waiting: deque[Future[list[RenderedFile]]] = deque()
    planned = batches(ids[HEAD:], workers)

    def submit() -> None:
        batch = next(planned, None)
        if batch is not None:
            waiting.append(pool.submit(_render_batch, batch, export_format))

    try:
        for _ in range(workers * AHEAD):
            submit()
        for data in documents.load_many(ids[:HEAD]):  # here, while the workers start
            yield render_file(data, export_format)
        while waiting:
            future = waiting.popleft()
            while True:
                try:
                    files = future.result(timeout=POLL)
                    break
                except TimeoutError:
                    check(cancelled)
            submit()
            yield from files
    finally:
        # Cancelled, failed or done: the queued batches never start, a batch in hand is finished
        # (a few hundredths of a second; a worker still starting starts, then ends). Killing
        # one instead could cut it off while it hands back its files, and the pool would wait
        # for the rest of them for ever.
        pool.shutdown(wait=True, cancel_futures=True)
