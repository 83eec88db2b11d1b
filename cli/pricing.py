"""The estimate command: what a message to a list of numbers will cost."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import fail

if TYPE_CHECKING:
    from models.common.database import Session
    from models.pricing.recipients import Invalid


def command_estimate(args: argparse.Namespace, session: Session) -> int:
    from models.common.formatting import credits_text, money_text
    from models.common.text_files import TextFileError
    from models.ledger import entries as ledger
    from models.pricing import campaign_estimate, recipients, sms
    from models.pricing.price_list_csv import PriceListImportError
    from models.settings import store as settings

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
    if not found.valid:  # before the price list loads: a failed command stores nothing
        _print_invalid(found.invalid)
        print("error: no valid phone numbers to price.", file=sys.stderr)
        return 1
    try:
        index = campaign_estimate.load_index()
    except PriceListImportError as error:
        return fail(f"the sample price list cannot be loaded: {error}")
    priced = campaign_estimate.price_recipients(found, index)
    cost = campaign_estimate.estimate(priced, analysis.parts)
    currency, per_credit = settings.account_currency()
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
    if priced.refused:
        print(f"refused (no price for their number type): {len(priced.refused)}")
    print(f"total credits: {credits_text(cost.total)}")
    print(
        f"total {currency}: {money_text(campaign_estimate.credits_to_money(cost.total, per_credit), currency)}"
    )
    print(f"balance credits: {credits_text(balance)}")
    print(f"missing credits: {credits_text(cost.missing(balance))}")
    _print_invalid(found.invalid)
    for number in priced.refused[:20]:
        reason = campaign_estimate.refusal_reason(number.kind)
        print(f"line {number.line}: “{number.e164}” {reason}", file=sys.stderr)
    max_parts = int(settings.get("messages.max_parts"))
    if analysis.parts > max_parts:
        print(
            f"warning: the message has {analysis.parts} parts, more than messages.max_parts "
            f"({max_parts}).",
            file=sys.stderr,
        )
    return 0


SHOWN_INVALID = 20  # invalid numbers listed one by one; the rest are counted


def _print_invalid(invalid: list[Invalid]) -> None:
    from models.pricing.phone_numbers import REASONS

    for entry in invalid[:SHOWN_INVALID]:
        print(f"line {entry.line}: “{entry.text}” {REASONS[entry.reason]}", file=sys.stderr)
    if len(invalid) > SHOWN_INVALID:
        more = len(invalid) - SHOWN_INVALID
        print(
            f"… and {more:,} more invalid {'number' if more == 1 else 'numbers'}", file=sys.stderr
        )


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's subcommands to the parser."""
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
