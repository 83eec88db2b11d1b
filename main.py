"""Credit Desk's entry point: parse arguments, open the database, start the GUI or a CLI command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

APP_NAME = "Credit Desk"


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "credit-desk.sqlite3"


# -- CLI commands: each takes the parsed arguments, prints plain lines, returns the exit code ----


def command_balance(args: argparse.Namespace) -> int:
    from models import ledger
    from models.money import format_credits

    print(f"{format_credits(ledger.balance())} credits")
    return 0


def command_settings(args: argparse.Namespace) -> int:
    from models import settings

    try:
        if args.key is None:
            for key, value in settings.get_all().items():
                print(f"{key} = {settings.display(key, value)}")
        elif args.value is None:
            print(settings.display(args.key, settings.get(args.key)))
        else:
            stored = settings.set_value(args.key, args.value)
            print(f"{args.key} = {settings.display(args.key, stored)}")
    except settings.SettingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def command_verify(args: argparse.Namespace) -> int:
    from models import ledger, outbox
    from models.money import format_credits

    result = ledger.verify()
    charges = outbox.charge_problems()
    if result.ok and not charges:
        print(
            f"OK: balance {format_credits(result.balance)} credits equals the sum of "
            f"{result.entries} ledger entries"
        )
        return 0
    for problem in [*result.problems, *charges]:
        print(f"problem: {problem}")
    return 1


def command_top_up(args: argparse.Namespace) -> int:
    from models import payment_instructions, payments
    from models.money import AmountError, format_credits, format_money, parse_money

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
    print(f"credits: {format_credits(payment.credits)}")
    print(f"net: {format_money(payment.net_minor, currency)}")
    print(f"VAT {payment.vat_rate} %: {format_money(payment.vat_minor, currency)}")
    print(f"total: {format_money(payment.total_minor, currency)}")
    if payment.state == payments.PENDING:
        print(f"due: {payment.due_on}")
        try:
            instructions = payment_instructions.instructions_for(payment)
        except payments.PaymentError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        print(f"pay to: {instructions.iban}")
        print(f"QR payload: {instructions.qr_payload}")
    return 0


def command_import_statement(args: argparse.Namespace) -> int:
    from models import statement_files, statement_import
    from models.bank_statements import StatementError
    from models.money import format_money
    from models.statement_csv import CsvMapping

    try:
        data = args.file.read_bytes()
        mapping = None
        if args.column:
            columns = dict(item.split("=", 1) for item in args.column)
            mapping = CsvMapping(
                **columns,
                date_format=args.date_format,
                decimal_separator=args.decimal,
                default_currency=args.currency,
            )
        statement = statement_files.parse_statement_file(data, mapping)
        result = statement_import.import_statement(statement)
    except OSError as error:
        print(f"error: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    except (StatementError, TypeError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for payment in result.confirmed:
        print(
            f"confirmed: payment {payment.variable_symbol}, "
            f"{format_money(payment.total_minor, payment.currency)}"
        )
    for entry in result.waiting:
        print(
            f"waiting ({entry.status}): {entry.booked_on} "
            f"{format_money(entry.amount_minor, entry.currency)} "
            f"VS {entry.variable_symbol or '-'} {entry.counterparty}".rstrip()
        )
    print(
        f"{len(result.confirmed)} confirmed, {len(result.waiting)} waiting for pairing, "
        f"{result.already_imported} already imported, {result.ignored} not credits"
    )
    return 0


def command_estimate(args: argparse.Namespace) -> int:
    from models import campaign_estimate, ledger, recipients, settings, sms
    from models.money import format_credits, format_money
    from models.phone_numbers import REASONS
    from models.price_list_csv import PriceListImportError
    from models.text_files import TextFileError

    def fail(message: str) -> int:
        print(f"error: {message}", file=sys.stderr)
        return 2

    if not args.text.strip():
        return fail("the message text is empty.")
    try:
        table = recipients.read_recipient_table(args.recipients.read_bytes())
    except OSError as error:
        return fail(f"cannot read {args.recipients}: {error.strerror}.")
    except TextFileError as error:
        return fail(f"{args.recipients}: {error}")
    column = recipients.guess_column(table)
    entries = recipients.column_entries(table, column)
    if not entries:
        return fail(f"{args.recipients} holds no phone numbers.")
    analysis = sms.analyze(args.text)
    found = recipients.normalize_entries(entries, settings.get("recipients.default_country"))
    try:
        index = campaign_estimate.load_index()
    except PriceListImportError as error:
        return fail(f"the sample price list cannot be loaded: {error}")
    priced = campaign_estimate.price_recipients(found, index)
    cost = campaign_estimate.estimate(priced, analysis.parts)
    currency, per_credit = campaign_estimate.account_currency()
    balance = ledger.balance()
    if len(table.columns) > 1:
        print(f"column: {table.columns[column]}")
    print(f"encoding: {analysis.encoding}")
    print(f"characters: {analysis.characters}")
    print(f"parts: {analysis.parts}")
    print(f"recipients: {len(entries)}")
    print(f"valid: {len(found.valid)}")
    print(f"invalid: {len(found.invalid)}")
    print(f"duplicates: {len(found.duplicates)}")
    if priced.unpriced:
        print(f"not in the price list: {len(priced.unpriced)}")
    print(f"total credits: {format_credits(cost.total)}")
    print(
        f"total {currency}: {format_money(campaign_estimate.credits_to_money(cost.total, per_credit), currency)}"
    )
    print(f"balance credits: {format_credits(balance)}")
    print(f"missing credits: {format_credits(cost.missing(balance))}")
    for invalid in found.invalid[:20]:
        print(f"line {invalid.line}: “{invalid.text}” {REASONS[invalid.reason]}", file=sys.stderr)
    max_parts = int(settings.get("messages.max_parts"))
    if analysis.parts > max_parts:
        print(
            f"warning: the message has {analysis.parts} parts, more than messages.max_parts "
            f"({max_parts}).",
            file=sys.stderr,
        )
    if not found.valid:
        print("error: no valid phone numbers to price.", file=sys.stderr)
        return 1
    return 0


def _parse_date(text: str | None, option: str):  # type: ignore[no-untyped-def]
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{option} “{text}” is not a date; write it as YYYY-MM-DD.") from None


def command_export_invoices(args: argparse.Namespace) -> int:
    from models import invoice_export

    try:
        date_from = _parse_date(args.date_from, "--from")
        date_to = _parse_date(args.date_to, "--to")
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if date_from and date_to and date_from > date_to:
        print("error: --from is after --to; nothing would be exported.", file=sys.stderr)
        return 2
    ids = invoice_export.select(date_from, date_to)
    labels = {
        invoice_export.WRITTEN: "wrote",
        invoice_export.RENAMED: "wrote (the name was taken)",
        invoice_export.UNCHANGED: "unchanged",
    }
    try:
        invoice_export.check_folder(args.folder)
        result = invoice_export.export_to_folder(
            ids,
            args.folder,
            progress=None,
            workers=2 if len(ids) >= 50 else 1,
        )
    except invoice_export.ExportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path, status in result.files:
        print(f"{labels[status]}: {path}")
    written = result.count(invoice_export.WRITTEN) + result.count(invoice_export.RENAMED)
    print(
        f"{len(result.files)} documents exported to {args.folder}: {written} written, "
        f"{result.count(invoice_export.UNCHANGED)} unchanged"
    )
    return 0


def command_export_transactions(args: argparse.Namespace) -> int:
    from models import ledger_export, ledger_periods, ledger_query

    ledger_filter = ledger_periods.period_filter(
        args.date_from, args.date_to, args.kind, args.text or ""
    )
    view, count = ledger_query.open_view(ledger_filter, ledger_query.Order())
    try:
        written = ledger_export.write_csv(view.rows(), args.file, total=count)
    except ledger_export.ExportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{written} entries written to {args.file}")
    return 0


def command_statement(args: argparse.Namespace) -> int:
    from datetime import date

    from models import ledger_statement
    from models.money import format_credits
    from models.pdf_base import PdfWriteError, write_atomically

    last = args.date_to or date.today()
    first = args.date_from or last.replace(day=1)
    data = ledger_statement.gather(first, last)
    try:
        write_atomically(ledger_statement.render_statement(data), args.file)
    except (ledger_statement.StatementTooLong, PdfWriteError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(
        f"statement {first.isoformat()} to {last.isoformat()}: {data.count} entries, "
        f"opening balance {format_credits(data.opening)}, "
        f"closing balance {format_credits(data.closing)} credits, written to {args.file}"
    )
    return 0


def _date(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None


# -- the outbox: send a campaign, send what waits, list and remove what waits ---------------------


def _report_dispatch(report) -> int:  # type: ignore[no-untyped-def]
    from models import dispatcher
    from models.money import format_credits

    print(f"sent {report.sent}, queued {report.queued}, failed {report.failed}")
    if report.reason == dispatcher.NO_CREDIT:
        price = format_credits(report.next_price or 0)
        print(
            f"stopped: the balance ({format_credits(report.balance)} credits) cannot pay the next "
            f"message ({price} credits); {format_credits(report.needed)} credits would send "
            "every queued message. Top up, then run `dispatch`, or `remove-outbox`."
        )
        return 3
    if report.reason == dispatcher.GATEWAY and report.problem is not None:
        print(
            f"error: the gateway stopped taking messages: {report.problem.detail}", file=sys.stderr
        )
        return 1
    if report.reason == dispatcher.BUSY:
        print("error: another Credit Desk is sending from this database.", file=sys.stderr)
        return 1
    return 0


def _run_dispatch() -> int:
    from models import dispatcher
    from models.gateway import GatewaySetupError, configured_gateway

    try:
        gateway = configured_gateway()
    except GatewaySetupError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return _report_dispatch(dispatcher.dispatch(gateway))


def command_send(args: argparse.Namespace) -> int:
    from models import campaign_estimate, outbox, recipients, settings
    from models.money import format_credits
    from models.price_list_csv import PriceListImportError
    from models.text_files import TextFileError

    def fail(message: str) -> int:
        print(f"error: {message}", file=sys.stderr)
        return 2

    if not args.text.strip():
        return fail("the message text is empty.")
    try:
        sender = settings.sender_id(
            args.sender if args.sender is not None else settings.get("messages.sender")
        )
        table = recipients.read_recipient_table(args.recipients.read_bytes())
        index = campaign_estimate.load_index()
    except settings.SettingError as error:
        return fail(f"--sender: {error}")
    except OSError as error:
        return fail(f"cannot read {args.recipients}: {error.strerror}.")
    except (TextFileError, PriceListImportError) as error:
        return fail(str(error))
    entries = recipients.column_entries(table, recipients.guess_column(table))
    found = recipients.normalize_entries(entries, settings.get("recipients.default_country"))
    if not found.valid:
        return fail(f"{args.recipients} holds no valid phone numbers.")
    try:
        queued = outbox.queue_campaign(args.text, found.valid, index, sender, args.name or "")
    except outbox.OutboxError as error:
        return fail(str(error))
    print(
        f"campaign {queued.campaign_id} “{queued.name}”: {queued.queued} messages queued, "
        f"{format_credits(queued.total)} credits"
    )
    skipped = len(found.invalid) + len(found.duplicates) + queued.unpriced
    if skipped:
        print(
            f"not queued: {len(found.invalid)} invalid, {len(found.duplicates)} duplicates, "
            f"{queued.unpriced} not in the price list"
        )
    return _run_dispatch()


def command_dispatch(args: argparse.Namespace) -> int:
    return _run_dispatch()


def command_outbox(args: argparse.Namespace) -> int:
    from models import ledger, outbox
    from models.money import format_credits

    found = outbox.summary()
    balance = ledger.balance()
    print(f"{found.queued} queued")
    print(f"credits needed: {format_credits(found.needed)}")
    print(f"balance: {format_credits(balance)} credits")
    if found.missing(balance):
        print(f"missing: {format_credits(found.missing(balance))} credits")
    if found.sending:
        print(f"in flight: {found.sending}")
    for campaign in outbox.campaigns():
        counts = ", ".join(
            f"{campaign.count(state)} {state}"
            for state in (outbox.QUEUED, outbox.SENT, outbox.FAILED, outbox.REMOVED)
        )
        print(f"campaign {campaign.id} “{campaign.name}”: {counts}")
    if args.messages:
        after = 0
        while page := outbox.messages_page(outbox.QUEUED, None, after, 1000):
            for message in page:
                print(
                    f"message {message.id}: {message.number} {message.country} "
                    f"{message.parts} part(s) {format_credits(message.price)} credits, "
                    f"campaign {message.campaign_id}, queued {message.queued_at}"
                )
            after = page[-1].id
    return 0


def command_remove_outbox(args: argparse.Namespace) -> int:
    from models import outbox

    removed = outbox.remove_queued(args.campaign)
    print(f"removed {removed} queued messages")
    return 0


def command_gateway_credentials(args: argparse.Namespace) -> int:
    from models import gateway_credentials as credentials

    try:
        if args.forget:
            credentials.forget_bulkgate_credentials()
            print("BulkGate credentials removed from the system keyring")
            return 0
        if args.application_id is None:
            found = credentials.bulkgate_credentials()
            print(f"application ID: {found[0]}" if found else "no BulkGate credentials stored")
            return 0
        if sys.stdin.isatty():
            import getpass

            token = getpass.getpass("BulkGate application token: ")
        else:
            token = sys.stdin.readline()
        credentials.store_bulkgate_credentials(args.application_id, token)
    except credentials.CredentialsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print("BulkGate credentials stored in the system keyring")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Credit Desk: prepaid credit for SMS campaigns. Without a command, opens the window.",
    )
    parser.add_argument(
        "--database", metavar="PATH", type=Path, help="database file to open or create"
    )
    parser.add_argument("--lang", choices=("en", "cs"), help="language of the window")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")

    balance = commands.add_parser("balance", help="print the credit balance")
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
        help="bank-transfer: pending until the money arrives; manual: received, credited now",
    )
    top_up.add_argument("--note", help="a note kept with the payment (e.g. how it was received)")
    top_up.set_defaults(run=command_top_up)

    statement = commands.add_parser(
        "import-statement",
        help="import a bank statement (camt.053 XML or CSV) and confirm the payments it pays",
    )
    statement.add_argument("file", metavar="FILE", type=Path)
    statement.add_argument(
        "--column",
        action="append",
        metavar="FIELD=HEADER",
        help="CSV column mapping, e.g. date=Datum amount=Objem variable_symbol=VS "
        "(fields: date, amount, currency, variable_symbol, reference, counterparty, message); "
        "without it the columns are recognised from the header",
    )
    statement.add_argument("--date-format", default="%d.%m.%Y", help="CSV dates, strftime style")
    statement.add_argument("--decimal", default=",", choices=(",", "."), help="CSV decimal mark")
    statement.add_argument("--currency", help="currency of a CSV file without a currency column")
    statement.set_defaults(run=command_import_statement)

    export = commands.add_parser(
        "export-invoices",
        help="write every document of a period (proformas, invoices, credit notes) as PDF into DIR",
    )
    export.add_argument("folder", metavar="DIR", type=Path, help="folder to write into")
    export.add_argument(
        "--from", dest="date_from", metavar="DATE", help="first issue date, YYYY-MM-DD"
    )
    export.add_argument("--to", dest="date_to", metavar="DATE", help="last issue date, YYYY-MM-DD")
    export.set_defaults(run=command_export_invoices)

    verify = commands.add_parser(
        "verify", help="check that the balance equals the sum of the ledger's entries"
    )
    verify.set_defaults(run=command_verify)
    estimate = commands.add_parser(
        "estimate", help="what a message to a list of numbers will cost, from the price list"
    )
    estimate.add_argument("--text", required=True, help="the message")
    estimate.add_argument(
        "--recipients",
        required=True,
        type=Path,
        metavar="FILE",
        help="numbers, one a line, or a CSV file (its phone column is found by name or content)",
    )
    estimate.set_defaults(run=command_estimate)

    export = commands.add_parser(
        "export-transactions", help="write ledger entries (newest first) to a CSV file"
    )
    export.add_argument("file", metavar="FILE", type=Path)
    export.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="first day")
    export.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last day")
    export.add_argument("--kind", choices=("top-up", "message-charge", "refund", "adjustment"))
    export.add_argument("--text", help="only entries whose description or reference has it")
    export.set_defaults(run=command_export_transactions)

    statement_pdf = commands.add_parser(
        "statement", help="write the PDF credit statement of a period (default: this month)"
    )
    statement_pdf.add_argument("file", metavar="FILE", type=Path)
    statement_pdf.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    statement_pdf.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    statement_pdf.set_defaults(run=command_statement)

    send = commands.add_parser(
        "send",
        help="queue a campaign (one message per valid number) and send while credit lasts; "
        "exit code 3 when messages wait in the outbox for credit",
    )
    send.add_argument("--text", required=True, help="the message")
    send.add_argument(
        "--recipients", required=True, type=Path, metavar="FILE", help="numbers, as for estimate"
    )
    send.add_argument("--sender", metavar="NAME", help="sender name or own number")
    send.add_argument("--name", help="the campaign's name (default: Campaign DATE TIME)")
    send.set_defaults(run=command_send)
    dispatch = commands.add_parser(
        "dispatch", help="send the messages waiting in the outbox while credit lasts"
    )
    dispatch.set_defaults(run=command_dispatch)
    outbox = commands.add_parser(
        "outbox", help="what waits in the outbox: the first line is “N queued”"
    )
    outbox.add_argument("--messages", action="store_true", help="list every queued message")
    outbox.set_defaults(run=command_outbox)
    remove = commands.add_parser(
        "remove-outbox", help="remove every queued message (no charge); sent ones stay"
    )
    remove.add_argument("--campaign", type=int, metavar="ID", help="only this campaign's")
    remove.set_defaults(run=command_remove_outbox)
    credentials = commands.add_parser(
        "gateway-credentials",
        help="store the BulkGate application ID (and the token, read from standard input) in "
        "the system keyring; without ID, show what is stored",
    )
    credentials.add_argument("application_id", nargs="?", metavar="APPLICATION_ID")
    credentials.add_argument("--forget", action="store_true", help="remove them from the keyring")
    credentials.set_defaults(run=command_gateway_credentials)
    return parser


def open_or_report(path: Path) -> bool:
    from models.db import DatabaseOpenError, open_database

    try:
        open_database(path)
    except DatabaseOpenError as error:
        print(f"error: {error}", file=sys.stderr)
        return False
    return True


def build_window(  # type: ignore[no-untyped-def]
    database_path: str | os.PathLike[str], locale: str = "en", all_pages: bool = True
):
    """Open the database and build the main window, without entering the event loop.

    With all_pages=False only the page shown first is built; the app builds the rest once the
    window is on screen (see run_gui)."""
    from models.db import open_database
    from ui.formatting import use_language
    from ui.main_window import MainWindow

    use_language(locale)
    open_database(database_path)
    return MainWindow(Path(database_path), locale, all_pages)


def run_gui(database_path: Path, language: str | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from models.db import DatabaseOpenError
    from ui.translations import install_translators

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    language = language or "en"
    translators = install_translators(app, language)  # noqa: F841 (kept alive)
    try:
        window = build_window(database_path, language, all_pages=False)
    except DatabaseOpenError as error:
        QMessageBox.critical(None, app.translate("main", "Cannot open the database"), str(error))
        return 1
    window.show()

    def build_the_other_pages() -> None:  # one at a time, after the window is on screen
        if window.build_next_page():
            QTimer.singleShot(20, build_the_other_pages)

    QTimer.singleShot(150, build_the_other_pages)
    code = app.exec()
    from ui import worker

    worker.wait_for_all()  # an unfinished import rolls back; nothing is left half-done
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    database_path = args.database or default_database_path()
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        return run_gui(database_path, args.lang)
    if not open_or_report(database_path):
        return 1
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
