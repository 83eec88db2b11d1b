"""Charges grouped by campaign and day: every group adds up to exactly the entries it stands for;
descriptions told again from the entries' references."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.common.database import database, write_transaction
from models.common.messages import Message
from models.ledger import entries as ledger
from models.ledger import groups as ledger_groups
from models.ledger.descriptions import describe
from models.ledger.periods import local_date
from models.ledger.query import LedgerFilter, LedgerView, Order, snapshot
from models.outbox import dispatcher
from models.outbox.simulated_gateway import SimulatedGateway
from tests.helpers.ledger_fill import clock
from tests.helpers.outbox_data import credit, queue, small_price_list

DAY_ONE = datetime(2026, 3, 2, 9, tzinfo=UTC)


def send(count: int, at: datetime, text: str = "Hello") -> int:
    campaign = queue(count, text, start=int(at.timestamp()) % 100_000)
    with clock(at):
        dispatcher.dispatch(SimulatedGateway())
    return campaign


def whole_view(ledger_filter: LedgerFilter | None = None) -> LedgerView:
    return LedgerView(ledger_filter or LedgerFilter(), Order(), snapshot()[0])


def ungrouped() -> list[tuple[int, str, int, str]]:
    return database.execute_sql(
        "SELECT id, kind, amount, created_at FROM ledger_entry ORDER BY id"
    ).fetchall()


def test_groups_add_up_exactly_to_the_entries(database) -> None:
    small_price_list()
    with clock(DAY_ONE - timedelta(days=1)):
        credit(1_000 * 1_000_000)
    first = send(130, DAY_ONE)
    second = send(70, DAY_ONE + timedelta(hours=2))
    send(20, DAY_ONE + timedelta(days=1))
    with clock(DAY_ONE + timedelta(days=2)):
        credit(5 * 1_000_000)

    page = ledger_groups.groups_page(whole_view(), limit=1_000)
    assert page.cursor is None
    groups = page.groups
    entries = ungrouped()
    assert sum(g.count for g in groups) == len(entries)
    assert sum(g.amount for g in groups) == sum(e[2] for e in entries)
    assert all(isinstance(g.amount, int) for g in groups)
    by_campaign = {(g.campaign_id, g.day): g for g in groups if g.is_campaign}
    day_one = local_date("2026-03-02T09:00:00.000000Z")
    assert by_campaign[(first, day_one)].count == 130
    assert by_campaign[(second, day_one)].count == 70
    # Each group's count and credits are those of its campaign's charges that day.
    for group in by_campaign.values():
        rows = database.execute_sql(
            "SELECT count(*), sum(e.amount) FROM ledger_entry e JOIN message m "
            "ON e.reference = 'message:' || m.id WHERE m.campaign_id = ? "
            "AND e.created_at >= ? AND e.created_at < ?",
            (group.campaign_id, group.start, group.end),
        ).fetchone()
        assert (group.count, group.amount) == (rows[0], rows[1])
        assert group.campaign.startswith("Campaign ")
    # Newest first; the credits are their own rows; balance after is the last entry's.
    assert [g.is_campaign for g in groups] == [False, True, True, True, False]
    assert groups[0].balance_after == ledger.balance()
    assert groups[-1].kind == ledger.ADJUSTMENT


def test_a_group_expands_to_its_entries_through_the_filter(database) -> None:
    small_price_list()
    credit(1_000 * 1_000_000)
    campaign = send(40, DAY_ONE)
    group = next(g for g in ledger_groups.groups_page(whole_view()).groups if g.is_campaign)
    view = whole_view(group.entries_filter(LedgerFilter()))
    totals = view.totals()
    assert (totals.count, totals.credits_out) == (group.count, group.amount)
    assert group.campaign_id == campaign
    assert len(list(view.rows())) == 40


def test_pages_are_whole_days_and_follow_each_other(database) -> None:
    small_price_list()
    credit(1_000 * 1_000_000)
    for day in range(6):
        send(3, DAY_ONE + timedelta(days=day))
    seen: list[ledger_groups.Group] = []
    cursor = None
    while True:
        page = ledger_groups.groups_page(whole_view(), cursor, limit=2)
        seen += page.groups
        if page.cursor is None:
            break
        cursor = page.cursor
    assert [g.count for g in seen if g.is_campaign] == [3] * 6
    assert sum(g.count for g in seen) == len(ungrouped())
    ascending = list(ledger_groups.all_groups(whole_view(), descending=False))
    assert [g.last.id for g in ascending] == [g.last.id for g in reversed(seen)]


def test_charges_without_a_message_stand_alone(database) -> None:
    with write_transaction():
        ledger.post(ledger.TOP_UP, 10_000_000, "payment:77", "Top-up, variable symbol 1")
        ledger.post(ledger.MESSAGE_CHARGE, -30_000, "campaign:1", "SMS to +420…, campaign 1")
        ledger.post(ledger.MESSAGE_CHARGE, -30_000, "campaign:1", "SMS to +420…, campaign 1")
    groups = ledger_groups.groups_page(whole_view()).groups
    assert [g.count for g in groups] == [1, 1, 1]
    assert not any(g.is_campaign for g in groups)


def test_descriptions_come_from_the_references(database) -> None:
    small_price_list()
    credit(1_000 * 1_000_000)
    campaign = send(2, DAY_ONE, text="Spring sale")
    rows = list(whole_view().rows())
    described = describe(rows)
    charge = next(r for r in rows if r.kind == ledger.MESSAGE_CHARGE)
    text = described[charge.id]
    assert isinstance(text, Message)
    assert text.template == "SMS to {number}, campaign “{campaign}”"
    name = database.execute_sql("SELECT name FROM campaign WHERE id = ?", (campaign,)).fetchone()
    assert text.values["campaign"] == name[0]
    assert charge.description.endswith(f"campaign {campaign}")  # stored text unchanged
    adjustment = next(r for r in rows if r.kind == ledger.ADJUSTMENT)
    assert described[adjustment.id] == "test credit"  # no reference to follow: as stored
