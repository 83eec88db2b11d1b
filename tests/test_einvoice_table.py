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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import facturx
import pytest
from lxml import etree
from pypdf import PdfReader

from models.common.formatting import amount_text, credits_text, date_text, money_text
from models.common.money import MICRO
from models.invoicing import documents, issuing
from models.invoicing import export as invoice_export
from models.invoicing.documents import CREDIT_NOTE, INVOICE, PROFORMA, DocumentData
from models.invoicing.einvoice import exchange_rate
from models.invoicing.vat import DOMESTIC, OUTSIDE_SCOPE, REVERSE_CHARGE
from models.settings import store as settings
from tests.invoice_helpers import buyer, eur_rate, paid, pending, seller

ISDOC_SCHEMA = etree.XMLSchema(
    etree.parse(str(Path(__file__).parent / "data" / "isdoc" / "isdoc-invoice-6.0.2.xsd"))
)
ISDOC = {"i": "http://isdoc.cz/namespace/2013"}
CII = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
}
REASON = "Vráceno na žádost zákazníka"
RATE = "25.085"  # the CNB's EUR rate of PAID_ON (tests/invoice_helpers.py eur_rate)
PAID_ON = date(2026, 3, 9)
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
    eur_rate(PAID_ON, RATE)  # the CNB's rate of the day the top-up is paid, for a EUR tax document
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
    assert data.taxable_supply_on is not None or data.kind == PROFORMA
    if data.kind == PROFORMA:  # not a tax document, and says so
        shows("Nejedná se o daňový doklad." if lang == "cs" else "This is not a tax document.")
        assert supply not in text
    elif data.kind == INVOICE:  # (f) the date of the taxable supply
        shows(f"{supply} {date_text(data.taxable_supply_on, lang)}")
    else:  # §45(1)(e): a corrective document states the date of the correction instead
        correction = "Datum uskutečnění opravy" if lang == "cs" else "Date of the correction"
        when = date_text(data.taxable_supply_on, lang)
        shows(f"{correction} {when}")
        assert f"{supply} {when}" not in text
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
    if data.kind == CREDIT_NOTE:
        check_section_45(text, data)
    if currency != "CZK" and data.kind != PROFORMA:
        check_crowns(text, data)


def _differences(
    shows: Callable[[str], None], lang: str, currency: str, columns: list[tuple[int, ...]]
) -> None:
    """A table of differences: its columns (before, difference, after), and in each row the
    amounts of base, VAT (and total) in that order (text extraction may move a row's label)."""
    shows(
        "Původní doklad Rozdíl Po opravě"
        if lang == "cs"
        else "Original invoice Difference After correction"
    )
    for row in range(len(columns[0])):
        shows(" ".join(amount_text(column[row], currency, lang) for column in columns))


def check_section_45(text: str, data: DocumentData) -> None:
    """What §45 of the VAT Act asks of a corrective tax document besides §29's details: the
    corrected document's number and date of taxable supply, the reason, and the differences."""
    lang, currency, corrected = data.language, data.currency, data.corrected
    assert corrected is not None and corrected.taxable_supply_on is not None

    def shows(value: str) -> None:
        assert plain(value) in text, f"{value!r} is not on {data.number}"

    issued = date_text(corrected.issued_on, lang)
    supplied = date_text(corrected.taxable_supply_on, lang)
    if lang == "cs":
        shows(f"Opravovaný doklad {corrected.number} ze dne {issued}")
        shows(f"Datum uskutečnění plnění opravovaného dokladu {supplied}")
        shows(f"Důvod opravy {REASON}")
        shows("Rozdíly")
    else:
        shows(f"Corrects invoice {corrected.number} issued on {issued}")
        shows(f"Taxable supply of the corrected invoice {supplied}")
        shows(f"Reason for the correction {REASON}")
        shows("Differences")
    before, difference, after = corrected.original, data.totals, corrected.after
    columns = [(t.net_minor, t.vat_minor, t.total_minor) for t in (before, difference, after)]
    _differences(shows, lang, currency, columns)
    assert before.net_minor + difference.net_minor == after.net_minor
    assert before.vat_minor + difference.vat_minor == after.vat_minor


def _crowns(amount: Decimal, net_minor: int) -> int:
    """An amount of euro cents at `amount` crowns per euro, in haléře, rounded half up."""
    return int((Decimal(net_minor) * amount).quantize(Decimal(1), ROUND_HALF_UP))


def check_crowns(text: str, data: DocumentData) -> None:
    """§4(1)(a), §29(1)(i) and §37 of the VAT Act: a Czech VAT payer's tax document in euros also
    states its tax base and VAT in crowns, and the rate (the CNB's of the date of taxable supply,
    for a credit note the corrected invoice's) with the day it is of."""
    lang, totals, conversion = data.language, data.totals, data.conversion
    assert conversion is not None, f"{data.number} keeps no exchange rate"
    assert (conversion.currency, conversion.rate, conversion.amount) == ("CZK", RATE, 1)
    assert (conversion.source, conversion.rate_from) == ("cnb", PAID_ON.isoformat())
    net = _crowns(Decimal(RATE), totals.net_minor)  # the base converted, the VAT charged on it
    vat = _crowns(Decimal(data.vat_rate) / 100, net)

    def shows(value: str) -> None:
        assert plain(value) in text, f"{value!r} is not on {data.number}"

    def czk(units: int) -> str:
        return money_text(units, "CZK", lang)

    rate = RATE.replace(".", ",") if lang == "cs" else RATE
    of_day = f"(ČNB, {date_text(PAID_ON, lang)})"
    if data.kind == INVOICE:
        assert (conversion.totals.net_minor, conversion.totals.vat_minor) == (net, vat)
        shows(f"{'Základ daně v CZK' if lang == 'cs' else 'Tax base in CZK'} {czk(net)}")
        shows(f"{'DPH v CZK' if lang == 'cs' else 'VAT in CZK'} {czk(vat)}")
        label = "Kurz" if lang == "cs" else "Exchange rate"
    else:  # the invoice's crowns, the difference at the invoice's rate, and what is left
        assert data.corrected is not None
        original = data.corrected.original
        before_net = _crowns(Decimal(RATE), original.net_minor)
        before = (before_net, _crowns(Decimal(data.vat_rate) / 100, before_net))
        assert (conversion.totals.net_minor, conversion.totals.vat_minor) == (net, vat)
        after = (before[0] + net, before[1] + vat)
        shows("Rozdíly v CZK" if lang == "cs" else "Differences in CZK")
        _differences(shows, lang, "CZK", [before, (net, vat), after])
        label = (
            "Kurz opravovaného dokladu"
            if lang == "cs"
            else "Exchange rate of the corrected invoice"
        )
    shows(f"{label}: 1 EUR = {rate} CZK {of_day}")


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
    assert (rate is None) == (data.currency == "CZK" or data.kind == PROFORMA)
    local = data.currency if rate is None else "CZK"
    assert value("i:LocalCurrencyCode") == local
    if rate is None:  # the schematron's rule for a document in its local currency
        assert (value("i:CurrRate"), value("i:RefCurrRate")) == ("1", "1")
        assert not tree.xpath(
            "//*[substring(local-name(), string-length(local-name()) - 3) = 'Curr']"
        )
        net = amount_text(data.totals.net_minor, data.currency).replace(",", "")
        assert value("i:LegalMonetaryTotal/i:TaxExclusiveAmount") == net
    else:  # crowns in the plain elements, as stored with the document; euros in the “Curr” ones
        check_isdoc_crowns(tree, data)
    assert value("i:TaxTotal/i:TaxSubTotal/i:TaxCategory/i:Percent") == data.vat_rate
    if data.kind == CREDIT_NOTE:
        assert data.corrected is not None
        reference = "i:OriginalDocumentReferences/i:OriginalDocumentReference/i:ID"
        assert value(reference) == data.corrected.number
        assert REASON in value("i:Note")
    else:
        assert value("i:PaymentMeans/i:Payment/i:Details/i:IBAN") == data.seller["iban"]
        assert value("i:PaymentMeans/i:Payment/i:Details/i:VariableSymbol") == data.variable_symbol


def check_isdoc_crowns(tree: etree._Element, data: DocumentData) -> None:
    """ISDOC's foreign-currency document: LocalCurrencyCode CZK, ForeignCurrencyCode EUR, the rate
    (CurrRate crowns for RefCurrRate euros), and the tax base and VAT in crowns that the
    document stored when it was issued (the VAT is charged on the CZK base, not converted)."""
    assert data.conversion is not None
    czk, totals = data.conversion.totals, data.totals

    def value(path: str) -> str:
        return str(tree.findtext(path, namespaces=ISDOC))

    def decimal(path: str) -> Decimal:
        return Decimal(value(path))

    assert (value("i:LocalCurrencyCode"), value("i:ForeignCurrencyCode")) == ("CZK", "EUR")
    assert (Decimal(value("i:CurrRate")), value("i:RefCurrRate")) == (Decimal(RATE), "1")
    subtotal = "i:TaxTotal/i:TaxSubTotal/i:"
    monetary = "i:LegalMonetaryTotal/i:"
    crowns = {
        subtotal + "TaxableAmount": czk.net_minor,
        subtotal + "TaxAmount": czk.vat_minor,
        subtotal + "TaxInclusiveAmount": czk.net_minor + czk.vat_minor,
        "i:TaxTotal/i:TaxAmount": czk.vat_minor,
        monetary + "TaxExclusiveAmount": czk.net_minor,
        monetary + "TaxInclusiveAmount": czk.net_minor + czk.vat_minor,
    }
    for path, units in crowns.items():
        assert decimal(path) == Decimal(units) / 100, path
    euros = {
        subtotal + "TaxableAmountCurr": totals.net_minor,
        subtotal + "TaxAmountCurr": totals.vat_minor,
        monetary + "TaxExclusiveAmountCurr": totals.net_minor,
        monetary + "TaxInclusiveAmountCurr": totals.total_minor,
    }
    for path, units in euros.items():
        assert decimal(path) == Decimal(units) / 100, path
    lines = "i:InvoiceLines/i:InvoiceLine/i:"
    for name, total in (
        ("LineExtensionAmount", czk.net_minor),
        ("LineExtensionTaxAmount", czk.vat_minor),
    ):
        amounts = tree.findall(lines + name, namespaces=ISDOC)
        assert sum(Decimal(str(element.text)) for element in amounts) == Decimal(total) / 100


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
    taxes = tree.findall(summary + "TaxTotalAmount", namespaces=CII)
    currencies = [element.get("currencyID") for element in taxes]
    tax_currency = tree.findtext(".//ram:TaxCurrencyCode", namespaces=CII)
    if data.currency == "CZK":
        assert currencies == ["CZK"] and tax_currency is None
    else:  # BT-6 CZK, and BT-111 the VAT in crowns as the document stored it (BR-53)
        assert data.conversion is not None
        sign = -1 if data.kind == CREDIT_NOTE else 1  # a credit note's CII is positive
        crowns = Decimal(sign * data.conversion.totals.vat_minor) / 100
        assert currencies == ["EUR", "CZK"] and tax_currency == "CZK"
        assert Decimal(str(taxes[1].text)) == crowns
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
