"""Message charges grouped by campaign and local day, the other entries one by one, in SQL.

A campaign of 1,300 messages sent in a day is 1,300 charges; grouped, it is one row: the
campaign, how many messages, the credits they took. A group never spans two local days, so the
list is read a day at a time: one indexed seek finds the next day that has entries, one
GROUP BY over that day's rows makes its groups (each charge finds its campaign through the
message its reference names), and days are read until a page is full. Nothing here passes
over the whole ledger, and nothing is written: the entries stay exactly as they were posted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta, tzinfo

from models.common.database import database
from models.common.dialect import id_after_prefix
from models.ledger.entries import MESSAGE_CHARGE
from models.ledger.periods import local_date, local_midnight
from models.ledger.query import ENTRY_COLUMNS, EntryRow, LedgerFilter, LedgerView

PAGE = 100  # groups read at least per page (whole days, so a page may hold more)
_IDS_PER_QUERY = 500


@dataclass(frozen=True)
class Group:
    """One row of the grouped list: a campaign's charges of one local day, or one entry."""

    day: date  # local
    start: str  # the UTC bounds of that day
    end: str
    kind: str
    count: int
    amount: int  # micro-credits, the sum of the group's entries
    first_id: int
    last: EntryRow  # the newest entry: its balance_after is the balance after the group
    campaign_id: int | None = None
    campaign: str = ""  # the campaign's name

    @property
    def is_campaign(self) -> bool:
        return self.campaign_id is not None

    @property
    def balance_after(self) -> int:
        return self.last.balance_after

    def entries_filter(self, base: LedgerFilter) -> LedgerFilter:
        """The filter that lists a campaign group's charges (within `base`, the list's filter)."""
        if self.campaign_id is None:
            raise ValueError("only a campaign's group holds more than its one entry")
        start = self.start if base.start is None else max(base.start, self.start)
        end = self.end if base.end is None else min(base.end, self.end)
        return replace(base, start=start, end=end, kind=MESSAGE_CHARGE, campaign=self.campaign_id)


@dataclass(frozen=True)
class GroupPage:
    groups: list[Group]
    cursor: str | None  # where the next page starts (a UTC midnight); None: nothing more


def _conditions(view: LedgerView) -> tuple[list[str], list[object]]:
    conditions, params = view.filter.where()
    conditions.append("+id <= ?")  # the snapshot; “+” keeps the time index in use
    params.append(view.upto_id)
    return conditions, params


def _next_moment(view: LedgerView, cursor: str | None, descending: bool) -> str | None:
    """The time of the nearest entry past `cursor` in the list's direction: one seek."""
    conditions, params = _conditions(view)
    if cursor is not None:
        conditions.append("created_at < ?" if descending else "created_at >= ?")
        params.append(cursor)
    direction = "DESC" if descending else "ASC"
    row = database.execute_sql(
        f"SELECT created_at FROM ledger_entry WHERE {' AND '.join(conditions)} "
        f"ORDER BY created_at {direction} LIMIT 1",
        params,
    ).fetchone()
    return None if row is None else str(row[0])


# PostgreSQL wants every selected column grouped; all of them follow from grp anyway.
_GROUP = """
SELECT CASE WHEN m.campaign_id IS NULL THEN e.id ELSE -m.campaign_id END AS grp,
    e.kind, count(*), sum(e.amount), min(e.id), max(e.id), m.campaign_id, c.name
FROM (SELECT id, kind, amount, reference FROM ledger_entry WHERE {where}) AS e
LEFT JOIN message AS m
    ON e.kind = 'message-charge' AND m.id = {message_id}
LEFT JOIN campaign AS c ON c.id = m.campaign_id
GROUP BY grp, e.kind, m.campaign_id, c.name
"""


def _entries(ids: list[int]) -> dict[int, EntryRow]:
    found: dict[int, EntryRow] = {}
    for at in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[at : at + _IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        cursor = database.execute_sql(
            f"SELECT {ENTRY_COLUMNS} FROM ledger_entry WHERE id IN ({marks})", chunk
        )
        found.update((int(row[0]), EntryRow._make(row)) for row in cursor)
    return found


def day_groups(
    view: LedgerView, day: date, descending: bool = True, zone: tzinfo | None = None
) -> list[Group]:
    """The groups of one local day of the view, in the list's order: one GROUP BY."""
    start, end = local_midnight(day, zone), local_midnight(day + timedelta(days=1), zone)
    conditions, params = _conditions(view)
    conditions += ["created_at >= ?", "created_at < ?"]
    params += [start, end]
    sql = _GROUP.format(
        where=" AND ".join(conditions), message_id=id_after_prefix("e.reference", "message:")
    )
    rows = database.execute_sql(sql, params).fetchall()
    last = _entries([int(row[5]) for row in rows])
    groups = [
        Group(
            day=day,
            start=start,
            end=end,
            kind=str(kind),
            count=int(count),
            amount=int(amount),
            first_id=int(first_id),
            last=last[int(last_id)],
            campaign_id=None if campaign_id is None else int(campaign_id),
            campaign="" if name is None else str(name),
        )
        for _, kind, count, amount, first_id, last_id, campaign_id, name in rows
    ]
    if descending:
        groups.sort(key=lambda g: (g.last.created_at, g.last.id), reverse=True)
    else:
        groups.sort(key=lambda g: g.first_id)
    return groups


def groups_page(
    view: LedgerView,
    cursor: str | None = None,
    limit: int = PAGE,
    descending: bool = True,
    zone: tzinfo | None = None,
) -> GroupPage:
    """The groups of whole days after `cursor` (from the start when None) until at least
    `limit` groups, or the end of the view."""
    groups: list[Group] = []
    while len(groups) < limit:
        moment = _next_moment(view, cursor, descending)
        if moment is None:
            return GroupPage(groups, None)
        day = local_date(moment, zone)
        groups += day_groups(view, day, descending, zone)
        cursor = local_midnight(day if descending else day + timedelta(days=1), zone)
    return GroupPage(groups, cursor)


def all_groups(
    view: LedgerView,
    descending: bool = False,
    zone: tzinfo | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Group]:
    """Every group of the view in order, a page at a time (for the statement)."""
    cursor: str | None = None
    while not cancelled():
        page = groups_page(view, cursor, PAGE, descending, zone)
        yield from page.groups
        if page.cursor is None:
            return
        cursor = page.cursor
