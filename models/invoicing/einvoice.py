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
from decimal import Decimal, InvalidOperation

from models.common.money import MICRO, currency_decimals, from_units, to_units
from models.invoicing.documents import DocumentData

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
    """The rate kept with a foreign-currency document, or None (a CZK document, or none kept).

    Documents get an `exchange_rate` (and, for currencies quoted per 100, `exchange_rate_per`)
    when issued in a foreign currency; older documents and CZK ones have none.
    """
    if document.currency == LOCAL_CURRENCY:
        return None
    rate = getattr(document, "exchange_rate", None)
    if rate in (None, ""):
        return None
    try:
        value = Decimal(str(rate))
        per = int(getattr(document, "exchange_rate_per", None) or 1)
    except (InvalidOperation, ValueError):
        return None
    if not value.is_finite() or value <= 0 or per <= 0:
        return None
    return ExchangeRate(value, per)


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
