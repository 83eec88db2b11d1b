"""What the structured e-invoices (ISDOC, Factur-X) share: exact amounts as text, the parts of an
address, a stable identifier, and the exchange rate a document in a foreign currency carries.

Both are made from an issued document's snapshot (DocumentData), never from current settings, so
the same document always gives the same XML.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal

from models.common.money import MICRO, currency_decimals, from_units, to_units
from models.invoicing.documents import DocumentData, Totals
from models.invoicing.vat import vat_amount

LOCAL_CURRENCY = "CZK"  # the seller's books are kept in Czech crowns
_NAMESPACE = uuid.UUID("6f1c2b7e-3d5a-4c1e-9b8f-0a7d2e4c6b13")  # Credit Desk's, for uuid5
_BUILDING_NUMBER = re.compile(r"^(?P<street>.*?)\s+(?P<number>\d+[\w/]*)$")


def amount_text(units: int, currency: str) -> str:
    """Minor units as an exact decimal: 123450, "CZK" → "1234.50"; -5, "EUR" → "-0.05"."""
    decimals = currency_decimals(currency)
    return f"{from_units(units, decimals):.{decimals}f}"


def decimal_text(value: Decimal) -> str:
    """A Decimal without an exponent or trailing zeros: 1000.500000 → "1000.5"."""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "") else text


def credits_quantity(micro: int) -> str:
    """Micro-credits as a number of credits: 1_000_500_000 → "1000.5"."""
    return decimal_text(Decimal(micro) / MICRO)


def street_and_number(street: str) -> tuple[str, str]:
    """“Dlouhá 12/3” → (“Dlouhá”, “12/3”); a street without a trailing number keeps it whole."""
    match = _BUILDING_NUMBER.match(street.strip())
    if match is None:
        return street.strip(), ""
    return match["street"], match["number"]


def document_uuid(document: DocumentData) -> str:
    """A GUID that is always the same for the same document (number and seller)."""
    seller = document.seller
    issuer = seller.get("vat_id") or seller.get("company_id") or seller.get("name", "")
    return str(uuid.uuid5(_NAMESPACE, f"{issuer}:{document.number}"))


@dataclass(frozen=True)
class ExchangeRate:
    """`rate` crowns for `per` units of the document's currency (the CNB quotes EUR per 1)."""

    rate: Decimal
    per: int = 1

    def to_local(self, units: int, currency: str) -> int:
        """An amount in the document's minor units, in haléře, rounded half up."""
        value = from_units(units, currency_decimals(currency)) * self.rate / self.per
        return to_units(value, currency_decimals(LOCAL_CURRENCY))


def exchange_rate(document: DocumentData) -> ExchangeRate | None:
    """The rate kept with a foreign-currency tax document, or None (a CZK document, a proforma,
    a seller who is no VAT payer, or a document issued before rates were kept).

    It is the rate stored when the document was issued (models/invoicing/conversion.py): CZK
    for `amount` units of the document's currency (100 for a currency the CNB quotes per 100).
    """
    conversion = document.conversion
    if conversion is None or conversion.currency == document.currency:
        return None
    return ExchangeRate(Decimal(conversion.rate), conversion.amount)


def local_totals(document: DocumentData) -> Totals | None:
    """The document's tax base, VAT and total in CZK as stored when it was issued (the VAT is
    the rate applied to the CZK base, not the converted VAT), or None without a rate."""
    if exchange_rate(document) is None:
        return None
    assert document.conversion is not None
    czk = document.conversion.totals
    return Totals(czk.net_minor, czk.vat_minor, czk.net_minor + czk.vat_minor)


def local_lines(document: DocumentData) -> list[Totals] | None:
    """Each line's base, VAT and total in CZK, adding up to the stored totals: each line is
    converted at the document's rate, and the last line takes what rounding leaves over."""
    rate, totals = exchange_rate(document), local_totals(document)
    if rate is None or totals is None:
        return None
    result: list[Totals] = []
    net_left, vat_left = totals.net_minor, totals.vat_minor
    for position, line in enumerate(document.lines, start=1):
        if position == len(document.lines):
            net, vat = net_left, vat_left
        else:
            net = rate.to_local(line.net_minor, document.currency)
            vat = vat_amount(net, Decimal(line.vat_rate), LOCAL_CURRENCY)
        net_left, vat_left = net_left - net, vat_left - vat
        result.append(Totals(net, vat, net + vat))
    return result


def sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """A child element with text and attributes, appended to `parent`."""
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def to_bytes(root: ET.Element) -> bytes:
    """UTF-8 XML with its declaration, indented, the same bytes for the same tree."""
    ET.indent(root, space="  ")
    data: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return data + b"\n"
