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
    from models import ledger
    from models.money import format_credits

    result = ledger.verify()
    if result.ok:
        print(
            f"OK: balance {format_credits(result.balance)} credits equals the sum of "
            f"{result.entries} ledger entries"
        )
        return 0
    for problem in result.problems:
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
    return parser


def open_or_report(path: Path) -> bool:
    from models.db import DatabaseOpenError, open_database

    try:
        open_database(path)
    except DatabaseOpenError as error:
        print(f"error: {error}", file=sys.stderr)
        return False
    return True


def build_window(database_path: str | os.PathLike[str], locale: str = "en"):  # type: ignore[no-untyped-def]
    """Open the database and build the main window, without entering the event loop."""
    from models.db import open_database
    from ui.formatting import use_language
    from ui.main_window import MainWindow

    use_language(locale)
    open_database(database_path)
    return MainWindow(Path(database_path), locale)


def install_language(app, requested: str | None = None):  # type: ignore[no-untyped-def]
    """Install the translation of the UI language: `requested` (--lang), else the one chosen in
    View → Language, else English. Returns (language, translators); keep the translators alive.
    The GUI and the tests both start this way, then call build_window(path, language)."""
    from ui.translations import install_translators, startup_language

    language = startup_language(requested)
    return language, install_translators(app, language)


def run_gui(database_path: Path, language: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from models.db import DatabaseOpenError

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    language, translators = install_language(app, language)  # noqa: F841 (kept alive)
    try:
        window = build_window(database_path, language)
    except DatabaseOpenError as error:
        QMessageBox.critical(None, app.translate("main", "Cannot open the database"), str(error))
        return 1
    window.show()
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
