"""A Hypothesis state machine: top-ups, confirmations (repeated), cancellations and charges
against a plain-Python model of the balance; the day totals kept equal to the entries and the
ledger verified (from its checkpoints and in full) after every step."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from models.common import database as db
from models.common.database import write_transaction
from models.common.money import MICRO
from models.ledger import entries as ledger
from models.ledger import query as ledger_query
from models.payments import top_ups as payments
from models.settings import store as settings


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._folder = tempfile.TemporaryDirectory()
        db.open_database(Path(self._folder.name) / "machine.sqlite3")
        settings.set_value("seller.iban", "CZ6508000000192000145399")
        settings.set_value("seller.name", "Credit Desk s.r.o.")  # EUR transfers name the seller
        self.balance = 0
        self.pending: dict[int, int] = {}  # payment id → credits
        self.paid: set[int] = set()
        self.cancelled: set[int] = set()

    def teardown(self) -> None:
        db.open_session().close()
        self._folder.cleanup()

    @rule(
        credits=st.integers(min_value=1, max_value=10**6 * MICRO),
        currency=st.sampled_from(["EUR", "CZK"]),
    )
    def create_bank_transfer(self, credits: int, currency: str) -> None:
        try:
            quote = payments.quote_for_credits(credits, currency)
        except payments.PaymentError:
            return  # too small to pay: refused, nothing created
        before = payments.Payment.select().count()
        try:
            payment = payments.create_top_up(quote, payments.BANK_TRANSFER)
        except payments.PaymentError:  # below the smallest top-up, or beyond its QR code's limit
            assert payments.Payment.select().count() == before  # refused whole
            return
        self.pending[payment.id] = credits

    @rule(credits=st.integers(min_value=MICRO // 100, max_value=10**4 * MICRO))
    def record_manual_receipt(self, credits: int) -> None:
        quote = payments.quote_for_credits(credits, "EUR")
        try:
            payment = payments.create_top_up(quote, payments.MANUAL)
        except payments.PaymentError:  # below the smallest top-up: refused, nothing created
            assert quote.net_minor < payments.minimum_net("EUR")
            return
        self.paid.add(payment.id)
        self.balance += credits

    @precondition(lambda self: self.pending)
    @rule(data=st.data())
    def confirm_pending(self, data: st.DataObject) -> None:
        payment_id = data.draw(st.sampled_from(sorted(self.pending)))
        assert payments.confirm(payment_id).newly_paid
        self.balance += self.pending.pop(payment_id)
        self.paid.add(payment_id)

    @precondition(lambda self: self.paid)
    @rule(data=st.data())
    def confirm_again(self, data: st.DataObject) -> None:
        payment_id = data.draw(st.sampled_from(sorted(self.paid)))
        assert not payments.confirm(payment_id).newly_paid

    @precondition(lambda self: self.pending)
    @rule(data=st.data())
    def cancel_pending(self, data: st.DataObject) -> None:
        payment_id = data.draw(st.sampled_from(sorted(self.pending)))
        payments.cancel(payment_id)
        del self.pending[payment_id]
        self.cancelled.add(payment_id)

    @precondition(lambda self: self.cancelled)
    @rule(data=st.data())
    def confirm_cancelled_is_refused(self, data: st.DataObject) -> None:
        payment_id = data.draw(st.sampled_from(sorted(self.cancelled)))
        try:
            payments.confirm(payment_id)
        except payments.PaymentError:
            return
        raise AssertionError("a cancelled payment was confirmed")

    @rule(amount=st.integers(min_value=1, max_value=10**5 * MICRO), key=st.integers(0, 30))
    def charge(self, amount: int, key: int) -> None:
        """A message charge; the same key is a retry and must not charge twice."""
        idempotency_key = f"message:{key}"
        already = ledger.LedgerEntry.get_or_none(
            ledger.LedgerEntry.idempotency_key == idempotency_key
        )
        try:
            with write_transaction():
                ledger.post(
                    ledger.MESSAGE_CHARGE, -amount, "message", idempotency_key=idempotency_key
                )
        except ledger.InsufficientCredit:
            assert already is None and amount > self.balance
            return
        if already is None:
            assert amount <= self.balance
            self.balance -= amount

    @invariant()
    def balance_matches_the_model(self) -> None:
        assert ledger.balance() == self.balance
        assert self.balance >= 0

    @invariant()
    def ledger_verifies(self) -> None:
        """The default (from the newest checkpoint, making the next) and the full verification."""
        result = ledger.verify()
        assert result.ok, result.problems
        assert ledger.verify(full=True).ok

    @invariant()
    def day_totals_equal_the_entries(self) -> None:
        sums = "count(*), sum(max(amount, 0)), sum(min(amount, 0))"
        from_entries = db.database.execute_sql(
            f"SELECT substr(created_at, 1, 10), kind, {sums} FROM ledger_entry "
            "GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        kept = db.database.execute_sql(
            "SELECT day, kind, entries, credits_in, credits_out FROM ledger_day ORDER BY 1, 2"
        ).fetchall()
        assert kept == from_entries
        everything = ledger_query.open_view(ledger_query.LedgerFilter(), ledger_query.Order())[0]
        totals = everything.totals()
        assert (
            totals.net == self.balance and totals.count == ledger.Account.get_by_id(1).entry_count
        )


LedgerMachine.TestCase.settings = hypothesis_settings(
    max_examples=40, stateful_step_count=30, deadline=None
)
TestLedgerMachine = LedgerMachine.TestCase
