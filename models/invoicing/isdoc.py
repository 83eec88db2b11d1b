"""A document as ISDOC 6.0.2 XML, the Czech structured invoice that Pohoda, Money S3, ABRA and
Helios import.

Tax invoice → DocumentType 1, credit note → 2 (with a reference to the invoice it corrects),
proforma → 4 (“zálohová faktura, nedaňový zálohový list”). A credit note's amounts keep the sign
they have on the document (a reduction is negative), as its PDF shows them. Amounts without the
“Curr” suffix are in crowns: a document in another currency carries them in both, the crowns
being the tax base and VAT stored with it when it was issued (its lines converted at its rate,
adding up to them); without a rate it is written in its own currency as the local one.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal

from models.common.formatting import country_name
from models.common.money import to_units
from models.invoicing.documents import (
    CREDIT_NOTE,
    INVOICE,
    PROFORMA,
    DocumentData,
    Line,
    Totals,
)
from models.invoicing.einvoice import (
    LOCAL_CURRENCY,
    ExchangeRate,
    amount_text,
    credits_quantity,
    decimal_text,
    document_uuid,
    exchange_rate,
    local_lines,
    local_totals,
    street_and_number,
    sub,
    to_bytes,
)
from models.invoicing.vat import DOMESTIC, NOT_VAT_PAYER
from models.invoicing.wording import word

NAMESPACE = "http://isdoc.cz/namespace/2013"
VERSION = "6.0.2"
DOCUMENT_TYPES = {INVOICE: "1", CREDIT_NOTE: "2", PROFORMA: "4"}
BANK_TRANSFER = "42"  # PaymentMeansCode: převod na účet
CASH = "10"


@dataclass(frozen=True)
class _Money:
    """Writes an amount as ISDOC wants it: in crowns, and in the foreign currency when there is one.

    ISDOC's schema: an element without the “Curr” suffix holds the amount in the local currency
    (“v tuzemské měně”), its “Curr” twin the amount in the foreign currency (“v cizí měně”).
    """

    currency: str
    rate: ExchangeRate | None

    @property
    def local_code(self) -> str:
        return LOCAL_CURRENCY if self.rate is not None else self.currency

    def local(self, units: int, local: int | None = None) -> str:
        """`units` of the document's currency in crowns: `local` when the crowns are known
        (stored with the document), else converted at the rate; as they are without a rate."""
        if self.rate is None:
            return amount_text(units, self.currency)
        if local is None:
            local = self.rate.to_local(units, self.currency)
        return amount_text(local, LOCAL_CURRENCY)

    def add(self, parent: ET.Element, name: str, units: int, local: int | None = None) -> None:
        """`name` in crowns; with a foreign currency, `nameCurr` first where the schema wants it."""
        if self.rate is not None and not name.endswith("Curr"):
            sub(parent, f"{name}Curr", amount_text(units, self.currency))
        sub(parent, name, self.local(units, local))

    def add_local_first(
        self, parent: ET.Element, name: str, units: int, local: int | None = None
    ) -> None:
        """LegalMonetaryTotal lists the crowns first, then the foreign amount."""
        sub(parent, name, self.local(units, local))
        if self.rate is not None:
            sub(parent, f"{name}Curr", amount_text(units, self.currency))


def _local_currency(document: DocumentData) -> _Money:
    """How the document's amounts are written: its currency, and the rate to crowns if it has one."""
    return _Money(document.currency, exchange_rate(document))


def _crowns(document: DocumentData) -> Totals:
    """The document's totals in crowns as stored when it was issued (its own without a rate:
    `_Money` then writes them in the document's currency)."""
    return local_totals(document) or document.totals


def _party(parent: ET.Element, tag: str, party: dict[str, str], language: str) -> None:
    """AccountingSupplierParty or AccountingCustomerParty: IDs, name, address, VAT ID."""
    element = sub(sub(parent, tag), "Party")
    sub(sub(element, "PartyIdentification"), "ID", party.get("company_id", ""))
    sub(sub(element, "PartyName"), "Name", party.get("name", ""))
    address = sub(element, "PostalAddress")
    street, number = street_and_number(party.get("street", ""))
    sub(address, "StreetName", street)
    sub(address, "BuildingNumber", number)
    sub(address, "CityName", party.get("city", ""))
    sub(address, "PostalZone", party.get("postal_code", ""))
    country = sub(address, "Country")
    code = party.get("country", "")
    sub(country, "IdentificationCode", code)
    sub(country, "Name", country_name(code, language) if code else "")
    if party.get("vat_id"):
        scheme = sub(element, "PartyTaxScheme")
        sub(scheme, "CompanyID", party["vat_id"])
        sub(scheme, "TaxScheme", "VAT")
    if party.get("email"):
        sub(sub(element, "Contact"), "ElectronicMail", party["email"])


def _vat_applicable(document: DocumentData) -> str:
    """A proforma is not a tax document, and a seller who is no VAT payer issues none."""
    taxed = document.kind != PROFORMA and document.vat_rule != NOT_VAT_PAYER
    return "true" if taxed else "false"


def _note(document: DocumentData) -> str:
    parts = []
    if document.vat_rule != DOMESTIC:
        parts.append(word("rule_" + document.vat_rule, document.language))
    if document.kind == CREDIT_NOTE and document.reason:
        parts.append(f"{word('reason', document.language)}: {document.reason}")
    return " ".join(parts)


def _line(
    parent: ET.Element, position: int, line: Line, crowns: Totals, document: DocumentData
) -> None:
    """One line; `crowns`: its base, VAT and total in crowns (its own amounts without a rate)."""
    money = _local_currency(document)
    element = sub(parent, "InvoiceLine")
    sub(element, "ID", str(position))
    sub(element, "InvoicedQuantity", credits_quantity(line.quantity), unitCode="credit")
    money.add(element, "LineExtensionAmount", line.net_minor, crowns.net_minor)
    money.add(element, "LineExtensionAmountTaxInclusive", line.total_minor, crowns.total_minor)
    sub(element, "LineExtensionTaxAmount", money.local(line.vat_minor, crowns.vat_minor))
    sub(element, "UnitPrice", money.local(line.unit_price_minor))
    sub(element, "UnitPriceTaxInclusive", money.local(_unit_price_with_vat(line)))
    category = sub(element, "ClassifiedTaxCategory")
    sub(category, "Percent", line.vat_rate)
    sub(category, "VATCalculationMethod", "0")  # from the base up (zdola)
    sub(category, "VATApplicable", _vat_applicable(document))
    if document.vat_rule != DOMESTIC:
        sub(element, "VATNote", word("rule_" + document.vat_rule, document.language))
    sub(sub(element, "Item"), "Description", line.description)


def line_totals(line: Line) -> Totals:
    return Totals(line.net_minor, line.vat_minor, line.total_minor)


def _unit_price_with_vat(line: Line) -> int:
    """The unit price with the line's VAT rate added, rounded half up to the minor unit."""
    return to_units(Decimal(line.unit_price_minor) * (100 + Decimal(line.vat_rate)) / 100, 0)


def _tax_total(parent: ET.Element, document: DocumentData) -> None:
    money = _local_currency(document)
    totals, crowns = document.totals, _crowns(document)
    total = sub(parent, "TaxTotal")
    subtotal = sub(total, "TaxSubTotal")
    money.add(subtotal, "TaxableAmount", totals.net_minor, crowns.net_minor)
    money.add(subtotal, "TaxAmount", totals.vat_minor, crowns.vat_minor)
    money.add(subtotal, "TaxInclusiveAmount", totals.total_minor, crowns.total_minor)
    for name in ("Taxable", "Tax", "TaxInclusive"):
        money.add(subtotal, f"AlreadyClaimed{name}Amount", 0, 0)
    money.add(subtotal, "DifferenceTaxableAmount", totals.net_minor, crowns.net_minor)
    money.add(subtotal, "DifferenceTaxAmount", totals.vat_minor, crowns.vat_minor)
    money.add(subtotal, "DifferenceTaxInclusiveAmount", totals.total_minor, crowns.total_minor)
    category = sub(subtotal, "TaxCategory")
    sub(category, "Percent", document.vat_rate)
    sub(category, "VATApplicable", _vat_applicable(document))
    money.add(total, "TaxAmount", totals.vat_minor, crowns.vat_minor)


def _paid(document: DocumentData, totals: Totals) -> int:
    """What was paid before: a tax invoice is issued when its top-up is paid (all of `totals`)."""
    return totals.total_minor if document.kind == INVOICE else 0


def _monetary_total(parent: ET.Element, document: DocumentData) -> None:
    money = _local_currency(document)
    totals, crowns = document.totals, _crowns(document)
    paid, paid_crowns = _paid(document, totals), _paid(document, crowns)
    element = sub(parent, "LegalMonetaryTotal")
    money.add_local_first(element, "TaxExclusiveAmount", totals.net_minor, crowns.net_minor)
    money.add_local_first(element, "TaxInclusiveAmount", totals.total_minor, crowns.total_minor)
    money.add_local_first(element, "AlreadyClaimedTaxExclusiveAmount", 0, 0)
    money.add_local_first(element, "AlreadyClaimedTaxInclusiveAmount", 0, 0)
    money.add_local_first(
        element, "DifferenceTaxExclusiveAmount", totals.net_minor, crowns.net_minor
    )
    money.add_local_first(
        element, "DifferenceTaxInclusiveAmount", totals.total_minor, crowns.total_minor
    )
    money.add_local_first(element, "PaidDepositsAmount", paid, paid_crowns)
    money.add_local_first(
        element,
        "PayableAmount",
        totals.total_minor - paid,
        crowns.total_minor - paid_crowns,
    )


def _czech_account(iban: str) -> tuple[str, str]:
    """A Czech IBAN as the domestic account number and bank code: (“19-2000145399”, “0800”)."""
    if not iban.startswith("CZ") or len(iban) != 24:
        return iban, ""
    prefix, number = iban[8:14].lstrip("0"), iban[14:].lstrip("0")
    return (f"{prefix}-{number}" if prefix else number), iban[4:8]


def _payment_means(parent: ET.Element, document: DocumentData) -> None:
    """How to pay a proforma, or how an invoice was paid; a credit note is refunded elsewhere."""
    if document.kind == CREDIT_NOTE:
        return
    money = _local_currency(document)
    details = document.payment_details
    iban = details.get("iban") or document.seller.get("iban", "")
    bic = details.get("bic") or document.seller.get("bic", "")
    method = details.get("method", "bank-transfer")
    payment = sub(sub(parent, "PaymentMeans"), "Payment")
    total = document.totals.total_minor
    sub(payment, "PaidAmount", money.local(total, _crowns(document).total_minor))
    sub(payment, "PaymentMeansCode", BANK_TRANSFER if method == "bank-transfer" else CASH)
    if method != "bank-transfer" or not iban:
        return
    info = sub(payment, "Details")
    sub(info, "PaymentDueDate", document.due_on)
    account, bank_code = _czech_account(iban)
    sub(info, "ID", account)
    sub(info, "BankCode", bank_code)
    sub(info, "Name", "")
    sub(info, "IBAN", iban)
    sub(info, "BIC", bic)
    if document.variable_symbol:
        sub(info, "VariableSymbol", document.variable_symbol)


def isdoc_xml(document: DocumentData) -> bytes:
    """The document as ISDOC 6.0.2 (valid against the official schema), UTF-8."""
    money = _local_currency(document)
    root = ET.Element("Invoice", {"xmlns": NAMESPACE, "version": VERSION})
    sub(root, "DocumentType", DOCUMENT_TYPES[document.kind])
    sub(root, "ID", document.number)
    sub(root, "UUID", document_uuid(document))
    sub(root, "IssuingSystem", "Credit Desk")
    sub(root, "IssueDate", document.issued_on)
    if document.taxable_supply_on:
        sub(root, "TaxPointDate", document.taxable_supply_on)
    sub(root, "VATApplicable", _vat_applicable(document))
    sub(root, "ElectronicPossibilityAgreementReference", "")
    note = _note(document)
    if note:
        sub(root, "Note", note, languageID=document.language)
    sub(root, "LocalCurrencyCode", money.local_code)
    if money.rate is not None:  # CurrRate crowns for RefCurrRate units, as kept with the document
        sub(root, "ForeignCurrencyCode", document.currency)
        sub(root, "CurrRate", decimal_text(money.rate.rate))
        sub(root, "RefCurrRate", str(money.rate.per))
    else:
        sub(root, "CurrRate", "1")
        sub(root, "RefCurrRate", "1")
    _party(root, "AccountingSupplierParty", document.seller, document.language)
    _party(root, "AccountingCustomerParty", document.buyer, document.language)
    if document.corrected is not None:
        reference = sub(sub(root, "OriginalDocumentReferences"), "OriginalDocumentReference")
        sub(reference, "ID", document.corrected.number)
        sub(reference, "IssueDate", document.corrected.issued_on)
    lines = sub(root, "InvoiceLines")
    crowns = local_lines(document) or [line_totals(line) for line in document.lines]
    for position, (line, line_crowns) in enumerate(zip(document.lines, crowns, strict=True), 1):
        _line(lines, position, line, line_crowns, document)
    if document.kind == INVOICE and document.payment_details.get("proforma"):
        deposit = sub(sub(root, "NonTaxedDeposits"), "NonTaxedDeposit")
        sub(deposit, "ID", document.payment_details["proforma"])
        sub(deposit, "VariableSymbol", document.variable_symbol)
        total = document.totals.total_minor
        money.add(deposit, "DepositAmount", total, _crowns(document).total_minor)
    _tax_total(root, document)
    _monetary_total(root, document)
    _payment_means(root, document)
    return to_bytes(root)
