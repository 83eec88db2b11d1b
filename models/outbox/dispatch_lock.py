"""One dispatcher per database: an OS file lock beside it, which the OS lets go when a process dies."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


class DispatcherBusy(Exception):
    """Another dispatcher (this program's window, or a `send` in a terminal) is sending."""


@contextmanager
def dispatcher_lock(database_path: str) -> Iterator[None]:
    """Hold the dispatcher lock of the database at `database_path`, or raise DispatcherBusy."""
    handle = open(f"{database_path}.dispatch.lock", "a+b")  # noqa: SIM115 (closed below)
    try:
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise DispatcherBusy("Another Credit Desk is sending from this database.") from None
        yield
    finally:
        handle.close()  # closing the file releases the lock
