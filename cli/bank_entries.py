"""Commands for bank credits that wait after a statement import: list, pair with a payment, dismiss."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cli.errors import fail
from cli.listing import add_json_option, money_json, print_json
from cli.outbox import send_waiting_after_credit
from cli.payments import NoSuchPayment, find_payment

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session


def _entry_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 18:
        raise argparse.ArgumentTypeError(f"“{text}” is not a bank entry ID (see `bank-entries`)")
    return int(text)


def command_bank_entries(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import money_text
    from models.payments.bank_entries import waiting_entries, waiting_reason

    waiting = waiting_entries()
    if args.json:
        rows = [
            {
                "id": entry.id,
                "booked_on": entry.booked_on,
                "amount": money_json(entry.amount_minor, entry.currency),
                "variable_symbol": entry.variable_symbol,
                "counterparty": entry.counterparty,
                "message": entry.remittance,
                "reason": waiting_reason(entry),
                "bank_reference": entry.bank_reference,
            }
            for entry in waiting
        ]
        print_json({"bank_entries": rows, "count": len(rows)})
        return 0
    for entry in waiting:
        print(
            f"{entry.id}\t{entry.booked_on}\t{money_text(entry.amount_minor, entry.currency)}\t"
            f"VS {entry.variable_symbol or '-'}\t{waiting_reason(entry)}\t{entry.counterparty}"
        )
    print(f"{len(waiting)} {'credit waits' if len(waiting) == 1 else 'credits wait'} for pairing")
    return 0


def command_pair(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import credits_with_unit
    from models.ledger import entries as ledger
    from models.payments.bank_entries import BankEntry
    from models.payments.statement_import import PairingError, pair
    from models.payments.top_ups import PaymentError

    if BankEntry.get_or_none(BankEntry.id == args.entry) is None:
        return fail(f"there is no bank entry {args.entry} (see `bank-entries`).")
    try:
        payment = find_payment(args.payment)
        confirmed = pair(args.entry, payment.id)
    except NoSuchPayment as error:
        return fail(str(error))
    except (PairingError, PaymentError) as error:
        return fail(str(error))
    print(
        f"bank entry {args.entry} paired with payment {payment.variable_symbol}: "
        f"{credits_with_unit(confirmed.entry.amount)} added, "
        f"balance {credits_with_unit(ledger.balance())}"
    )
    send_waiting_after_credit()
    return 0


def command_dismiss(args: argparse.Namespace, session: Session) -> int:
    from models.payments.bank_entries import BankEntry
    from models.payments.statement_import import PairingError, dismiss

    if BankEntry.get_or_none(BankEntry.id == args.entry) is None:
        return fail(f"there is no bank entry {args.entry} (see `bank-entries`).")
    try:
        dismiss(args.entry)
    except PairingError as error:
        return fail(str(error))
    print(f"bank entry {args.entry} dismissed: not a top-up (a re-import skips it)")
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands to the parser."""
    listed = commands.add_parser(
        "bank-entries",
        help="list the bank credits waiting for pairing: ID, booked on, amount, variable "
        "symbol, why it waits, sender",
    )
    add_json_option(listed)
    listed.set_defaults(run=command_bank_entries)

    paired = commands.add_parser(
        "pair",
        help="pair a waiting bank credit with the payment it pays: the payment is confirmed, "
        "paid on the day the bank booked the credit",
    )
    paired.add_argument("entry", metavar="ENTRY_ID", type=_entry_id, help="see `bank-entries`")
    paired.add_argument("payment", metavar="VS|ID", help="variable symbol or payment ID")
    paired.set_defaults(run=command_pair)

    dismissed = commands.add_parser(
        "dismiss", help="set a waiting bank credit aside as not a top-up (it stays recorded)"
    )
    dismissed.add_argument("entry", metavar="ENTRY_ID", type=_entry_id, help="see `bank-entries`")
    dismissed.set_defaults(run=command_dismiss)
