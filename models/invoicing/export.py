"""Writing documents out: safe file names, a folder or a ZIP, never overwriting silently.

Each document becomes one file in the chosen format: its PDF (pdf), its ISDOC XML (isdoc, a
.isdoc file instead of the PDF, for accounting programs to import), or its PDF with the EN 16931
XML attached (facturx; a proforma is not an invoice, so it stays a plain PDF). Rendering can run
in worker processes (a snapshot needs no database); files are written by the calling process,
each atomically.
"""

from __future__ import annotations

import io
import multiprocessing
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from models.common.messages import Message
from models.common.pdf_base import PdfWriteError, write_atomically
from models.invoicing import documents
from models.invoicing.facturx import FacturXError, facturx_pdf
from models.invoicing.isdoc import isdoc_xml
from models.invoicing.pdf import document_title, render_document

PDF = "pdf"
ISDOC = "isdoc"
FACTURX = "facturx"
FORMATS = (PDF, ISDOC, FACTURX)
EXTENSIONS = {PDF: "pdf", ISDOC: "isdoc", FACTURX: "pdf"}

WRITTEN = "written"
UNCHANGED = "unchanged"  # a file with the same bytes was there already
RENAMED = "renamed"  # the name was taken by a different file; written beside it as “name (2)”

# Names Windows reserves in any folder, with or without an extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{base}{digit}" for base in ("COM", "LPT") for digit in "123456789¹²³"
}
MAX_NAME = 120

Progress = Callable[[int, int], None]  # (done, total)


class ExportError(OSError):
    """The export could not be done; str() is the message to show."""


@dataclass
class ExportResult:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, WRITTEN/…)
    cancelled: bool = False
    plain: list[Path] = field(default_factory=list)  # proformas of a Factur-X export: plain PDF

    def count(self, status: str) -> int:
        return sum(1 for _, found in self.files if found == status)


def safe_component(text: str) -> str:
    """Text as a file name part on every platform: ASCII letters, digits, “.”, “-”, “_”."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text)
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip(" .-")[:MAX_NAME]
    if not cleaned:
        cleaned = "document"
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def file_name(kind: str, number: str, extension: str = "pdf") -> str:
    """“invoice”, “2026/000001” → “invoice-2026-000001.pdf” (or “.isdoc”)."""
    return f"{safe_component(kind)}-{safe_component(number)}.{extension}"


def _variant(name: str, index: int) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem} ({index}).{suffix}" if dot else f"{name} ({index})"


def place(folder: Path, name: str, data: bytes) -> tuple[Path, str]:
    """Where to write: the name if free, the same file if identical, else “name (2)”, …"""
    for index in range(1, 1000):
        candidate = folder / (name if index == 1 else _variant(name, index))
        if not candidate.exists():
            return candidate, WRITTEN if index == 1 else RENAMED
        try:
            if candidate.is_file() and candidate.read_bytes() == data:
                return candidate, UNCHANGED
        except OSError:
            continue  # unreadable: leave it alone, try the next name
    raise ExportError(
        Message("Too many files named like “{name}” in “{path}”.", name=name, path=str(folder))
    )


def check_folder(folder: Path) -> None:
    """Create the folder if needed and make sure files can be written in it."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(Message("“{path}” is a file, not a folder.", path=str(folder)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise ExportError(
            Message(
                "Cannot write into “{path}”: {reason}.",
                path=str(folder),
                reason=error.strerror or str(error),
            )
        ) from None


def select(date_from: date | None = None, date_to: date | None = None) -> list[int]:
    """Ids of every document issued in the period (inclusive), oldest first."""
    found = documents.list_documents(date_from=date_from, date_to=date_to)
    return [row.id for row in reversed(found)]


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


def _render(job: tuple[documents.DocumentData, str]) -> tuple[documents.DocumentData, bytes]:
    data, export_format = job
    return data, render(data, export_format)


def rendered(
    snapshots: Sequence[documents.DocumentData], workers: int = 1, export_format: str = PDF
) -> Iterator[tuple[documents.DocumentData, bytes]]:
    """Files in order; with workers > 1 in that many processes (started fresh: no shared state).

    ExportError when a document's Factur-X data is not valid (nothing of it is written)."""
    jobs = [(data, export_format) for data in snapshots]
    try:
        if workers <= 1 or len(jobs) < 2:
            yield from map(_render, jobs)
            return
        context = multiprocessing.get_context("spawn")
        with context.Pool(workers) as pool:
            yield from pool.imap(_render, jobs, chunksize=8)
    except FacturXError as error:
        raise ExportError(error.args[0]) from None  # its Message


def _snapshots(ids: Iterable[int]) -> list[documents.DocumentData]:
    return [documents.load(document_id) for document_id in ids]


def export_to_folder(
    ids: Sequence[int],
    folder: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = 1,
    export_format: str = PDF,
) -> ExportResult:
    check_folder(folder)
    result = ExportResult()
    total = len(ids)
    extension = EXTENSIONS[export_format]
    snapshots = _snapshots(ids)
    for done, (data, content) in enumerate(rendered(snapshots, workers, export_format), start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        path, status = place(folder, file_name(data.kind, data.number, extension), content)
        if status != UNCHANGED:
            try:
                write_atomically(content, path)
            except PdfWriteError as error:
                raise ExportError(error.args[0]) from None  # its Message
        result.files.append((path, status))
        if is_plain(data, export_format):
            result.plain.append(path)
        if progress is not None:
            progress(done, total)
    return result


def export_to_zip(
    ids: Sequence[int],
    target: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = 1,
    export_format: str = PDF,
) -> ExportResult:
    """One ZIP with a file per document; the archive is written atomically when complete."""
    result = ExportResult()
    buffer = io.BytesIO()
    names: set[str] = set()
    total = len(ids)
    extension = EXTENSIONS[export_format]
    snapshots = _snapshots(ids)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for done, (data, content) in enumerate(
            rendered(snapshots, workers, export_format), start=1
        ):
            if cancelled is not None and cancelled():
                result.cancelled = True
                return result  # nothing is written
            name = file_name(data.kind, data.number, extension)
            index = 1
            while name in names:
                index += 1
                name = _variant(file_name(data.kind, data.number, extension), index)
            names.add(name)
            issued = date.fromisoformat(data.issued_on)
            info = zipfile.ZipInfo(name, date_time=(issued.year, issued.month, issued.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
            result.files.append((target / name, WRITTEN))
            if is_plain(data, export_format):
                result.plain.append(target / name)
            if progress is not None:
                progress(done, total)
    try:
        write_atomically(buffer.getvalue(), target)
    except PdfWriteError as error:
        raise ExportError(error.args[0]) from None  # its Message
    return result
