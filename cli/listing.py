"""What the listing commands share: JSON for scripts (stable keys, money as integer minor units
with its currency and a formatted string, credits as micro-credits, dates ISO), and dates."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date


def money_json(units: int, currency: str) -> dict[str, object]:
    """12100, "CZK" → {"minor": 12100, "currency": "CZK", "text": "CZK 121.00"}."""
    from models.common.formatting import money_text

    return {"minor": units, "currency": currency, "text": money_text(units, currency)}


def credits_json(micro: int) -> dict[str, object]:
    """4_000_000 → {"micro": 4000000, "text": "4"}; 72_400 → {"micro": 72400, "text": "0.0724"}."""
    from models.common.formatting import credits_text

    return {"micro": micro, "text": credits_text(micro)}


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help="print JSON for scripts instead of lines: money as integer minor units with its "
        "currency and a formatted text, credits as micro-credits, dates ISO 8601",
    )


def iso_date(text: str) -> date:
    """An argparse type: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None
