"""A tax invoice or credit note as an EN 16931 Cross-Industry-Invoice (the XML inside a Factur-X
/ ZUGFeRD PDF, profile EN 16931).

The terms follow EN 16931 (BT-/BG- numbers in the comments). A credit note is type 381 with
positive amounts (the type says they are credited). VAT categories: S for the domestic rate, AE
for reverse charge (an EU business with a VAT ID), O outside the scope of VAT (a buyer outside the
EU, or a seller who is no VAT payer); the rules of O forbid VAT IDs in the XML (BR-O-02), so there
the parties are named by their company IDs.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from models.common.messages import UserError
from models.common.money import currency_decimals
from models.invoicing.documents import CREDIT_NOTE, INVOICE, DocumentData, Line
from models.invoicing.einvoice import (
    LOCAL_CURRENCY,
    amount_text,
    credits_quantity,
    local_totals,
    sub,
    to_bytes,
)
from models.invoicing.vat import DOMESTIC, REVERSE_CHARGE
from models.invoicing.wording import word

NAMESPACES = {
    "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}
EN16931 = "urn:cen.eu:en16931:2017"
TYPE_CODES = {INVOICE: "380", CREDIT_NOTE: "381"}
SEPA_CREDIT_TRANSFER = "58"
NOT_DEFINED = "1"  # a payment received by hand
UNIT = "C62"  # one (UN/ECE Recommendation 20)


class NotAnInvoice(ValueError):
    """A proforma is a request for payment, not an invoice: it has no Factur-X."""


class FacturXError(UserError):
    """The Factur-X of a document could not be made; str() is the message to show."""


def category(document: DocumentData) -> str:
    """The VAT category code (BT-118) of the document's one VAT rule."""
    if document.vat_rule == DOMESTIC:
        return "S"
    if document.vat_rule == REVERSE_CHARGE:
        return "AE"
    return "O"


def _sign(document: DocumentData) -> int:
    """A credit note's amounts are negative on the document and positive in its CII."""
    return -1 if document.kind == CREDIT_NOTE else 1


def _date(parent: ET.Element, tag: str, iso: str, data_type: str = "udt") -> None:
    sub(sub(parent, tag), f"{data_type}:DateTimeString", iso.replace("-", ""), format="102")


def _party(parent: ET.Element, tag: str, party: dict[str, str], with_vat_id: bool) -> None:
    element = sub(parent, tag)
    sub(element, "ram:Name", party.get("name", ""))
    if party.get("company_id"):
        sub(sub(element, "ram:SpecifiedLegalOrganization"), "ram:ID", party["company_id"])
    address = sub(element, "ram:PostalTradeAddress")
    if party.get("postal_code"):
        sub(address, "ram:PostcodeCode", party["postal_code"])
    if party.get("street"):
        sub(address, "ram:LineOne", party["street"])
    if party.get("city"):
        sub(address, "ram:CityName", party["city"])
    sub(address, "ram:CountryID", party.get("country", ""))
    if party.get("email"):
        uri = sub(element, "ram:URIUniversalCommunication")
        sub(uri, "ram:URIID", party["email"], schemeID="EM")
    if with_vat_id and party.get("vat_id"):
        sub(sub(element, "ram:SpecifiedTaxRegistration"), "ram:ID", party["vat_id"], schemeID="VA")


def _trade_tax(parent: ET.Element, document: DocumentData, rate: str) -> None:
    """A line's tax: type, category, and its rate (none for category O, BR-O-05)."""
    tax = sub(parent, "ram:ApplicableTradeTax")
    sub(tax, "ram:TypeCode", "VAT")
    sub(tax, "ram:CategoryCode", category(document))
    if category(document) != "O":
        sub(tax, "ram:RateApplicablePercent", rate)


def _line(parent: ET.Element, position: int, line: Line, document: DocumentData) -> None:
    sign, currency = _sign(document), document.currency
    item = sub(parent, "ram:IncludedSupplyChainTradeLineItem")
    sub(sub(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(position))
    sub(sub(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.description)
    price = sub(sub(item, "ram:SpecifiedLineTradeAgreement"), "ram:NetPriceProductTradePrice")
    delivery = sub(item, "ram:SpecifiedLineTradeDelivery")
    if line.quantity:  # BT-129 credits at BT-146 the price of one
        sub(price, "ram:ChargeAmount", amount_text(line.unit_price_minor, currency))
        sub(delivery, "ram:BilledQuantity", credits_quantity(sign * line.quantity), unitCode=UNIT)
    else:  # a price correction: one item at the amount corrected
        sub(price, "ram:ChargeAmount", amount_text(sign * line.net_minor, currency))
        sub(delivery, "ram:BilledQuantity", "1", unitCode=UNIT)
    settlement = sub(item, "ram:SpecifiedLineTradeSettlement")
    _trade_tax(settlement, document, line.vat_rate)
    summation = sub(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    sub(summation, "ram:LineTotalAmount", amount_text(sign * line.net_minor, currency))


def _breakdown(parent: ET.Element, document: DocumentData) -> None:
    """BG-23: one VAT breakdown, the document having one rate."""
    sign, currency, totals = _sign(document), document.currency, document.totals
    tax = sub(parent, "ram:ApplicableTradeTax")
    sub(tax, "ram:CalculatedAmount", amount_text(sign * totals.vat_minor, currency))
    sub(tax, "ram:TypeCode", "VAT")
    if document.vat_rule != DOMESTIC:  # BT-120, and BT-121 below for reverse charge
        sub(tax, "ram:ExemptionReason", word("rule_" + document.vat_rule, "en"))
    sub(tax, "ram:BasisAmount", amount_text(sign * totals.net_minor, currency))
    sub(tax, "ram:CategoryCode", category(document))
    if document.vat_rule == REVERSE_CHARGE:
        sub(tax, "ram:ExemptionReasonCode", "VATEX-EU-AE")
    if document.taxable_supply_on:  # BT-7, the date of taxable supply
        date = sub(tax, "ram:TaxPointDate")
        sub(date, "udt:DateString", document.taxable_supply_on.replace("-", ""), format="102")
    if category(document) != "O":
        sub(tax, "ram:RateApplicablePercent", document.vat_rate)


def _payment_means(parent: ET.Element, document: DocumentData) -> None:
    """BG-16 on an invoice: paid by SEPA credit transfer to the seller's IBAN, or by hand."""
    if document.kind != INVOICE:
        return  # a credit note is refunded to the buyer's account, which it does not name
    method = document.payment_details.get("method", "bank-transfer")
    iban = document.seller.get("iban", "")
    means = sub(parent, "ram:SpecifiedTradeSettlementPaymentMeans")
    if method != "bank-transfer" or not iban:
        sub(means, "ram:TypeCode", NOT_DEFINED)
        return
    sub(means, "ram:TypeCode", SEPA_CREDIT_TRANSFER)
    sub(sub(means, "ram:PayeePartyCreditorFinancialAccount"), "ram:IBANID", iban)
    if document.seller.get("bic"):
        institution = sub(means, "ram:PayeeSpecifiedCreditorFinancialInstitution")
        sub(institution, "ram:BICID", document.seller["bic"])


def _notes(document: DocumentData) -> list[str]:
    notes = []
    if document.vat_rule != DOMESTIC:
        notes.append(word("rule_" + document.vat_rule, document.language))
    if document.kind == CREDIT_NOTE and document.reason:
        notes.append(f"{word('reason', document.language)}: {document.reason}")
    return notes


def _summation(parent: ET.Element, document: DocumentData) -> None:
    """BG-22: totals in the invoice currency, and the VAT in crowns when the rate is known."""
    sign, currency, totals = _sign(document), document.currency, document.totals
    paid = totals.total_minor if document.kind == INVOICE else 0
    summation = sub(parent, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    sub(summation, "ram:LineTotalAmount", amount_text(sign * totals.net_minor, currency))
    sub(summation, "ram:TaxBasisTotalAmount", amount_text(sign * totals.net_minor, currency))
    vat = amount_text(sign * totals.vat_minor, currency)
    sub(summation, "ram:TaxTotalAmount", vat, currencyID=currency)
    crowns = local_totals(document)
    if crowns is not None:  # BT-111, the VAT in the accounting currency (BT-6), as stored
        local = amount_text(sign * crowns.vat_minor, LOCAL_CURRENCY)
        sub(summation, "ram:TaxTotalAmount", local, currencyID=LOCAL_CURRENCY)
    sub(summation, "ram:GrandTotalAmount", amount_text(sign * totals.total_minor, currency))
    sub(summation, "ram:TotalPrepaidAmount", amount_text(sign * paid, currency))
    due = amount_text(sign * (totals.total_minor - paid), currency)
    sub(summation, "ram:DuePayableAmount", due)


def cii_xml(document: DocumentData) -> bytes:
    """The Cross-Industry-Invoice of a tax invoice or credit note (profile EN 16931), UTF-8."""
    if document.kind not in TYPE_CODES:
        raise NotAnInvoice(document.kind)
    assert currency_decimals(document.currency) == 2, "EN 16931 amounts have two decimals"
    root = ET.Element("rsm:CrossIndustryInvoice", NAMESPACES)
    context = sub(root, "rsm:ExchangedDocumentContext")
    sub(sub(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", EN16931)
    header = sub(root, "rsm:ExchangedDocument")
    sub(header, "ram:ID", document.number)  # BT-1
    sub(header, "ram:TypeCode", TYPE_CODES[document.kind])  # BT-3
    _date(header, "ram:IssueDateTime", document.issued_on)  # BT-2
    for note in _notes(document):  # BT-22
        sub(sub(header, "ram:IncludedNote"), "ram:Content", note)
    transaction = sub(root, "rsm:SupplyChainTradeTransaction")
    for position, line in enumerate(document.lines, start=1):
        _line(transaction, position, line, document)
    agreement = sub(transaction, "ram:ApplicableHeaderTradeAgreement")
    with_vat_ids = category(document) != "O"
    _party(agreement, "ram:SellerTradeParty", document.seller, with_vat_ids)
    _party(agreement, "ram:BuyerTradeParty", document.buyer, with_vat_ids)
    delivery = sub(transaction, "ram:ApplicableHeaderTradeDelivery")
    if document.taxable_supply_on:  # BT-72
        event = sub(delivery, "ram:ActualDeliverySupplyChainEvent")
        _date(event, "ram:OccurrenceDateTime", document.taxable_supply_on)
    settlement = sub(transaction, "ram:ApplicableHeaderTradeSettlement")
    if document.variable_symbol:  # BT-83
        sub(settlement, "ram:PaymentReference", document.variable_symbol)
    if local_totals(document) is not None:  # BT-6
        sub(settlement, "ram:TaxCurrencyCode", LOCAL_CURRENCY)
    sub(settlement, "ram:InvoiceCurrencyCode", document.currency)  # BT-5
    _payment_means(settlement, document)
    _breakdown(settlement, document)
    terms = sub(settlement, "ram:SpecifiedTradePaymentTerms")  # BT-9
    _date(terms, "ram:DueDateDateTime", document.due_on)
    _summation(settlement, document)
    if document.corrected is not None:  # BG-3, the invoice a credit note corrects
        reference = sub(settlement, "ram:InvoiceReferencedDocument")
        sub(reference, "ram:IssuerAssignedID", document.corrected.number)
        _date(reference, "ram:FormattedIssueDateTime", document.corrected.issued_on, "qdt")
    return to_bytes(root)


def check_xml(xml: bytes, number: str) -> None:
    """FacturXError unless the XML is valid against the Factur-X EN 16931 schema.

    (The package's schematron check needs a Saxon server, which Credit Desk does not run.)
    """
    import facturx

    try:
        facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    except Exception as error:  # the package raises a bare Exception with the schema's reason
        raise FacturXError(
            "The Factur-X data of document {number} is not valid: {reason}",
            number=number,
            reason=str(error),
        ) from None


_DATING = threading.Lock()


@contextmanager
def _dated(moment: datetime) -> Iterator[None]:
    """The package stamps the PDF with the time now; for the same bytes every time, the
    document's issue date instead (one embedding at a time: it swaps two module functions)."""
    import facturx.facturx as package

    with _DATING:
        pdf_timestamp = package._get_pdf_timestamp
        metadata_timestamp = package._get_metadata_timestamp

        def fixed_pdf_timestamp(date: Any = None) -> str:
            return str(pdf_timestamp(date or moment))

        package._get_pdf_timestamp = fixed_pdf_timestamp
        package._get_metadata_timestamp = lambda: moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        try:
            yield
        finally:
            package._get_pdf_timestamp = pdf_timestamp
            package._get_metadata_timestamp = metadata_timestamp


def facturx_pdf(document: DocumentData, pdf: bytes, title: str) -> bytes:
    """The document's PDF as a Factur-X PDF/A-3: `pdf` with its CII attached as factur-x.xml.

    NotAnInvoice for a proforma; the same document and PDF always give the same bytes.
    """
    import facturx

    xml = cii_xml(document)
    check_xml(xml, document.number)
    seller = document.seller.get("name") or "Credit Desk"
    metadata = {
        "author": seller,
        "keywords": "Factur-X, " + ("Credit note" if document.kind == CREDIT_NOTE else "Invoice"),
        "title": title,
        "subject": f"{title} ({seller}, {document.issued_on})",
    }
    moment = datetime.fromisoformat(document.issued_on).replace(tzinfo=UTC)
    with _dated(moment):
        wrapped: bytes = facturx.generate_from_binary(
            pdf,
            xml,
            flavor="factur-x",
            level="en16931",
            check_xsd=False,  # checked above, with a message of our own
            pdf_metadata=metadata,
            lang="cs-CZ" if document.language == "cs" else "en-GB",
        )
    return wrapped
