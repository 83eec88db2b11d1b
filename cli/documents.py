"""Commands that write documents: invoices as PDF, ledger entries as CSV, the statement."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session


def _parse_date(text: str | None, option: str):  # type: ignore[no-untyped-def]
    from datetime import date

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{option} “{text}” is not a date; write it as YYYY-MM-DD.") from None


def _parse_format(text: str) -> str:
    from models.invoicing import export as invoice_export

    chosen = text.strip().lower().replace("-", "")
    if chosen not in invoice_export.FORMATS:
        raise ValueError(
            f"--format “{text}” is not a format; choose {', '.join(invoice_export.FORMATS)}."
        )
    return chosen


def command_export_invoices(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import counted
    from models.invoicing import export as invoice_export

    try:
        date_from = _parse_date(args.date_from, "--from")
        date_to = _parse_date(args.date_to, "--to")
        export_format = _parse_format(args.format)
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
            export_format=export_format,
        )
    except invoice_export.ExportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path, status in result.files:
        print(f"{labels[status]}: {path}")
    written = result.count(invoice_export.WRITTEN) + result.count(invoice_export.RENAMED)
    print(
        f"{counted(len(result.files), ('document', 'documents'))} exported to {args.folder}: "
        f"{written} written, "
        f"{result.count(invoice_export.UNCHANGED)} unchanged"
    )
    if result.plain:
        print(
            f"{counted(len(result.plain), ('proforma', 'proformas'))} as plain PDF: a proforma is not an invoice, "
            "so it carries no Factur-X"
        )
    return 0


def _date(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None


def command_export_transactions(args: argparse.Namespace, session: Session) -> int:
    from models.ledger import export as ledger_export
    from models.ledger import periods as ledger_periods
    from models.ledger import query as ledger_query

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


def command_statement(args: argparse.Namespace, session: Session) -> int:
    from datetime import date

    from models.common.formatting import credits_text, credits_with_unit
    from models.common.pdf_base import PdfWriteError, write_atomically
    from models.ledger import statement as ledger_statement

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
        f"opening balance {credits_text(data.opening)}, "
        f"closing balance {credits_with_unit(data.closing)}, written to {args.file}"
    )
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands to the parser."""
    export = commands.add_parser(
        "export-invoices",
        help="write every document of a period (proformas, invoices, credit notes) into DIR, "
        "as PDF, ISDOC or Factur-X PDF",
    )
    export.add_argument("folder", metavar="DIR", type=Path, help="folder to write into")
    export.add_argument(
        "--from", dest="date_from", metavar="DATE", help="first issue date, YYYY-MM-DD"
    )
    export.add_argument("--to", dest="date_to", metavar="DATE", help="last issue date, YYYY-MM-DD")
    export.add_argument(
        "--format",
        default="pdf",
        metavar="pdf|isdoc|facturx",
        help="pdf (the default): a PDF per document; isdoc: an ISDOC 6.0.2 file (.isdoc) per "
        "document instead, for Czech accounting programs; facturx: invoices and credit notes as "
        "PDF/A-3 with their EN 16931 XML attached (proformas stay plain PDF)",
    )
    export.set_defaults(run=command_export_invoices)

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
