"""No sequence of top-ups and charges takes the balance past what SQLite holds as a whole number:
a credit beyond the account's maximum is refused whole, and every stored amount stays an integer."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from models.common.database import database as connection
from models.common.database import write_transaction
from models.common.money import MICRO
from models.ledger import entries as ledger
from models.payments import top_ups as payments

BIGGEST_TOP_UP = payments.MAX_CREDITS


def stored_types() -> set[str]:
    sql = (
        "SELECT typeof(amount) FROM ledger_entry UNION SELECT typeof(balance_after) "
        "FROM ledger_entry UNION SELECT typeof(balance) FROM account"
    )
    return {row[0] for row in connection.execute_sql(sql).fetchall()}


def test_the_maximum_is_far_below_64_bit_integers() -> None:
    assert 9 * ledger.MAX_BALANCE < 2**63  # any sum of nine balances' worth stays whole


def test_a_credit_past_the_maximum_is_refused_and_changes_nothing(database) -> None:
    with write_transaction():
        ledger.post(ledger.ADJUSTMENT, ledger.MAX_BALANCE - MICRO, "test", "almost full")
    with pytest.raises(ledger.BalanceLimitError, match="the most an account holds"):
        with write_transaction():
            ledger.post(ledger.TOP_UP, 2 * MICRO, "test", "one too many")
    with pytest.raises(ledger.BalanceLimitError):
        with write_transaction():
            ledger.post_many(ledger.REFUND, [(MICRO, "a", "", None), (MICRO, "b", "", None)])
    with write_transaction():
        ledger.post(ledger.TOP_UP, MICRO, "test", "exactly full")
    assert ledger.balance() == ledger.MAX_BALANCE
    assert ledger.verify().ok and stored_types() == {"integer"}


def test_confirming_a_top_up_past_the_maximum_leaves_it_pending_without_an_invoice(
    database,
) -> None:
    from models.invoicing.documents import Document

    with write_transaction():
        ledger.post(ledger.ADJUSTMENT, ledger.MAX_BALANCE, "test", "full")
    quote = payments.quote_for_credits(BIGGEST_TOP_UP, "EUR")
    with pytest.raises(ledger.BalanceLimitError):
        payments.create_top_up(quote, payments.MANUAL)
    assert payments.Payment.select().count() == 0 and Document.select().count() == 0
    assert ledger.balance() == ledger.MAX_BALANCE


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    steps=st.lists(
        st.one_of(
            st.integers(min_value=1, max_value=BIGGEST_TOP_UP).map(lambda n: ("top-up", n)),
            st.integers(min_value=1, max_value=BIGGEST_TOP_UP).map(lambda n: ("charge", n)),
            st.just(("top-up", ledger.MAX_BALANCE)),
        ),
        max_size=40,
    )
)
def test_no_sequence_overflows_or_turns_an_amount_into_a_float(database, steps) -> None:
    expected = ledger.balance()
    for kind, amount in steps:
        signed = amount if kind == "top-up" else -amount
        try:
            with write_transaction():
                ledger.post(ledger.TOP_UP if signed > 0 else ledger.MESSAGE_CHARGE, signed, "t")
        except ledger.BalanceLimitError:
            assert expected + signed > ledger.MAX_BALANCE
        except ledger.InsufficientCredit:
            assert expected + signed < 0
        else:
            expected += signed
        assert ledger.balance() == expected and 0 <= expected <= ledger.MAX_BALANCE
    assert stored_types() <= {"integer"}
    assert ledger.verify().ok
