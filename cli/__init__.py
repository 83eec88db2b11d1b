"""The command line: subcommands of main.py, each a thin layer over the core that prints plain lines.

Each module adds its subcommands with register(); a command takes the parsed arguments and the
open database session (main.py opens and closes it) and returns the exit code (non-zero on
failure, with the reason on standard error).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from cli import (
    account,
    bank_entries,
    billing,
    documents,
    invoices,
    outbox,
    payments,
    pricing,
    rates,
    server,
    team,
)

if TYPE_CHECKING:
    from models.common.database import Session

Command = Callable[[argparse.Namespace, "Session"], int]


def register_all(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for module in (
        account,
        payments,
        bank_entries,
        billing,
        pricing,
        documents,
        invoices,
        rates,
        outbox,
        team,
        server,
    ):
        module.register(commands)
