"""Commands for top-up payments: list them, mark one received, cancel one."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cli.errors import fail
from cli.listing import add_json_option, credits_json, money_json, print_json
from cli.outbox import send_waiting_after_credit

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session
    from models.payments.payment import Payment

STATES = ("pending", "paid", "cancelled", "expired")  # models.payments.top_ups.STATES


class NoSuchPayment(LookupError):
    pass


def find_payment(text: str) -> Payment:
    """The payment a user names by its variable symbol or by its ID (as `payments` lists them)."""
    from models.payments import top_ups

    key = text.strip()
    payment = top_ups.find_by_variable_symbol(key) if key else None
    if payment is None and key.isascii() and key.isdigit() and len(key) < 10:
        payment = top_ups.Payment.get_or_none(top_ups.Payment.id == int(key))
    if payment is None:
        raise NoSuchPayment(
            f"there is no payment with the variable symbol or ID “{text}” (see `payments`)."
        )
    return payment


def _documents_of(payment_ids: list[int]) -> dict[tuple[int, str], str]:
    """(payment ID, kind) → the number of its proforma and tax invoice."""
    from models.invoicing.documents import INVOICE, PROFORMA, Document

    rows = Document.select(Document.payment_id, Document.kind, Document.number).where(
        Document.payment_id.in_(payment_ids) & Document.kind.in_((PROFORMA, INVOICE))
    )
    return {(row.payment_id or 0, row.kind): row.number for row in rows}


def payment_json(payment: Payment, documents: dict[tuple[int, str], str]) -> dict[str, object]:
    currency = payment.currency
    return {
        "id": payment.id,
        "variable_symbol": payment.variable_symbol,
        "state": payment.state,
        "method": payment.method,
        "currency": currency,
        "net": money_json(payment.net_minor, currency),
        "vat_rate": payment.vat_rate,
        "vat": money_json(payment.vat_minor, currency),
        "total": money_json(payment.total_minor, currency),
        "credits": credits_json(payment.credits),
        "created_at": payment.created_at,
        "due_on": payment.due_on,
        "paid_at": payment.paid_at,
        "closed_at": payment.closed_at,
        "bank_reference": payment.bank_reference,
        "note": payment.note,
        "proforma": documents.get((payment.id, "proforma")),
        "invoice": documents.get((payment.id, "invoice")),
    }


def command_payments(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import credits_with_unit, money_text
    from models.payments import top_ups

    found = top_ups.list_payments(args.state)
    documents = _documents_of([payment.id for payment in found])
    if args.json:
        print_json({"payments": [payment_json(p, documents) for p in found], "count": len(found)})
        return 0
    for payment in found:
        when = f"paid {payment.paid_at[:10]}" if payment.paid_at else f"due {payment.due_on}"
        print(
            f"{payment.id}\t{payment.variable_symbol}\t{payment.state}\t{payment.method}\t"
            f"{money_text(payment.total_minor, payment.currency)}\t"
            f"{credits_with_unit(payment.credits)}\t{payment.created_at[:10]}\t{when}"
        )
    print(f"{len(found)} {'payment' if len(found) == 1 else 'payments'}")
    return 0


def command_confirm(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import credits_with_unit
    from models.invoicing.documents import invoice_for_payment
    from models.ledger import entries as ledger
    from models.payments import top_ups

    try:
        payment = find_payment(args.payment)
        confirmed = top_ups.confirm(payment.id)
    except NoSuchPayment as error:
        return fail(str(error))
    except top_ups.PaymentError as error:  # cancelled, or an exchange rate is missing
        return fail(str(error))
    symbol = confirmed.payment.variable_symbol
    if not confirmed.newly_paid:
        print(f"payment {symbol} was paid before; nothing was credited again")
        return 0
    print(
        f"payment {symbol} received: {credits_with_unit(confirmed.entry.amount)} added, "
        f"balance {credits_with_unit(ledger.balance())}"
    )
    invoice = invoice_for_payment(confirmed.payment.id)
    if invoice is not None:
        print(f"tax invoice {invoice.number} issued")
    else:
        print("no tax invoice: there is no billing information yet (`billing set …`)")
    send_waiting_after_credit()
    return 0


def command_cancel(args: argparse.Namespace, session: Session) -> int:
    from models.payments import top_ups

    try:
        payment = find_payment(args.payment)
        if payment.state == top_ups.CANCELLED:
            print(f"payment {payment.variable_symbol} was cancelled before")
            return 0
        cancelled = top_ups.cancel(payment.id)
    except NoSuchPayment as error:
        return fail(str(error))
    except top_ups.PaymentError as error:  # paid: it needs a credit note
        return fail(f"{error} Issue a credit note for its invoice instead (`credit-note`).")
    print(f"payment {cancelled.variable_symbol} cancelled")
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands to the parser."""
    listed = commands.add_parser(
        "payments",
        help="list the top-up payments, newest first: ID, variable symbol, state, method, "
        "total, credits, created, due or paid",
    )
    listed.add_argument("--state", choices=STATES, help="only payments in this state")
    add_json_option(listed)
    listed.set_defaults(run=command_payments)

    confirm = commands.add_parser(
        "confirm",
        help="mark a payment received (money that came another way than a statement): its "
        "credits are added and its tax invoice issued; then the messages waiting in the outbox "
        "are sent, when outbox.auto_resume is on",
    )
    confirm.add_argument("payment", metavar="VS|ID", help="variable symbol or payment ID")
    confirm.set_defaults(run=command_confirm)

    cancel = commands.add_parser(
        "cancel", help="cancel a pending or expired payment (a paid one needs a credit note)"
    )
    cancel.add_argument("payment", metavar="VS|ID", help="variable symbol or payment ID")
    cancel.set_defaults(run=command_cancel)
