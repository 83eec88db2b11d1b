"""`rates`: exchange rates to CZK for tax documents in another currency (import, fetch, set, list)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import fail

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.database import Session


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    if not text.strip().isdecimal() or not 1 <= int(text) <= 100_000:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number from 1 to 100000")
    return int(text)


def _imported(result: object) -> None:
    from models.invoicing.cnb_rates import Imported

    assert isinstance(result, Imported)
    rates = "rate" if result.count == 1 else "rates"
    print(
        f"{result.count} {rates} of the Czech National Bank of {result.published.isoformat()} "
        f"stored ({result.note})"
    )


def command_import(args: argparse.Namespace, session: Session) -> int:
    from models.invoicing import cnb_rates
    from models.invoicing.exchange_rates import RateError

    try:
        _imported(cnb_rates.import_file(args.file, date.today()))
    except RateError as error:
        return fail(str(error))
    return 0


def command_fetch(args: argparse.Namespace, session: Session) -> int:
    from models.invoicing import cnb_rates
    from models.invoicing.exchange_rates import RateError
    from models.settings import store as settings

    today = date.today()
    try:
        _imported(cnb_rates.fetch(settings.get("rates.cnb_url"), args.date or today, today))
    except cnb_rates.CnbUnavailable as error:  # not the user's input: the network or the bank
        return fail(str(error), 1)
    except RateError as error:
        return fail(str(error))
    return 0


def command_set(args: argparse.Namespace, session: Session) -> int:
    from models.invoicing import exchange_rates

    one_day = args.date is not None
    period = args.date_from is not None or args.date_to is not None
    if one_day == period or (period and (args.date_from is None or args.date_to is None)):
        return fail("give --date DAY for one day, or --from DAY --to DAY for a fixed rate.")
    try:
        if one_day:
            rate = exchange_rates.set_manual(args.currency, args.rate, args.date)
        else:
            rate = exchange_rates.set_fixed(args.currency, args.rate, args.date_from, args.date_to)
    except exchange_rates.RateError as error:
        return fail(str(error))
    when = rate.valid_from if one_day else f"{rate.valid_from} to {rate.valid_to} (fixed)"
    print(f"1 {rate.currency} = {rate.rate.normalize():f} CZK, {when}")
    return 0


def command_list(args: argparse.Namespace, session: Session) -> int:
    from models.invoicing import exchange_rates

    currency = None
    if args.currency:
        try:
            currency = exchange_rates.check_currency(args.currency)
        except exchange_rates.RateError as error:
            return fail(str(error))
    rows = exchange_rates.list_rates(currency, limit=args.limit)
    for row in rows:
        days = (
            row.valid_from
            if row.valid_to == row.valid_from
            else f"{row.valid_from}..{row.valid_to}"
        )
        print(f"{days}\t{row.currency}\t{row.amount} = {row.rate} CZK\t{row.source}")
    print(f"{len(rows)} {'rate' if len(rows) == 1 else 'rates'}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `rates` and its subcommands to the parser."""
    rates = commands.add_parser(
        "rates",
        help="exchange rates to CZK, which tax documents in EUR state their CZK amounts at: "
        "import or fetch the Czech National Bank's, set one by hand, list them",
    )
    actions = rates.add_subparsers(dest="action", metavar="ACTION", required=True)

    imported = actions.add_parser("import", help="store the rates of a CNB file (denni_kurz.txt)")
    imported.add_argument("file", metavar="FILE", type=Path)
    imported.set_defaults(run=command_import)

    fetch = actions.add_parser(
        "fetch", help="download and store the CNB's rates valid on a day (default: today)"
    )
    fetch.add_argument("--date", type=_date, metavar="DATE", help="YYYY-MM-DD")
    fetch.set_defaults(run=command_fetch)

    rate = actions.add_parser(
        "set",
        help="set a rate by hand for one day (--date), or the seller's fixed rate for a period "
        "(--from, --to); a fixed rate comes before the CNB's",
    )
    rate.add_argument("currency", metavar="CURRENCY", help="e.g. EUR")
    rate.add_argument("rate", metavar="RATE", help="CZK for 1 unit, e.g. 25.085")
    rate.add_argument("--date", type=_date, metavar="DATE", help="the day, YYYY-MM-DD")
    rate.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="first day")
    rate.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last day")
    rate.set_defaults(run=command_set)

    listed = actions.add_parser("list", help="list the stored rates, newest first")
    listed.add_argument("--currency", metavar="CURRENCY")
    listed.add_argument("--limit", type=_positive, default=100, metavar="N")
    listed.set_defaults(run=command_list)
