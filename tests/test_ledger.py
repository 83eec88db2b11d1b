"""The ledger: append-only, never below zero, cached balance equal to the sum, idempotent posts."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from models.common.database import write_transaction
from models.common.money import MICRO
from models.ledger import entries as ledger


def post(amount: int, key: str | None = None, kind: str = ledger.ADJUSTMENT) -> ledger.LedgerEntry:
    with write_transaction():
        return ledger.post(kind, amount, reference="test", idempotency_key=key)


def test_posting_moves_the_balance_and_records_balance_after(database) -> None:
    first = post(5 * MICRO)
    second = post(-2 * MICRO)
    assert (first.balance_after, second.balance_after) == (5 * MICRO, 3 * MICRO)
    assert ledger.balance() == 3 * MICRO
    assert ledger.verify().ok


def test_balance_never_goes_below_zero(database) -> None:
    post(1 * MICRO)
    with pytest.raises(ledger.InsufficientCredit):
        post(-1 * MICRO - 1)
    assert ledger.balance() == 1 * MICRO
    assert ledger.LedgerEntry.select().count() == 1


def test_the_database_refuses_update_and_delete(database) -> None:
    entry = post(7 * MICRO)
    with pytest.raises(IntegrityError, match="append-only"):
        database.execute_sql("UPDATE ledger_entry SET amount = 1 WHERE id = ?", (entry.id,))
    with pytest.raises(IntegrityError, match="append-only"):
        database.execute_sql("DELETE FROM ledger_entry WHERE id = ?", (entry.id,))
    assert ledger.balance() == 7 * MICRO


def test_the_database_refuses_an_entry_that_does_not_follow_the_balance(database) -> None:
    post(2 * MICRO)
    with pytest.raises(IntegrityError, match="balance_after"):
        database.execute_sql(
            "INSERT INTO ledger_entry (kind, amount, balance_after, reference, created_at) "
            "VALUES ('adjustment', 1000000, 999, 'x', '2026-01-01T00:00:00.000000Z')"
        )
    with pytest.raises(IntegrityError):
        database.execute_sql(
            "INSERT INTO ledger_entry (kind, amount, balance_after, reference, created_at) "
            "VALUES ('adjustment', -3000000, -1000000, 'x', '2026-01-01T00:00:00.000000Z')"
        )
    assert ledger.verify().ok


def test_same_idempotency_key_posts_once(database) -> None:
    first = post(3 * MICRO, key="payment:1")
    again = post(3 * MICRO, key="payment:1")
    assert again.id == first.id
    assert ledger.balance() == 3 * MICRO


def test_post_outside_a_transaction_is_refused(database) -> None:
    with pytest.raises(RuntimeError, match="write_transaction"):
        ledger.post(ledger.ADJUSTMENT, MICRO, reference="x")


@pytest.mark.parametrize(("kind", "amount"), [("gift", MICRO), (ledger.TOP_UP, 0)])
def test_bad_entries_are_refused(database, kind: str, amount: int) -> None:
    with pytest.raises(ValueError):
        post(amount, kind=kind)
    assert ledger.balance() == 0


def test_verify_names_a_tampered_cache(database) -> None:
    post(4 * MICRO)
    database.execute_sql("UPDATE account SET balance = balance + 1")
    result = ledger.verify()
    assert not result.ok
    assert "cached balance is 4000001" in result.problems[0]


def test_verify_names_a_removed_safeguard(database) -> None:
    database.execute_sql("DROP TRIGGER ledger_entry_is_append_only_delete")
    result = ledger.verify()
    assert any("ledger_entry_is_append_only_delete" in p for p in result.problems)
