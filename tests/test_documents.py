"""Issued documents: when they are issued, their numbers, VAT rules, immutability, credit notes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from peewee import IntegrityError

from models.common.database import database, write_transaction
from models.common.formatting import Credits
from models.common.messages import Message
from models.common.money import MICRO
from models.invoicing import documents, issuing, vat
from models.invoicing.documents import CREDIT_NOTE, INVOICE, PROFORMA, Document
from models.ledger import entries as ledger
from models.payments import top_ups as payments
from models.settings import store as settings
from tests.invoice_helpers import buyer, eur_rate, paid, pending, seller


@pytest.fixture(autouse=True)
def _seller(database) -> None:
    seller()


def kinds_and_numbers() -> list[tuple[str, str]]:
    return [(d.kind, d.number) for d in Document.select().order_by(Document.id)]


def test_a_bank_transfer_gets_a_proforma_with_qr_and_due_date() -> None:
    payment = pending()
    proforma = documents.proforma_for_payment(payment.id)
    assert proforma is not None and proforma.number == "PF2026-000001"
    data = documents.load(proforma.id)
    assert data.due_on == payment.due_on
    assert data.taxable_supply_on is None
    assert data.payment_details["qr_payload"].startswith("SPD*1.0*ACC:CZ6508000000192000145399")
    assert data.totals.total_minor == payment.total_minor
    assert data.buyer == {}  # no billing information yet: a proforma, but no buyer block


def test_confirming_without_billing_information_issues_no_invoice() -> None:
    payment = pending()
    payments.confirm(payment.id)
    assert documents.invoice_for_payment(payment.id) is None
    assert kinds_and_numbers() == [(PROFORMA, "PF2026-000001")]


def test_confirming_with_billing_information_issues_the_invoice_in_the_same_transaction() -> None:
    buyer()
    invoice = paid()
    assert invoice.kind == INVOICE and invoice.number == "2026-000001"
    assert invoice.taxable_supply_on == "2026-03-09"
    assert ledger.balance() == 1000 * MICRO
    data = documents.load(invoice.id)
    assert data.buyer["name"] == "Řeřicha & <Syn> s.r.o."
    assert data.payment_details["proforma"] == "PF2026-000001"
    again = payments.confirm(invoice.payment_id)
    assert not again.newly_paid
    assert Document.select().where(Document.kind == INVOICE).count() == 1


def test_a_manual_receipt_gets_an_invoice_and_no_proforma() -> None:
    buyer()
    eur_rate(date(2026, 4, 1))  # a EUR tax invoice of a Czech seller states its CZK amounts
    quote = payments.quote_for_credits(10 * MICRO, "EUR")
    payment = payments.create_top_up(quote, payments.MANUAL, today=date(2026, 4, 1))
    assert kinds_and_numbers() == [(INVOICE, "2026-000001")]
    assert documents.invoice_for_payment(payment.id).issued_on == "2026-04-01"


def test_numbers_are_contiguous_per_series_and_restart_each_year() -> None:
    buyer()
    for day in (date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1)):
        paid(on=day)
    assert [n for k, n in kinds_and_numbers() if k == INVOICE] == [
        "2026-000001",
        "2026-000002",
        "2027-000001",
    ]
    assert [n for k, n in kinds_and_numbers() if k == PROFORMA] == [
        "PF2026-000001",
        "PF2026-000002",
        "PF2027-000001",
    ]


def test_a_failure_while_issuing_consumes_no_number(monkeypatch) -> None:
    buyer()
    payment = pending()
    original = issuing._issue
    numbers: list[str] = []

    def issue_then_fail(draft):  # the invoice and its number are written, then it fails
        numbers.append(original(draft).number)
        raise OSError("disk full")

    monkeypatch.setattr(issuing, "_issue", issue_then_fail)
    with pytest.raises(OSError, match="disk full"):
        payments.confirm(payment.id)
    assert numbers == ["2026-000001"]
    assert documents.invoice_for_payment(payment.id) is None
    assert ledger.balance() == 0
    assert payments.Payment.get_by_id(payment.id).state == payments.PENDING
    monkeypatch.undo()
    payments.confirm(payment.id)
    assert documents.invoice_for_payment(payment.id).number == "2026-000001"


def test_a_failing_proforma_rolls_back_the_top_up(monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(issuing, "store_logo", broken)
    with pytest.raises(RuntimeError):
        pending()
    assert payments.Payment.select().count() == 0
    monkeypatch.undo()
    assert documents.proforma_for_payment(pending().id).number == "PF2026-000001"


def test_issuing_outside_a_transaction_is_refused() -> None:
    with pytest.raises(RuntimeError):
        from models.invoicing.numbering import next_sequence

        next_sequence(INVOICE, 2026)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE document SET total_minor = 1, net_minor = 1, vat_minor = 0",
        "UPDATE document SET buyer = '{}'",
        "DELETE FROM document",
        "UPDATE document_line SET description = 'changed'",
        "DELETE FROM document_line",
    ],
)
def test_issued_documents_and_lines_cannot_be_changed(statement: str) -> None:
    buyer()
    paid()
    with pytest.raises(IntegrityError, match="cannot be"):
        database.execute_sql(statement)


def test_lines_cannot_be_added_to_an_older_document() -> None:
    buyer()
    first = paid()
    paid()
    with pytest.raises(IntegrityError, match="only to the document being issued"):
        database.execute_sql(
            "INSERT INTO document_line (document_id, position, description, quantity, "
            "unit_price_minor, net_minor, vat_rate, vat_minor, total_minor) "
            "VALUES (?, 2, 'x', 1, 1, 1, '0', 0, 1)",
            (first.id,),
        )


def test_later_billing_changes_never_alter_an_issued_invoice() -> None:
    buyer()
    invoice = paid()
    before = documents.load(invoice.id)
    buyer(name="Someone Else a.s.", city="Brno", postal_code="602 00")
    settings.set_value("seller.name", "Renamed s.r.o.")
    assert documents.load(invoice.id) == before


# -- VAT rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("billing", "seller_overrides", "rule", "rate", "vat_minor"),
    [
        ({}, {}, vat.DOMESTIC, "21", 525000),
        (
            {"country": "DE", "postal_code": "10115", "company_id": "", "vat_id": "DE136695976"},
            {},
            vat.REVERSE_CHARGE,
            "0",
            0,
        ),
        (  # an EU customer without a VAT ID pays the seller's rate
            {"country": "DE", "postal_code": "10115", "company_id": "", "vat_id": ""},
            {},
            vat.DOMESTIC,
            "21",
            525000,
        ),
        (
            {"country": "US", "postal_code": "10001", "company_id": "", "vat_id": ""},
            {},
            vat.OUTSIDE_SCOPE,
            "0",
            0,
        ),
        ({}, {"vat_payer": "no"}, vat.NOT_VAT_PAYER, "0", 0),
    ],
)
def test_vat_rule_is_the_same_on_quote_proforma_and_invoice(
    billing, seller_overrides, rule, rate, vat_minor
) -> None:
    seller(**seller_overrides)
    buyer(**billing)
    quote = payments.quote_for_credits(1000 * MICRO, "CZK")
    assert (quote.vat_rule, quote.vat_rate, quote.vat_minor) == (rule, Decimal(rate), vat_minor)
    invoice = paid()
    proforma = documents.proforma_for_payment(invoice.payment_id)
    for document in (proforma, invoice):
        assert (document.vat_rule, document.vat_rate) == (rule, rate)
        assert document.vat_minor == vat_minor
        assert document.total_minor == quote.total_minor


def test_a_customer_in_the_sellers_own_country_with_a_vat_id_is_domestic() -> None:
    assert vat.treatment(
        vat.SellerTax("CZ", True, Decimal(21)), vat.BuyerTax("CZ", "CZ27082440")
    ) == vat.VatTreatment(vat.DOMESTIC, Decimal(21))


# -- credit notes ---------------------------------------------------------------------------


def test_a_credit_note_takes_back_credits_and_states_the_differences() -> None:
    buyer()
    invoice = paid(credits=1000)
    note = issuing.issue_credit_note(
        invoice.id, "Ordered too many", 400 * MICRO, today=date(2026, 3, 10)
    )
    assert note.kind == CREDIT_NOTE and note.number == "CN2026-000001"
    assert (note.net_minor, note.vat_minor, note.total_minor) == (-1000000, -210000, -1210000)
    assert ledger.balance() == 600 * MICRO
    entry = ledger.LedgerEntry.get(ledger.LedgerEntry.reference == f"document:{note.id}")
    assert (entry.kind, entry.amount) == (ledger.ADJUSTMENT, -400 * MICRO)
    data = documents.load(note.id)
    assert data.corrected is not None
    assert data.corrected.number == invoice.number
    assert data.corrected.after.total_minor == 3025000 - 1210000
    assert ledger.verify().ok


def test_the_rest_of_an_invoice_is_reversed_exactly() -> None:
    buyer()
    settings.set_value("payments.minimum_top_up.CZK", "0")  # a 75 CZK invoice
    invoice = paid(credits=3)
    issuing.issue_credit_note(invoice.id, "first", 1 * MICRO)
    issuing.issue_credit_note(invoice.id, "rest", 2 * MICRO)
    left = issuing.remaining(invoice)
    assert (left.credits, left.net_minor, left.vat_minor) == (0, 0, 0)
    with pytest.raises(issuing.CreditNoteError, match="between 0 and 0 credits"):
        issuing.issue_credit_note(invoice.id, "again", 1 * MICRO)


def test_a_credit_note_is_refused_when_the_credits_are_spent() -> None:
    buyer()
    invoice = paid(credits=100)
    with write_transaction():
        ledger.post(ledger.MESSAGE_CHARGE, -90 * MICRO, reference="message:1")
    with pytest.raises(issuing.CreditNoteError, match="balance is 10 credits"):
        issuing.issue_credit_note(invoice.id, "refund", 100 * MICRO)
    assert Document.select().where(Document.kind == CREDIT_NOTE).count() == 0
    # A price correction takes back no credits and is allowed; it takes the first number.
    note = issuing.issue_credit_note(invoice.id, "discount", 0, net_minor=10000)
    assert note.number == "CN2026-000001" and note.credits == 0
    assert ledger.balance() == 10 * MICRO


@pytest.mark.parametrize(
    ("reason", "credits", "net", "message"),
    [
        ("", 1, None, "State the reason"),
        ("x", -1, None, "between 0 and"),
        ("x", 0, None, "above zero"),
        ("x", 0, 10**12, "at most what is left"),
    ],
)
def test_bad_credit_notes_are_refused(reason, credits, net, message) -> None:
    buyer()
    invoice = paid()
    with pytest.raises(issuing.CreditNoteError, match=message):
        issuing.issue_credit_note(invoice.id, reason, credits * MICRO, net_minor=net)


def test_only_invoices_can_be_corrected() -> None:
    proforma = documents.proforma_for_payment(pending().id)
    with pytest.raises(issuing.CreditNoteError, match="Only an issued tax invoice"):
        issuing.issue_credit_note(proforma.id, "x", 0, net_minor=1)


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("{number:06}", "must contain {year}"),
        ("{year}-", "must contain {number}"),
        ("{year}/{number}", "not slashes"),
        ("{year}-{number}-{month}", "is not known"),
        ("{year}-{number:06", "not a pattern"),
        ("{year}-{number:x<99}", "longer than"),
    ],
)
def test_bad_number_patterns_are_refused(pattern: str, message: str) -> None:
    with pytest.raises(settings.SettingError, match=message):
        settings.set_value("seller.number_pattern.invoice", pattern)


def test_a_custom_pattern_numbers_the_next_document() -> None:
    buyer()
    settings.set_value("seller.number_pattern.invoice", "FV{yy}{number:04}")
    assert paid().number == "FV260001"


def test_a_refused_credit_note_keeps_its_template_and_values() -> None:
    buyer()
    settings.set_value("payments.minimum_top_up.CZK", "0")  # a 75 CZK invoice
    invoice = paid(credits=3)
    with pytest.raises(issuing.CreditNoteError) as raised:
        issuing.issue_credit_note(invoice.id, "too much", 5 * MICRO)
    message = raised.value.args[0]
    assert isinstance(message, Message) and message.template.startswith("Take back between 0 and")
    assert message.values == {"credits": Credits(3 * MICRO)}


def test_a_bad_number_pattern_is_shown_in_czech_through_settings(qapp) -> None:

    import launch
    from ui.common.formatting import use_language
    from ui.common.messages import translated
    from ui.common.translations import remove_translators

    key = "seller.number_pattern.invoice"
    with pytest.raises(settings.SettingsErrors) as raised:
        settings.set_values({key: "{year}-{number}-{month}"})
    message = raised.value.errors[key]
    assert isinstance(message, Message) and message.values == {"name": "month"}
    assert message == "“{month}” is not known; use {year}, {yy} and {number}."
    _, translators = launch.install_language(qapp, "cs")
    use_language("cs")
    try:
        assert translated(message) == "Pole „{month}“ není známé; použijte {year}, {yy} a {number}."
    finally:
        remove_translators(qapp, translators)
        use_language("en")
