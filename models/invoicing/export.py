"""Writing documents out: safe file names, a folder or a ZIP, never overwriting silently.

The files come from `export_render.rendered()` in the order of the ids, as they are made (in
worker processes for a large export), and are written as they come: into the folder, each file
atomically, or into a ZIP that is a temporary file beside the target until it is complete, then
renamed over it. A cancelled or failed ZIP export leaves the target as it was and no temporary
file; a folder export keeps the whole files it wrote.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from models.common import atomic_files
from models.common.messages import Message
from models.common.pdf_base import PdfWriteError, write_atomically
from models.common.progress import CancelCheck, Cancelled, check, never_cancelled
from models.invoicing import documents
from models.invoicing.export_render import EXTENSIONS as EXTENSIONS
from models.invoicing.export_render import FACTURX as FACTURX
from models.invoicing.export_render import FORMATS as FORMATS
from models.invoicing.export_render import ISDOC as ISDOC
from models.invoicing.export_render import PDF as PDF
from models.invoicing.export_render import ExportError as ExportError
from models.invoicing.export_render import is_plain as is_plain
from models.invoicing.export_render import render as render
from models.invoicing.export_render import rendered

WRITTEN = "written"
UNCHANGED = "unchanged"  # a file with the same bytes was there already
RENAMED = "renamed"  # the name was taken by a different file; written beside it as “name (2)”

# Names Windows reserves in any folder, with or without an extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{base}{digit}" for base in ("COM", "LPT") for digit in "123456789¹²³"
}
MAX_NAME = 120

Progress = Callable[[int, int], None]  # (done, total)


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
    return documents.ids_issued(date_from, date_to)


def export_to_folder(
    ids: Sequence[int],
    folder: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = 1,
    export_format: str = PDF,
) -> ExportResult:
    """A file per document in the folder, each written atomically as it is made."""
    check_folder(folder)
    result = ExportResult()
    stop = cancelled or never_cancelled
    try:
        _write_folder(folder, ids, result, progress, stop, workers, export_format)
    except Cancelled:
        result.cancelled = True
    return result


def _write_folder(
    folder: Path,
    ids: Sequence[int],
    result: ExportResult,
    progress: Progress | None,
    cancelled: CancelCheck,
    workers: int,
    export_format: str,
) -> None:
    total = len(ids)
    extension = EXTENSIONS[export_format]
    with closing(rendered(ids, workers, export_format, cancelled)) as files:
        for done, item in enumerate(files, start=1):
            check(cancelled)
            path, status = place(folder, file_name(item.kind, item.number, extension), item.content)
            if status != UNCHANGED:
                try:
                    write_atomically(item.content, path)
                except PdfWriteError as error:
                    raise ExportError(error.args[0]) from None  # its Message
            result.files.append((path, status))
            if item.plain:
                result.plain.append(path)
            if progress is not None:
                progress(done, total)


def export_to_zip(
    ids: Sequence[int],
    target: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = 1,
    export_format: str = PDF,
) -> ExportResult:
    """One ZIP with a file per document, written as they are made into a temporary file that
    replaces the target when the archive is complete (the umask applies to it).

    PDFs are stored as they are (deflating saves a few per cent of an already compressed PDF
    and costs more than writing it); ISDOC XML is deflated (to a fraction of its size)."""
    result = ExportResult()
    temporary = atomic_files.temporary_beside(target)
    try:
        stream = atomic_files.create_new(temporary)
    except OSError as error:
        raise ExportError(
            Message(
                "Cannot write into “{path}”: {reason}.",
                path=str(target.parent),
                reason=error.strerror or str(error),
            )
        ) from None
    try:
        with atomic_files.replacing(target, temporary):
            with stream:
                stop = cancelled or never_cancelled
                _write_zip(stream, ids, target, result, progress, stop, workers, export_format)
                stream.flush()
                os.fsync(stream.fileno())
    except Cancelled:
        result.cancelled = True
        return result  # the temporary file is gone, the target as it was
    except ExportError:
        raise
    except OSError as error:
        raise ExportError(
            Message(
                "Cannot write “{path}”: {reason}.",
                path=str(target),
                reason=error.strerror or str(error),
            )
        ) from error
    return result


def _write_zip(
    stream: IO[bytes],
    ids: Sequence[int],
    target: Path,
    result: ExportResult,
    progress: Progress | None,
    cancelled: CancelCheck,
    workers: int,
    export_format: str,
) -> None:
    names: set[str] = set()
    total = len(ids)
    extension = EXTENSIONS[export_format]
    compression = zipfile.ZIP_DEFLATED if export_format == ISDOC else zipfile.ZIP_STORED
    with (
        zipfile.ZipFile(stream, "w") as archive,
        closing(rendered(ids, workers, export_format, cancelled)) as files,
    ):
        for done, item in enumerate(files, start=1):
            check(cancelled)
            name = file_name(item.kind, item.number, extension)
            index = 1
            while name in names:
                index += 1
                name = _variant(file_name(item.kind, item.number, extension), index)
            names.add(name)
            issued = date.fromisoformat(item.issued_on)
            info = zipfile.ZipInfo(name, date_time=(issued.year, issued.month, issued.day, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, item.content)
            result.files.append((target / name, WRITTEN))
            if item.plain:
                result.plain.append(target / name)
            if progress is not None:
                progress(done, total)
