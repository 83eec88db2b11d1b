"""Read bank statement CSV exports (Fio, other Czech banks, generic English) into credits."""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from models.common.messages import Message
from models.payments.bank_account import AccountError, normalize_variable_symbol, statement_account
from models.payments.bank_csv_layouts import bank_code
from models.payments.csv_account import preamble_account
from models.payments.csv_mapping import CsvMapping, guess_csv_mapping, header_key
from models.payments.statement_text import decode_statement
from models.payments.statements import (
    MAX_STATEMENT_BYTES,
    Statement,
    StatementEntry,
    StatementError,
    check_currency,
    check_size,
    digest_reference,
    parse_amount,
    symbol_from_text,
)

__all__ = [
    "ColumnsNotRecognised",
    "CsvMapping",
    "detect_csv_mapping",
    "guess_csv_mapping",
    "header_rows",
    "mapped_header",
    "parse_statement_csv",
    "preview_rows",
]

_DELIMITERS = (";", ",", "\t")
_HEADER_SEARCH = 64  # rows of preamble (account details, balances) before the header
_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
_TIMES = ("", " %H:%M", " %H:%M:%S", "T%H:%M:%S")


class ColumnsNotRecognised(StatementError):  # noqa: N818 (the caller asks for a mapping)
    """No known header row: the caller may ask the user which column holds what, and retry."""


def detect_csv_mapping(data: bytes) -> CsvMapping:
    """The mapping of the first known header row in the file (see guess_csv_mapping).

    Its date format and decimal separator are adapted to the rows below the header; a file
    with no known header raises StatementError.
    """
    check_size(data, MAX_STATEMENT_BYTES)
    text = decode_statement(data)
    for delimiter in _DELIMITERS:
        rows = _read(text, delimiter, limit=_HEADER_SEARCH + 20)
        for position, (_, row) in enumerate(rows):
            mapping = guess_csv_mapping(row)
            if mapping is not None:
                samples = [r for _, r in rows[position + 1 : position + 21]]
                return _adapt(mapping, _header_index(row), samples)
    raise ColumnsNotRecognised(
        "The columns of this CSV file are not recognised; choose which column holds what."
    )


def parse_statement_csv(
    data: bytes, mapping: CsvMapping, *, account: str = "", max_bytes: int = MAX_STATEMENT_BYTES
) -> Statement:
    """The credits (positive amounts) of a CSV export.

    Each credit's account is the one its row names in the mapping's account column, else the
    one the lines above the header state, else `account` ("" when nothing says: not stated).
    The statement's account is the one account its rows are for ("" for several). Every bad
    row is reported, by its line number in the file, in one StatementError.
    """
    check_size(data, max_bytes)
    text = decode_statement(data)
    delimiter, header_line = _locate(text, mapping)
    rows = _read(text, delimiter)
    header = next(row for line, row in rows if line == header_line)
    index = _header_index(header)
    columns = {field: index[header_key(name)] for field, name in mapping.columns().items()}
    width = max(columns.values()) + 1
    code = bank_code(mapping.bank)
    account = preamble_account([row for line, row in rows if line < header_line], code) or account
    accounts: set[str] = set()
    entries: list[StatementEntry] = []
    problems: list[Message] = []
    occurrences: Counter[tuple[object, ...]] = Counter()
    ignored = 0
    for line, row in rows:
        if line <= header_line or not any(cell.strip() for cell in row):
            continue
        cells = {field: " ".join(row[i].split()) for field, i in columns.items() if i < len(row)}
        if "date" in cells and not cells["date"] and not cells.get("amount"):
            continue  # no date and no amount: a balance line (mBank's), not a movement
        if len(row) < width:
            problems.append(_problem(line, row, _too_short(len(row), width), problems))
            continue
        if any("\n" in row[columns[field]] for field in ("date", "amount")):
            problems.append(
                _problem(line, row, Message("a quote opened in it is not closed."), problems)
            )
            continue
        try:
            own = _own_account(cells.get("account", ""), account, code)
            accounts.add(own)
            entry = _entry(cells, mapping, own, occurrences)
            if entry is not None and mapping.account and not own:
                raise StatementError("its account column is empty.")
        except StatementError as error:
            problems.append(_problem(line, row, error.args[0], problems))
            continue
        if entry is None:
            ignored += 1
        else:
            entries.append(entry)
    if not any(line > header_line and any(cell.strip() for cell in row) for line, row in rows):
        raise StatementError(
            "The CSV file has a header row (line {line}) but no movements below it.",
            line=header_line,
        )
    counts = Counter(e.bank_reference for e in entries)
    problems += [
        Message("The reference “{reference}” appears {count} times.", reference=r, count=n)
        for r, n in counts.items()
        if n > 1
    ]
    if problems:
        raise StatementError("Some rows of the CSV file cannot be read:", problems)
    statement_id = "csv:" + hashlib.sha256(data).hexdigest()[:16]
    if accounts:  # the rows say; several accounts: each credit carries its own
        account = accounts.pop() if len(accounts) == 1 else ""
    return Statement(statement_id, account, tuple(entries), ignored, mapping.format_name)


def _own_account(cell: str, stated: str, code: str | None) -> str:
    """The account a row is for: its account cell, else what the file states."""
    if not cell.strip("'\" "):
        return stated
    try:
        return statement_account(cell, code)
    except AccountError as error:
        raise StatementError(error.args[0]) from None


def _too_short(count: int, needed: int) -> Message:
    return Message("it has {count} columns, but {needed} are needed.", count=count, needed=needed)


def _problem(line: int, row: list[str], problem: Message, before: list[Message]) -> Message:
    """What is wrong with a row; a second header row means two exports joined in one file."""
    split = [row] if len(row) > 1 else [next(csv.reader(row, delimiter=d)) for d in _DELIMITERS]
    shown = len(before) < 100  # a file of bad rows is not searched for headers row by row
    if shown and any(guess_csv_mapping(cells) is not None for cells in split):
        return Message(
            "Row {line} is another header row: the file holds more than one export. Import "
            "them one at a time.",
            line=line,
        )
    return Message("Row {line}: {problem}", line=line, problem=problem)


def _entry(
    cells: dict[str, str],
    mapping: CsvMapping,
    account: str,
    occurrences: Counter[tuple[object, ...]],
) -> StatementEntry | None:
    currency = check_currency(cells.get("currency") or mapping.default_currency or "")
    amount = parse_amount(cells["amount"], currency, mapping.decimal_separator, signed=True)
    if not cells["date"] and mapping.unbooked_without_date:
        return None  # not booked yet (a card payment waiting at Air Bank)
    booked_on = _date(cells["date"], mapping.date_format)
    if amount <= 0:
        return None  # a debit or an empty movement
    raw_symbol = cells.get("variable_symbol", "")
    symbol = normalize_variable_symbol(raw_symbol) if raw_symbol else None
    if raw_symbol and symbol is None and raw_symbol.strip("0"):
        raise StatementError("“{value}” is not a variable symbol (1–10 digits).", value=raw_symbol)
    message = cells.get("message", "")
    counterparty_account = cells.get("counterparty_account", "").strip("'")  # mBank: '123/0100'
    if counterparty_account and cells.get("bank_code") and "/" not in counterparty_account:
        counterparty_account += "/" + cells["bank_code"]
    counterparty = cells.get("counterparty", "")
    reference = cells.get("reference", "")
    if not reference:  # identical rows are told apart by how often they occurred so far
        key = (booked_on, amount, currency, raw_symbol, counterparty, counterparty_account, message)
        occurrences[key] += 1
        reference = digest_reference("csv", *key, occurrences[key])
    return StatementEntry(
        bank_reference=reference,
        booked_on=booked_on,
        amount_minor=amount,
        currency=currency,
        variable_symbol=symbol or symbol_from_text(message),
        end_to_end_id=None,
        remittance=message,
        counterparty=counterparty,
        account=account,
        counterparty_account=counterparty_account,
    )


def _date(text: str, date_format: str) -> date:
    """A date as `date_format` writes it, with or without a time after it; “5. 1. 2024” too."""
    found = _parse_date(text, date_format)
    if found is None:
        example = date(2024, 12, 31).strftime(date_format)
        raise StatementError("“{value}” is not a date like {example}.", value=text, example=example)
    return found


@functools.lru_cache(maxsize=4096)  # a statement repeats its few dates many times
def _parse_date(text: str, date_format: str) -> date | None:
    cleaned = re.sub(r"(?<=\d)\.\s+(?=\d)", ".", text.strip())
    day_format = date_format.replace(". ", ".").split(" %H")[0].split("T%H")[0]
    for time in _TIMES:
        try:
            return datetime.strptime(cleaned, day_format + time).date()
        except ValueError:
            continue
    return None


def _read(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    """(line where the row starts, cells) for each row, at most `limit` rows."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    start = 1
    try:
        for row in itertools.islice(reader, limit):
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        raise StatementError(
            "Line {line} is not valid CSV: {reason}.", line=start, reason=str(error)
        ) from None
    return rows


def _locate(text: str, mapping: CsvMapping) -> tuple[str, int]:
    """The delimiter and the line of the header row: the first row naming every mapped column."""
    wanted = {header_key(name) for name in mapping.columns().values()}
    for delimiter in _DELIMITERS:
        for line, row in _read(text, delimiter, limit=_HEADER_SEARCH):
            if wanted <= {header_key(cell) for cell in row}:
                return delimiter, line
    names = ", ".join(f"“{name}”" for name in mapping.columns().values())
    raise StatementError("No header row with the columns {columns} was found.", columns=names)


def _adapt(mapping: CsvMapping, index: dict[str, int], samples: list[list[str]]) -> CsvMapping:
    """Switch to the date format and decimal separator that read every sample row."""

    def column(name: str) -> list[str]:
        i = index[header_key(name)]
        return [row[i].strip() for row in samples if len(row) > i and row[i].strip()]

    dates, amounts = column(mapping.date), column(mapping.amount)
    for date_format in dict.fromkeys([mapping.date_format, *_DATE_FORMATS]):
        if dates and all(_parse_date(d, date_format) for d in dates):
            mapping = replace(mapping, date_format=date_format)
            break
    other = "." if mapping.decimal_separator == "," else ","
    if any(other in a for a in amounts) and not any(
        mapping.decimal_separator in a for a in amounts
    ):
        mapping = replace(mapping, decimal_separator=other)
    return mapping


def _header_index(header: Sequence[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, name in enumerate(header):
        index.setdefault(header_key(name), position)
    return index


def header_rows(data: bytes) -> list[list[str]]:
    """The rows that may be the header, as each delimiter splits them (to look up a mapping)."""
    text = decode_statement(data)
    return [
        row
        for delimiter in _DELIMITERS
        for _, row in _read(text, delimiter, limit=_HEADER_SEARCH)
        if len(row) > 1
    ]


def mapped_header(data: bytes, mapping: CsvMapping) -> list[str]:
    """The header row that `mapping` names the columns of."""
    text = decode_statement(data)
    delimiter, header_line = _locate(text, mapping)
    rows = _read(text, delimiter, limit=_HEADER_SEARCH)
    return next(row for line, row in rows if line == header_line)


def preview_rows(data: bytes, limit: int = 20) -> list[list[str]]:
    """The first rows of a CSV file, split on its most likely delimiter, to choose columns from."""
    text = decode_statement(data)
    best: list[list[str]] = []
    for delimiter in _DELIMITERS:
        rows = [row for _, row in _read(text, delimiter, limit=limit)]
        if max((len(r) for r in rows), default=0) > max((len(r) for r in best), default=0):
            best = rows
    return best
