"""Small camt.053 documents for tests, written the way versions 001.02, 001.04 and 001.08 do."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape


def _element(name: str, text: str | None) -> str:
    return "" if text is None else f"<{name}>{escape(text)}</{name}>"


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
    """One TxDtls. Version 2 puts the amount in AmtDtls/TxAmt, 4+ in TxDtls/Amt; 8+ nests Pty."""
    amount_xml = ""
    if amount is not None:
        amount_xml = f'<Amt Ccy="{currency}">{amount}</Amt>'
        if version < 4:
            amount_xml = f"<AmtDtls><TxAmt>{amount_xml}</TxAmt></AmtDtls>"
    name = _element("Nm", debtor)
    party = f"<Dbtr><Pty>{name}</Pty></Dbtr>" if version >= 8 else f"<Dbtr>{name}</Dbtr>"
    account = f"<DbtrAcct><Id><IBAN>{debtor_iban}</IBAN></Id></DbtrAcct>" if debtor_iban else ""
    remittance = "".join(_element("Ustrd", u) for u in unstructured)
    if creditor_reference is not None:
        remittance += f"<Strd><CdtrRefInf>{_element('Ref', creditor_reference)}</CdtrRefInf></Strd>"
    refs = _element("AcctSvcrRef", servicer_reference) + _element("EndToEndId", end_to_end)
    return (
        f"<TxDtls><Refs>{refs}</Refs>{amount_xml}"
        f"<RltdPties>{party if debtor else ''}{account}</RltdPties>"
        f"{f'<RmtInf>{remittance}</RmtInf>' if remittance else ''}"
        f"{_element('AddtlTxInf', additional)}</TxDtls>"
    )


def entry(
    amount: str | None = "100.00",
    currency: str | None = "CZK",
    *,
    indicator: str = "CRDT",
    status: str = "BOOK",
    reversal: str | None = None,
    booked: str | None = "2024-01-05",
    servicer_reference: str | None = None,
    entry_reference: str | None = None,
    transactions: Sequence[str] = (),
    information: str | None = None,
    version: int = 2,
) -> str:
    """One Ntry; from version 8 on the status is a code inside Sts."""
    ccy = "" if currency is None else f' Ccy="{currency}"'
    amount_xml = "" if amount is None else f"<Amt{ccy}>{amount}</Amt>"
    status_xml = f"<Sts><Cd>{status}</Cd></Sts>" if version >= 8 else f"<Sts>{status}</Sts>"
    booking = "" if booked is None else f"<BookgDt><Dt>{booked}</Dt></BookgDt>"
    details = f"<NtryDtls>{''.join(transactions)}</NtryDtls>" if transactions else ""
    return (
        f"<Ntry>{_element('NtryRef', entry_reference)}{amount_xml}"
        f"<CdtDbtInd>{indicator}</CdtDbtInd>{_element('RvslInd', reversal)}{status_xml}"
        f"{booking}{_element('AcctSvcrRef', servicer_reference)}{details}"
        f"{_element('AddtlNtryInf', information)}</Ntry>"
    )


def statement(
    *entries: str, statement_id: str = "STMT-1", iban: str = "CZ7908000000002000145399"
) -> str:
    """One Stmt holding the entries."""
    return (
        f"<Stmt><Id>{statement_id}</Id><CreDtTm>2024-01-06T08:00:00</CreDtTm>"
        f"<Acct><Id><IBAN>{iban}</IBAN></Id></Acct>{''.join(entries)}</Stmt>"
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
