"""Issued documents (proforma, tax invoice, credit note): tables, snapshots for PDFs, lists.

A document row and its lines are written once, in the transaction that issues them; the
database refuses any UPDATE or DELETE of them (triggers). Seller, buyer, lines and totals are
copied in at issue time, so later changes to settings or billing information never alter them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from peewee import SQL, AutoField, CharField, ForeignKeyField, IntegerField, TextField

from models.common.database import BaseModel
from models.invoicing.conversion import Conversion, from_columns, with_corrections
from models.invoicing.logo import logo_bytes

PROFORMA = "proforma"
INVOICE = "invoice"
CREDIT_NOTE = "credit-note"
KINDS = (PROFORMA, INVOICE, CREDIT_NOTE)


class Document(BaseModel):
    id = AutoField()
    kind = CharField()
    year = IntegerField()
    sequence = IntegerField()
    number = CharField(unique=True)
    language = CharField()
    issued_on = CharField()
    taxable_supply_on = CharField(null=True)
    due_on = CharField()
    currency = CharField()
    vat_rule = CharField()
    vat_rate = CharField()
    net_minor = IntegerField()
    vat_minor = IntegerField()
    total_minor = IntegerField()
    credits = IntegerField()  # micro-credits sold; taken back (≤ 0) on a credit note
    seller = TextField()  # JSON snapshot
    buyer = TextField()  # JSON snapshot ("{}" on a proforma made before billing information)
    buyer_name = CharField(default="")
    billing_info_id = IntegerField(null=True, constraints=[SQL("REFERENCES billing_info (id)")])
    payment_id = IntegerField(null=True, constraints=[SQL("REFERENCES payment (id)")])
    corrects = ForeignKeyField(
        "self", null=True, column_name="corrects_id", backref="corrections", index=False
    )
    reason = TextField(default="")
    variable_symbol = CharField(default="")
    payment_details = TextField(default="{}")  # JSON: account, QR payload, method, paid on
    logo_sha256 = CharField(null=True, constraints=[SQL("REFERENCES document_logo (sha256)")])
    created_at = CharField()
    # A tax document in a currency other than the seller's accounting currency (CZK): the rate
    # it used (CZK for `exchange_rate_amount` units, exact text), its source and the days it was
    # valid, and the tax base and VAT in haléře (see models/invoicing/conversion.py).
    accounting_currency = CharField(null=True)
    exchange_rate = CharField(null=True)
    exchange_rate_amount = IntegerField(null=True)
    exchange_rate_source = CharField(null=True)
    exchange_rate_from = CharField(null=True)
    exchange_rate_to = CharField(null=True)
    accounting_net_minor = IntegerField(null=True)
    accounting_vat_minor = IntegerField(null=True)
    recorded_by = CharField(default="")  # who issued it (models/common/team.py)

    class Meta:
        indexes = (
            (("kind", "year", "sequence"), True),
            SQL(
                "CREATE UNIQUE INDEX document_one_per_payment ON document (payment_id, kind) "
                "WHERE kind IN ('proforma', 'invoice')"
            ),
            (("issued_on",), False),
            SQL("CREATE INDEX document_corrects ON document (corrects_id)"),
        )
        triggers = (
            """CREATE TRIGGER document_is_immutable_update BEFORE UPDATE ON document
            BEGIN
                SELECT RAISE(ABORT, 'issued documents cannot be changed: issue a credit note instead');
            END""",
            """CREATE TRIGGER document_is_immutable_delete BEFORE DELETE ON document
            BEGIN
                SELECT RAISE(ABORT, 'issued documents cannot be deleted: issue a credit note instead');
            END""",
        )


class DocumentLine(BaseModel):
    id = AutoField()
    document = ForeignKeyField(Document, column_name="document_id", backref="lines", index=False)
    position = IntegerField()
    description = TextField()
    quantity = IntegerField()  # micro-credits (negative on a credit note, 0 for a price change)
    unit_price_minor = IntegerField()  # price of one credit
    net_minor = IntegerField()
    vat_rate = CharField()
    vat_minor = IntegerField()
    total_minor = IntegerField()

    class Meta:
        indexes = ((("document", "position"), True),)
        triggers = (
            """CREATE TRIGGER document_line_is_immutable_update BEFORE UPDATE ON document_line
            BEGIN
                SELECT RAISE(ABORT, 'lines of issued documents cannot be changed');
            END""",
            """CREATE TRIGGER document_line_is_immutable_delete BEFORE DELETE ON document_line
            BEGIN
                SELECT RAISE(ABORT, 'lines of issued documents cannot be deleted');
            END""",
            """CREATE TRIGGER document_line_only_while_issuing BEFORE INSERT ON document_line
            WHEN NEW.document_id <> (SELECT max(id) FROM document)
            BEGIN
                SELECT RAISE(ABORT, 'lines are added only to the document being issued');
            END""",
        )


@dataclass(frozen=True)
class Line:
    description: str
    quantity: int
    unit_price_minor: int
    net_minor: int
    vat_rate: str
    vat_minor: int
    total_minor: int


@dataclass(frozen=True)
class Totals:
    net_minor: int
    vat_minor: int
    total_minor: int


@dataclass(frozen=True)
class Corrected:
    """On a credit note: the invoice it corrects, and its totals before and after correction."""

    number: str
    issued_on: str
    original: Totals
    after: Totals  # the original plus every credit note up to and including this one
    taxable_supply_on: str | None = None  # the corrected invoice's date of taxable supply


@dataclass(frozen=True)
class DocumentData:
    """Everything a PDF shows, detached from the database (picklable, for worker processes)."""

    id: int
    kind: str
    number: str
    language: str
    issued_on: str
    taxable_supply_on: str | None
    due_on: str
    currency: str
    vat_rule: str
    vat_rate: str
    totals: Totals
    credits: int
    seller: dict[str, str]
    buyer: dict[str, str]
    lines: tuple[Line, ...]
    variable_symbol: str
    payment_details: dict[str, str]
    reason: str = ""
    corrected: Corrected | None = None
    logo: bytes | None = None
    conversion: Conversion | None = None  # tax base and VAT in CZK, with the rate used


def snapshot_json(values: dict[str, str]) -> str:
    """JSON that is the same text for the same values (keys sorted, no spaces to vary)."""
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _totals(document: Document) -> Totals:
    return Totals(document.net_minor, document.vat_minor, document.total_minor)


def _corrected(note: Document) -> Corrected:
    original: Document = note.corrects
    notes = Document.select().where((Document.corrects == original.id) & (Document.id <= note.id))
    after = _totals(original)
    for earlier in notes:
        after = Totals(
            after.net_minor + earlier.net_minor,
            after.vat_minor + earlier.vat_minor,
            after.total_minor + earlier.total_minor,
        )
    return Corrected(
        original.number,
        original.issued_on,
        _totals(original),
        after,
        taxable_supply_on=original.taxable_supply_on,
    )


def _conversion(document: Document) -> Conversion | None:
    conversion = from_columns(document)
    if conversion is None or document.kind != CREDIT_NOTE:
        return conversion
    invoice: Document = document.corrects
    notes = Document.select().where(
        (Document.corrects == invoice.id) & (Document.id <= document.id)
    )
    return with_corrections(conversion, invoice, notes)


_LINE_COLUMNS = (
    DocumentLine.description,
    DocumentLine.quantity,
    DocumentLine.unit_price_minor,
    DocumentLine.net_minor,
    DocumentLine.vat_rate,
    DocumentLine.vat_minor,
    DocumentLine.total_minor,
)


def load(document_id: int) -> DocumentData:
    """The document's snapshot, as the PDF shows it."""
    return load_many([document_id])[0]


def load_many(ids: Sequence[int]) -> list[DocumentData]:
    """The snapshots of the documents, in the order of `ids`, in two queries (and one per logo
    or credit note): an export loads its documents a batch at a time.

    Peewee's DoesNotExist for an id that is no document."""
    wanted = list(ids)
    found = {row.id: row for row in Document.select().where(Document.id.in_(wanted))}
    for document_id in wanted:
        if document_id not in found:
            Document.get_by_id(document_id)  # raises its DoesNotExist
    lines: dict[int, list[Line]] = {}
    query = (
        DocumentLine.select(DocumentLine.document, *_LINE_COLUMNS)
        .where(DocumentLine.document.in_(wanted))
        .order_by(DocumentLine.document, DocumentLine.position)
        .tuples()
    )
    for document_id, *values in cast("Iterable[tuple[Any, ...]]", query):
        lines.setdefault(document_id, []).append(Line(*values))
    logos: dict[str | None, bytes | None] = {}
    snapshots = []
    for document_id in wanted:
        document = found[document_id]
        digest = document.logo_sha256
        if digest not in logos:
            logos[digest] = logo_bytes(digest)
        snapshots.append(_snapshot(document, tuple(lines.get(document_id, ())), logos[digest]))
    return snapshots


def _snapshot(document: Document, lines: tuple[Line, ...], logo: bytes | None) -> DocumentData:
    return DocumentData(
        id=document.id,
        kind=document.kind,
        number=document.number,
        language=document.language,
        issued_on=document.issued_on,
        taxable_supply_on=document.taxable_supply_on,
        due_on=document.due_on,
        currency=document.currency,
        vat_rule=document.vat_rule,
        vat_rate=document.vat_rate,
        totals=_totals(document),
        credits=document.credits,
        seller=json.loads(document.seller),
        buyer=json.loads(document.buyer),
        lines=lines,
        variable_symbol=document.variable_symbol,
        payment_details=json.loads(document.payment_details),
        reason=document.reason,
        corrected=_corrected(document) if document.kind == CREDIT_NOTE else None,
        logo=logo,
        conversion=_conversion(document),
    )


def list_documents(
    year: int | None = None,
    kind: str | None = None,
    text: str = "",
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[Document]:
    """Documents newest first, filtered by year, kind, issue dates and text (number or buyer)."""
    query = Document.select().order_by(Document.issued_on.desc(), Document.id.desc())
    if year is not None:
        query = query.where(Document.issued_on.startswith(f"{year:04d}-"))
    if kind is not None:
        query = query.where(Document.kind == kind)
    if date_from is not None:
        query = query.where(Document.issued_on >= date_from.isoformat())
    if date_to is not None:
        query = query.where(Document.issued_on <= date_to.isoformat())
    for word in text.split():
        pattern = f"%{word}%"
        query = query.where(
            Document.number**pattern
            | Document.buyer_name**pattern
            | Document.variable_symbol**pattern
        )
    return list(query)


def ids_issued(date_from: date | None = None, date_to: date | None = None) -> list[int]:
    """Ids of the documents issued in the period (inclusive), oldest first: ids only, so a year
    of them comes in a few milliseconds."""
    query = Document.select(Document.id).order_by(Document.issued_on, Document.id)
    if date_from is not None:
        query = query.where(Document.issued_on >= date_from.isoformat())
    if date_to is not None:
        query = query.where(Document.issued_on <= date_to.isoformat())
    return [int(document_id) for (document_id,) in cast("Iterable[tuple[int]]", query.tuples())]


def years() -> list[int]:
    """Years in which documents were issued, newest first."""
    rows = Document.select(Document.year).distinct()
    return sorted({int(row.year) for row in rows}, reverse=True)


def invoice_for_payment(payment_id: int) -> Document | None:
    return Document.get_or_none((Document.payment_id == payment_id) & (Document.kind == INVOICE))


def proforma_for_payment(payment_id: int) -> Document | None:
    return Document.get_or_none((Document.payment_id == payment_id) & (Document.kind == PROFORMA))
