"""How a command reports a failure: one line on standard error, and the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.common.database import Session

EXIT_BUSY = 1  # the database was busy, full or read-only; nothing was changed


def fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def run_command(
    run: Callable[[argparse.Namespace, Session], int], args: argparse.Namespace, session: Session
) -> int:
    """Run a command; a database that is busy, full or read-only is one clear line, not a traceback."""
    from models.common.database_errors import DatabaseFault, typed_database_errors

    try:
        with typed_database_errors(session.team_roles if session is not None else None):
            return run(args, session)
    except DatabaseFault as error:  # busy, disk full, read-only: nothing was changed
        return fail(str(error), EXIT_BUSY)
