"""Issue 15, point 6: every document kind × currency × buyer, its PDF read as text against what the
Czech VAT Act §29 requires, its ISDOC against the official schema, its Factur-X against the EN 16931
schema (and the arithmetic and category rules of EN 16931 that the schema cannot check), attached
to the PDF for real.

CZK documents are issued in Czech, EUR documents in English, so both wordings are read.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import facturx
import pytest
from lxml import etree
from pypdf import PdfReader

from models.common.formatting import amount_text, credits_text, date_text
from models.common.money import MICRO
from models.invoicing import documents, issuing
from models.invoicing import export as invoice_export
from models.invoicing.documents import CREDIT_NOTE, INVOICE, PROFORMA, DocumentData
from models.invoicing.einvoice import exchange_rate
from models.invoicing.vat import DOMESTIC, OUTSIDE_SCOPE, REVERSE_CHARGE
from models.settings import store as settings
from tests.invoice_helpers import buyer, paid, pending, seller

ISDOC_SCHEMA = etree.XMLSchema(
    etree.parse(str(Path(__file__).parent / "data" / "isdoc" / "isdoc-invoice-6.0.2.xsd"))
)
ISDOC = {"i": "http://isdoc.cz/namespace/2013"}
CII = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
}
REASON = "Vráceno na žádost zákazníka"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler-utils")


@dataclass(frozen=True)
class Buyer:
    details: dict[str, str]
    rule: str


BUYERS = {
    "czech VAT payer": Buyer({}, DOMESTIC),  # the helpers' Řeřicha & <Syn> s.r.o., CZ27082440
    "czech non-payer": Buyer({"vat_id": ""}, DOMESTIC),
    "EU business with a VAT ID": Buyer(
        {
            "name": "Muster Handel GmbH",
            "street": "Hauptstraße 5",
            "city": "Berlin",
            "postal_code": "10115",
            "country": "DE",
            "company_id": "HRB 12345",
            "vat_id": "DE136695976",
            "email": "buchhaltung@muster.de",
        },
        REVERSE_CHARGE,
    ),
    "EU consumer": Buyer(
        {
            "name": "Max Mustermann",
            "street": "Lindenweg 3",
            "city": "München",
            "postal_code": "80331",
            "country": "DE",
            "company_id": "",
            "vat_id": "",
            "email": "",
        },
        DOMESTIC,
    ),
    "non-EU business": Buyer(
        {
            "name": "Example Trading Ltd",
            "street": "10 Downing Street",
            "city": "London",
            "postal_code": "SW1A 2AA",
            "country": "GB",
            "company_id": "01234567",
            "vat_id": "GB980780684",
            "email": "",
        },
        OUTSIDE_SCOPE,
    ),
}
KINDS = (PROFORMA, INVOICE, CREDIT_NOTE)
CURRENCIES = ("CZK", "EUR")
CASES = [
    pytest.param(kind, currency, name, id=f"{kind}-{currency}-{name.replace(' ', '_')}")
    for kind in KINDS
    for currency in CURRENCIES
    for name in BUYERS
]


def issue(kind: str, currency: str, who: Buyer) -> DocumentData:
    seller()
    settings.set_values({"seller.invoice_language": "cs" if currency == "CZK" else "en"})
    buyer(**who.details)
    if kind == PROFORMA:
        proforma = documents.proforma_for_payment(pending(currency=currency).id)
        assert proforma is not None
        return documents.load(proforma.id)
    invoice = paid(currency=currency)
    if kind == INVOICE:
        return documents.load(invoice.id)
    note = issuing.issue_credit_note(invoice.id, REASON, 100 * MICRO, today=date(2026, 3, 20))
    return documents.load(note.id)


def plain(text: str) -> str:
    """Text with every kind of space as one space, as compared here."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def pdf_text(pdf: bytes) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return plain(result.stdout.decode("utf-8"))


def check_section_29(text: str, data: DocumentData, who: Buyer) -> None:
    """What §29 of the Czech VAT Act asks of a tax document (a proforma: of a request to pay)."""
    lang, currency = data.language, data.currency

    def shows(value: str) -> None:
        assert plain(value) in text, f"{value!r} is not on {data.number}"

    for field in ("name", "street", "city", "company_id", "vat_id"):  # (a) the seller
        shows(data.seller[field])
    for field in ("name", "street", "city"):  # (b) the buyer, with the DIČ it has
        shows(data.buyer[field])
    for field in ("company_id", "vat_id"):
        if who.details.get(field, "x"):
            shows(data.buyer[field])
    assert data.buyer["vat_id"] == who.details.get("vat_id", "CZ27082440")
    shows(data.number)  # (c) the number
    shows(date_text(data.issued_on, lang))  # (e) the date of issue
    supply = "Datum uskutečnění plnění" if lang == "cs" else "Date of taxable supply"
    if data.kind == PROFORMA:  # not a tax document, and says so
        shows("Nejedná se o daňový doklad." if lang == "cs" else "This is not a tax document.")
        assert supply not in text
    else:  # (f) the date of the taxable supply
        assert data.taxable_supply_on is not None
        shows(f"{supply} {date_text(data.taxable_supply_on, lang)}")
    line = data.lines[0]  # (h) what is supplied, how much, at what unit price
    shows(line.description)
    shows(credits_text(line.quantity, lang))
    shows(amount_text(line.unit_price_minor, currency, lang))
    totals = data.totals  # (i) base, rate, VAT (or why there is none), total
    shows(amount_text(totals.net_minor, currency, lang))
    rate = data.vat_rate.replace(".", ",") if lang == "cs" else data.vat_rate
    shows(f"{rate} %")
    shows(amount_text(totals.vat_minor, currency, lang))
    shows(amount_text(totals.total_minor, currency, lang))
    net = Decimal(totals.net_minor)
    if who.rule == DOMESTIC:
        assert data.vat_rate == "21"
        assert totals.vat_minor == int(
            (net * Decimal("0.21")).quantize(Decimal(1), "ROUND_HALF_UP")
        )
    else:
        assert (data.vat_rate, totals.vat_minor) == ("0", 0)
    if who.rule == REVERSE_CHARGE:  # §29(2)(a): the reverse-charge wording
        shows("Daň odvede zákazník" if lang == "cs" else "Reverse charge")
    if who.rule == OUTSIDE_SCOPE:
        shows("není předmětem DPH" if lang == "cs" else "Outside the scope of VAT")
    if data.kind == CREDIT_NOTE:  # §45: the corrected document, the reason, the difference
        assert data.corrected is not None
        shows(data.corrected.number)
        shows(REASON)
    if currency != "CZK" and data.kind != PROFORMA and who.rule == DOMESTIC:
        rate_kept = exchange_rate(data)  # §4(1)(a) and §37: the VAT in crowns too
        if rate_kept is not None:
            shows(amount_text(rate_kept.to_local(totals.vat_minor, currency), "CZK", lang))


def check_isdoc(xml: bytes, data: DocumentData, who: Buyer) -> None:
    tree = etree.fromstring(xml)
    ISDOC_SCHEMA.assertValid(tree)

    def value(path: str) -> str:
        return str(tree.findtext(path, namespaces=ISDOC))

    assert value("i:DocumentType") == {PROFORMA: "4", INVOICE: "1", CREDIT_NOTE: "2"}[data.kind]
    assert value("i:ID") == data.number and value("i:IssueDate") == data.issued_on
    assert tree.findtext("i:TaxPointDate", namespaces=ISDOC) == data.taxable_supply_on
    party = "i:AccountingCustomerParty/i:Party/"
    assert value(party + "i:PartyIdentification/i:ID") == data.buyer["company_id"]
    vat_ids = tree.findall(party + "i:PartyTaxScheme/i:CompanyID", namespaces=ISDOC)
    assert [element.text for element in vat_ids] == (
        [who.details.get("vat_id", "CZ27082440")] if who.details.get("vat_id", "x") else []
    )
    supplier = "i:AccountingSupplierParty/i:Party/"
    assert value(supplier + "i:PartyTaxScheme/i:CompanyID") == "CZ25596641"
    assert value(supplier + "i:PartyTaxScheme/i:TaxScheme") == "VAT"
    rate = exchange_rate(data)
    local = data.currency if rate is None else "CZK"
    assert value("i:LocalCurrencyCode") == local
    if rate is None:  # the schematron's rule for a document in its local currency
        assert (value("i:CurrRate"), value("i:RefCurrRate")) == ("1", "1")
        assert not tree.xpath(
            "//*[substring(local-name(), string-length(local-name()) - 3) = 'Curr']"
        )
        net = amount_text(data.totals.net_minor, data.currency).replace(",", "")
        assert value("i:LegalMonetaryTotal/i:TaxExclusiveAmount") == net
    assert value("i:TaxTotal/i:TaxSubTotal/i:TaxCategory/i:Percent") == data.vat_rate
    if data.kind == CREDIT_NOTE:
        assert data.corrected is not None
        reference = "i:OriginalDocumentReferences/i:OriginalDocumentReference/i:ID"
        assert value(reference) == data.corrected.number
        assert REASON in value("i:Note")
    else:
        assert value("i:PaymentMeans/i:Payment/i:Details/i:IBAN") == data.seller["iban"]
        assert value("i:PaymentMeans/i:Payment/i:Details/i:VariableSymbol") == data.variable_symbol


def check_cii(xml: bytes, data: DocumentData, who: Buyer) -> None:
    """The schema, then what EN 16931's rules ask that a schema cannot."""
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    tree = etree.fromstring(xml)

    def amount(path: str) -> Decimal:
        return Decimal(str(tree.findtext(path, namespaces=CII)))

    summary = ".//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:"
    lines = [
        Decimal(str(x)) for x in tree.xpath(".//ram:LineTotalAmount/text()", namespaces=CII)[:-1]
    ]
    assert sum(lines) == amount(summary + "LineTotalAmount")  # BR-CO-10
    assert amount(summary + "TaxBasisTotalAmount") == amount(
        summary + "LineTotalAmount"
    )  # BR-CO-13
    grand = amount(summary + "TaxBasisTotalAmount") + amount(summary + "TaxTotalAmount")
    assert amount(summary + "GrandTotalAmount") == grand  # BR-CO-15
    due = grand - amount(summary + "TotalPrepaidAmount")
    assert amount(summary + "DuePayableAmount") == due >= 0  # BR-CO-16, a credit note positive
    breakdown = ".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:"
    basis, vat = amount(breakdown + "BasisAmount"), amount(breakdown + "CalculatedAmount")
    assert basis == amount(summary + "TaxBasisTotalAmount") and basis > 0  # BR-S/AE/O-08
    assert vat == amount(summary + "TaxTotalAmount")  # BR-CO-14
    category = tree.findtext(breakdown + "CategoryCode", namespaces=CII)
    vat_ids = tree.xpath(".//ram:SpecifiedTaxRegistration/ram:ID/text()", namespaces=CII)
    expected = {DOMESTIC: "S", REVERSE_CHARGE: "AE", OUTSIDE_SCOPE: "O"}[who.rule]
    assert category == expected
    if category == "S":  # BR-S-02, BR-CO-17
        assert "CZ25596641" in vat_ids
        assert vat == (basis * Decimal("0.21")).quantize(Decimal("0.01"), "ROUND_HALF_UP")
    if category == "AE":  # BR-AE-03/05/09/10
        assert vat_ids == ["CZ25596641", who.details["vat_id"]] and vat == 0
        assert tree.findtext(breakdown + "ExemptionReasonCode", namespaces=CII) == "VATEX-EU-AE"
    if category == "O":  # BR-O-02/05/09/10
        assert vat_ids == [] and vat == 0
        assert not tree.xpath(".//ram:RateApplicablePercent", namespaces=CII)
        assert tree.findtext(breakdown + "ExemptionReason", namespaces=CII)
    type_code = tree.findtext(".//rsm:ExchangedDocument/ram:TypeCode", namespaces=CII)
    assert type_code == {INVOICE: "380", CREDIT_NOTE: "381"}[data.kind]
    if data.kind == CREDIT_NOTE:  # BG-3, the preceding invoice
        assert data.corrected is not None
        reference = ".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID"
        assert tree.findtext(reference, namespaces=CII) == data.corrected.number
    else:  # BR-61: a credit transfer names the account
        means = ".//ram:SpecifiedTradeSettlementPaymentMeans/ram:"
        assert tree.findtext(means + "TypeCode", namespaces=CII) == "58"
        iban = means + "PayeePartyCreditorFinancialAccount/ram:IBANID"
        assert tree.findtext(iban, namespaces=CII) == data.seller["iban"]


@needs_poppler
@pytest.mark.parametrize(("kind", "currency", "buyer_kind"), CASES)
def test_every_document_as_pdf_isdoc_and_factur_x(
    database, kind: str, currency: str, buyer_kind: str
) -> None:
    who = BUYERS[buyer_kind]
    data = issue(kind, currency, who)
    assert data.vat_rule == who.rule
    pdf = invoice_export.render(data, invoice_export.FACTURX)
    attachments = PdfReader(io.BytesIO(pdf)).attachments
    if kind == PROFORMA:  # not an invoice: no Factur-X, the plain PDF
        assert pdf == invoice_export.render(data, invoice_export.PDF) and not attachments
    else:
        assert list(attachments) == ["factur-x.xml"]
        name, xml = facturx.get_facturx_xml_from_pdf(pdf)
        assert name == "factur-x.xml" and [xml] == attachments["factur-x.xml"]
        check_cii(xml, data, who)
        assert pdf == invoice_export.render(data, invoice_export.FACTURX)  # the same bytes
    check_section_29(pdf_text(pdf), data, who)
    check_isdoc(invoice_export.render(data, invoice_export.ISDOC), data, who)
