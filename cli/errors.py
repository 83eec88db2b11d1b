"""How a command reports a failure: one line on standard error, and the exit code."""

from __future__ import annotations

import sys


def fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
