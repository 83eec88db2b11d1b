"""From the bytes of a file to the tree of a camt.053 statement, or why the file is not one."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from models.common.safe_xml import XmlError, parse_untrusted
from models.payments.statements import StatementError, check_size

_NAMESPACE = re.compile(r"\{urn:iso:std:iso:20022:tech:xsd:camt\.(\d{3})\.001\.(\d{2})\}Document")
_VERSIONS = {f"{number:02d}" for number in range(2, 9)}


def web_page_error() -> StatementError:
    return StatementError(
        "This is a web page (HTML), not a bank statement. Download the statement from your bank "
        "as camt.053 XML."
    )


def read_camt053(data: bytes, max_bytes: int) -> tuple[ET.Element, str]:
    """The document's root, its tags without namespaces, and its version (“02” … “08”)."""
    check_size(data, max_bytes)
    if data.lstrip()[:14].lower().startswith((b"<!doctype html", b"<html")):
        raise web_page_error()
    try:
        root = parse_untrusted(data)
    except XmlError as error:
        raise StatementError(error.args[0]) from None  # its Message, passed on whole
    version = _check_document(root)
    for element in root.iter():
        element.tag = element.tag.rpartition("}")[2]
    return root, version


def _check_document(root: ET.Element) -> str:
    """The camt.053 version of the document (“02” … “08”), or StatementError saying what it is."""
    match = _NAMESPACE.fullmatch(root.tag)
    if match is None:
        local = root.tag.rpartition("}")[2]
        if local.lower() == "html":
            raise web_page_error()
        raise StatementError(
            "This XML file is not an ISO 20022 camt.053 bank statement (its root is {root}).",
            root=root.tag,
        )
    if match[1] == "052":
        raise StatementError(
            "This is an intraday account report (camt.052), not an end-of-day statement. "
            "Export camt.053 from your bank."
        )
    if match[1] == "054":
        raise StatementError(
            "This is a debit/credit notification (camt.054), not an end-of-day statement. "
            "Export camt.053 from your bank."
        )
    if match[1] != "053":
        raise StatementError(
            "This is a camt.{number} message, not an end-of-day statement. "
            "Export camt.053 from your bank.",
            number=match[1],
        )
    if match[2] not in _VERSIONS:
        raise StatementError(
            "This is a camt.053.001.{version} statement, a version Credit Desk does not read. "
            "Export camt.053 in a version from 001.02 to 001.08 from your bank.",
            version=match[2],
        )
    return match[2]
