"""The outbox: campaigns queue one message per recipient; queued messages wait or are removed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from peewee import SQL, AutoField, ForeignKeyField, IntegerField, TextField

from models.common.database import BaseModel, database, retried, write_transaction
from models.common.messages import UserError
from models.common.progress import CancelCheck, bulk_allocation, check, never_cancelled
from models.ledger.entries import now_iso
from models.pricing import sms

if TYPE_CHECKING:  # queueing needs these; start-up (the outbox summary) does not
    from models.pricing.campaign_estimate import PrefixIndex
    from models.pricing.phone_numbers import Normalized
    from models.pricing.sms import MessageAnalysis

QUEUED = "queued"
SENDING = "sending"  # claimed by the dispatcher with an attempt id; the gateway may have it
SENT = "sent"  # accepted by the gateway and charged, in one transaction
FAILED = "failed"  # refused by the gateway; not charged
REMOVED = "removed"  # taken out of the outbox by the user; not charged
STATES = (QUEUED, SENDING, SENT, FAILED, REMOVED)


class Campaign(BaseModel):
    id = AutoField()
    name = TextField()
    text = TextField()
    sender = TextField(default="")
    encoding = TextField()
    parts = IntegerField()
    message_count = IntegerField()
    created_at = TextField()


class Message(BaseModel):
    id = AutoField()
    campaign = ForeignKeyField(Campaign, column_name="campaign_id", index=False)
    number = TextField()  # E.164
    country = TextField()
    parts = IntegerField()
    price = IntegerField()  # micro-credits for the whole message: parts × price per part
    state = TextField()
    attempt = TextField(null=True)
    gateway = TextField(null=True)
    gateway_id = TextField(null=True)
    error = TextField(default="")
    queued_at = TextField()
    finished_at = TextField(null=True)

    class Meta:
        indexes = (
            SQL("CREATE INDEX message_queue ON message (id, price) WHERE state = 'queued'"),
            SQL("CREATE INDEX message_in_flight ON message (id, price) WHERE state = 'sending'"),
            SQL("CREATE INDEX message_campaign_state ON message (campaign_id, state)"),
        )
        triggers = (
            """CREATE TRIGGER message_final_states BEFORE UPDATE OF state ON message
            WHEN OLD.state IN ('sent', 'removed') AND NEW.state <> OLD.state
            BEGIN
                SELECT RAISE(ABORT, 'a sent or removed message cannot change its state');
            END""",
            """CREATE TRIGGER message_is_not_deleted BEFORE DELETE ON message
            WHEN OLD.state <> 'removed'
            BEGIN
                SELECT RAISE(ABORT, 'remove queued messages instead of deleting them');
            END""",
        )


class OutboxError(UserError):
    """A campaign that cannot be queued; str() is the message to show."""


@dataclass(frozen=True)
class QueuedCampaign:
    campaign_id: int
    name: str
    queued: int
    unpriced: int  # valid numbers the price list does not cover: not queued
    total: int  # micro-credits for every queued message


def default_name(now: datetime | None = None) -> str:
    moment = (now or datetime.now(UTC)).astimezone()
    return f"Campaign {moment:%Y-%m-%d %H:%M}"


def check_message(text: str) -> MessageAnalysis:
    """The message's analysis, or OutboxError when it cannot be sent (empty, too long)."""

    analysis = sms.analyze(text)
    if analysis.parts == 0:
        raise OutboxError("The message is empty.")
    if analysis.parts > sms.MAX_PARTS:
        raise OutboxError(
            "The message needs {parts} parts; an SMS can be sent in at most {most} parts.",
            parts=analysis.parts,
            most=sms.MAX_PARTS,
        )
    return analysis


@retried
def queue_campaign(
    text: str,
    recipients: Sequence[Normalized],
    index: PrefixIndex,
    sender: str = "",
    name: str = "",
    cancelled: CancelCheck = never_cancelled,
) -> QueuedCampaign:
    """Queue one message per priced recipient, all in one transaction (or none of them)."""
    analysis = check_message(text)
    parts = analysis.parts
    price_for = index.price_for
    rows: list[tuple[str, str, int]] = []
    unpriced = 0
    with bulk_allocation():
        for e164, region in recipients:
            row = price_for(e164, region)
            if row is None:
                unpriced += 1
            else:
                rows.append((e164, row.country, parts * row.price))
    if not rows:
        raise OutboxError("None of the recipients is in a country the price list covers.")
    check(cancelled)
    stamp = now_iso()
    name = " ".join(name.split()) or default_name()
    with write_transaction():
        campaign = Campaign.create(
            name=name,
            text=text,
            sender=sender,
            encoding=analysis.encoding,
            parts=parts,
            message_count=len(rows),
            created_at=stamp,
        )
        campaign_id = int(campaign.id)
        database.executemany(
            "INSERT INTO message (campaign_id, number, country, parts, price, state, queued_at)"
            " VALUES (?, ?, ?, ?, ?, 'queued', ?)",
            [(campaign_id, e164, country, parts, price, stamp) for e164, country, price in rows],
        )
        check(cancelled)  # a cancel before the commit stores nothing
    return QueuedCampaign(campaign_id, name, len(rows), unpriced, sum(row[2] for row in rows))


@retried
def remove_queued(campaign_id: int | None = None) -> int:
    """Remove every queued message (of one campaign, or all): never charged, never sent.

    Messages the dispatcher has already claimed are not queued any more: they finish sending.
    """
    sql = "UPDATE message SET state = 'removed', finished_at = ? WHERE state = 'queued'"
    values: tuple[object, ...] = (now_iso(),)
    if campaign_id is not None:
        sql += " AND campaign_id = ?"
        values += (campaign_id,)
    with write_transaction():
        return int(database.execute_sql(sql, values).rowcount)


@dataclass(frozen=True)
class OutboxSummary:
    queued: int
    needed: int  # micro-credits to send every queued message
    sending: int  # claimed, waiting for the gateway's answer
    next_price: int | None  # what the next queued message costs

    def missing(self, balance: int) -> int:
        return max(0, self.needed - balance)


def summary() -> OutboxSummary:
    queued, needed = database.execute_sql(
        "SELECT count(*), coalesce(sum(price), 0) FROM message WHERE state = 'queued'"
    ).fetchone()
    sending = database.execute_sql(
        "SELECT count(*) FROM message WHERE state = 'sending'"
    ).fetchone()[0]
    first = database.execute_sql(
        "SELECT price FROM message WHERE state = 'queued' ORDER BY id LIMIT 1"
    ).fetchone()
    return OutboxSummary(
        int(queued), int(needed), int(sending), int(first[0]) if first is not None else None
    )


@dataclass(frozen=True)
class CampaignStats:
    id: int
    name: str
    text: str
    sender: str
    parts: int
    created_at: str
    counts: dict[str, int]  # state → messages
    credits: dict[str, int]  # state → micro-credits

    def count(self, state: str) -> int:
        return self.counts.get(state, 0)

    @property
    def spent(self) -> int:
        return self.credits.get(SENT, 0)


def campaigns() -> list[CampaignStats]:
    """Every campaign, newest first, with its messages counted by state."""
    counts: dict[int, dict[str, int]] = {}
    credits: dict[int, dict[str, int]] = {}
    cursor = database.execute_sql(
        "SELECT campaign_id, state, count(*), sum(price) FROM message GROUP BY campaign_id, state"
    )
    for campaign_id, state, count, total in cursor:
        counts.setdefault(campaign_id, {})[state] = int(count)
        credits.setdefault(campaign_id, {})[state] = int(total)
    found = database.execute_sql(
        "SELECT id, name, text, sender, parts, created_at FROM campaign ORDER BY id DESC"
    ).fetchall()
    return [
        CampaignStats(
            int(row[0]),
            row[1],
            row[2],
            row[3],
            int(row[4]),
            row[5],
            counts.get(row[0], {}),
            credits.get(row[0], {}),
        )
        for row in found
    ]


@dataclass(frozen=True)
class MessageRow:
    id: int
    campaign_id: int
    campaign: str
    number: str
    country: str
    parts: int
    price: int
    state: str
    error: str
    queued_at: str
    finished_at: str | None
    sender: str = ""  # the campaign's sender ("" the gateway's default)
    text: str = ""  # the campaign's message text


def messages_page(
    state: str | None = QUEUED,
    campaign_id: int | None = None,
    after_id: int = 0,
    limit: int = 200,
) -> list[MessageRow]:
    """Up to `limit` messages after `after_id`, oldest first: every page is one indexed read."""
    conditions = ["m.id > ?"]
    values: list[object] = [after_id]
    if state is not None:
        conditions.append("m.state = ?")
        values.append(state)
    if campaign_id is not None:
        conditions.append("m.campaign_id = ?")
        values.append(campaign_id)
    values.append(limit)
    cursor = database.execute_sql(
        "SELECT m.id, m.campaign_id, c.name, m.number, m.country, m.parts, m.price, m.state, "
        "m.error, m.queued_at, m.finished_at, c.sender, c.text "
        "FROM message m JOIN campaign c ON c.id = m.campaign_id "
        f"WHERE {' AND '.join(conditions)} ORDER BY m.id LIMIT ?",
        values,
    )
    return [MessageRow(*row) for row in cursor.fetchall()]


def count_messages(state: str | None = QUEUED, campaign_id: int | None = None) -> int:
    conditions = ["TRUE"]
    values: list[object] = []
    if state is not None:
        conditions.append("state = ?")
        values.append(state)
    if campaign_id is not None:
        conditions.append("campaign_id = ?")
        values.append(campaign_id)
    sql = f"SELECT count(*) FROM message WHERE {' AND '.join(conditions)}"
    return int(database.execute_sql(sql, values).fetchone()[0])


def charge_problems(after_id: int | None = None) -> list[str]:
    """Every sent message has exactly one charge of its price; every message charge is of a sent
    message. Empty when all is well.

    With `after_id` (the last entry of a ledger checkpoint, whose charges were checked when it
    was made), only the charges after it are read: each must be of a sent message at its price
    with its key as reference; then, keys being unique, no message is charged twice, and as
    many sent messages as message charges means every sent message is charged.
    """
    problems: list[str] = []
    if after_id is None:
        unpaid = database.execute_sql(
            "SELECT count(*) FROM message m WHERE m.state = 'sent' AND NOT EXISTS "
            "(SELECT 1 FROM ledger_entry e WHERE e.idempotency_key = 'message:' || m.id)"
        ).fetchone()[0]
    else:
        unpaid = database.execute_sql(
            "SELECT (SELECT count(*) FROM message WHERE state = 'sent') - (SELECT "
            "coalesce(sum(entries), 0) FROM ledger_day WHERE kind = 'message-charge')"
        ).fetchone()[0]
    if unpaid > 0:
        problems.append(f"{unpaid} sent message(s) have no charge in the ledger.")
    wrong = database.execute_sql(
        "SELECT count(*) FROM ledger_entry e LEFT JOIN message m "
        "ON m.id = CAST(substr(e.reference, 9) AS INTEGER) "
        "WHERE e.id > ? AND e.kind = 'message-charge' AND (m.id IS NULL OR m.state <> 'sent' "
        "OR -e.amount <> m.price OR e.idempotency_key IS NULL "
        "OR e.reference <> e.idempotency_key)",
        (after_id or 0,),
    ).fetchone()[0]
    if wrong:
        problems.append(f"{wrong} message charge(s) are not of a sent message at its price.")
    if after_id is not None:
        return problems
    repeated = database.execute_sql(
        "SELECT count(*) FROM (SELECT reference FROM ledger_entry WHERE kind = 'message-charge' "
        "GROUP BY reference HAVING count(*) > 1) AS repeated"
    ).fetchone()[0]
    if repeated:
        problems.append(f"{repeated} message(s) are charged more than once.")
    return problems
