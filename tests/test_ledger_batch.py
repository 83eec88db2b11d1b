"""ledger.post_many: the same rules as post(), many entries in one call."""

from __future__ import annotations

import pytest

from models.common.database import write_transaction
from models.common.money import MICRO
from models.ledger import entries as ledger


def test_each_posting_is_its_own_entry_with_its_balance_after(database) -> None:
    with write_transaction():
        ledger.post(ledger.TOP_UP, 10 * MICRO, "payment:1")
        appended = ledger.post_many(
            ledger.MESSAGE_CHARGE,
            [(-MICRO, "message:1", "a", "message:1"), (-2 * MICRO, "message:2", "b", "message:2")],
        )
    assert appended == 2
    entries = list(ledger.LedgerEntry.select().order_by(ledger.LedgerEntry.id))
    assert [e.balance_after for e in entries] == [10 * MICRO, 9 * MICRO, 7 * MICRO]
    assert [e.idempotency_key for e in entries[1:]] == ["message:1", "message:2"]
    assert ledger.balance() == 7 * MICRO and ledger.verify().ok


def test_a_key_posted_before_appends_nothing(database) -> None:
    with write_transaction():
        ledger.post(ledger.TOP_UP, 10 * MICRO, "payment:1")
        ledger.post(ledger.MESSAGE_CHARGE, -MICRO, "message:1", idempotency_key="message:1")
    with write_transaction():
        appended = ledger.post_many(
            ledger.MESSAGE_CHARGE,
            [(-MICRO, "message:1", "", "message:1"), (-MICRO, "message:2", "", "message:2")],
        )
    assert appended == 1 and ledger.balance() == 8 * MICRO and ledger.verify().ok


def test_the_balance_never_goes_below_zero_and_the_transaction_rolls_back(database) -> None:
    with write_transaction():
        ledger.post(ledger.TOP_UP, 2 * MICRO, "payment:1")
    with pytest.raises(ledger.InsufficientCredit), write_transaction():
        ledger.post_many(
            ledger.MESSAGE_CHARGE,
            [(-MICRO, "message:1", "", "message:1"), (-2 * MICRO, "message:2", "", "message:2")],
        )
    assert ledger.balance() == 2 * MICRO and ledger.LedgerEntry.select().count() == 1
    assert ledger.verify().ok


def test_the_rules_of_post_apply(database) -> None:
    with pytest.raises(RuntimeError, match="write_transaction"):
        ledger.post_many(ledger.ADJUSTMENT, [(MICRO, "x", "", None)])
    with pytest.raises(ValueError), write_transaction():
        ledger.post_many("gift", [(MICRO, "x", "", None)])
    with pytest.raises(ValueError), write_transaction():
        ledger.post_many(ledger.ADJUSTMENT, [(0, "x", "", None)])
    with write_transaction():
        assert ledger.post_many(ledger.ADJUSTMENT, []) == 0
