"""Bank statement entries as the importers return them, and the rules their parsers share."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.common.messages import Message, UserError
from models.common.money import currency_decimals, to_units
from models.payments.bank_account import normalize_variable_symbol

MAX_STATEMENT_BYTES = 50 * 1024 * 1024
_SHOWN_PROBLEMS = 20

# “VS:123”, “VS 123”, “/VS/123”, “vs=123”, “V.S. 123”, “VS123”; not inside a word, at most 10 digits.
_VS_IN_TEXT = re.compile(r"(?<![A-Z0-9])V\.?\s?S\.?\s*[:=/#-]?\s*([0-9]{1,10})(?![0-9])", re.I)


class StatementError(UserError):
    """A statement that cannot be imported; str() is the message to show, problems the details.

    args[0] is the Message alone; text() adds the problems under it, each a Message too.
    """

    def __init__(
        self, template: str, /, problems: Sequence[Message] = (), **values: object
    ) -> None:
        super().__init__(template, **values)
        self.problems = tuple(problems)

    def text(self, translate: Callable[[Message], str] = str) -> str:
        """The message with the first problems under it, each put through `translate` (the GUI
        passes ui.common.messages.translated, to show it in the user's language)."""
        lines = [translate(self.args[0])]
        lines += [f"• {translate(problem)}" for problem in self.problems[:_SHOWN_PROBLEMS]]
        if len(self.problems) > _SHOWN_PROBLEMS:
            more = len(self.problems) - _SHOWN_PROBLEMS
            lines.append(translate(Message("… and {count} more.", count=more)))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class StatementEntry:
    """One booked credit: money that arrived on `account`.

    bank_reference is a stable key for the credit, unique per account: the bank's own reference
    when it gives one, else a digest of the entry's identifying fields, so importing the same
    statement twice yields the same keys. variable_symbol has no leading zeros.
    """

    bank_reference: str
    booked_on: date
    amount_minor: int
    currency: str
    variable_symbol: str | None
    end_to_end_id: str | None
    remittance: str
    counterparty: str
    account: str
    counterparty_account: str = ""


@dataclass(frozen=True)
class Statement:
    """The credits found in one file; `ignored` counts debits, reversals and unbooked entries.

    format_name says what the file was read as (“camt.053.001.08”, “GPC/ABO”, “CSV (Fio)”);
    period_from/period_to is the period the bank says the statement covers, when it says so.
    booked_without_status counts the credits among `entries` whose entry had no status, read as
    booked (a camt.053 statement is the bank's record of booked entries), for the user to see.
    """

    statement_id: str
    account: str
    entries: tuple[StatementEntry, ...]
    ignored: int = 0
    format_name: str = ""
    period_from: date | None = None
    period_to: date | None = None
    booked_without_status: int = 0


def check_size(data: bytes, max_bytes: int) -> None:
    """Refuse empty and oversized files before anything parses them."""
    if len(data) > max_bytes:
        raise StatementError(
            "The file is {size} MB; statements larger than {limit} MB are refused.",
            size=f"{len(data) / 1_048_576:.1f}",
            limit=f"{max_bytes / 1_048_576:.0f}",
        )
    if not data.strip():
        raise StatementError("The file is empty.")


def check_currency(text: str) -> str:
    """An ISO 4217 code as written in the statement, or StatementError."""
    from babel.numbers import is_currency  # babel loads slowly; not at start-up

    code = text.strip()
    if not re.fullmatch(r"[A-Z]{3}", code) or code in {"XXX", "XTS"} or not is_currency(code):
        raise StatementError("“{value}” is not a known currency code.", value=text)
    return code


def parse_amount(
    text: str, currency: str, decimal_separator: str = ".", signed: bool = False
) -> int:
    """“1 234,50” → 123450 minor units, exactly; more decimals than the currency has is an error.

    Spaces (also no-break ones) may group thousands. With `signed`, a leading “+”, “-” or “−” is
    allowed; otherwise the amount is a plain non-negative number, as ISO 20022 writes it.
    """
    cleaned = re.sub(r"[ \u00a0\u202f\u2009]", "", text.strip()).replace("\u2212", "-")
    sign = r"[+-]?" if signed else ""
    pattern = sign + r"[0-9]+(?:" + re.escape(decimal_separator) + r"[0-9]+)?"
    if not re.fullmatch(pattern, cleaned):
        raise StatementError("“{value}” is not an amount.", value=text)
    value = Decimal(cleaned.replace(decimal_separator, "."))
    if abs(value) >= Decimal(10) ** 15:  # first: quantize() fails on 28 digits and more
        raise StatementError("“{value}” is too large to be an amount.", value=text)
    decimals = currency_decimals(currency)
    if value != value.quantize(Decimal(1).scaleb(-decimals)):
        raise StatementError(
            "“{value}” has more decimals than {currency} has.", value=text, currency=currency
        )
    return to_units(value, decimals)


def symbol_from_reference(text: str | None) -> str | None:
    """A variable symbol carried in a payment reference: bare digits or a “VS…” pattern."""
    if not text:
        return None
    if re.fullmatch(r"[0-9]{1,10}", text.strip()):
        return normalize_variable_symbol(text)
    return symbol_from_text(text)


def symbol_from_text(*texts: str | None) -> str | None:
    """The first “VS 123”-style variable symbol in free text (bare numbers are not symbols)."""
    for text in texts:
        for match in _VS_IN_TEXT.finditer(text or ""):
            symbol = normalize_variable_symbol(match[1])
            if symbol:
                return symbol
    return None


def digest_reference(*fields: object) -> str:
    """A stable key made from identifying fields, for entries the bank gave no reference."""
    joined = "\x1f".join(str(f) for f in fields)
    return "sha256:" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]
