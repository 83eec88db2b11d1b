"""Files written whole or not at all: a temporary file beside the target, renamed into place.

The temporary file is created as any new file is (0666 less the umask), so an export is as
readable as a file the user saves from any other program; tempfile.mkstemp would make it 0600.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def temporary_beside(target: Path) -> Path:
    """A name in the target's folder (so the rename is atomic) that no file has yet."""
    return target.parent / f".{target.name}.{secrets.token_hex(4)}.part"


def create_new(path: Path) -> IO[bytes]:
    """Open a new file for writing, refusing one that exists; the umask applies. OSError."""
    return path.open("xb")


def create_new_text(path: Path) -> IO[str]:
    """create_new for UTF-8 text, line endings written as given (as csv wants)."""
    return path.open("x", encoding="utf-8", newline="")


@contextmanager
def replacing(target: Path, temporary: Path) -> Iterator[None]:
    """Around writing `temporary`: on success rename it over `target`, else remove it."""
    try:
        yield
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes(data: bytes, target: Path) -> Path:
    """Write `data` to `target` atomically, synced to disk. OSError (the target is untouched)."""
    temporary = temporary_beside(target)
    with replacing(target, temporary):
        with create_new(temporary) as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    return target
