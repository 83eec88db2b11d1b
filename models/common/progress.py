"""How long work reports progress and learns that it was cancelled, without knowing about Qt."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# progress(done, total): called now and then by long work; total may be 0 when unknown.
Progress = Callable[[int, int], None]
# cancelled(): True once the user asked to stop; long work then raises Cancelled.
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The user stopped the work; nothing it would have stored was stored."""


def no_progress(done: int, total: int) -> None:
    """The progress callback for callers that do not show progress."""


def never_cancelled() -> bool:
    return False


def check(cancelled: CancelCheck) -> None:
    if cancelled():
        raise Cancelled


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while a loop builds 100,000 small tuples that hold no
    cycles: otherwise it scans them again and again (about 15 % of the time). Afterwards they
    join the oldest generation at once (gc.freeze then gc.unfreeze: two list splices), not
    through the young ones: the next young collection would scan every one of them (70 ms at
    1,000,000 — in the GUI thread's collector too), and the middle generation's again. Nothing
    else in the app freezes objects (this would let them go)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
