"""E-invoice details the table test does not reach: a kept exchange rate, price corrections, a seller
who is no VAT payer, a proforma without a buyer, the helpers' input → output, and failures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import facturx
import pytest
from lxml import etree

import main
from models.common.database import open_database
from models.common.messages import Message
from models.invoicing import documents, issuing
from models.invoicing import export as invoice_export
from models.invoicing import facturx as invoice_facturx
from models.invoicing.documents import DocumentData
from models.invoicing.einvoice import (
    amount_text,
    credits_quantity,
    document_uuid,
    exchange_rate,
    street_and_number,
)
from models.invoicing.isdoc import _czech_account, isdoc_xml
from models.settings import store as settings
from tests.invoice_helpers import buyer, eur_rate, paid, pending, seller
from tests.test_einvoice_table import CII, ISDOC, ISDOC_SCHEMA
from tests.test_invoice_pdf import FIXED

TWINNED = {
    "LineExtensionAmount",
    "LineExtensionAmountTaxInclusive",
    "DepositAmount",
    "TaxAmount",
    "TaxableAmount",
    "TaxInclusiveAmount",
    *(
        f"{kind}{name}"
        for kind in ("AlreadyClaimed", "Difference")
        for name in ("TaxableAmount", "TaxAmount", "TaxInclusiveAmount", "TaxExclusiveAmount")
    ),
    "TaxExclusiveAmount",
    "PaidDepositsAmount",
    "PayableAmount",
}


def in_euros() -> DocumentData:
    """A EUR tax invoice as issued: the CNB's rate of its date of taxable supply kept with it,
    and its base and VAT in CZK (1007 credits at 1.00 EUR: VAT 211.47 EUR; in crowns the base
    25,260.60, and the VAT charged on it 5,304.73, where the VAT converted would be 5,304.72)."""
    seller()
    buyer()
    eur_rate(date(2026, 3, 9), "25.085")
    data = documents.load(paid(1007, currency="EUR", on=date(2026, 3, 9)).id)
    assert data.conversion is not None
    assert (data.conversion.totals.net_minor, data.conversion.totals.vat_minor) == (
        2526060,
        530473,
    )
    return data


@pytest.mark.parametrize(
    ("units", "currency", "expected"),
    [(123450, "CZK", "1234.50"), (-5, "EUR", "-0.05"), (0, "EUR", "0.00"), (7, "JPY", "7")],
)
def test_amounts_are_exact_decimals(units: int, currency: str, expected: str) -> None:
    assert amount_text(units, currency) == expected


@pytest.mark.parametrize(
    ("micro", "expected"),
    [(1000_000000, "1000"), (1000_500000, "1000.5"), (1, "0.000001"), (-100_000000, "-100")],
)
def test_quantities_are_credits(micro: int, expected: str) -> None:
    assert credits_quantity(micro) == expected


@pytest.mark.parametrize(
    ("street", "expected"),
    [
        ("Dlouhá 1", ("Dlouhá", "1")),
        ("Na Příkopě 12/3a", ("Na Příkopě", "12/3a")),
        ("10 Downing Street", ("10 Downing Street", "")),
        ("Náměstí", ("Náměstí", "")),
    ],
)
def test_street_and_building_number(street: str, expected: tuple[str, str]) -> None:
    assert street_and_number(street) == expected


def test_czech_iban_as_domestic_account() -> None:
    assert _czech_account("CZ6508000000192000145399") == ("19-2000145399", "0800")
    assert _czech_account("CZ5508000000001234567899") == ("1234567899", "0800")
    assert _czech_account("DE89370400440532013000") == ("DE89370400440532013000", "")


def test_the_uuid_is_the_same_for_the_same_document() -> None:
    assert document_uuid(FIXED) == document_uuid(replace(FIXED, language="en"))
    assert document_uuid(FIXED) != document_uuid(replace(FIXED, number="2026-000043"))


def test_without_a_rate_a_euro_document_is_written_in_euros() -> None:
    euros = replace(FIXED, currency="EUR")
    assert exchange_rate(euros) is None
    tree = etree.fromstring(isdoc_xml(euros))
    ISDOC_SCHEMA.assertValid(tree)
    assert tree.findtext("i:LocalCurrencyCode", namespaces=ISDOC) == "EUR"
    assert tree.find("i:ForeignCurrencyCode", namespaces=ISDOC) is None


def test_a_kept_rate_gives_crowns_and_euros(database) -> None:
    document = in_euros()
    tree = etree.fromstring(isdoc_xml(document))
    ISDOC_SCHEMA.assertValid(tree)

    def value(path: str) -> str | None:
        return tree.findtext(path, namespaces=ISDOC)

    assert (value("i:LocalCurrencyCode"), value("i:ForeignCurrencyCode")) == ("CZK", "EUR")
    assert (value("i:CurrRate"), value("i:RefCurrRate")) == ("25.085", "1")
    total = "i:LegalMonetaryTotal/i:TaxInclusiveAmount"
    assert value(total + "Curr") == "1218.47"  # euros, as issued
    assert value(total) == "30565.33"  # the crowns stored with the invoice: base + VAT on it
    subtotal = "i:TaxTotal/i:TaxSubTotal/i:"
    assert (value(subtotal + "TaxableAmount"), value(subtotal + "TaxAmount")) == (
        "25260.60",
        "5304.73",
    )
    assert (value(subtotal + "TaxableAmountCurr"), value(subtotal + "TaxAmountCurr")) == (
        "1007.00",
        "211.47",
    )
    line = "i:InvoiceLines/i:InvoiceLine/i:"
    assert (value(line + "LineExtensionAmount"), value(line + "LineExtensionTaxAmount")) == (
        "25260.60",
        "5304.73",
    )
    assert value("i:PaymentMeans/i:Payment/i:PaidAmount") == "30565.33"
    # ISDOC's rule (its schematron): in a foreign-currency document each amount has its twin
    for element in tree.iter():
        name = etree.QName(element).localname
        if name in TWINNED:
            siblings = {etree.QName(other).localname for other in element.getparent()}
            assert f"{name}Curr" in siblings, name
    xml = invoice_facturx.cii_xml(document)
    assert facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    cii = etree.fromstring(xml)
    assert cii.findtext(".//ram:TaxCurrencyCode", namespaces=CII) == "CZK"
    taxes = cii.findall(".//ram:TaxTotalAmount", namespaces=CII)
    assert [(t.get("currencyID"), t.text) for t in taxes] == [
        ("EUR", "211.47"),
        ("CZK", "5304.73"),  # BT-111 as stored, not 211.47 × 25.085
    ]


def test_a_credit_note_in_euros_carries_its_own_crowns(database) -> None:
    """A credit note keeps the invoice's rate and its own CZK amounts (negative, as issued);
    its Factur-X states the VAT in crowns positive, as it does every amount of a credit note."""
    invoice = in_euros()
    note = issuing.issue_credit_note(
        invoice.id, "Sleva", 0, net_minor=1000, today=date(2026, 3, 20)
    )
    data = documents.load(note.id)
    assert data.conversion is not None
    czk = data.conversion.totals
    assert (czk.net_minor, czk.vat_minor) == (-25085, -5268)  # -10.00 EUR × 25.085, VAT on it
    tree = etree.fromstring(isdoc_xml(data))
    ISDOC_SCHEMA.assertValid(tree)
    subtotal = "i:TaxTotal/i:TaxSubTotal/i:"
    assert tree.findtext(subtotal + "TaxableAmount", namespaces=ISDOC) == "-250.85"
    assert tree.findtext(subtotal + "TaxAmount", namespaces=ISDOC) == "-52.68"
    assert tree.findtext("i:CurrRate", namespaces=ISDOC) == "25.085"
    cii = etree.fromstring(invoice_facturx.cii_xml(data))
    taxes = cii.findall(".//ram:TaxTotalAmount", namespaces=CII)
    assert [(t.get("currencyID"), t.text) for t in taxes] == [("EUR", "2.10"), ("CZK", "52.68")]


def test_a_price_correction_is_one_item_at_the_amount(database) -> None:
    seller()
    buyer()
    invoice = paid()
    note = issuing.issue_credit_note(
        invoice.id, "Sleva", 0, net_minor=10000, today=date(2026, 3, 20)
    )
    data = documents.load(note.id)
    ISDOC_SCHEMA.assertValid(etree.fromstring(isdoc_xml(data)))
    cii = etree.fromstring(invoice_facturx.cii_xml(data))
    assert cii.findtext(".//ram:BilledQuantity", namespaces=CII) == "1"
    assert cii.findtext(".//ram:ChargeAmount", namespaces=CII) == "100.00"
    assert cii.findtext(".//ram:GrandTotalAmount", namespaces=CII) == "121.00"


def test_a_seller_who_is_no_vat_payer(database) -> None:
    seller(vat_payer="no", vat_id="")
    buyer()
    data = documents.load(paid().id)
    tree = etree.fromstring(isdoc_xml(data))
    ISDOC_SCHEMA.assertValid(tree)
    assert tree.findtext("i:VATApplicable", namespaces=ISDOC) == "false"
    cii = etree.fromstring(invoice_facturx.cii_xml(data))
    assert cii.findtext(".//ram:CategoryCode", namespaces=CII) == "O"
    assert not cii.findall(".//ram:SpecifiedTaxRegistration", namespaces=CII)  # BR-O-02


def test_a_proforma_before_billing_information(database) -> None:
    seller()
    proforma = documents.proforma_for_payment(pending().id)
    assert proforma is not None
    data = documents.load(proforma.id)
    assert data.buyer == {}
    tree = etree.fromstring(isdoc_xml(data))
    ISDOC_SCHEMA.assertValid(tree)
    assert tree.findtext("i:VATApplicable", namespaces=ISDOC) == "false"  # not a tax document
    with pytest.raises(invoice_facturx.NotAnInvoice):
        invoice_facturx.cii_xml(data)


def test_issued_documents_stay_as_they_were(database) -> None:
    """The e-invoice is made from the stored document: later settings change nothing in it."""
    seller()
    buyer()
    data = documents.load(paid().id)
    before = isdoc_xml(data), invoice_export.render(data, invoice_export.FACTURX)
    settings.set_values({"seller.name": "Someone Else s.r.o.", "seller.vat_rate": "12"})
    buyer(name="New Name s.r.o.")
    again = documents.load(data.id)
    assert (isdoc_xml(again), invoice_export.render(again, invoice_export.FACTURX)) == before


def test_invalid_factur_x_data_stops_the_export_with_a_message(
    database_path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    opened = open_database(database_path)
    seller()
    buyer()
    paid()
    opened.close()
    broken = b"<rsm:CrossIndustryInvoice xmlns:rsm='urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100'/>"
    monkeypatch.setattr(invoice_facturx, "cii_xml", lambda document: broken)
    target = tmp_path / "out"
    args = ["--database", str(database_path), "export-invoices", str(target)]
    assert main.main([*args, "--format", "facturx", "--from", "2026-03-09"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: The Factur-X data of document 2026-000001 is not valid")
    assert list(target.iterdir()) == []  # nothing half-written
    with pytest.raises(invoice_facturx.FacturXError) as raised:
        invoice_facturx.check_xml(broken, "X-1")
    assert isinstance(raised.value.args[0], Message)
    assert raised.value.args[0].template.startswith("The Factur-X data of document {number}")


def test_factur_x_files_are_the_same_from_worker_processes(database, tmp_path: Path) -> None:
    seller()
    buyer()
    paid(on=date(2026, 3, 9))
    paid(on=date(2026, 3, 10))
    ids = invoice_export.select()
    for folder, workers in (("one", 1), ("two", 2)):
        invoice_export.export_to_folder(
            ids, tmp_path / folder, workers=workers, export_format=invoice_export.FACTURX
        )
    for path in (tmp_path / "one").iterdir():
        assert (tmp_path / "two" / path.name).read_bytes() == path.read_bytes()
