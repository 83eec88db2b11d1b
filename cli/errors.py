"""How a command reports a failure: one line on standard error, and the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.common.database import Session

EXIT_BUSY = 1  # the database stayed busy with another program's change; nothing was changed


def fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def run_command(
    run: Callable[[argparse.Namespace, Session], int], args: argparse.Namespace, session: Session
) -> int:
    """Run a command; a database another program keeps busy past the timeout is one clear line."""
    from models.common.database_errors import DatabaseBusyError, typed_database_errors

    try:
        with typed_database_errors():
            return run(args, session)
    except DatabaseBusyError as error:
        return fail(str(error), EXIT_BUSY)
