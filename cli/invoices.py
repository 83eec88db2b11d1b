"""Commands for issued documents: list them, and correct a tax invoice with a credit note."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cli.errors import fail
from cli.listing import add_json_option, credits_json, iso_date, money_json, print_json

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session
    from models.invoicing.documents import Document

KINDS = ("proforma", "invoice", "credit-note")  # models.invoicing.documents.KINDS


def corrects_id(document: Document) -> int | None:
    """The ID of the invoice a credit note corrects, without loading it."""
    return document.corrects_id  # type: ignore[attr-defined,no-any-return]


def _corrected_numbers(found: list[Document]) -> dict[int, str]:
    from models.invoicing.documents import Document

    ids = {corrects_id(row) for row in found if corrects_id(row) is not None}
    rows = Document.select(Document.id, Document.number).where(Document.id.in_(ids))
    return {row.id: row.number for row in rows} if ids else {}


def document_json(document: Document, corrected: dict[int, str]) -> dict[str, object]:
    currency = document.currency
    accounting = None
    if document.accounting_currency:
        other = document.accounting_currency
        accounting = {
            "currency": other,
            "net": money_json(document.accounting_net_minor or 0, other),
            "vat": money_json(document.accounting_vat_minor or 0, other),
            "rate": document.exchange_rate,
            "rate_amount": document.exchange_rate_amount,
            "rate_source": document.exchange_rate_source,
        }
    return {
        "id": document.id,
        "number": document.number,
        "kind": document.kind,
        "issued_on": document.issued_on,
        "taxable_supply_on": document.taxable_supply_on,
        "due_on": document.due_on,
        "currency": currency,
        "net": money_json(document.net_minor, currency),
        "vat_rate": document.vat_rate,
        "vat_rule": document.vat_rule,
        "vat": money_json(document.vat_minor, currency),
        "total": money_json(document.total_minor, currency),
        "credits": credits_json(document.credits),
        "buyer_name": document.buyer_name,
        "variable_symbol": document.variable_symbol,
        "payment_id": document.payment_id,
        "corrects": corrected.get(corrects_id(document) or 0),
        "reason": document.reason,
        "language": document.language,
        "accounting": accounting,
    }


def command_documents(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import credits_with_unit, money_text
    from models.invoicing import documents

    if args.date_from and args.date_to and args.date_from > args.date_to:
        return fail("--from is after --to; no document could be listed.")
    found = documents.list_documents(kind=args.kind, date_from=args.date_from, date_to=args.date_to)
    corrected = _corrected_numbers(found)
    if args.json:
        print_json({"documents": [document_json(d, corrected) for d in found], "count": len(found)})
        return 0
    for document in found:
        about = document.buyer_name or "-"
        if corrects_id(document):
            about = f"corrects {corrected.get(corrects_id(document) or 0, '?')}: {document.reason}"
        print(
            f"{document.number}\t{document.kind}\t{document.issued_on}\t"
            f"{money_text(document.total_minor, document.currency)}\t"
            f"{credits_with_unit(document.credits)}\tVS {document.variable_symbol or '-'}\t"
            f"{about}"
        )
    print(f"{len(found)} {'document' if len(found) == 1 else 'documents'}")
    return 0


def command_credit_note(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import credits_with_unit, money_text
    from models.common.money import AmountError, parse_credits, parse_money
    from models.invoicing import issuing
    from models.invoicing.documents import Document
    from models.ledger import entries as ledger

    invoice = Document.get_or_none(Document.number == args.invoice.strip())
    if invoice is None:
        return fail(f"there is no document numbered “{args.invoice}” (see `documents`).")
    try:
        credits = parse_credits(args.credits)
    except AmountError as error:
        return fail(f"--credits: {error}")
    try:
        net = None if args.amount is None else parse_money(args.amount, invoice.currency)
    except AmountError as error:
        return fail(f"--amount: {error}")
    try:
        note = issuing.issue_credit_note(invoice.id, args.reason, credits, net_minor=net)
    except issuing.CreditNoteError as error:
        return fail(str(error))
    print(
        f"credit note {note.number} corrects invoice {invoice.number}: "
        f"{credits_with_unit(-note.credits)} taken back, "
        f"net {money_text(note.net_minor, note.currency)}, "
        f"VAT {money_text(note.vat_minor, note.currency)}, "
        f"total {money_text(note.total_minor, note.currency)}"
    )
    print(f"balance: {credits_with_unit(ledger.balance())}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands to the parser."""
    listed = commands.add_parser(
        "documents",
        help="list the issued documents (proformas, tax invoices, credit notes), newest first: "
        "number, kind, issued on, total, credits, variable symbol, buyer",
    )
    listed.add_argument(
        "--from", dest="date_from", type=iso_date, metavar="DATE", help="first issue date"
    )
    listed.add_argument(
        "--to", dest="date_to", type=iso_date, metavar="DATE", help="last issue date"
    )
    listed.add_argument("--kind", choices=KINDS, help="only documents of this kind")
    add_json_option(listed)
    listed.set_defaults(run=command_documents)

    note = commands.add_parser(
        "credit-note",
        help="correct an issued tax invoice with a credit note (a tax document of its own): "
        "credits taken back leave the balance; 0 credits with --amount corrects the price only",
    )
    note.add_argument("invoice", metavar="INVOICE_NUMBER", help="the tax invoice's number")
    note.add_argument(
        "--credits",
        required=True,
        metavar="N",
        help="credits taken back, e.g. 4 or 2.5 (at most what the invoice sold, less earlier "
        "credit notes, and at most the balance)",
    )
    note.add_argument("--reason", required=True, metavar="TEXT", help="why, as the note states")
    note.add_argument(
        "--amount",
        metavar="NET",
        help="net amount credited, without VAT, in the invoice's currency (default: the "
        "invoice's price of the credits taken back)",
    )
    note.set_defaults(run=command_credit_note)
