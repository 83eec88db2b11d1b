"""Tax documents in EUR by a Czech seller: the rate and the CZK base and VAT stored at issue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.common.database import write_transaction
from models.common.money import MICRO
from models.invoicing import documents, exchange_rates, issuing
from models.invoicing.conversion import CzkTotals
from models.invoicing.documents import Document
from models.ledger import entries as ledger
from models.payments import top_ups as payments
from models.settings import store as settings
from tests.invoice_helpers import buyer, eur_rate, paid, pending, seller

MONDAY = date(2026, 3, 9)


@pytest.fixture(autouse=True)
def _seller(database) -> None:
    seller()
    buyer()


def test_a_eur_invoice_stores_the_rate_and_its_czk_base_and_vat() -> None:
    eur_rate(MONDAY, "25.085")
    invoice = paid(credits=1000, currency="EUR", on=MONDAY)  # 1000 credits at 1 EUR: 1000 EUR
    assert (invoice.net_minor, invoice.vat_minor) == (100000, 21000)
    assert invoice.accounting_currency == "CZK"
    assert (invoice.exchange_rate, invoice.exchange_rate_amount) == ("25.085", 1)
    assert invoice.exchange_rate_source == "cnb"
    assert invoice.exchange_rate_from == invoice.exchange_rate_to == "2026-03-09"
    assert invoice.accounting_net_minor == 2508500  # 1000 × 25.085 = 25,085.00 CZK
    assert invoice.accounting_vat_minor == 526785  # 21 % of 25,085.00 = 5,267.85 CZK
    data = documents.load(invoice.id)
    assert data.conversion is not None
    assert data.conversion.totals == CzkTotals(2508500, 526785)


def test_the_czk_amounts_are_rounded_half_up_to_the_halere() -> None:
    eur_rate(MONDAY, "24.995")
    settings.set_value("credit_price.EUR", "0.37")
    settings.set_value("payments.minimum_top_up.EUR", "0")  # a 1.11 EUR top-up
    invoice = paid(credits=3, currency="EUR", on=MONDAY)  # 1.11 EUR, VAT 0.23 EUR
    # 1.11 × 24.995 = 27.74445 → 27.74; 21 % of 27.74 = 5.8254 → 5.83
    assert (invoice.accounting_net_minor, invoice.accounting_vat_minor) == (2774, 583)


def test_a_czk_invoice_and_a_proforma_get_no_rate() -> None:
    invoice = paid(currency="CZK", on=MONDAY)
    assert invoice.exchange_rate is None and invoice.accounting_net_minor is None
    proforma = documents.proforma_for_payment(pending(currency="EUR").id)  # no EUR rate at all
    assert proforma is not None and proforma.exchange_rate is None


def test_a_seller_outside_czechia_or_not_a_vat_payer_gets_no_rate() -> None:
    settings.set_values({"seller.country": "SK", "seller.vat_id": ""})
    assert paid(currency="EUR", on=MONDAY).exchange_rate is None
    settings.set_values({"seller.country": "CZ", "seller.vat_payer": "no"})
    assert paid(currency="EUR", on=MONDAY).exchange_rate is None


def test_reverse_charge_invoices_state_the_czk_base_too() -> None:
    eur_rate(MONDAY)
    buyer(country="DE", vat_id="DE136695976", postal_code="10115", company_id="")
    invoice = paid(currency="EUR", on=MONDAY)
    assert invoice.vat_rule == "reverse-charge"
    assert (invoice.accounting_net_minor, invoice.accounting_vat_minor) == (2508500, 0)


def test_a_missing_rate_confirms_nothing_and_issues_nothing() -> None:
    """The confirmation is one transaction: without the rate its invoice cannot be issued, so
    the payment stays pending, no credit is added and no number is consumed."""
    payment = pending(currency="EUR")
    before = Document.select().count()
    with pytest.raises(payments.PaymentError) as raised:
        with write_transaction():
            payments.confirm_in_transaction(payment, "BANK-1", today=MONDAY)
    message = str(raised.value)
    assert "no exchange rate of EUR to CZK for 2026-03-09" in message
    assert "rates fetch --date 2026-03-09" in message
    assert "rates set EUR RATE --date 2026-03-09" in message
    assert raised.value.args[0].template.startswith("There is no exchange rate")
    assert payments.Payment.get_by_id(payment.id).state == payments.PENDING
    assert ledger.balance() == 0
    assert Document.select().count() == before
    eur_rate(MONDAY)  # provided, the same confirmation goes through with the first number
    with write_transaction():
        payments.confirm_in_transaction(payments.Payment.get_by_id(payment.id), "BANK-1", MONDAY)
    assert documents.invoice_for_payment(payment.id).number == "2026-000001"


def test_a_manual_eur_receipt_without_a_rate_stores_nothing() -> None:
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    with pytest.raises(payments.PaymentError, match="no exchange rate of EUR"):
        payments.create_top_up(quote, payments.MANUAL, today=MONDAY)
    assert payments.Payment.select().count() == 0 and Document.select().count() == 0


def test_a_rate_of_a_later_or_much_earlier_day_is_never_used() -> None:
    eur_rate(date(2026, 3, 10))
    eur_rate(date(2026, 3, 5))  # Thursday: Friday the 6th is a working day with its own rate
    with pytest.raises(payments.PaymentError, match="for 2026-03-09"):
        paid(currency="EUR", on=MONDAY)


def test_a_credit_note_uses_the_rate_of_the_invoice_it_corrects() -> None:
    eur_rate(MONDAY, "25.085")
    invoice = paid(credits=1000, currency="EUR", on=MONDAY)
    eur_rate(date(2026, 3, 20), "26.000")  # the rate of the credit note's day is not used
    note = issuing.issue_credit_note(invoice.id, "Too many", 333 * MICRO, today=date(2026, 3, 20))
    assert note.net_minor == -33300
    assert note.exchange_rate == "25.085" and note.exchange_rate_from == "2026-03-09"
    assert note.accounting_net_minor == -835331  # -333 × 25.085 = -8,353.305 → -8,353.31
    assert note.accounting_vat_minor == -175420  # 21 % of -8,353.31 = -1,754.1951 → -1,754.20
    data = documents.load(note.id)
    assert data.conversion is not None
    assert data.conversion.original == CzkTotals(2508500, 526785)
    assert data.conversion.after == CzkTotals(2508500 - 835331, 526785 - 175420)
    # The rest reversed exactly: nothing is left in CZK either, whatever the rounding.
    rest = issuing.issue_credit_note(invoice.id, "The rest", 667 * MICRO, today=date(2026, 3, 20))
    assert rest.accounting_net_minor == -(2508500 - 835331)
    assert rest.accounting_vat_minor == -(526785 - 175420)
    assert documents.load(rest.id).conversion.after == CzkTotals(0, 0)


def test_a_credit_note_of_an_older_invoice_without_a_stored_rate_looks_it_up() -> None:
    settings.set_values({"seller.country": "SK", "seller.vat_id": ""})
    invoice = paid(credits=100, currency="EUR", on=MONDAY)
    assert invoice.exchange_rate is None
    # An invoice whose seller snapshot is Czech but which has no rate (issued before rates
    # were stored) gets the rate of its date of taxable supply, or is refused without it.
    Document._meta.database.execute_sql("DROP TRIGGER document_is_immutable_update")
    Document.update(seller=invoice.seller.replace('"SK"', '"CZ"')).where(
        Document.id == invoice.id
    ).execute()
    with pytest.raises(issuing.CreditNoteError, match="no exchange rate of EUR to CZK"):
        issuing.issue_credit_note(invoice.id, "Refund", 100 * MICRO, today=MONDAY)
    assert Document.select().count() == 2  # the proforma and the invoice
    eur_rate(MONDAY, "25.1")
    note = issuing.issue_credit_note(invoice.id, "Refund", 100 * MICRO, today=MONDAY)
    assert (note.exchange_rate, note.accounting_net_minor) == ("25.1", -251000)


def test_the_rate_on_an_issued_document_never_changes() -> None:
    eur_rate(MONDAY, "25.085")
    invoice = paid(currency="EUR", on=MONDAY)
    eur_rate(MONDAY, "30")  # the CNB file imported again with another rate
    exchange_rates.set_fixed("EUR", "24", date(2026, 1, 1), date(2026, 12, 31))
    again = Document.get_by_id(invoice.id)
    assert (again.exchange_rate, again.accounting_net_minor) == ("25.085", 2508500)
    assert exchange_rates.find("EUR", MONDAY).rate == Decimal("24")


def test_a_statement_that_pays_a_eur_top_up_without_a_rate_imports_nothing() -> None:
    """The import is one transaction: it stops whole, and goes through once the rate is there."""
    from models.invoicing.working_days import last_working_day
    from models.payments import statement_import
    from models.payments.statements import Statement, StatementEntry

    payment = pending(currency="EUR")
    entry = StatementEntry(
        bank_reference="B1",
        booked_on=date.today(),
        amount_minor=payment.total_minor,
        currency="EUR",
        variable_symbol=payment.variable_symbol,
        end_to_end_id=None,
        remittance="Top-up",
        counterparty="Řeřicha & Syn s.r.o.",
        account="CZ6508000000192000145399",
    )
    bank_statement = Statement(statement_id="S1", account=entry.account, entries=(entry,))
    with pytest.raises(payments.PaymentError, match="no exchange rate of EUR to CZK"):
        statement_import.import_statement(bank_statement)
    assert statement_import.BankEntry.select().count() == 0
    assert payments.Payment.get_by_id(payment.id).state == payments.PENDING
    assert ledger.balance() == 0
    eur_rate(last_working_day(date.today()))
    result = statement_import.import_statement(bank_statement)
    assert [p.id for p in result.confirmed] == [payment.id]
    assert documents.invoice_for_payment(payment.id).exchange_rate == "25.085"
