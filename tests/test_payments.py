"""Top-up payments: quotes both ways with VAT, creation, confirmation once, cancel and expiry."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from models.common.formatting import Money, money_text
from models.common.messages import Message
from models.common.money import MICRO
from models.ledger import entries as ledger
from models.payments import top_ups as payments
from models.settings import store as settings

IBAN = "CZ6508000000192000145399"


@pytest.fixture
def seller(database) -> None:
    settings.set_value("seller.iban", IBAN)
    settings.set_value("seller.name", "Credit Desk s.r.o.")


@pytest.mark.parametrize(
    ("credits", "currency", "net", "vat", "total"),
    [
        (100 * MICRO, "EUR", 100_00, 21_00, 121_00),
        (100 * MICRO, "CZK", 2500_00, 525_00, 3025_00),
        (1_234_567, "EUR", 1_23, 26, 1_49),  # 1.234567 credits → 1.23 EUR; VAT 0.2583 → 0.26
        (5_000, "EUR", 1, 0, 1),  # half a cent rounds up to one cent
    ],
)
def test_quote_for_credits(database, credits, currency, net, vat, total) -> None:
    quote = payments.quote_for_credits(credits, currency)
    assert (quote.net_minor, quote.vat_minor, quote.total_minor) == (net, vat, total)
    assert quote.vat_rate == Decimal(21)


def test_quote_for_net_converts_back_to_credits(database) -> None:
    quote = payments.quote_for_net(300_00, "CZK")
    assert quote.credits == 12 * MICRO
    assert (quote.vat_minor, quote.total_minor) == (63_00, 363_00)


def test_non_vat_payer_seller_charges_no_vat(database) -> None:
    settings.set_value("seller.vat_payer", "no")
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    assert (quote.vat_rate, quote.vat_minor, quote.total_minor) == (0, 0, 10_00)


def test_credit_price_setting_changes_quotes(database) -> None:
    settings.set_value("credit_price.EUR", "0.85")
    assert payments.quote_for_credits(10 * MICRO, "EUR").net_minor == 8_50


@pytest.mark.parametrize(
    ("credits", "currency", "message"),
    [
        (0, "EUR", "at least some credits"),
        (-5, "EUR", "at least some credits"),
        (10 * MICRO, "USD", "not “USD”"),
        (10**16, "EUR", "more credits than one top-up"),
        (1, "EUR", "too small"),
    ],
)
def test_bad_quotes_are_refused(database, credits, currency, message) -> None:
    with pytest.raises(payments.PaymentError, match=message):
        payments.quote_for_credits(credits, currency)


def test_bank_transfer_needs_the_sellers_account(database) -> None:
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    with pytest.raises(payments.PaymentError, match="seller's bank account") as refused:
        payments.create_top_up(quote, payments.BANK_TRANSFER)
    assert payments.Payment.select().count() == 0
    problem = payments.method_problem(payments.BANK_TRANSFER)
    assert problem is not None and str(problem) == str(refused.value)  # one rule, one wording
    assert "Edit → Settings… → Seller" in str(problem)
    assert "`settings seller.iban IBAN`" in str(problem)


def test_the_iban_rule_asks_for_the_account_only_for_bank_transfers(database) -> None:
    assert payments.method_problem(payments.MANUAL) is None
    assert payments.method_problem(payments.BANK_TRANSFER) is not None
    settings.set_value("seller.iban", "19-2000145399/0800")  # a Czech account, stored as its IBAN
    assert payments.method_problem(payments.BANK_TRANSFER) is None
    unknown = payments.method_problem("cheque")
    assert unknown is not None and "Unknown payment method “cheque”" in str(unknown)


def test_payment_instructions_follow_the_same_iban_rule(seller) -> None:
    from models.payments.instructions import instructions_for

    payment = payments.create_top_up(
        payments.quote_for_credits(10 * MICRO, "EUR"), payments.BANK_TRANSFER
    )
    settings.set_value("seller.iban", "")  # cleared after the top-up was made
    with pytest.raises(payments.PaymentError) as refused:
        instructions_for(payment)
    assert str(refused.value) == str(payments.method_problem(payments.BANK_TRANSFER))


def test_bank_transfer_is_pending_with_unique_variable_symbols(seller) -> None:
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    first = payments.create_top_up(quote, payments.BANK_TRANSFER, today=date(2026, 11, 28))
    second = payments.create_top_up(quote, payments.BANK_TRANSFER, today=date(2026, 11, 28))
    assert first.state == payments.PENDING
    assert first.variable_symbol == "2600000001"
    assert second.variable_symbol == "2600000002"
    assert first.due_on == "2026-12-12"
    assert ledger.balance() == 0


def test_manual_receipt_confirms_at_once(database) -> None:
    quote = payments.quote_for_credits(25 * MICRO, "CZK")
    payment = payments.create_top_up(quote, payments.MANUAL, note="Cash at the front desk")
    assert payment.state == payments.PAID
    assert payment.note == "Cash at the front desk"
    assert ledger.balance() == 25 * MICRO


def test_confirming_twice_credits_once(seller) -> None:
    payment = payments.create_top_up(
        payments.quote_for_credits(10 * MICRO, "EUR"), payments.BANK_TRANSFER
    )
    first = payments.confirm(payment.id)
    again = payments.confirm(payment.id)
    assert first.newly_paid and not again.newly_paid
    assert again.entry.id == first.entry.id
    assert ledger.balance() == 10 * MICRO
    assert ledger.verify().ok


def test_cancelled_payment_cannot_be_confirmed_and_paid_cannot_be_cancelled(seller) -> None:
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    cancelled = payments.cancel(payments.create_top_up(quote, payments.BANK_TRANSFER).id)
    with pytest.raises(payments.PaymentError, match="cancelled"):
        payments.confirm(cancelled.id)
    paid = payments.create_top_up(quote, payments.MANUAL)
    with pytest.raises(payments.PaymentError, match="cannot be cancelled"):
        payments.cancel(paid.id)
    assert ledger.balance() == 10 * MICRO


def test_unknown_payment_is_reported(database) -> None:
    with pytest.raises(payments.PaymentError, match="no payment 99"):
        payments.confirm(99)


def test_overdue_transfers_expire_and_can_still_be_paid(seller) -> None:
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    old = payments.create_top_up(quote, payments.BANK_TRANSFER, today=date(2026, 1, 1))
    assert payments.expire_overdue(date(2026, 1, 20)) == 0  # due 15 January, 30 days of grace
    assert payments.expire_overdue(date(2026, 2, 20)) == 1
    recent = payments.create_top_up(quote, payments.BANK_TRANSFER)
    assert payments.Payment.get_by_id(old.id).state == payments.EXPIRED
    assert payments.Payment.get_by_id(recent.id).state == payments.PENDING
    assert payments.confirm(old.id).newly_paid  # the money came late: it still counts
    assert ledger.balance() == 10 * MICRO


def test_creating_a_top_up_expires_the_overdue_ones(seller) -> None:
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    old = payments.create_top_up(quote, payments.BANK_TRANSFER, today=date(2026, 1, 1))
    payments.create_top_up(quote, payments.BANK_TRANSFER, today=date(2026, 3, 1))
    assert payments.Payment.get_by_id(old.id).state == payments.EXPIRED


def test_long_note_is_refused(database) -> None:
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    with pytest.raises(payments.PaymentError, match="too long"):
        payments.create_top_up(quote, payments.MANUAL, note="x" * 501)
    assert ledger.balance() == 0


def test_due_date_follows_the_setting(seller) -> None:
    settings.set_value("payments.due_days", "7")
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    payment = payments.create_top_up(quote, payments.BANK_TRANSFER, today=date(2026, 3, 1))
    assert payment.due_on == (date(2026, 3, 1) + timedelta(days=7)).isoformat()


def test_payment_errors_keep_the_bad_input_for_translation(seller) -> None:
    with pytest.raises(payments.PaymentError) as raised:
        payments.quote_for_credits(10 * MICRO, "USD")
    assert str(raised.value) == "Top-ups are in EUR or CZK, not “USD”."
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.template == "Top-ups are in EUR or CZK, not “{value}”."
    assert message.values == {"value": "USD"}


def test_a_transfer_whose_qr_code_cannot_be_made_is_refused_with_its_message(seller) -> None:
    quote = payments.quote_for_credits(400_000 * MICRO, "CZK")
    with pytest.raises(payments.PaymentError) as raised:
        payments.create_top_up(quote, payments.BANK_TRANSFER)  # QR Platba: at most 9,999,999.99
    assert payments.Payment.select().count() == 0
    assert (
        str(raised.value) == f"{money_text(12_100_000_00, 'CZK')} is more than a QR payment allows."
    )
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.template == "{amount} is more than a QR payment allows."
    assert message.values == {"amount": Money(12_100_000_00, "CZK")}


@pytest.mark.parametrize(
    ("name", "problem"),
    [("", "seller's name"), ("N" * 71, "longer than the 70 characters"), ("N" * 70, None)],
)
def test_a_eur_transfer_needs_a_name_a_sepa_code_can_carry(database, name, problem) -> None:
    settings.set_value("seller.iban", "CZ6508000000192000145399")
    settings.set_value("seller.name", name)
    found = payments.method_problem(payments.BANK_TRANSFER, "EUR")
    assert (found is None) if problem is None else problem in str(found)
    assert payments.method_problem(payments.BANK_TRANSFER, "CZK") is None  # QR Platba: optional
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    if problem is not None:
        with pytest.raises(payments.PaymentError, match=problem):
            payments.create_top_up(quote, payments.BANK_TRANSFER)
        assert payments.Payment.select().count() == 0
    else:
        from models.payments.instructions import instructions_for

        assert instructions_for(payments.create_top_up(quote, payments.BANK_TRANSFER)).qr_payload


@pytest.mark.parametrize("failing", ["instructions_for", "qr_matrix", "issue_proforma"])
def test_a_transfer_that_fails_after_it_was_created_leaves_nothing(
    seller, monkeypatch, failing
) -> None:
    """Whatever fails once the payment row exists (its instructions, its QR code, its proforma)
    rolls the payment back with it: a top-up is made whole or not at all."""
    from models.invoicing import issuing
    from models.invoicing.documents import Document
    from models.payments import instructions, qr

    def broken(*args: object, **kwargs: object) -> None:
        raise payments.PaymentError("Top up at least some credits.")  # any refusal

    owner = {"instructions_for": instructions, "qr_matrix": qr, "issue_proforma": issuing}[failing]
    monkeypatch.setattr(owner, failing, broken)
    with pytest.raises(payments.PaymentError):
        payments.create_top_up(payments.quote_for_credits(MICRO, "CZK"), payments.BANK_TRANSFER)
    assert (payments.Payment.select().count(), Document.select().count()) == (0, 0)
