"""Read ISO 20022 camt.053 bank statements (versions 001.02 to 001.08) into booked credits.

The versions differ, for what is read here, in where they put a few things: the entry status is
a bare code (<Sts>BOOK</Sts>) up to 001.06 and a choice (<Sts><Cd>BOOK</Cd></Sts> or <Prtry>)
from 001.07; a transaction's amount is in AmtDtls/TxAmt in 001.02 and also in TxDtls/Amt from
001.03; a party's name is Dbtr/Nm up to 001.07 and Dbtr/Pty/Nm from 001.08. Every shape is read
in every version, as banks mix them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from datetime import date

from models.common.messages import Message
from models.payments.camt_dates import xml_date, xml_date_time, xml_day
from models.payments.camt_document import read_camt053
from models.payments.statements import (
    MAX_STATEMENT_BYTES,
    Statement,
    StatementEntry,
    StatementError,
    check_currency,
    digest_reference,
    parse_amount,
    symbol_from_reference,
    symbol_from_text,
)

_BOOKED = "BOOK"
# PDNG pending, INFO for information only, FUTR booked with a future value date (001.07 on):
# none of them is money on the account yet.
_NOT_BOOKED = {"PDNG", "INFO", "FUTR"}


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
    """The booked, non-reversed credit entries of a camt.053 file, from all its statements.

    An entry with several transactions whose amounts add up to the entry yields one credit per
    transaction (keys “<entry key>#1”, “#2”, …); otherwise the entry is one credit for its
    booked amount. An entry without a status is read as booked, since the statement is the
    bank's record of booked entries, and counted in `booked_without_status`. Every unreadable
    entry is reported in one StatementError.
    """
    root, version = read_camt053(data, max_bytes)
    statements = root.findall("BkToCstmrStmt/Stmt")
    if not statements:
        raise StatementError("The file holds no statement (no BkToCstmrStmt/Stmt element).")
    message_id = _text(root, "BkToCstmrStmt/GrpHdr/MsgId")
    entries: list[StatementEntry] = []
    problems: list[Message] = []
    periods: list[date] = []
    ignored = number = without_status = 0
    for stmt in statements:
        statement_id = _text(stmt, "Id") or message_id
        account = _account(stmt.find("Acct"))
        try:
            periods += _period(stmt)
        except StatementError as error:
            problems.append(
                Message("Statement {id}: {problem}", id=statement_id, problem=error.args[0])
            )
        for position, ntry in enumerate(stmt.findall("Ntry"), start=1):
            number += 1
            try:
                credits = _credits(ntry, statement_id, position, account)
            except StatementError as error:
                problems.append(_entry_problem(number, ntry, error.args[0]))
                continue
            if not credits:
                ignored += 1
            elif ntry.find("Sts") is None:
                without_status += 1
            entries.extend(credits)
    problems += _shared_references(entries)
    if problems:
        raise StatementError("The statement has entries that cannot be read:", problems)
    first = statements[0]
    return Statement(
        statement_id=message_id if len(statements) > 1 else _text(first, "Id") or message_id,
        account=_account(first.find("Acct")),
        entries=tuple(entries),
        ignored=ignored,
        format_name=f"camt.053.001.{version}",
        period_from=min(periods, default=None),
        period_to=max(periods, default=None),
        booked_without_status=without_status,
    )


def _shared_references(entries: list[StatementEntry]) -> list[Message]:
    seen: set[str] = set()
    problems = []
    for entry in entries:
        if entry.bank_reference in seen:
            problems.append(
                Message(
                    "Two credits share the bank reference “{reference}”.",
                    reference=entry.bank_reference,
                )
            )
        seen.add(entry.bank_reference)
    return problems


def _period(stmt: ET.Element) -> list[date]:
    """The first and last day of the statement's FrToDt, when it has one."""
    period = stmt.find("FrToDt")
    if period is None:
        return []
    return [
        xml_day(_text(period, tag)) for tag in ("FrDtTm", "ToDtTm") if period.find(tag) is not None
    ]


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
    booked = _booked(ntry.find("Sts"))
    reversal = _text(ntry, "RvslInd")
    if reversal not in {"", "true", "false", "1", "0"}:
        raise StatementError(
            "the reversal indicator “{value}” is not true or false.", value=reversal
        )
    if indicator != "CRDT" or not booked or reversal in {"true", "1"}:
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


def _booked(status: ET.Element | None) -> bool:
    """Whether the entry is booked: a bare code up to 001.06, Cd or Prtry from 001.07 on."""
    if status is None:
        return True  # the caller counts it: an account statement reports booked entries
    code = _text(status, "Cd") or _text(status, "Prtry") or _text(status)
    if code.upper() == _BOOKED:
        return True
    if code.upper() in _NOT_BOOKED:
        return False
    raise StatementError(
        "the entry status “{value}” is not BOOK (booked), PDNG (pending) or INFO.", value=code
    )


def _date(element: ET.Element | None) -> date | None:
    """A BookgDt or ValDt: its Dt or its DtTm as a day; None when it holds neither."""
    if element is None:
        return None
    if element.find("Dt") is not None:
        return xml_date(_text(element, "Dt"))
    if element.find("DtTm") is not None:
        return xml_date_time(_text(element, "DtTm"))
    return None


def _account(element: ET.Element | None) -> str:
    if element is None:
        return ""
    iban = _text(element, "Id/IBAN")
    return iban.replace(" ", "").upper() if iban else _text(element, "Id/Othr/Id")


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
