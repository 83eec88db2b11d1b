"""Verifying the ledger: balances chained, the cached balance and the day totals equal to the
entries, the digest chain intact, the database's safeguards in place.

`verify(full=True)` reads every entry from the first, recomputes the digest at each checkpoint
and every day total, and runs SQLite's integrity check (a server checks its own storage): it
catches any entry changed, removed or added behind the app's back since a checkpoint was made.
Its time grows with the ledger.

`verify()` (the default) relies on the newest checkpoint for the entries it covers and reads
one by one only the entries after it. For the entries before it, it checks cheaply: the
checkpoints' seals, that the checkpoint's last entry is unchanged, and that the count and sum of
each kind's amounts (one walk over the kind-and-amount index) equal the day totals and the cached
balance, so a removed entry, a changed amount or kind is caught; a change that keeps every kind's
count and sum (a description, a time, a balance_after, two amounts changed to cancel out, or the
same change made to the day totals and the cache too) is left to the full verification.

Both add a checkpoint when all is well and entries were posted since the last one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from models.common import catalog, team
from models.common.database import database, retried, write_transaction
from models.ledger import chain, checkpoints
from models.ledger.checkpoints import LedgerCheckpoint
from models.ledger.days import CREDITS_IN, CREDITS_OUT, MIDNIGHT

MoreChecks = Callable[[int | None], list[str]]
SAFEGUARDS = (
    "ledger_entry_is_append_only_update",
    "ledger_entry_is_append_only_delete",
    "ledger_entry_follows_balance",
    "ledger_entry_updates_account",
    "ledger_entry_adds_to_day",
    "ledger_day_only_grows",
    "ledger_day_is_kept",
    "ledger_checkpoint_is_append_only_update",
    "ledger_checkpoint_is_append_only_delete",
    "ledger_checkpoint_moves_forward",
)


@dataclass(frozen=True)
class Verification:
    entries: int
    balance: int
    problems: list[str]
    full: bool = False
    read: int = 0  # entries read one by one
    checkpoint: int = 0  # the last entry of the checkpoint relied on (0: none)
    digest: str = chain.GENESIS  # the digest over every entry, when all is well
    upto_id: int = 0  # the last entry verified

    @property
    def ok(self) -> bool:
        return not self.problems


def _day_rows(first: str | None, last: str | None) -> dict[chain.DayKey, list[int]]:
    where = "TRUE" if first is None else "day >= ? AND day <= ?"
    cursor = database.execute_sql(
        f"SELECT day, kind, entries, credits_in, credits_out FROM ledger_day WHERE {where}",
        () if first is None else (first, last),
    )
    return {(day, kind): [n, i, o] for day, kind, n, i, o in cursor}


def _entry_days(first: str, last: str) -> dict[chain.DayKey, list[int]]:
    following = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    cursor = database.execute_sql(
        f"SELECT substr(created_at, 1, 10), kind, count(*), sum({CREDITS_IN}), "
        f"sum({CREDITS_OUT}) FROM ledger_entry WHERE created_at >= ? AND created_at < ? "
        "GROUP BY 1, 2",
        (first + MIDNIGHT, following + MIDNIGHT),
    )
    return {(day, kind): [n, i, o] for day, kind, n, i, o in cursor}


def _compare_days(
    entries: dict[chain.DayKey, list[int]], kept: dict[chain.DayKey, list[int]]
) -> list[str]:
    problems: list[str] = []
    for day, kind in sorted(entries.keys() | kept.keys()):
        found, stored = entries.get((day, kind), [0, 0, 0]), kept.get((day, kind), [0, 0, 0])
        if found != stored and len(problems) < chain.MAX_PROBLEMS:
            problems.append(
                f"The totals of {day} ({kind}) say {stored[0]} entries, in {stored[1]}, out "
                f"{stored[2]} µcredits; the entries are {found[0]}, in {found[1]}, out {found[2]}."
            )
    return problems


def _kind_sums() -> list[str]:
    """Each kind's count and sum over all entries (the kind-and-amount index, no row read)
    against the day totals: catches a removed entry or a changed amount or kind anywhere."""
    index = "" if catalog.on_server() else "INDEXED BY ledger_entry_kind_amount "
    entries = {
        kind: (int(n), int(total))
        for kind, n, total in database.execute_sql(
            f"SELECT kind, count(*), sum(amount) FROM ledger_entry {index}GROUP BY kind"
        )
    }
    kept = {
        kind: (int(n), int(total))
        for kind, n, total in database.execute_sql(
            "SELECT kind, sum(entries), sum(credits_in + credits_out) FROM ledger_day GROUP BY kind"
        )
    }
    return [
        f"The {kind} entries are {entries.get(kind, (0, 0))[0]} adding up to "
        f"{entries.get(kind, (0, 0))[1]} µcredits; the day totals say "
        f"{kept.get(kind, (0, 0))[0]} adding up to {kept.get(kind, (0, 0))[1]}."
        for kind in sorted(entries.keys() | kept.keys())
        if entries.get(kind, (0, 0)) != kept.get(kind, (0, 0))
    ]


def _replay_all(sealed: list[LedgerCheckpoint], upto: int, problems: list[str]) -> chain.Replay:
    """Every entry from the first, each checkpoint's digest recomputed on the way."""
    state = chain.Replay()
    for checkpoint in sealed:
        state = _step(state, checkpoint.upto_id, problems)
        recomputed = (state.upto_id, state.entries, state.balance, state.last, state.digest)
        stored = checkpoint.as_replay()
        if recomputed != (
            stored.upto_id,
            stored.entries,
            stored.balance,
            stored.last,
            stored.digest,
        ):
            problems.append(
                f"The entries up to {checkpoint.upto_id} no longer match checkpoint "
                f"{checkpoint.id} made {checkpoint.made_at}: an entry was changed, removed or "
                "added since (the checkpoints after it cannot match either)."
            )
            break
    return _step(state, upto, problems)


def _step(state: chain.Replay, upto: int, problems: list[str]) -> chain.Replay:
    state = chain.replay(database, state, upto)
    problems += state.problems
    if state.more_problems:
        problems.append(f"… and {state.more_problems} more entry problems.")
    return state


def _replay_after(checkpoint: LedgerCheckpoint, upto: int, problems: list[str]) -> chain.Replay:
    """The entries after the checkpoint, on the cheap checks of those before it."""
    if chain.last_entry_hash(database, checkpoint.upto_id) != checkpoint.last_entry:
        problems.append(
            f"Entry {checkpoint.upto_id}, the last one checkpoint {checkpoint.id} covers, was "
            "changed or removed since it was made."
        )
    state = _step(checkpoint.as_replay(), upto, problems)
    if state.days:
        touched = sorted(day for day, _ in state.days)
        problems += _compare_days(
            _entry_days(touched[0], touched[-1]), _day_rows(touched[0], touched[-1])
        )
    return state


@retried
def verify(full: bool = False, more: MoreChecks | None = None) -> Verification:
    """Check the ledger (see the module's docstring for what the default leaves to `full`).

    `more(after_id)` adds checks of other tables against the entries in the same snapshot,
    before a checkpoint is made (e.g. the outbox's charges): `after_id` is the last entry of
    the checkpoint relied on, whose entries were checked when it was made, or None for all."""
    problems: list[str] = []
    if full:
        integrity = catalog.integrity_problem()
        if integrity is not None:
            problems.append(f"The database file fails its integrity check: {integrity}.")
    with database.atomic_read():  # one snapshot, however many entries are posted meanwhile
        balance, count = database.execute_sql(
            "SELECT balance, entry_count FROM account WHERE id = 1"
        ).fetchone()
        upto = int(
            database.execute_sql("SELECT coalesce(max(id), 0) FROM ledger_entry").fetchone()[0]
        )
        sealed, seal_problems = checkpoints.sealed_checkpoints()
        problems += seal_problems
        base = sealed[-1] if sealed and not full else None
        if base is None:
            state = _replay_all(sealed if full else [], upto, problems)
            problems += _compare_days(state.days, _day_rows(None, None))
        else:
            state = _replay_after(base, upto, problems)
            problems += _kind_sums()
        if balance != state.balance:
            problems.append(
                f"The cached balance is {balance} µcredits but the entries add up to "
                f"{state.balance}."
            )
        if count != state.entries:
            problems.append(f"The account counts {count} entries; the ledger has {state.entries}.")
        if more is not None:
            problems += more(None if base is None else base.upto_id)
        present = catalog.trigger_names()
        for trigger in SAFEGUARDS:
            if trigger not in present:
                problems.append(f"The safeguard {trigger} is missing from the database.")
    newer = state.upto_id > (sealed[-1].upto_id if sealed else 0)
    # A team desk without the right (an operator, an accountant) verifies without sealing.
    if not problems and newer and not seal_problems and team.may_make_checkpoints(database):
        with write_transaction():
            checkpoints.add(state, sealed[-1] if sealed else None)
    return Verification(
        entries=state.entries,
        balance=state.balance,
        problems=problems,
        full=full,
        read=state.entries - (0 if base is None else base.entries),
        checkpoint=0 if base is None else base.upto_id,
        digest=state.digest,
        upto_id=state.upto_id,
    )
