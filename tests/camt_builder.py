"""Small camt.053 documents for tests, each valid against the published schema of its version.

What the versions 001.02 … 001.08 require of a minimal statement: GrpHdr (MsgId, CreDtTm); per
Stmt an Id, CreDtTm (mandatory up to 001.07), the Acct, at least one Bal; per Ntry the Amt,
CdtDbtInd, Sts and BkTxCd, in this order: NtryRef, Amt, CdtDbtInd, RvslInd, Sts, BookgDt,
ValDt, AcctSvcrRef, BkTxCd, NtryDtls, AddtlNtryInf. What differs between versions:

- Sts is a bare code up to 001.06 (EntryStatus2Code) and a choice of Cd or Prtry from 001.07
  (EntryStatus1Choice);
- a transaction's amount: AmtDtls/TxAmt/Amt in 001.02; TxDtls/Amt and CdtDbtInd from 001.03;
- RltdPties/Dbtr holds Nm up to 001.07 and Pty/Nm (Party40Choice) from 001.08.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

VERSIONS = (2, 3, 4, 5, 6, 7, 8)
_TRANSACTION_CODE = (
    "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn>"
    "</BkTxCd>"
)


def _element(name: str, text: str | None) -> str:
    return "" if text is None else f"<{name}>{escape(text)}</{name}>"


def _day(name: str, value: str | None) -> str:
    """A DateAndDateTimeChoice: DtTm when the value has a time, else Dt."""
    if value is None:
        return ""
    return f"<{name}>{_element('DtTm' if 'T' in value else 'Dt', value)}</{name}>"


def tx(
    amount: str | None = None,
    currency: str = "CZK",
    *,
    end_to_end: str | None = None,
    unstructured: Sequence[str] = (),
    creditor_reference: str | None = None,
    debtor: str | None = "Jan Novák",
    debtor_iban: str | None = "CZ6508000000192000145399",
    servicer_reference: str | None = None,
    additional: str | None = None,
    version: int = 2,
) -> str:
    """One TxDtls, its amount where `version` puts it."""
    amount_xml = ""
    if amount is not None:
        amount_xml = f'<Amt Ccy="{currency}">{amount}</Amt>'
        if version < 3:
            amount_xml = f"<AmtDtls><TxAmt>{amount_xml}</TxAmt></AmtDtls>"
        else:
            amount_xml += "<CdtDbtInd>CRDT</CdtDbtInd>"
    name = _element("Nm", debtor)
    party = f"<Dbtr><Pty>{name}</Pty></Dbtr>" if version >= 8 else f"<Dbtr>{name}</Dbtr>"
    account = f"<DbtrAcct><Id><IBAN>{debtor_iban}</IBAN></Id></DbtrAcct>" if debtor_iban else ""
    parties = (party if debtor else "") + account
    remittance = "".join(_element("Ustrd", u) for u in unstructured)
    if creditor_reference is not None:
        remittance += f"<Strd><CdtrRefInf>{_element('Ref', creditor_reference)}</CdtrRefInf></Strd>"
    refs = _element("AcctSvcrRef", servicer_reference) + _element("EndToEndId", end_to_end)
    return (
        f"<TxDtls><Refs>{refs}</Refs>{amount_xml}"
        f"{f'<RltdPties>{parties}</RltdPties>' if parties else ''}"
        f"{f'<RmtInf>{remittance}</RmtInf>' if remittance else ''}"
        f"{_element('AddtlTxInf', additional)}</TxDtls>"
    )


def status_xml(status: str | None, version: int) -> str:
    """The Sts element as `version` writes it; none for None."""
    if status is None:
        return ""
    return f"<Sts><Cd>{status}</Cd></Sts>" if version >= 7 else f"<Sts>{status}</Sts>"


def entry(
    amount: str | None = "100.00",
    currency: str | None = "CZK",
    *,
    indicator: str = "CRDT",
    status: str | None = "BOOK",
    status_element: str | None = None,
    reversal: str | None = None,
    booked: str | None = "2024-01-05",
    value_date: str | None = None,
    servicer_reference: str | None = None,
    entry_reference: str | None = None,
    transactions: Sequence[str] = (),
    information: str | None = None,
    version: int = 2,
) -> str:
    """One Ntry. `status_element` replaces the Sts element whole (“<Sts><Prtry>…”)."""
    ccy = "" if currency is None else f' Ccy="{currency}"'
    amount_xml = "" if amount is None else f"<Amt{ccy}>{amount}</Amt>"
    details = f"<NtryDtls>{''.join(transactions)}</NtryDtls>" if transactions else ""
    return (
        f"<Ntry>{_element('NtryRef', entry_reference)}{amount_xml}"
        f"<CdtDbtInd>{indicator}</CdtDbtInd>{_element('RvslInd', reversal)}"
        f"{status_xml(status, version) if status_element is None else status_element}"
        f"{_day('BookgDt', booked)}{_day('ValDt', value_date)}"
        f"{_element('AcctSvcrRef', servicer_reference)}{_TRANSACTION_CODE}{details}"
        f"{_element('AddtlNtryInf', information)}</Ntry>"
    )


def statement(
    *entries: str,
    statement_id: str = "STMT-1",
    iban: str | None = "CZ7908000000002000145399",
    other_id: str | None = None,
    period: tuple[str, str] | None = None,
    currency: str = "CZK",
) -> str:
    """One Stmt holding the entries: the account by IBAN, or by `other_id` (Othr/Id)."""
    account = (
        _element("IBAN", iban) if other_id is None else f"<Othr>{_element('Id', other_id)}</Othr>"
    )
    dates = ""
    if period is not None:
        dates = f"<FrToDt>{_element('FrDtTm', period[0])}{_element('ToDtTm', period[1])}</FrToDt>"
    balance = (
        f'<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="{currency}">0.00</Amt>'
        "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-05</Dt></Dt></Bal>"
    )
    return (
        f"<Stmt><Id>{statement_id}</Id><CreDtTm>2024-01-06T08:00:00</CreDtTm>{dates}"
        f"<Acct><Id>{account}</Id></Acct>{balance}{''.join(entries)}</Stmt>"
    )


def document(
    *entries: str,
    version: int = 2,
    message: str = "053",
    statements: Sequence[str] = (),
    namespace: str | None = None,
    prolog: str = '<?xml version="1.0" encoding="UTF-8"?>',
) -> bytes:
    """A whole camt document: the entries in one statement, or the given statements."""
    ns = namespace or f"urn:iso:std:iso:20022:tech:xsd:camt.{message}.001.{version:02d}"
    body = "".join(statements) or statement(*entries)
    return (
        f'{prolog}\n<Document xmlns="{ns}"><BkToCstmrStmt>'
        f"<GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-01-06T08:00:00</CreDtTm></GrpHdr>"
        f"{body}</BkToCstmrStmt></Document>"
    ).encode()
