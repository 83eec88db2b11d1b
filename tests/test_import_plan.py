"""The import's rules: only the seller's accounts, another currency or an earlier booking waits,
the booking date is the day paid; and the plan that previews it all without writing."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from models.common.formatting import NBSP, date_text
from models.common.messages import shown_values
from models.common.money import MICRO
from models.invoicing.documents import INVOICE, Document
from models.ledger import entries as ledger
from models.payments import bank_entries, import_plan, statement_import
from models.payments import top_ups as payments
from models.payments.statements import Statement, StatementEntry
from models.settings import store as settings
from tests.invoice_helpers import buyer, seller

IBAN = "CZ6508000000192000145399"  # 19-2000145399/0800
OTHER = "CZ7908000000002000145399"  # 2000145399/0800: not the seller's
EUR_IBAN = "DE89370400440532013000"
TODAY = date.today()


@pytest.fixture
def pending(database) -> payments.Payment:
    seller()
    quote = payments.quote_for_credits(10 * MICRO, "CZK")  # 302.50 CZK with VAT
    return payments.create_top_up(quote, payments.BANK_TRANSFER)


def credit(
    reference: str,
    amount: int = 302_50,
    symbol: str | None = None,
    currency: str = "CZK",
    booked_on: date = TODAY,
    account: str = IBAN,
) -> StatementEntry:
    return StatementEntry(
        reference, booked_on, amount, currency, symbol, None, "", "Řeřicha", account
    )


def statement(*entries: StatementEntry, **fields: object) -> Statement:
    return Statement("S1", entries[0].account if entries else IBAN, entries, **fields)  # type: ignore[arg-type]


def nothing_stored(payment: payments.Payment) -> bool:
    return (
        bank_entries.BankEntry.select().count() == 0
        and payments.Payment.get_by_id(payment.id).state == payments.PENDING
        and ledger.balance() == 0
    )


def test_the_plan_counts_what_the_import_will_do_and_writes_nothing(pending) -> None:
    symbol = pending.variable_symbol
    known = statement(credit("K1", 5_00))
    statement_import.import_statement(known)
    whole = statement(
        credit("A2", 100_00, symbol),
        credit("A1", symbol=symbol),
        credit("A3", 12_00),
        credit("K1", 5_00),
        ignored=4,
        format_name="camt.053.001.08",
    )
    plan = import_plan.plan_import(whole)
    assert [c.entry.bank_reference for c in plan.to_confirm] == ["A1"]
    assert [(c.entry.bank_reference, c.reason) for c in plan.to_wait] == [
        ("A2", bank_entries.PARTIAL),
        ("A3", bank_entries.UNMATCHED),
    ]
    assert (plan.ignored, plan.already_imported, plan.skipped) == (4, 1, 0)
    assert (plan.format_name, plan.accounts, plan.period) == (
        "camt.053.001.08",
        (IBAN,),
        (TODAY, TODAY),
    )
    assert payments.Payment.get_by_id(pending.id).state == payments.PENDING
    assert bank_entries.BankEntry.select().count() == 1  # only K1, from before
    result = statement_import.import_statement(whole)
    assert ([p.id for p in result.confirmed], len(result.waiting)) == ([pending.id], 2)


def test_the_period_is_the_banks_else_the_booking_dates() -> None:
    early, late = credit("A", booked_on=date(2026, 3, 2)), credit("B", booked_on=date(2026, 3, 9))
    assert import_plan._period(statement(late, early)) == (date(2026, 3, 2), date(2026, 3, 9))
    stated = statement(early, period_from=date(2026, 3, 1), period_to=date(2026, 3, 31))
    assert import_plan._period(stated) == (date(2026, 3, 1), date(2026, 3, 31))
    assert import_plan._period(statement()) is None


@pytest.mark.parametrize(
    ("data", "name"), [(b"\xef\xbb\xbf <?xml?>", "camt.053"), (b"Datum;Objem\n", "CSV")]
)
def test_the_format_falls_back_to_what_the_file_looks_like(data: bytes, name: str) -> None:
    assert import_plan.with_format(statement(), data).format_name == name
    named = statement(format_name="GPC/ABO")
    assert import_plan.with_format(named, data).format_name == "GPC/ABO"


def test_another_accounts_statement_confirms_nothing_and_stores_nothing(pending) -> None:
    other = statement(credit("X1", symbol=pending.variable_symbol, account=OTHER))
    for attempt in (import_plan.plan_import, statement_import.import_statement):
        with pytest.raises(import_plan.StatementAccountError) as raised:
            attempt(other)
        assert str(raised.value) == (
            f"This statement is for account {OTHER}, which is not one of your accounts "
            f"({IBAN}): nothing was imported."
        )
    assert nothing_stored(pending)


def test_several_statements_of_other_accounts_are_refused_together(pending) -> None:
    other = statement(credit("X1", account=OTHER), credit("X2", account=EUR_IBAN))
    with pytest.raises(import_plan.StatementAccountError, match="none of which") as raised:
        statement_import.import_statement(other)
    assert raised.value.args[0].values["accounts"] == f"{OTHER}, {EUR_IBAN}"
    assert nothing_stored(pending)


def test_the_credits_of_another_account_in_the_same_file_are_left_out(pending) -> None:
    mixed = statement(
        credit("X1", symbol=pending.variable_symbol, account=OTHER),
        credit("X2", 7_00, account=OTHER),
        credit("A1", symbol=pending.variable_symbol),
    )
    result = statement_import.import_statement(mixed)
    assert [p.id for p in result.confirmed] == [pending.id]
    assert result.skipped == 2
    assert [str(w) for w in result.warnings] == [
        f"Account {OTHER} is not one of your accounts: its credits are left out (2)."
    ]
    assert [e.bank_reference for e in bank_entries.BankEntry.select()] == ["A1"]


def test_an_eur_account_among_the_other_accounts_is_the_sellers(pending) -> None:
    settings.set_value("seller.other_accounts", EUR_IBAN)
    result = statement_import.import_statement(
        statement(credit("E1", 5_00, None, "EUR", account=EUR_IBAN))
    )
    assert len(result.waiting) == 1


@pytest.mark.parametrize("account", ["19-2000145399", "0000192000145399", "", "19-2000145399/0800"])
def test_a_statement_naming_the_account_another_way_is_imported(pending, account) -> None:
    entry = credit("A1", symbol=pending.variable_symbol, account=account)
    result = statement_import.import_statement(Statement("S1", account, (entry,)))
    assert [p.id for p in result.confirmed] == [pending.id]


def test_without_the_sellers_account_nothing_is_imported(database) -> None:
    with pytest.raises(import_plan.StatementAccountError, match="seller's bank account first"):
        statement_import.import_statement(statement(credit("A1")))
    assert bank_entries.BankEntry.select().count() == 0


def test_a_credit_in_another_currency_than_its_payment_waits_with_the_reason(pending) -> None:
    euro = credit("E1", 12_10, pending.variable_symbol, "EUR")
    plan = import_plan.plan_import(statement(euro))
    assert [c.reason for c in plan.credits] == [bank_entries.CURRENCY]
    result = statement_import.import_statement(statement(euro))
    assert result.confirmed == []
    assert [bank_entries.waiting_reason(e) for e in bank_entries.waiting_entries()] == [
        bank_entries.CURRENCY
    ]
    assert payments.Payment.get_by_id(pending.id).state == payments.PENDING
    assert ledger.balance() == 0


def test_a_credit_booked_before_its_payment_was_made_waits_with_a_warning(pending) -> None:
    before = credit("B1", symbol=pending.variable_symbol, booked_on=TODAY - timedelta(days=3))
    plan = import_plan.plan_import(statement(before))
    assert plan.to_confirm == () and [c.reason for c in plan.to_wait] == [bank_entries.EARLY]
    assert "which was made later" in str(plan.warnings[0])
    assert plan.warnings[0].values["variable_symbol"] == pending.variable_symbol
    czech = shown_values(plan.warnings[0].values, "cs")  # the reader's formats, not English ones
    assert czech["booked_on"] == date_text(TODAY - timedelta(days=3), "cs")
    assert str(czech["amount"]).endswith(f"{NBSP}Kč")
    result = statement_import.import_statement(statement(before))
    assert result.confirmed == [] and len(result.warnings) == 1
    assert bank_entries.waiting_reason(result.waiting[0]) == bank_entries.EARLY
    assert ledger.balance() == 0


def test_the_booking_date_is_the_paid_date_and_the_date_of_taxable_supply(pending) -> None:
    buyer()
    booked = TODAY - timedelta(days=2)
    payments.Payment.update(created_at="2020-01-01T00:00:00.000000Z").execute()  # made before
    statement_import.import_statement(
        statement(credit("A1", symbol=pending.variable_symbol, booked_on=booked))
    )
    paid = payments.Payment.get_by_id(pending.id)
    assert (paid.state, paid.paid_at) == (payments.PAID, booked.isoformat())
    invoice = Document.get((Document.kind == INVOICE) & (Document.payment_id == pending.id))
    assert invoice.taxable_supply_on == booked.isoformat()
    assert invoice.issued_on == TODAY.isoformat()
    assert json.loads(invoice.payment_details)["paid_on"] == booked.isoformat()


def test_pairing_by_hand_is_paid_on_the_booking_date(pending) -> None:
    buyer()
    booked = TODAY - timedelta(days=5)
    payments.Payment.update(created_at="2020-01-01T00:00:00.000000Z").execute()
    waiting = statement_import.import_statement(
        statement(credit("A1", 300_00, pending.variable_symbol, booked_on=booked))
    ).waiting[0]
    statement_import.pair(waiting.id, pending.id)
    assert payments.Payment.get_by_id(pending.id).paid_at == booked.isoformat()
    invoice = Document.get((Document.kind == INVOICE) & (Document.payment_id == pending.id))
    assert invoice.taxable_supply_on == booked.isoformat()


def test_a_payment_confirmed_by_hand_is_paid_today(pending) -> None:
    buyer()
    payments.confirm(pending.id)
    assert payments.Payment.get_by_id(pending.id).paid_at.startswith(TODAY.isoformat()[:4])
    invoice = Document.get((Document.kind == INVOICE) & (Document.payment_id == pending.id))
    assert invoice.taxable_supply_on == TODAY.isoformat()


def test_the_import_decides_again_what_a_plan_said(pending) -> None:
    exact = statement(credit("A1", symbol=pending.variable_symbol))
    assert len(import_plan.plan_import(exact).to_confirm) == 1
    payments.confirm(pending.id)  # by hand, between the preview and the import
    result = statement_import.import_statement(exact)
    assert result.confirmed == [] and len(result.waiting) == 1
    assert ledger.balance() == 10 * MICRO


def test_two_credits_for_one_payment_confirm_it_once(pending) -> None:
    twice = statement(
        credit("A1", symbol=pending.variable_symbol), credit("A2", symbol=pending.variable_symbol)
    )
    plan = import_plan.plan_import(twice)
    assert (len(plan.to_confirm), len(plan.to_wait)) == (1, 1)
    result = statement_import.import_statement(twice)
    assert (len(result.confirmed), len(result.waiting)) == (1, 1)
    assert ledger.balance() == 10 * MICRO
