"""Read GPC/ABO bank statements (the fixed-width 074/075 records of Czech banks) into credits."""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Callable

from models.common.messages import Message
from models.payments.bank_account import czech_account_is_valid, normalize_variable_symbol
from models.payments.gpc_records import (
    CREDIT,
    EXTENSIONS,
    HEADER_END,
    RECORD_LENGTH,
    Header,
    Item,
    check_length,
    clean,
    extend,
    read_header,
    read_item,
)
from models.payments.statements import (
    MAX_STATEMENT_BYTES,
    Statement,
    StatementEntry,
    StatementError,
    check_size,
    digest_reference,
    parse_amount,
    symbol_from_text,
)

FORMAT_NAME = "GPC/ABO"
_SIGNATURE = re.compile(rb"074[0-9]{16}")


def looks_like_gpc(data: bytes) -> bool:
    """Whether the first non-empty line is a GPC header: “074”, an account number, a record."""
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0].rstrip(b"\r")
    return _SIGNATURE.match(first) is not None and 100 <= len(first) <= 200


def parse_gpc(data: bytes, *, max_bytes: int = MAX_STATEMENT_BYTES) -> Statement:
    """The credits (posting code 2) of a GPC/ABO statement; debits and reversals are counted.

    Every unreadable line is reported, by its number, in one StatementError.
    """
    check_size(data, max_bytes)
    # None stands for a record that cannot be read, so that what follows it is not misplaced
    headers: list[Header | None] = []
    items: list[Item | None] = []
    problems: list[tuple[int, Message]] = []
    lines = _lines(data)
    if not any(text.startswith("074") for _, text in lines):
        raise StatementError(
            "The file has no statement header (a 074 record), so it is not a GPC/ABO statement."
        )
    previous = ""
    for line, text in lines:
        kind = text[:3]
        try:
            _record(line, text, previous, headers, items)
        except StatementError as error:
            problems.append(_problem(line, error))
            if kind == "074":
                headers.append(None)
            elif kind == "075":
                items.append(None)
            else:
                kind = ""
        previous = kind
    read = [item for item in items if item is not None]
    orders: dict[int, _Order] = {}
    for header in filter(None, headers):
        try:
            orders[header.line] = _order(header, read)
        except StatementError as error:
            problems.append(_problem(header.line, error))
    entries: list[StatementEntry] = []
    occurrences: Counter[tuple[object, ...]] = Counter()
    ignored = 0
    for item in read:
        if item.header is None or item.header.line not in orders:
            continue
        try:
            entry = _entry(item, item.header, orders[item.header.line], occurrences)
        except StatementError as error:
            problems.append(_problem(item.line, error))
            continue
        if entry is None:
            ignored += 1
        else:
            entries.append(entry)
    if problems:
        problems.sort(key=lambda problem: problem[0])
        raise StatementError(
            "The GPC statement has lines that cannot be read:", [p for _, p in problems]
        )
    read_headers = [header for header in headers if header is not None]
    distinct = {_shown(orders[h.line](h.account)) for h in read_headers}
    return Statement(
        statement_id=", ".join(f"{h.number}/{h.dated.isoformat()}" for h in read_headers),
        account=distinct.pop() if len(distinct) == 1 else "",
        entries=tuple(entries),
        ignored=ignored,
        format_name=FORMAT_NAME,
        period_from=min((h.opened for h in read_headers if h.opened), default=None),
        period_to=max(h.dated for h in read_headers),
    )


def _problem(line: int, error: StatementError) -> tuple[int, Message]:
    return line, Message("Line {line}: {problem}", line=line, problem=error.args[0])


def _lines(data: bytes) -> list[tuple[int, str]]:
    """The non-blank lines and their numbers; the whole file in UTF-8 or in Windows-1250."""
    utf8_from = 1 if data.startswith(codecs.BOM_UTF8) else 0
    cp1250_from = 0
    lines = []
    for number, raw in enumerate(data.removeprefix(codecs.BOM_UTF8).split(b"\n"), start=1):
        raw = raw.removesuffix(b"\r")
        if not raw.strip(b" \x1a"):  # blank, or the end-of-file mark of old DOS tools
            continue
        try:
            text = raw.decode("utf-8")
            utf8_from = utf8_from or (0 if raw.isascii() else number)
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1250")
            except UnicodeDecodeError:
                raise StatementError(
                    "Line {line} is neither UTF-8 nor Windows-1250 text.", line=number
                ) from None
            cp1250_from = cp1250_from or number
        if utf8_from and cp1250_from:
            raise StatementError(
                "The file mixes UTF-8 and Windows-1250 text (lines {first} and {line}). "
                "Export the statement from the bank again.",
                first=min(utf8_from, cp1250_from),
                line=max(utf8_from, cp1250_from),
            )
        lines.append((number, text))
    return lines


def _record(
    line: int,
    text: str,
    previous: str,
    headers: list[Header | None],
    items: list[Item | None],
) -> None:
    """Read one record into `headers` or `items`; `previous` is the kind of the record before."""
    kind = text[:3]
    if kind == "074":
        trimmed = HEADER_END <= len(text) < RECORD_LENGTH and not text[HEADER_END:].strip()
        check_length(text, kind, RECORD_LENGTH, trimmed)
        headers.append(read_header(line, text.ljust(RECORD_LENGTH)))
    elif kind == "075":
        check_length(text, kind, RECORD_LENGTH)
        if not headers:
            raise StatementError("an item (075) comes before the statement header (074).")
        items.append(read_item(line, text, headers[-1]))
    elif kind in EXTENSIONS:
        check_length(text, kind, RECORD_LENGTH, len(text) < RECORD_LENGTH)
        if previous != "075" and previous not in EXTENSIONS:
            raise StatementError("a {record} record must follow an item (075).", record=kind)
        if items[-1] is not None:
            extend(items[-1], kind, text.ljust(RECORD_LENGTH))
    else:
        raise StatementError(
            "“{value}” is not a GPC record type (074, 075 or 076–079).", value=text[:3]
        )


_Order = Callable[[str], tuple[str, str]]


def _order(header: Header, items: list[Item]) -> _Order:
    """The order the file writes account numbers in, told by the Czech check digits.

    When both orders pass for the header's account, the one under which more of its items'
    counter-accounts pass wins (the standard order on a tie).
    """
    orders = [order for order in (_standard, _internal) if _valid(order(header.account))]
    if not orders:
        raise StatementError(
            "the account number {value} fails the Czech check digit test in the standard and "
            "in the bank-internal order.",
            value=header.account,
        )
    own = [item for item in items if item.header is header]
    return max(orders, key=lambda o: sum(_valid(o(item.counter_account)) for item in own))


def _standard(digits: str) -> tuple[str, str]:
    return digits[:6], digits[6:]


def _internal(digits: str) -> tuple[str, str]:
    """The bank-internal order C10 C8 C9 C6 C1 C2 C3 C4 C5 C7 P1–P6 back to prefix and number."""
    d = digits
    return d[10:], d[4:9] + d[3] + d[9] + d[1] + d[2] + d[0]


def _valid(parts: tuple[str, str]) -> bool:
    return czech_account_is_valid(*parts)


def _shown(parts: tuple[str, str], bank: str = "") -> str:
    """“19-2000145399”, “2000145399/0800”; no prefix when it is 0, "" for an empty account."""
    prefix, number = parts[0].lstrip("0"), parts[1].lstrip("0")
    if not prefix and not number:
        return ""
    shown = f"{prefix}-{number or '0'}" if prefix else number
    return f"{shown}/{bank}" if bank.strip("0") else shown


def _entry(
    item: Item, header: Header, order: _Order, occurrences: Counter[tuple[object, ...]]
) -> StatementEntry | None:
    account = _shown(order(header.account))
    if item.account.strip("0") and _shown(order(item.account)) != account:
        raise StatementError(
            "the item's account {value} is not the statement's account {account}.",
            value=_shown(order(item.account)),
            account=account,
        )
    if item.code != CREDIT or item.amount == 0:
        return None
    booked_on = item.booked or item.value_date
    if booked_on is None:
        raise StatementError("the credit has neither a booking date nor a value date.")
    amount = parse_amount(f"{item.amount // 100}.{item.amount % 100:02d}", item.currency)
    message = clean("".join(item.message))
    symbol = normalize_variable_symbol(item.variable_symbol) or symbol_from_text(message)
    document = item.document or item.extra_id
    # Document numbers repeat across statements at some banks: the account and date go with it.
    counter_account = _shown(order(item.counter_account), item.counter_bank)
    key: tuple[object, ...] = (account, document, booked_on.isoformat())
    if not document:
        key += (amount, item.currency, counter_account, item.variable_symbol, message)
    occurrences[key] += 1
    count = occurrences[key]
    if document:
        reference = f"gpc:{account}:{document}:{booked_on.isoformat()}"
        reference += f"#{count}" if count > 1 else ""
    else:
        reference = digest_reference("gpc", *key, count)
    specific = f"SS {item.specific_symbol}" if item.specific_symbol else ""
    return StatementEntry(
        bank_reference=reference,
        booked_on=booked_on,
        amount_minor=amount,
        currency=item.currency,
        variable_symbol=symbol,
        end_to_end_id=None,
        remittance="; ".join(filter(None, [message, specific])),
        counterparty=item.name,
        account=account,
        counterparty_account=counter_account,
    )
