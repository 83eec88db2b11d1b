"""How long work reports progress and learns that it was cancelled, without knowing about Qt."""

from __future__ import annotations

from collections.abc import Callable

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
