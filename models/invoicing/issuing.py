"""Issuing documents: a proforma for a bank transfer, a tax invoice when paid, credit notes.

Each runs inside the caller's write_transaction() (or opens one), takes the next number of its
series there, and writes the document and its lines together; a failure rolls all of it back,
so no number is consumed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from models.common.database import database, retried, write_transaction
from models.common.formatting import Credits
from models.common.messages import UserError
from models.common.money import MICRO, to_units
from models.common.team import desk_user
from models.common.typed_text import has_control_characters
from models.invoicing import billing, exchange_rates
from models.invoicing.conversion import (
    Conversion,
    accounting_currency_for,
    columns,
    convert,
    for_credit_note,
)
from models.invoicing.documents import (
    CREDIT_NOTE,
    INVOICE,
    PROFORMA,
    Document,
    DocumentLine,
    invoice_for_payment,
    proforma_for_payment,
    snapshot_json,
)
from models.invoicing.logo import store_logo
from models.invoicing.numbering import format_number, next_sequence
from models.invoicing.vat import BuyerTax, VatTreatment, current_seller, treatment, vat_amount
from models.invoicing.wording import word
from models.ledger import entries as ledger
from models.payments.instructions import PaymentInstructions, instructions_for
from models.payments.payment import Payment, PaymentError
from models.payments.qr import modules_text, qr_matrix
from models.settings import store as settings
from models.settings.seller_register import register_entry

SELLER_FIELDS = (
    "name",
    "street",
    "city",
    "postal_code",
    "country",
    "company_id",
    "vat_id",
    "vat_payer",
    "iban",
    "bic",
)
# Kept only when filled in, so documents without them are stored as they always were.
SELLER_CONTACTS = ("web", "phone", "email")
BUYER_FIELDS = ("name", "street", "city", "postal_code", "country", "company_id", "vat_id", "email")
_PATTERN_KEYS = {PROFORMA: "proforma", INVOICE: "invoice", CREDIT_NOTE: "credit_note"}


class CreditNoteError(UserError):
    """A credit note that cannot be issued; str() is the message to show. Nothing was stored."""


def seller_snapshot(language: str | None = None) -> dict[str, str]:
    """The seller as the document states it: with contacts and the register entry (§ 435 of
    the Civil Code, in the document's language) when they are filled in."""
    found = {name: settings.get(f"seller.{name}") for name in SELLER_FIELDS}
    extra = {name: settings.get(f"seller.{name}") for name in SELLER_CONTACTS}
    extra["register_entry"] = register_entry(language or settings.get("seller.invoice_language"))
    return found | {name: value for name, value in extra.items() if value}


def buyer_snapshot(info: billing.BillingInfo | None) -> dict[str, str]:
    return {} if info is None else {name: str(getattr(info, name)) for name in BUYER_FIELDS}


@dataclass(frozen=True)
class _Draft:
    kind: str
    issued_on: date
    language: str
    taxable_supply_on: date | None
    due_on: date
    currency: str
    vat: VatTreatment
    line: DocumentLine  # not saved; its fields are copied
    credits: int
    seller: dict[str, str]
    buyer: dict[str, str]
    billing_info_id: int | None = None
    payment_id: int | None = None
    corrects_id: int | None = None
    reason: str = ""
    variable_symbol: str = ""
    payment_details: dict[str, str] | None = None
    conversion: Conversion | None = None


def _issue(draft: _Draft) -> Document:
    """Number and store a document with its line; call inside write_transaction()."""
    if not database.in_transaction():
        raise RuntimeError("documents are issued inside a write_transaction()")
    year = draft.issued_on.year
    sequence = next_sequence(draft.kind, year)
    pattern = settings.get(f"seller.number_pattern.{_PATTERN_KEYS[draft.kind]}")
    line = draft.line
    document = Document.create(
        kind=draft.kind,
        year=year,
        sequence=sequence,
        number=format_number(pattern, year, sequence),
        language=draft.language,
        issued_on=draft.issued_on.isoformat(),
        taxable_supply_on=draft.taxable_supply_on.isoformat() if draft.taxable_supply_on else None,
        due_on=draft.due_on.isoformat(),
        currency=draft.currency,
        vat_rule=draft.vat.rule,
        vat_rate=str(draft.vat.rate),
        net_minor=line.net_minor,
        vat_minor=line.vat_minor,
        total_minor=line.total_minor,
        credits=draft.credits,
        seller=snapshot_json(draft.seller),
        buyer=snapshot_json(draft.buyer),
        buyer_name=draft.buyer.get("name", ""),
        billing_info_id=draft.billing_info_id,
        payment_id=draft.payment_id,
        corrects=draft.corrects_id,
        reason=draft.reason,
        variable_symbol=draft.variable_symbol,
        payment_details=snapshot_json(draft.payment_details or {}),
        logo_sha256=store_logo(settings.get("seller.logo")),
        created_at=ledger.now_iso(),
        recorded_by=desk_user(),  # a server records its session_user instead
        **columns(draft.conversion),
    )
    line.document = document
    line.position = 1
    line.save(force_insert=True)
    return document


def _credit_line(
    language: str, credits: int, net: int, vat: VatTreatment, currency: str, unit_price: int
) -> DocumentLine:
    vat_minor = vat_amount(net, vat.rate, currency)
    return DocumentLine(
        description=word("line_credits", language),
        quantity=credits,
        unit_price_minor=unit_price,
        net_minor=net,
        vat_rate=str(vat.rate),
        vat_minor=vat_minor,
        total_minor=net + vat_minor,
    )


def _top_up_line(payment: Payment, vat: VatTreatment, language: str) -> DocumentLine:
    """The one line of a top-up's proforma or invoice: its credits at the price paid."""
    unit_price = _unit_price(payment.net_minor, payment.credits)
    return _credit_line(
        language, payment.credits, payment.net_minor, vat, payment.currency, unit_price
    )


def _unit_price(net_minor: int, credits: int) -> int:
    """The price of one credit that the line's net and quantity imply, rounded half up."""
    return to_units(Decimal(net_minor) * MICRO / credits, 0)


@retried
def issue_proforma(
    payment: Payment,
    today: date | None = None,
    code: tuple[PaymentInstructions, str] | None = None,
) -> Document:
    """The proforma of a pending bank transfer: what to pay, where, by when, with the QR code
    (`code`: the instructions and the QR modules as text, when the caller has made them)."""
    existing = proforma_for_payment(payment.id)
    if existing is not None:
        return existing
    today = today or date.today()
    language = settings.get("seller.invoice_language")
    info = billing.current()
    vat = VatTreatment(payment.vat_rule, Decimal(payment.vat_rate))
    line = _top_up_line(payment, vat, language)
    line.vat_minor, line.total_minor = payment.vat_minor, payment.total_minor  # as quoted
    details = {"iban": settings.get("seller.iban"), "bic": settings.get("seller.bic")}
    try:
        if code is None:
            made = instructions_for(payment)
            code = made, modules_text(qr_matrix(made.qr_payload))
        instructions, modules = code
        details.update(qr_payload=instructions.qr_payload, qr_kind=instructions.qr_kind)
        # kept with the document: every later rendering shows the code as issued, unencoded
        details["qr_modules"] = modules
    except PaymentError:
        pass  # the proforma still names the account and symbol, without a code
    with write_transaction():
        return _issue(
            _Draft(
                kind=PROFORMA,
                issued_on=today,
                language=language,
                taxable_supply_on=None,
                due_on=date.fromisoformat(payment.due_on),
                currency=payment.currency,
                vat=vat,
                line=line,
                credits=payment.credits,
                seller=seller_snapshot(language),
                buyer=buyer_snapshot(info),
                billing_info_id=info.id if info else None,
                payment_id=payment.id,
                variable_symbol=payment.variable_symbol,
                payment_details=details,
            )
        )


@retried
def issue_invoice(
    payment: Payment, today: date | None = None, paid_on: date | None = None
) -> Document | None:
    """The tax invoice of a paid top-up, or None while no billing information is filled in.

    Issued `today`; its date of taxable supply is the day the payment was received, `paid_on`
    (a bank's booking date), today when not given. The buyer is the billing information current now; the VAT rule follows from it and the
    seller's settings (the same rule the quote used when they have not changed since).
    """
    existing = invoice_for_payment(payment.id)
    if existing is not None:
        return existing
    info = billing.current()
    if info is None:
        return None
    today = today or date.today()
    language = settings.get("seller.invoice_language")
    vat = treatment(current_seller(), BuyerTax(info.country, info.vat_id))
    line = _top_up_line(payment, vat, language)
    seller = seller_snapshot(language)
    received = paid_on or today  # the day the money arrived: the date of taxable supply
    conversion = None
    if accounting_currency_for(seller, payment.currency, vat.rule) is not None:
        try:
            rate = exchange_rates.find(payment.currency, received)
        except exchange_rates.MissingRate as error:  # the caller's transaction rolls back
            raise PaymentError(error.args[0]) from None  # its Message, passed on whole
        conversion = convert(rate, line.net_minor, vat.rate, payment.currency)
    proforma = proforma_for_payment(payment.id)
    details = {"method": payment.method, "paid_on": received.isoformat()}
    if proforma is not None:
        details["proforma"] = proforma.number
    with write_transaction():
        return _issue(
            _Draft(
                kind=INVOICE,
                issued_on=today,
                language=language,
                taxable_supply_on=received,
                due_on=today,
                currency=payment.currency,
                vat=vat,
                line=line,
                credits=payment.credits,
                seller=seller,
                buyer=buyer_snapshot(info),
                billing_info_id=info.id,
                payment_id=payment.id,
                variable_symbol=payment.variable_symbol,
                payment_details=details,
                conversion=conversion,
            )
        )


@dataclass(frozen=True)
class Remaining:
    """What of an invoice is not yet corrected by credit notes."""

    credits: int
    net_minor: int
    vat_minor: int


def remaining(invoice: Document) -> Remaining:
    rows = Document.select().where(Document.corrects == invoice.id)
    return Remaining(
        invoice.credits + sum(row.credits for row in rows),
        invoice.net_minor + sum(row.net_minor for row in rows),
        invoice.vat_minor + sum(row.vat_minor for row in rows),
    )


def credit_note_net(invoice: Document, credits: int) -> int:
    """The net credited for taking back `credits`: at the invoice's price, rounded half up."""
    left = remaining(invoice)
    if credits == left.credits:
        return left.net_minor
    return to_units(Decimal(invoice.net_minor) * credits / invoice.credits, 0)


@retried
def issue_credit_note(
    invoice_id: int,
    reason: str,
    credits: int,
    net_minor: int | None = None,
    today: date | None = None,
) -> Document:
    """Correct an issued invoice: credit `net_minor` (by default the price of `credits`).

    Credits taken back (credits > 0) leave the balance in the same transaction, as a negative
    'adjustment' ledger entry; when the balance no longer holds them (they were spent), the
    credit note is refused and nothing is stored. A price correction takes back no credits.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise CreditNoteError("State the reason for the correction.")
    if len(reason) > 300:
        raise CreditNoteError("The reason is too long (at most 300 characters).")
    if has_control_characters(reason):
        raise CreditNoteError("Control characters (such as Escape or NUL) are not allowed.")
    today = today or date.today()
    with write_transaction():
        invoice = Document.get_or_none((Document.id == invoice_id) & (Document.kind == INVOICE))
        if invoice is None:
            raise CreditNoteError("Only an issued tax invoice can be corrected by a credit note.")
        if today.isoformat() < invoice.issued_on:
            raise CreditNoteError("A credit note cannot be dated before the invoice it corrects.")
        left = remaining(invoice)
        if not 0 <= credits <= left.credits:
            raise CreditNoteError(
                "Take back between 0 and {credits} "
                "(what the invoice sold, less earlier credit notes).",
                credits=Credits(left.credits),
            )
        net = credit_note_net(invoice, credits) if net_minor is None else net_minor
        if not 0 < net <= left.net_minor:
            raise CreditNoteError(
                "The amount to credit must be above zero and at most what is left of the "
                "invoice after earlier credit notes."
            )
        vat = VatTreatment(invoice.vat_rule, Decimal(invoice.vat_rate))
        line = _credit_line(invoice.language, -credits, -net, vat, invoice.currency, 0)
        if net == left.net_minor:  # a full reversal cancels exactly what is left
            line.vat_minor = -left.vat_minor
            line.total_minor = line.net_minor + line.vat_minor
        line.description = word("line_correction", invoice.language).format(number=invoice.number)
        line.unit_price_minor = _unit_price(invoice.net_minor, invoice.credits) if credits else 0
        earlier = Document.select().where(Document.corrects == invoice.id)
        try:
            conversion = for_credit_note(invoice, earlier, line, net == left.net_minor)
        except exchange_rates.MissingRate as error:
            raise CreditNoteError(error.args[0]) from None  # its Message, passed on whole
        document = _issue(
            _Draft(
                kind=CREDIT_NOTE,
                issued_on=today,
                language=invoice.language,
                taxable_supply_on=today,
                due_on=today + timedelta(days=int(settings.get("payments.due_days"))),
                currency=invoice.currency,
                vat=vat,
                line=line,
                credits=-credits,
                seller=seller_snapshot(invoice.language),
                buyer=_json_dict(invoice.buyer),
                billing_info_id=invoice.billing_info_id,
                payment_id=invoice.payment_id,
                corrects_id=invoice.id,
                reason=reason,
                variable_symbol=invoice.variable_symbol,
                conversion=conversion,
            )
        )
        if credits:
            try:
                ledger.post(
                    ledger.ADJUSTMENT,
                    -credits,
                    reference=f"document:{document.id}",
                    description=f"Credit note {document.number} corrects invoice {invoice.number}",
                    idempotency_key=f"credit-note:{document.id}",
                )
            except ledger.InsufficientCredit as error:
                raise CreditNoteError(
                    "The balance is {balance}, less than the "
                    "{credits} this credit note would take back. "
                    "Take back at most the balance, or correct the price only (0 credits).",
                    balance=Credits(error.balance),
                    credits=Credits(credits),
                ) from None
        return document


def _json_dict(text: str) -> dict[str, str]:
    loaded: dict[str, str] = json.loads(text)
    return loaded
