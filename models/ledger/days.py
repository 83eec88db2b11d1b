"""Credits in and out per UTC day and kind, kept by the database, and totals read from them.

The trigger ledger_entry_adds_to_day adds every entry to its day's row (the first ten characters
of created_at, and its kind) in the transaction that posts it, so a day's row always equals the
sum of that day's entries; the rows only grow (ledger_day_only_grows, ledger_day_is_kept), and
`verify` checks them against the entries. The Transactions totals of a period add up its whole
days from here and read only the entries of the partial days at its two ends: some thousand rows
at most, whatever the ledger's size.
"""

from __future__ import annotations

from datetime import date, timedelta

from peewee import CharField, CompositeKey, IntegerField

from models.common import catalog
from models.common.database import BaseModel, database

MIDNIGHT = "T00:00:00.000000Z"  # what follows the date in the stamp of a UTC midnight


class LedgerDay(BaseModel):
    day = CharField()  # UTC, YYYY-MM-DD
    kind = CharField()
    entries = IntegerField()
    credits_in = IntegerField()  # micro-credits, the sum of the positive amounts
    credits_out = IntegerField()  # micro-credits, the sum of the negative amounts (≤ 0)

    class Meta:
        primary_key = CompositeKey("day", "kind")
        triggers = (
            """CREATE TRIGGER ledger_day_only_grows BEFORE UPDATE ON ledger_day
            WHEN NEW.day IS NOT OLD.day OR NEW.kind IS NOT OLD.kind
                OR NEW.entries IS NOT OLD.entries + 1
                OR NEW.credits_in < OLD.credits_in OR NEW.credits_out > OLD.credits_out
            BEGIN
                SELECT RAISE(ABORT, 'day totals only grow with the entries posted');
            END""",
            """CREATE TRIGGER ledger_day_is_kept BEFORE DELETE ON ledger_day
            BEGIN
                SELECT RAISE(ABORT, 'day totals only grow with the entries posted');
            END""",
        )


KindTotals = tuple[str, int, int, int]  # kind, entries, credits in, credits out


def whole_days(start: str | None, end: str | None) -> tuple[str | None, str | None] | None:
    """The first whole UTC day at or after `start` and the day holding `end` (the whole days
    between them are in the range), or None when the stamps are not ISO dates."""
    try:
        first = None
        if start is not None:
            day = date.fromisoformat(start[:10])
            first = (day if start <= start[:10] + MIDNIGHT else day + timedelta(days=1)).isoformat()
        last = None if end is None else date.fromisoformat(end[:10]).isoformat()
    except ValueError:
        return None
    return first, last


def _range(column: str, start: str | None, end: str | None) -> tuple[list[str], list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    if start is not None:
        conditions.append(f"{column} >= ?")
        params.append(start)
    if end is not None:
        conditions.append(f"{column} < ?")
        params.append(end)
    return conditions, params


# An entry's credits in and out, in words both engines speak (SQLite's max(a, b) is
# PostgreSQL's greatest).
CREDITS_IN = "CASE WHEN amount > 0 THEN amount ELSE 0 END"
CREDITS_OUT = "CASE WHEN amount < 0 THEN amount ELSE 0 END"
_ENTRY_SUMS = f"count(*) AS n, sum({CREDITS_IN}) AS i, sum({CREDITS_OUT}) AS o"
_LATER_SUMS = f"-count(*) AS n, -sum({CREDITS_IN}) AS i, -sum({CREDITS_OUT}) AS o"


def totals(
    start: str | None, end: str | None, kind: str | None, upto_id: int
) -> list[KindTotals] | None:
    """Count, in and out per kind of the entries in [start, end) of `kind` (any when None) up
    to entry `upto_id`: the day rows of the whole days, the entries of the partial days at the
    ends, less the entries of those whole days posted after `upto_id`. One statement, so one
    snapshot. None when the range's stamps are not ISO dates (then ask the entries)."""
    days = whole_days(start, end)
    if days is None:
        return None
    first, last = days
    parts: list[str] = []
    params: list[object] = []

    def add(select: str, conditions: list[str], values: list[object], group: bool) -> None:
        if kind is not None:
            conditions, values = [*conditions, "kind = ?"], [*values, kind]
        where = " AND ".join(conditions) or "TRUE"
        parts.append(f"SELECT {select} WHERE {where}" + (" GROUP BY kind" if group else ""))
        params.extend(values)

    if first is not None and last is not None and first >= last:  # no whole day: entries only
        edges = [(start, end)]
    else:
        edges = [(start, f"{first}{MIDNIGHT}")] if start is not None else []
        edges += [(f"{last}{MIDNIGHT}", end)] if last is not None else []
        where, values = _range("day", first, last)
        add(
            "kind, entries AS n, credits_in AS i, credits_out AS o FROM ledger_day",
            where,
            values,
            False,
        )
        where, values = _range("substr(created_at, 1, 10)", first, last)
        # NOT INDEXED (SQLite): the few entries past the snapshot are found by their ids, not
        # by a walk; PostgreSQL's planner picks the key itself.
        unindexed = "" if catalog.on_server() else " NOT INDEXED"
        later = f"kind, {_LATER_SUMS} FROM ledger_entry{unindexed}"
        add(later, ["id > ?", *where], [upto_id, *values], True)
    for low, high in edges:
        where, values = _range("created_at", low, high)
        add(
            f"kind, {_ENTRY_SUMS} FROM ledger_entry", [*where, "+id <= ?"], [*values, upto_id], True
        )
    cursor = database.execute_sql(
        "SELECT kind, sum(n), sum(i), sum(o) FROM ("
        + " UNION ALL ".join(f"SELECT * FROM ({part}) AS part{n}" for n, part in enumerate(parts))
        + ") AS parts GROUP BY kind",
        params,
    )
    return [(str(k), int(n), int(i), int(o)) for k, n, i, o in cursor if n]
