"""Team mode's command: migrate-to copies the open database file into a new server database."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session

# What must be equal on both sides, read the same way on both engines.
_SUMMARY = (
    ("payments", "SELECT count(*), count(CASE WHEN state = 'paid' THEN 1 END) FROM payment"),
    ("documents", "SELECT count(*), coalesce(sum(total_minor), 0) FROM document"),
    ("messages", "SELECT count(*), count(CASE WHEN state = 'sent' THEN 1 END) FROM message"),
    ("settings", "SELECT count(*), 0 FROM setting"),
)


def summary() -> dict[str, tuple[int, ...]]:
    """The balance, the verified ledger's digest, and counts and sums of what else matters, of
    the bound database; raises ValueError when the ledger does not verify."""
    from models.common.database import database
    from models.ledger import entries as ledger
    from models.outbox import queue as outbox

    check = ledger.verify(full=True, more=outbox.charge_problems)
    if not check.ok:
        raise ValueError("; ".join(check.problems))
    found: dict[str, tuple[int, ...]] = {
        "balance": (check.balance, check.entries, int(check.digest, 16))
    }
    for name, sql in _SUMMARY:
        row = database.execute_sql(sql).fetchone()
        found[name] = tuple(int(value) for value in row)
    return found


def command_migrate_to(args: argparse.Namespace, session: Session) -> int:
    from models.common.database import DatabaseOpenError, open_database
    from models.common.formatting import counted, credits_with_unit
    from models.common.server_copy import CopyRefused, copy_to_server, open_target

    if session.on_server:
        print(
            "error: migrate-to copies a database file; this is a server database", file=sys.stderr
        )
        return 2
    try:
        target = open_target(args.url)  # before verify, which may store a checkpoint
    except CopyRefused as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        before = summary()
    except ValueError as problem:
        target.close()
        print(
            f"error: the file's ledger does not verify ({problem}); nothing was copied",
            file=sys.stderr,
        )
        return 1
    try:
        report = copy_to_server(session.db, target)
    except CopyRefused as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for table, rows in report.rows.items():
        print(f"{table}: {counted(rows, ('row', 'rows'))}")
    session.close()
    try:
        server = open_database(args.url)
    except DatabaseOpenError as error:
        print(f"error: the copy was made, but cannot be opened: {error}", file=sys.stderr)
        return 1
    try:
        after = summary()
    except ValueError as problem:
        print(f"error: the copy's ledger does not verify: {problem}", file=sys.stderr)
        return 1
    finally:
        server.close()
    if after != before:
        different = ", ".join(name for name in before if before[name] != after.get(name))
        print(f"error: the copy differs from the file in: {different}", file=sys.stderr)
        return 1
    balance, entries, _ = before["balance"]
    print(
        f"OK: verify passes on both; balance {credits_with_unit(balance)} and "
        f"{counted(entries, ('ledger entry', 'ledger entries'))}, "
        f"{counted(before['payments'][0], ('payment', 'payments'))}, "
        f"{counted(before['documents'][0], ('document', 'documents'))}, "
        f"{counted(before['messages'][0], ('message', 'messages'))} equal on both"
    )
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands to the parser."""
    migrate_to = commands.add_parser(
        "migrate-to",
        help="copy this database file into a new, empty server database "
        "(postgresql://USER@HOST:PORT/NAME), then check that both verify and hold the same",
    )
    migrate_to.add_argument("url", metavar="URL", help="the server database's address")
    migrate_to.set_defaults(run=command_migrate_to)
