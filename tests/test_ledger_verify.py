"""verify and verify --full: checkpoints, day totals, and entries changed behind the app's back.

Tampering is done as an attacker with the file would: raw SQL with the triggers dropped (and put
back, so only the data tells)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.common.database import write_transaction
from models.common.money import MICRO
from models.ledger import entries as ledger
from models.ledger.checkpoints import LedgerCheckpoint
from models.ledger.days import LedgerDay
from tests.helpers.ledger_fill import Planned, bulk_fill, post_all

START = datetime(2026, 1, 5, 9, tzinfo=UTC)
TRIGGERS = [*ledger.LedgerEntry._meta.triggers, *LedgerDay._meta.triggers]
TRIGGER_NAMES = [sql.split()[2] for sql in TRIGGERS]


def tamper(database, sql: str, params: tuple[object, ...] = ()) -> None:
    for name in TRIGGER_NAMES:
        database.execute_sql(f"DROP TRIGGER {name}")
    database.execute_sql(sql, params)
    for trigger in TRIGGERS:
        database.execute_sql(trigger)


def post(amount: int, at: datetime = START, description: str = "") -> None:
    post_all([Planned(ledger.ADJUSTMENT, amount, "test", description, at)])


@pytest.fixture
def checkpointed(database):
    """Twenty entries over four days, proven by a checkpoint, then five more after it."""
    for day in range(4):
        for hour in range(5):
            post(10 * MICRO if hour == 0 else -MICRO, START + timedelta(days=day, hours=hour))
    first = ledger.verify()
    assert first.ok and first.read == 20 and first.checkpoint == 0
    assert LedgerCheckpoint.select().count() == 1
    for hour in range(5):
        post(2 * MICRO, START + timedelta(days=4, hours=hour))
    return database


def test_the_default_reads_only_the_entries_after_the_checkpoint(checkpointed) -> None:
    result = ledger.verify()
    assert result.ok and result.checkpoint == 20 and result.read == 5
    assert LedgerCheckpoint.select().count() == 2  # the tail is proven now
    again = ledger.verify()
    assert again.ok and again.checkpoint == 25 and again.read == 0
    full = ledger.verify(full=True)
    assert full.ok and full.read == 25 and full.digest == result.digest == again.digest


def test_a_changed_amount_before_the_checkpoint_is_caught_by_both(checkpointed) -> None:
    tamper(checkpointed, "UPDATE ledger_entry SET amount = amount - 1 WHERE id = 3")
    assert any("day totals say" in p for p in ledger.verify().problems)
    full = ledger.verify(full=True).problems
    assert any("no longer match checkpoint 1" in p for p in full)
    assert any("Entry 3: balance after" in p for p in full)


def test_a_removed_entry_before_the_checkpoint_is_caught_by_both(checkpointed) -> None:
    tamper(checkpointed, "DELETE FROM ledger_entry WHERE id = 7")
    assert not ledger.verify().ok
    assert any("no longer match checkpoint 1" in p for p in ledger.verify(full=True).problems)


def test_a_changed_text_before_the_checkpoint_is_left_to_the_full_verification(
    checkpointed,
) -> None:
    """What the README and `verify --help` say: the default checks counts and sums only."""
    tamper(checkpointed, "UPDATE ledger_entry SET description = 'forged' WHERE id = 5")
    assert ledger.verify().ok
    full = ledger.verify(full=True)
    assert [p for p in full.problems if "no longer match checkpoint 1" in p]


def test_the_checkpoints_last_entry_is_checked_by_the_default(checkpointed) -> None:
    tamper(checkpointed, "UPDATE ledger_entry SET reference = 'forged' WHERE id = 20")
    assert any("Entry 20, the last one checkpoint 1 covers" in p for p in ledger.verify().problems)


def test_a_change_after_the_checkpoint_is_caught_by_the_default(checkpointed) -> None:
    tamper(checkpointed, "UPDATE ledger_entry SET amount = 3000000 WHERE id = 23")
    problems = ledger.verify().problems
    assert any("Entry 23: balance after" in p for p in problems)
    assert any("The totals of 2026-01-09 (adjustment)" in p for p in problems)
    assert LedgerCheckpoint.select().count() == 1  # nothing wrong is proven by a checkpoint


def test_an_edited_checkpoint_no_longer_matches_its_seal(checkpointed) -> None:
    checkpointed.execute_sql("DROP TRIGGER ledger_checkpoint_is_append_only_update")
    checkpointed.execute_sql("UPDATE ledger_checkpoint SET digest = 'forged'")
    problems = ledger.verify().problems
    assert any("does not match its seal" in p for p in problems)
    assert any("ledger_checkpoint_is_append_only_update is missing" in p for p in problems)


def test_day_totals_changed_by_hand_are_caught(checkpointed) -> None:
    tamper(
        checkpointed,
        "UPDATE ledger_day SET credits_in = credits_in + 1 WHERE day = ?",
        ("2026-01-06",),
    )
    assert any("day totals say" in p for p in ledger.verify().problems)
    assert any("The totals of 2026-01-06" in p for p in ledger.verify(full=True).problems)


def test_the_database_keeps_day_totals_and_checkpoints(checkpointed) -> None:
    from peewee import IntegrityError

    for sql in (
        "UPDATE ledger_day SET entries = entries + 5",
        "DELETE FROM ledger_day",
        "UPDATE ledger_checkpoint SET balance = 0",
        "DELETE FROM ledger_checkpoint",
        "INSERT INTO ledger_checkpoint (upto_id, entries, balance, last_entry, digest, seal, "
        "made_at) VALUES (3, 3, 0, '', '', '', '')",
    ):
        with pytest.raises(IntegrityError):
            checkpointed.execute_sql(sql)
    assert ledger.verify(full=True).ok


def test_bulk_test_ledgers_are_what_the_app_writes(database) -> None:
    from models.outbox import queue as outbox

    bulk_fill(3_000, START, START + timedelta(days=30))
    for full in (True, False):
        result = ledger.verify(full, outbox.charge_problems)
        assert result.ok, result.problems
    assert outbox.charge_problems() == []


def test_a_charge_after_the_checkpoint_of_no_sent_message_is_caught(database) -> None:
    from models.outbox import queue as outbox

    bulk_fill(500, START, START + timedelta(days=3))
    assert ledger.verify(False, outbox.charge_problems).ok
    with write_transaction():
        ledger.post(ledger.MESSAGE_CHARGE, -MICRO, "message:999999", "", "message:999999")
    problems = ledger.verify(False, outbox.charge_problems).problems
    assert "1 message charge(s) are not of a sent message at its price." in problems
