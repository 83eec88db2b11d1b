"""The ledger's digest chain and its replay: every entry, in id order, folded into one hash.

Each entry is written as one unambiguous line (its columns in SQL's quote() form, so NULL, text
and numbers never look alike; on PostgreSQL the same characters, see SERVER_LINE). A checkpoint's digest is the SHA-256 of the previous
checkpoint's digest followed by the lines of the entries after it, up to its own last entry:
so a digest stands for every entry from the first one, and a later checkpoint extends it by
reading only the entries posted since. Replaying a run of entries also checks that every
balance_after follows from the one before and never goes below zero, and adds up each UTC day
and kind (as the ledger_day table keeps them).

Nothing here imports the rest of the ledger: schema steps use it on a bare connection.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from peewee import PostgresqlDatabase

GENESIS = hashlib.sha256(b"credit-desk ledger").hexdigest()  # the digest of no entries
MAX_PROBLEMS = 20  # entry problems named one by one; the rest are counted
_CHUNK = 20_000

LINE = (
    "id || ',' || quote(kind) || ',' || quote(amount) || ',' || quote(balance_after) || ',' "
    "|| quote(reference) || ',' || quote(description) || ',' || quote(idempotency_key) || ',' "
    "|| quote(created_at)"
)
_QUOTE = "''''"  # SQL for the text ' (a quote doubled, in quotes)


def _quoted(column: str) -> str:
    """SQLite's quote() of a text column in PostgreSQL's words: the same characters."""
    return f"coalesce({_QUOTE} || replace({column}, {_QUOTE}, '''''') || {_QUOTE}, 'NULL')"


# An entry's line on PostgreSQL, character for character the one SQLite writes (the integer
# columns are never NULL), so a ledger's digest is the same on both engines.
SERVER_LINE = (
    f"id::text || ',' || {_quoted('kind')} || ',' || amount::text || ',' "
    "|| balance_after::text || ',' || "
    + " || ',' || ".join(
        _quoted(column) for column in ("reference", "description", "idempotency_key", "created_at")
    )
)


def line_sql(db: object) -> str:
    """The SQL of an entry's line on the engine of `db` (a Peewee database or its proxy)."""
    return SERVER_LINE if isinstance(getattr(db, "obj", db), PostgresqlDatabase) else LINE


def _replay_sql(db: object) -> str:
    return (
        f"SELECT id, amount, balance_after, kind, substr(created_at, 1, 10), {line_sql(db)} "
        "FROM ledger_entry WHERE id > ? AND id <= ? ORDER BY id"
    )


DayKey = tuple[str, str]  # (UTC day, kind)


class Executes(Protocol):
    """A database (Peewee's, or its proxy) that runs one SQL statement."""

    def execute_sql(self, sql: str, params: tuple[object, ...] = ...) -> sqlite3.Cursor: ...


def entry_hash(line: str) -> str:
    return hashlib.sha256(line.encode()).hexdigest()


def last_entry_hash(db: Executes, entry_id: int) -> str | None:
    """The hash of one entry's line (the last entry a checkpoint covers), None if it is gone."""
    row = db.execute_sql(
        f"SELECT {line_sql(db)} FROM ledger_entry WHERE id = ?", (entry_id,)
    ).fetchone()
    return None if row is None else entry_hash(str(row[0]))


def seal(
    previous: str, upto_id: int, entries: int, balance: int, last: str, digest: str, made: str
) -> str:
    """The hash of a checkpoint's own fields and the seal of the one before it: a checkpoint
    edited by hand no longer matches its seal, nor do the ones after it."""
    text = f"{previous}|{upto_id}|{entries}|{balance}|{last}|{digest}|{made}"
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Replay:
    """What a run of entries adds up to, from a starting point (a checkpoint or the start)."""

    upto_id: int = 0  # the last entry read (the starting point's when none)
    entries: int = 0  # entries up to upto_id, from the first
    balance: int = 0  # the balance after upto_id, as the amounts add up
    digest: str = GENESIS
    last: str = ""  # the hash of entry upto_id's line
    read: int = 0  # entries this replay read
    days: dict[DayKey, list[int]] = field(default_factory=dict)  # → [entries, in, out]
    problems: list[str] = field(default_factory=list)
    more_problems: int = 0

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(text)
        else:
            self.more_problems += 1


def replay(db: Executes, start: Replay, upto_id: int) -> Replay:
    """Read the entries after start.upto_id up to upto_id, in id order, extending `start`
    (whose `days` it goes on adding to)."""
    state = Replay(start.upto_id, start.entries, start.balance, start.digest, start.last)
    state.days = start.days  # a replay in steps adds up its days in one place
    hasher = hashlib.sha256(start.digest.encode())
    running = start.balance
    days = state.days
    cursor = db.execute_sql(_replay_sql(db), (start.upto_id, upto_id))
    while rows := cursor.fetchmany(_CHUNK):
        lines = []
        for entry_id, amount, balance_after, kind, day, line in rows:
            running += amount
            if balance_after != running:
                state.problem(
                    f"Entry {entry_id}: balance after is {balance_after}, "
                    f"the entries add up to {running}."
                )
            if running < 0:
                state.problem(f"Entry {entry_id}: the balance went below zero ({running}).")
            sums = days.get((day, kind))
            if sums is None:
                sums = days[(day, kind)] = [0, 0, 0]
            sums[0] += 1
            sums[1 if amount > 0 else 2] += amount
            lines.append(line)
        hasher.update(("\n".join(lines) + "\n").encode())
        state.read += len(rows)
        state.upto_id = int(rows[-1][0])
        state.last = entry_hash(lines[-1])
    state.entries += state.read
    state.balance = running
    if state.read:
        state.digest = hasher.hexdigest()
    return state


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def add_checkpoint(db: Executes, state: Replay, previous_seal: str) -> None:
    """Store `state` (a replay that found no problem) as the newest checkpoint."""
    made = now_iso()
    sealed = seal(
        previous_seal, state.upto_id, state.entries, state.balance, state.last, state.digest, made
    )
    db.execute_sql(
        "INSERT INTO ledger_checkpoint "
        "(upto_id, entries, balance, last_entry, digest, seal, made_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (state.upto_id, state.entries, state.balance, state.last, state.digest, sealed, made),
    )


def first_checkpoint(db: Executes) -> None:
    """A checkpoint over the ledger as it is, when it verifies (else verify reports why):
    the schema step that adds checkpoints makes it for an existing ledger."""
    upto = int(db.execute_sql("SELECT coalesce(max(id), 0) FROM ledger_entry").fetchone()[0])
    if upto == 0:
        return
    state = replay(db, Replay(), upto)
    cached = db.execute_sql("SELECT balance, entry_count FROM account").fetchone()
    if not state.problems and (state.balance, state.entries) == tuple(cached):
        add_checkpoint(db, state, "")
