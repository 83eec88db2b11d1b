"""The seller's logo for invoices: a checked PNG/JPEG file, kept in the database by its hash."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from peewee import BlobField, CharField

from models.common.database import BaseModel, database
from models.common.messages import UserError

MAX_BYTES = 2 * 1024 * 1024
_MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


class DocumentLogo(BaseModel):
    """A logo's bytes by their SHA-256, shared by every document issued with it; never changed."""

    sha256 = CharField(primary_key=True)
    data = BlobField()

    class Meta:
        triggers = (
            """CREATE TRIGGER document_logo_is_immutable_update BEFORE UPDATE ON document_logo
            BEGIN
                SELECT RAISE(ABORT, 'logos of issued documents cannot be changed');
            END""",
            """CREATE TRIGGER document_logo_is_immutable_delete BEFORE DELETE ON document_logo
            BEGIN
                SELECT RAISE(ABORT, 'logos of issued documents cannot be changed');
            END""",
        )


class LogoError(UserError):
    """A logo file that cannot be used; str() is the message to show."""


def check_bytes(data: bytes, shown: str) -> None:
    if not any(data.startswith(magic) for magic in _MAGIC):
        raise LogoError("“{name}” is not a PNG or JPEG image.", name=shown)
    from reportlab.lib.utils import ImageReader  # ReportLab loads slowly; not at start-up

    try:
        width, height = ImageReader(_stream(data)).getSize()
    except Exception as error:  # a damaged image fails deep inside PIL or ReportLab
        raise LogoError(
            "“{name}” cannot be read as an image ({reason}).", name=shown, reason=str(error)
        ) from None
    if width < 1 or height < 1:
        raise LogoError("“{name}” has no pixels.", name=shown)


def _stream(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


def check_logo(path_text: str) -> str:
    """The absolute path of a usable logo, or LogoError saying what is wrong with it."""
    path = Path(path_text).expanduser()
    if not path.is_file():
        raise LogoError("There is no file “{path}”.", path=path_text)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LogoError("“{name}” is larger than 2 MB; use a smaller image.", name=path.name)
        data = path.read_bytes()
    except OSError as error:
        raise LogoError(
            "Cannot read “{path}”: {reason}.", path=path_text, reason=error.strerror
        ) from None
    check_bytes(data, path.name)
    return str(path.resolve())


def store_logo(path_text: str) -> str | None:
    """Keep the logo's bytes in the database (once per content); its SHA-256, or None.

    Call inside the issuing transaction. A logo that has gone missing or bad since it was set
    leaves the document without a logo rather than stopping the issue.
    """
    if not path_text:
        return None
    try:
        data = Path(path_text).read_bytes()
        check_bytes(data, path_text)
    except (OSError, LogoError):
        return None
    digest = hashlib.sha256(data).hexdigest()
    database.execute_sql(
        "INSERT INTO document_logo (sha256, data) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (digest, data),
    )
    return digest


def logo_bytes(digest: str | None) -> bytes | None:
    if not digest:
        return None
    row = database.execute_sql(
        "SELECT data FROM document_logo WHERE sha256 = ?", (digest,)
    ).fetchone()
    return bytes(row[0]) if row else None
