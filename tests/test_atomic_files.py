"""Exported files follow the user's umask (0666 less it), written through a temporary file."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from models.common import atomic_files, pdf_base
from models.invoicing import export as invoice_export
from models.ledger.export import write_csv
from tests.invoice_helpers import buyer, paid, seller


@pytest.fixture(params=[(0o022, 0o644), (0o077, 0o600)], ids=["umask 022", "umask 077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    mask, expected = request.param
    old = os.umask(mask)
    try:
        yield expected
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize(
    "write",
    [
        lambda target: atomic_files.write_bytes(b"data", target),
        lambda target: pdf_base.write_atomically(b"%PDF", target),
        lambda target: write_csv([], target),
    ],
    ids=["write_bytes", "pdf", "ledger csv"],
)
def test_a_written_file_follows_the_umask(
    write: Callable[[Path], object], umask: int, tmp_path: Path
) -> None:
    target = tmp_path / "export.out"
    write(target)
    assert mode(target) == umask
    write(target)  # replacing a file gives a new file, made the same way
    assert mode(target) == umask
    assert [path.name for path in tmp_path.iterdir()] == ["export.out"]  # no temporary left


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_exported_documents_follow_the_umask(database, umask: int, tmp_path: Path) -> None:
    seller()
    buyer()
    paid(on=date(2026, 3, 9))
    ids = invoice_export.select()
    result = invoice_export.export_to_folder(ids, tmp_path / "out")
    assert result.files and {mode(path) for path, _ in result.files} == {umask}
    invoice_export.export_to_zip(ids, tmp_path / "documents.zip")
    assert mode(tmp_path / "documents.zip") == umask


def test_a_failed_write_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "kept.txt"
    target.write_bytes(b"before")
    temporary = atomic_files.temporary_beside(target)
    with pytest.raises(RuntimeError), atomic_files.replacing(target, temporary):
        with atomic_files.create_new(temporary) as stream:
            stream.write(b"half")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"before"
    assert not temporary.exists()
