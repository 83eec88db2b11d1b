"""Commands for the credit account: balance, settings, top-ups, bank statements, verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session
    from models.payments.import_plan import ImportPlan

from cli.outbox import send_waiting_after_credit


def command_balance(args: argparse.Namespace, session: Session) -> int:
    from models.common import countries
    from models.common.formatting import counted, credits_with_unit
    from models.ledger import entries as ledger
    from models.pricing.buying_power import what_it_buys

    balance = ledger.balance()
    print(credits_with_unit(balance))
    found = what_it_buys(balance)
    if found is not None:  # the price list has a price for the default country
        messages = counted(found.messages, ("one-part message", "one-part messages"))
        print(
            f"≈ {messages} to {countries.name(found.country)} "
            f"at {credits_with_unit(found.price)} each"
        )
    return 0


def command_settings(args: argparse.Namespace, session: Session) -> int:
    from models.settings import store as settings

    try:
        if args.key is None:
            for key, value in settings.get_all().items():
                print(f"{key} = {settings.display(key, value)}")
        elif args.value is None:
            print(settings.display(args.key, settings.get(args.key)))
        else:
            stored = settings.set_value(args.key, args.value)
            print(f"{args.key} = {settings.display(args.key, stored)}")
            # e.g. a register entry's court set before its section and file: say what is left
            for key, problem in settings.problems_together({}).items():
                print(f"note: {key}: {problem}", file=sys.stderr)
    except settings.SettingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def command_verify(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import counted, credits_with_unit
    from models.ledger import entries as ledger
    from models.outbox import queue as outbox

    result = ledger.verify(full=args.full, more=outbox.charge_problems)
    if result.ok:
        print(
            f"OK: balance {credits_with_unit(result.balance)} equals the sum of "
            f"{counted(result.entries, ('ledger entry', 'ledger entries'))}"
        )
        if result.checkpoint:
            print(
                f"entries up to {result.checkpoint} proven by their checkpoint; "
                f"{counted(result.read, ('entry', 'entries'))} after it read one by one "
                "(--full reads them all)"
            )
        else:
            print(f"{counted(result.read, ('entry', 'entries'))} read one by one")
        print(f"digest: {result.digest} (the entries up to {result.upto_id})")
        return 0
    for problem in result.problems:
        print(f"problem: {problem}")
    return 1


def command_top_up(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import credits_text, money_text
    from models.common.money import AmountError, parse_money
    from models.payments import instructions as payment_instructions
    from models.payments import top_ups as payments

    currency = args.currency.upper()
    try:
        net = parse_money(args.amount, currency)
        quote = payments.quote_for_net(net, currency)
        payment = payments.create_top_up(quote, args.method, note=args.note or "")
    except (AmountError, payments.PaymentError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"payment {payment.id}: {payment.method}, {payment.state}")
    print(f"variable symbol: {payment.variable_symbol}")
    print(f"credits: {credits_text(payment.credits)}")
    print(f"net: {money_text(payment.net_minor, currency)}")
    print(f"VAT {payment.vat_rate} %: {money_text(payment.vat_minor, currency)}")
    print(f"total: {money_text(payment.total_minor, currency)}")
    if payment.state == payments.PENDING:
        print(f"due: {payment.due_on}")
        try:
            instructions = payment_instructions.instructions_for(payment)
        except payments.PaymentError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        print(f"pay to: {instructions.iban}")
        print(f"QR payload: {instructions.qr_payload}")
    else:
        send_waiting_after_credit()
    return 0


def _print_plan(plan: ImportPlan) -> None:
    """The preview the window shows before it imports, as lines."""
    print(f"format: {plan.format_name}")
    print(f"account: {', '.join(a or 'not stated in the file' for a in plan.accounts)}")
    if plan.period is not None:
        print(f"period: {plan.period[0].isoformat()} – {plan.period[1].isoformat()}")
    print(
        f"plan: {len(plan.to_confirm)} to confirm, {len(plan.to_wait)} to wait for pairing, "
        f"{plan.ignored} not credits (ignored), {plan.already_imported} already imported"
    )
    for warning in plan.warnings:
        print(f"warning: {warning}")


def _print_dry_run(plan: ImportPlan) -> None:
    from models.common.formatting import money_text
    from models.payments.bank_entries import MATCHED

    for credit in plan.credits:
        entry = credit.entry
        amount = money_text(entry.amount_minor, entry.currency)
        if credit.payment is not None and credit.status == MATCHED:
            print(f"would confirm: payment {credit.payment.variable_symbol}, {amount}")
        else:
            print(
                f"would wait ({credit.reason}): {entry.booked_on.isoformat()} {amount} "
                f"VS {entry.variable_symbol or '-'} {entry.counterparty}".rstrip()
            )
    print("dry run: nothing was stored")


def command_import_statement(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import money_text
    from models.payments import csv_memory, import_plan, statement_files, statement_import
    from models.payments.bank_entries import waiting_reason
    from models.payments.csv_mapping import mapping_from_columns
    from models.payments.statements import StatementError

    try:
        data = args.file.read_bytes()
        # Without --column: the columns chosen for a file with this header before, if any.
        mapping = (
            mapping_from_columns(args.column, args.date_format, args.decimal, args.currency)
            if args.column
            else csv_memory.recall(data)
        )
        statement = statement_files.parse_statement_file(data, mapping)
        statement = import_plan.with_format(statement, data)
        plan = import_plan.plan_import(statement)
        _print_plan(plan)
        if args.dry_run:
            _print_dry_run(plan)
            return 0
        result = statement_import.import_statement(statement)
        if args.column and mapping is not None and statement.format_name == "CSV":
            csv_memory.remember(data, mapping)
    except OSError as error:
        print(f"error: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    except (
        StatementError,
        import_plan.StatementConflictError,
        import_plan.StatementAccountError,
        TypeError,
        ValueError,
    ) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for payment in result.confirmed:
        print(
            f"confirmed: payment {payment.variable_symbol}, "
            f"{money_text(payment.total_minor, payment.currency)}"
        )
    for entry in result.waiting:
        print(
            f"waiting ({waiting_reason(entry)}): {entry.booked_on} "
            f"{money_text(entry.amount_minor, entry.currency)} "
            f"VS {entry.variable_symbol or '-'} {entry.counterparty}".rstrip()
        )
    print(
        f"{len(result.confirmed)} confirmed, {len(result.waiting)} waiting for pairing, "
        f"{result.already_imported} already imported, {result.ignored} not credits"
    )
    if result.confirmed:
        send_waiting_after_credit()
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands to the parser."""
    balance = commands.add_parser(
        "balance",
        help="print the credit balance (first line: “N credits”), then what it buys: one-part "
        "messages to the default country at its price, when the price list has one",
    )
    balance.set_defaults(run=command_balance)

    settings = commands.add_parser(
        "settings", help="list settings, read one (KEY) or set one (KEY VALUE)"
    )
    settings.add_argument("key", nargs="?", metavar="KEY", help="dotted key, e.g. seller.iban")
    settings.add_argument("value", nargs="?", metavar="VALUE", help="new value")
    settings.set_defaults(run=command_settings)

    top_up = commands.add_parser(
        "top-up", help="create a top-up: a bank transfer to pay, or a payment received by hand"
    )
    top_up.add_argument("amount", metavar="AMOUNT", help="net amount in CURRENCY (VAT is added)")
    top_up.add_argument("currency", metavar="CURRENCY", help="EUR or CZK")
    top_up.add_argument(
        "--method",
        choices=("bank-transfer", "manual"),
        default="bank-transfer",
        help="bank-transfer: pending until the money arrives; manual: received, credited now "
        "(then the messages waiting in the outbox are sent, when outbox.auto_resume is on)",
    )
    top_up.add_argument("--note", help="a note kept with the payment (e.g. how it was received)")
    top_up.set_defaults(run=command_top_up)

    statement = commands.add_parser(
        "import-statement",
        help="import a bank statement (camt.053 XML, GPC/ABO or CSV) and confirm the payments it "
        "pays; "
        "credit that arrives sends the messages waiting in the outbox (outbox.auto_resume)",
    )
    statement.add_argument("file", metavar="FILE", type=Path)
    statement.add_argument(
        "--column",
        action="append",
        metavar="FIELD=HEADER",
        help="CSV column mapping, e.g. date=Datum amount=Objem variable_symbol=VS "
        "(fields: date, amount, currency, variable_symbol, reference, counterparty, message, "
        "counterparty_account, bank_code, account: your account the row is for, compared with "
        "the seller's accounts); "
        "without it the columns are recognised from the header (Fio, Air Bank, KB+, "
        "Raiffeisenbank, ČSOB, Česká spořitelna, Moneta, mBank, UniCredit), or as --column "
        "said for a file with the same header before (it is remembered)",
    )
    statement.add_argument("--date-format", default="%d.%m.%Y", help="CSV dates, strftime style")
    statement.add_argument("--decimal", default=",", choices=(",", "."), help="CSV decimal mark")
    statement.add_argument("--currency", help="currency of a CSV file without a currency column")
    statement.add_argument(
        "--dry-run",
        action="store_true",
        help="print what the import would do (the same summary it prints first) and store nothing",
    )
    statement.set_defaults(run=command_import_statement)

    verify = commands.add_parser(
        "verify",
        help="check that the balance equals the sum of the ledger's entries, each entry's "
        "balance follows from the one before, the day totals equal the entries and every sent "
        "message is charged once; the entries up to the last checkpoint (made by the previous "
        "verify) are proven by its digest and checked cheaply (each kind's count and sum, the "
        "checkpoint's last entry): a change behind the app's back that keeps those (a text, a "
        "time, amounts that cancel out) is caught by --full only. Prints the digest over every "
        "entry: keep it elsewhere to prove the ledger later",
    )
    verify.add_argument(
        "--full",
        action="store_true",
        help="read every entry from the first: recompute each checkpoint's digest and every day "
        "total, and run SQLite's integrity check (its time grows with the ledger)",
    )
    verify.set_defaults(run=command_verify)
