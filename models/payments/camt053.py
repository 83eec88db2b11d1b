"""Read ISO 20022 camt.053 bank statements (001.02, 001.04 and later) into booked credits."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from datetime import date

from models.common.messages import Message
from models.common.safe_xml import XmlError, parse_untrusted
from models.payments.statements import (
    MAX_STATEMENT_BYTES,
    Statement,
    StatementEntry,
    StatementError,
    check_currency,
    check_size,
    digest_reference,
    parse_amount,
    symbol_from_reference,
    symbol_from_text,
)

_NAMESPACE = re.compile(r"\{urn:iso:std:iso:20022:tech:xsd:camt\.(\d{3})\.001\.\d{2}\}Document")


def _web_page() -> StatementError:
    return StatementError(
        "This is a web page (HTML), not a bank statement. Download the statement from your bank "
        "as camt.053 XML."
    )


@dataclass(frozen=True)
class _Details:
    """What one transaction (TxDtls) says about a credit."""

    amount: int | None = None
    reference: str = ""
    end_to_end_id: str | None = None
    variable_symbol: str | None = None
    remittance: str = ""
    counterparty: str = ""
    counterparty_account: str = ""


def parse_camt053(data: bytes, *, max_bytes: int = MAX_STATEMENT_BYTES) -> Statement:
    """The booked, non-reversed credit entries of a camt.053 file.

    An entry with several transactions whose amounts add up to the entry yields one credit per
    transaction (keys “<entry key>#1”, “#2”, …); otherwise the entry is one credit for its
    booked amount. Every unreadable credit is reported in one StatementError.
    """
    check_size(data, max_bytes)
    if data.lstrip()[:14].lower().startswith((b"<!doctype html", b"<html")):
        raise _web_page()
    try:
        root = parse_untrusted(data)
    except XmlError as error:
        raise StatementError(error.args[0]) from None  # its Message, passed on whole
    _check_document(root)
    for element in root.iter():
        element.tag = element.tag.rpartition("}")[2]
    statements = root.findall("BkToCstmrStmt/Stmt")
    if not statements:
        raise StatementError("The file holds no statement (no BkToCstmrStmt/Stmt element).")
    message_id = _text(root, "BkToCstmrStmt/GrpHdr/MsgId")
    entries: list[StatementEntry] = []
    problems: list[Message] = []
    ignored = number = 0
    for stmt in statements:
        statement_id = _text(stmt, "Id") or message_id
        account = _account(stmt.find("Acct"))
        for position, ntry in enumerate(stmt.findall("Ntry"), start=1):
            number += 1
            try:
                credits = _credits(ntry, statement_id, position, account)
            except StatementError as error:
                problems.append(_entry_problem(number, ntry, error.args[0]))
                continue
            if not credits:
                ignored += 1
            entries.extend(credits)
    seen: set[str] = set()
    for entry in entries:
        if entry.bank_reference in seen:
            problems.append(
                Message(
                    "Two credits share the bank reference “{reference}”.",
                    reference=entry.bank_reference,
                )
            )
        seen.add(entry.bank_reference)
    if problems:
        raise StatementError("The statement has entries that cannot be read:", problems)
    ids = {_text(stmt, "Id") or message_id for stmt in statements}
    accounts = {_account(stmt.find("Acct")) for stmt in statements}
    return Statement(
        statement_id=ids.pop() if len(statements) == 1 else message_id,
        account=accounts.pop() if len(accounts) == 1 else "",
        entries=tuple(entries),
        ignored=ignored,
    )


def _check_document(root: ET.Element) -> None:
    match = _NAMESPACE.fullmatch(root.tag)
    if match is None:
        local = root.tag.rpartition("}")[2]
        if local.lower() == "html":
            raise _web_page()
        raise StatementError(
            "This XML file is not an ISO 20022 camt.053 bank statement (its root is {root}).",
            root=root.tag,
        )
    if match[1] == "052":
        raise StatementError(
            "This is an intraday account report (camt.052), not an end-of-day statement. "
            "Export camt.053 from your bank."
        )
    if match[1] == "054":
        raise StatementError(
            "This is a debit/credit notification (camt.054), not an end-of-day statement. "
            "Export camt.053 from your bank."
        )
    if match[1] != "053":
        raise StatementError(
            "This is a camt.{number} message, not an end-of-day statement. "
            "Export camt.053 from your bank.",
            number=match[1],
        )


def _credits(
    ntry: ET.Element, statement_id: str, position: int, account: str
) -> list[StatementEntry]:
    """The credits an entry (Ntry) yields: none for debits, reversals and unbooked entries.

    An entry without a bank reference is keyed by a digest of its statement, its position in
    the statement and its content.
    """
    indicator = _text(ntry, "CdtDbtInd")
    if indicator not in {"CRDT", "DBIT"}:
        raise StatementError(
            "the credit/debit indicator “{value}” is not CRDT or DBIT.", value=indicator
        )
    status = ntry.find("Sts")
    code = "" if status is None else _text(status, "Cd") or _text(status, "Prtry") or _text(status)
    reversal = _text(ntry, "RvslInd").lower() in {"true", "1"}
    if indicator != "CRDT" or code.upper() != "BOOK" or reversal:
        return []
    amount_element = ntry.find("Amt")
    if amount_element is None or not _text(amount_element):
        raise StatementError("the entry has no amount.")
    currency = check_currency(amount_element.get("Ccy", ""))
    amount = parse_amount(_text(amount_element), currency)
    if amount == 0:
        return []
    booked_on = _date(ntry.find("BookgDt")) or _date(ntry.find("ValDt"))
    if booked_on is None:
        raise StatementError("the entry has no booking date.")
    details = [_details(tx, currency) for tx in ntry.iterfind("NtryDtls/TxDtls")]
    parts = _split(amount, details, _text(ntry, "AddtlNtryInf"))
    key = _text(ntry, "AcctSvcrRef") or (parts[0].reference if len(parts) == 1 else "")
    if not key and _text(ntry, "NtryRef"):
        key = f"{_text(ntry, 'NtryRef')}@{statement_id}"  # NtryRef is unique within a statement
    credits = []
    for index, part in enumerate(parts, start=1):
        reference = key or digest_reference(
            statement_id, account, position, booked_on, amount, currency, part.remittance
        )
        credits.append(
            StatementEntry(
                bank_reference=f"{reference}#{index}" if len(parts) > 1 else reference,
                booked_on=booked_on,
                amount_minor=amount if part.amount is None else part.amount,
                currency=currency,
                variable_symbol=part.variable_symbol,
                end_to_end_id=part.end_to_end_id,
                remittance=part.remittance,
                counterparty=part.counterparty,
                account=account,
                counterparty_account=part.counterparty_account,
            )
        )
    return credits


def _split(amount: int, details: list[_Details], about: str) -> list[_Details]:
    """One part per transaction when their amounts add up to the entry, else one merged part.

    A lone part takes the booked amount (what arrived, after any charges), and the entry's
    additional information (`about`) when the transaction has no text of its own.
    """
    if len(details) <= 1:
        one = details[0] if details else _Details()
        symbol = one.variable_symbol or symbol_from_text(about)
        return [
            replace(one, amount=None, remittance=one.remittance or about, variable_symbol=symbol)
        ]
    amounts = [d.amount for d in details]
    if all(a is not None and a > 0 for a in amounts) and sum(a or 0 for a in amounts) == amount:
        return details

    def unique(values: list[str | None]) -> str | None:
        distinct = set(values)
        return distinct.pop() if len(distinct) == 1 else None

    return [
        _Details(
            end_to_end_id=unique([d.end_to_end_id for d in details]),
            variable_symbol=unique([d.variable_symbol for d in details]),
            remittance="; ".join(dict.fromkeys(d.remittance for d in details if d.remittance)),
            counterparty="; ".join(
                dict.fromkeys(d.counterparty for d in details if d.counterparty)
            ),
        )
    ]


def _details(tx: ET.Element, currency: str) -> _Details:
    amount = None
    element = tx.find("Amt")
    if element is None:
        element = tx.find("AmtDtls/TxAmt/Amt")
    if element is not None and element.get("Ccy") == currency:
        amount = parse_amount(_text(element), currency)
    end_to_end = _text(tx, "Refs/EndToEndId")
    if end_to_end.upper() == "NOTPROVIDED":
        end_to_end = ""
    structured = [_clean(r.text) for r in tx.iterfind("RmtInf/Strd/CdtrRefInf/Ref")]
    unstructured = [_clean(u.text) for u in tx.iterfind("RmtInf/Ustrd")]
    additional = [_clean(a.text) for a in tx.iterfind("RmtInf/Strd/AddtlRmtInf")]
    extra = _text(tx, "AddtlTxInf")
    symbols = [symbol_from_reference(r) for r in [*structured, end_to_end]]
    symbols.append(symbol_from_text(*unstructured, *additional, extra))
    remittance = " ".join(filter(None, unstructured))
    remittance = remittance or " ".join(filter(None, structured + additional)) or extra
    return _Details(
        amount=amount,
        reference=_text(tx, "Refs/AcctSvcrRef"),
        end_to_end_id=end_to_end or None,
        variable_symbol=next((s for s in symbols if s), None),
        remittance=remittance,
        counterparty=_text(tx, "RltdPties/Dbtr/Nm") or _text(tx, "RltdPties/Dbtr/Pty/Nm"),
        counterparty_account=_account(tx.find("RltdPties/DbtrAcct")),
    )


def _date(element: ET.Element | None) -> date | None:
    if element is None:
        return None
    text = _text(element, "Dt") or _text(element, "DtTm")
    match = re.fullmatch(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:T.*)?", text)
    try:
        return date.fromisoformat(match[1]) if match else date.fromisoformat(text)
    except ValueError:
        raise StatementError("“{value}” is not a date.", value=text) from None


def _account(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return _text(element, "Id/IBAN") or _text(element, "Id/Othr/Id")


def _entry_problem(number: int, ntry: ET.Element, problem: Message) -> Message:
    """“Entry 3 (REF): …”, the entry's reference shown when it has one."""
    reference = _text(ntry, "AcctSvcrRef") or _text(ntry, "NtryRef")
    if reference:
        return Message(
            "Entry {number} ({reference}): {problem}",
            number=number,
            reference=reference,
            problem=problem,
        )
    return Message("Entry {number}: {problem}", number=number, problem=problem)


def _text(element: ET.Element, path: str | None = None) -> str:
    found = element if path is None else element.find(path)
    return "" if found is None else _clean(found.text)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())
