"""Top-up payments: quotes (credits ↔ money, VAT), creation, confirmation, cancellation, expiry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from models.common.database import retried, write_transaction
from models.common.formatting import Money
from models.common.money import MICRO, to_units
from models.common.team import desk_user
from models.common.typed_text import has_control_characters
from models.invoicing import issuing
from models.invoicing.vat import VatTreatment, current_treatment, vat_amount
from models.ledger import entries as ledger
from models.payments.instructions import check_payment_code

# The record, its methods and their rule live in payment.py; readers keep calling top_ups.X.
from models.payments.payment import BANK_TRANSFER as BANK_TRANSFER
from models.payments.payment import MANUAL as MANUAL
from models.payments.payment import METHODS as METHODS
from models.payments.payment import Payment as Payment
from models.payments.payment import PaymentError as PaymentError
from models.payments.payment import method_problem as method_problem
from models.settings import store as settings

PENDING = "pending"
PAID = "paid"
CANCELLED = "cancelled"
EXPIRED = "expired"
STATES = (PENDING, PAID, CANCELLED, EXPIRED)

CURRENCIES = ("EUR", "CZK")
MAX_CREDITS = 10**9 * MICRO  # a billion credits: far beyond any real top-up, far below int64


@dataclass(frozen=True)
class Quote:
    """What a top-up costs: credits bought, net price, VAT and total, in the currency's units."""

    currency: str
    credits: int
    net_minor: int
    vat_rate: Decimal
    vat_minor: int
    vat_rule: str = "domestic"  # models.invoicing.vat.RULES; the invoice states the same rule

    @property
    def total_minor(self) -> int:
        return self.net_minor + self.vat_minor


def credit_price(currency: str) -> int:
    """Minor units of `currency` per credit (a setting per currency)."""
    if currency not in CURRENCIES:  # the message names both, so that it can be translated
        raise PaymentError("Top-ups are in EUR or CZK, not “{value}”.", value=currency)
    return int(settings.get(f"credit_price.{currency}"))


def vat_treatment() -> VatTreatment:
    """The VAT rule a top-up made now gets: seller's settings and the billing information."""
    return current_treatment()


def vat_rate() -> Decimal:
    """The VAT rate in percent for a top-up made now (zero for reverse charge, outside the
    scope of VAT, or a seller who is not a VAT payer)."""
    return vat_treatment().rate


def _quote(currency: str, credits: int, net: int) -> Quote:
    vat = vat_treatment()
    return Quote(currency, credits, net, vat.rate, vat_amount(net, vat.rate, currency), vat.rule)


def quote_for_credits(credits: int, currency: str) -> Quote:
    """The price of `credits` micro-credits; the net is rounded half up to the minor unit."""
    if credits <= 0:
        raise PaymentError("Top up at least some credits.")
    if credits > MAX_CREDITS:
        raise PaymentError("That is more credits than one top-up can buy.")
    price = credit_price(currency)
    net = to_units(Decimal(credits) * price / MICRO, 0)
    if net <= 0:
        raise PaymentError("The amount is too small to pay.")
    return _quote(currency, credits, net)


def quote_for_net(net_minor: int, currency: str) -> Quote:
    """How many credits a net amount buys, rounded half up to the micro-credit."""
    if net_minor <= 0:
        raise PaymentError("Enter an amount above zero.")
    price = credit_price(currency)
    credits = to_units(Decimal(net_minor) * MICRO / price, 0)
    if credits > MAX_CREDITS:
        raise PaymentError("That is more credits than one top-up can buy.")
    return _quote(currency, credits, net_minor)


def minimum_net(currency: str) -> int:
    """The smallest net amount of a top-up in `currency` (minor units; 0 = any)."""
    credit_price(currency)  # refuses a currency other than EUR or CZK
    return int(settings.get(f"payments.minimum_top_up.{currency}"))


def minimum_problem(quote: Quote) -> PaymentError | None:
    """Why a quote is too small to be a top-up (payments.minimum_top_up.*), or None."""
    minimum = minimum_net(quote.currency)
    if quote.net_minor >= minimum:
        return None
    return PaymentError(
        "The smallest top-up is {amount} (net, without VAT).",
        amount=Money(minimum, quote.currency),
    )


def _next_variable_symbol(today: date) -> str:
    last = Payment.select(Payment.id).order_by(Payment.id.desc()).limit(1).scalar() or 0
    return f"{today.year % 100:02d}{last + 1:08d}"


@retried
def create_top_up(quote: Quote, method: str, note: str = "", today: date | None = None) -> Payment:
    """A pending bank transfer with its proforma, or a manual receipt confirmed at once (with
    its tax invoice when billing information is filled in), in one transaction."""
    problem = method_problem(method, quote.currency) or minimum_problem(quote)
    if problem is not None:
        raise problem
    if len(note) > 500:
        raise PaymentError("The note is too long (at most 500 characters).")
    if has_control_characters(note, allow_line_breaks=True):
        raise PaymentError("Control characters (such as Escape or NUL) are not allowed.")
    today = today or date.today()
    with write_transaction():
        expire_overdue(today)
        payment = Payment.create(
            method=method,
            state=PENDING,
            currency=quote.currency,
            net_minor=quote.net_minor,
            vat_minor=quote.vat_minor,
            total_minor=quote.total_minor,
            vat_rate=str(quote.vat_rate),
            vat_rule=quote.vat_rule,
            credits=quote.credits,
            variable_symbol=_next_variable_symbol(today),
            note=note.strip(),
            created_at=ledger.now_iso(),
            due_on=(today + timedelta(days=int(settings.get("payments.due_days")))).isoformat(),
            recorded_by=desk_user(),  # a server records its session_user instead
        )
        if method == MANUAL:
            confirm_in_transaction(payment, bank_reference=None, today=today)
        else:
            code = check_payment_code(payment)  # raises before anything is committed
            issuing.issue_proforma(payment, today, code)
    return Payment.get_by_id(payment.id)


@dataclass(frozen=True)
class Confirmation:
    payment: Payment
    entry: ledger.LedgerEntry
    newly_paid: bool  # False when it had been confirmed before: nothing was credited again


@retried
def confirm(payment_id: int, bank_reference: str | None = None) -> Confirmation:
    """Mark a payment paid and credit its credits, once, in one IMMEDIATE transaction."""
    with write_transaction():
        payment = Payment.get_or_none(Payment.id == payment_id)
        if payment is None:
            raise PaymentError("There is no payment {payment_id}.", payment_id=payment_id)
        return confirm_in_transaction(payment, bank_reference)


def confirm_in_transaction(
    payment: Payment,
    bank_reference: str | None,
    today: date | None = None,
    paid_on: date | None = None,
) -> Confirmation:
    """Mark paid, credit the ledger and issue the tax invoice (when billing information is
    filled in), all in the caller's transaction: the single place a payment becomes paid.

    `paid_on` is the day the bank booked the money (a statement, a pairing): it becomes the
    payment's paid date and the invoice's date of taxable supply. Without it, the payment is
    paid now (recorded by hand)."""
    if payment.state == PAID:
        entry = ledger.LedgerEntry.get(
            ledger.LedgerEntry.idempotency_key == f"payment:{payment.id}"
        )
        return Confirmation(payment, entry, newly_paid=False)
    if payment.state == CANCELLED:
        raise PaymentError(
            "Payment {variable_symbol} was cancelled; create a new top-up instead.",
            variable_symbol=payment.variable_symbol,
        )
    # A pending or expired payment whose money arrived is confirmed.
    payment.state = PAID
    payment.paid_at = paid_on.isoformat() if paid_on is not None else ledger.now_iso()
    payment.bank_reference = bank_reference
    payment.save()
    entry = ledger.post(
        ledger.TOP_UP,
        payment.credits,
        reference=f"payment:{payment.id}",
        description=f"Top-up, variable symbol {payment.variable_symbol}",
        idempotency_key=f"payment:{payment.id}",
    )
    issuing.issue_invoice(payment, today, paid_on=paid_on)
    return Confirmation(payment, entry, newly_paid=True)


@retried
def cancel(payment_id: int) -> Payment:
    """Cancel a pending payment; a paid one cannot be cancelled (it needs a credit note)."""
    with write_transaction():
        payment = Payment.get_or_none(Payment.id == payment_id)
        if payment is None:
            raise PaymentError("There is no payment {payment_id}.", payment_id=payment_id)
        if payment.state == PAID:
            raise PaymentError(
                "Payment {variable_symbol} is paid and its credits are in the ledger; "
                "it cannot be cancelled.",
                variable_symbol=payment.variable_symbol,
            )
        if payment.state != CANCELLED:
            payment.state = CANCELLED
            payment.closed_at = ledger.now_iso()
            payment.save(only=[Payment.state, Payment.closed_at])  # an operator's two columns
    return payment


@retried
def expire_overdue(today: date | None = None) -> int:
    """Pending bank transfers long past their due date become expired; returns how many."""
    today = today or date.today()
    limit = today - timedelta(days=int(settings.get("payments.expire_after_days")))
    with write_transaction():
        return int(
            Payment.update(state=EXPIRED, closed_at=ledger.now_iso())
            .where((Payment.state == PENDING) & (Payment.due_on < limit.isoformat()))
            .execute()
        )


def find_by_variable_symbol(variable_symbol: str) -> Payment | None:
    return Payment.get_or_none(Payment.variable_symbol == variable_symbol)


def list_payments(state: str | None = None) -> list[Payment]:
    """Payments newest first, optionally of one state."""
    query = Payment.select().order_by(Payment.id.desc())
    if state is not None:
        query = query.where(Payment.state == state)
    return list(query)
