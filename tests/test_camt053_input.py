"""camt.053 input that is untrusted or bad: refused with a message that says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.payments.camt053 import parse_camt053
from models.payments.statements import MAX_STATEMENT_BYTES, StatementEntry, StatementError
from tests.camt_builder import document, entry, tx


def only(data: bytes) -> StatementEntry:
    entries = parse_camt053(data).entries
    assert len(entries) == 1
    return entries[0]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&lol9;</Document>"""


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    doctype = f'<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
    data = document(entry(information="XXE"), prolog=doctype).replace(b"XXE", b"&xxe;")
    with pytest.raises(StatementError, match="DTD") as caught:
        parse_camt053(data)
    assert "TOP-SECRET" not in str(caught.value)


def test_an_oversized_file_is_refused_before_parsing() -> None:
    with pytest.raises(StatementError, match="larger than 50 MB"):
        parse_camt053(b" " * (MAX_STATEMENT_BYTES + 1))


def test_a_windows_1250_statement_is_read() -> None:
    prolog = '<?xml version="1.0" encoding="windows-1250"?>'
    data = document(entry(transactions=[tx(unstructured=["Dobití kreditu"])]), prolog=prolog)
    assert only(data.decode().encode("cp1250")).remittance == "Dobití kreditu"


BAD_CAMT = [
    (b"", "empty"),
    (b"  \n ", "empty"),
    (b"\n<!doctype html><html><body>Login</body></html>", "web page"),
    (b"<html><body>Session expired</body></html>", "web page"),
    (b"Datum;Objem\n05.01.2024;100,00\n", "not well-formed XML"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not well-formed XML"),
    (document(entry())[:-40], "not well-formed XML"),
    (document(entry(), message="052"), "camt.052"),
    (document(entry(), message="054"), "camt.054"),
    (document(entry(), namespace="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"), "not an ISO"),
    (document(entry(), namespace="urn:example:bank"), "not an ISO"),
    (
        document(entry()).replace(b' xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"', b""),
        "not an ISO",
    ),
    (b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>', "no statement"),
    (document(entry(amount=None)), "no amount"),
    (document(entry(amount="-5.00")), "“-5.00” is not an amount"),
    (document(entry(amount="12,50")), "“12,50” is not an amount"),
    (document(entry(amount="1e3")), "not an amount"),
    (document(entry(amount="NaN")), "not an amount"),
    (document(entry(amount="1.234")), "more decimals than CZK"),
    (document(entry(amount="5.5", currency="JPY")), "more decimals than JPY"),
    (document(entry(currency="ABC")), "“ABC” is not a known currency"),
    (document(entry(currency="czk")), "not a known currency"),
    (document(entry(currency=None)), "not a known currency"),
    (document(entry(booked="2024-02-30")), "“2024-02-30” is not a date"),
    (document(entry(booked="05.01.2024")), "is not a date"),
    (document(entry(booked=None)), "no booking date"),
    (document(entry(indicator="CREDIT")), "not CRDT or DBIT"),
    (document(entry(status="BOKD")), "Entry 1: the entry status “BOKD” is not BOOK"),
    (document(entry(status="BOKD", version=8), version=8), "status “BOKD” is not BOOK"),
    (document(entry(status_element="<Sts><Prtry>BOOKED</Prtry></Sts>")), "“BOOKED” is not BOOK"),
    (document(entry(status_element="<Sts/>")), "the entry status “” is not BOOK"),
    (document(entry(status="XXXX", indicator="DBIT")), "“XXXX” is not BOOK"),
    (document(entry(reversal="yes")), "the reversal indicator “yes” is not true or false"),
    (document(entry(), version=1), "camt.053.001.01 statement, a version Credit Desk does not"),
    (document(entry(), version=9), "camt.053.001.09 statement, a version Credit Desk does not"),
    (document(entry(), version=13), "camt.053.001.13"),
    (document(entry(), namespace="urn:iso:std:iso:20022:tech:xsd:camt.053.001.8"), "not an ISO"),
    (document(entry(), message="060"), "camt.060 message"),
    (document(entry(), message="052", version=8), "camt.052"),
    (document(entry(transactions=[tx("x.00"), tx("1.00")])), "not an amount"),
    (BILLION_LAUGHS, "DTD"),
    (
        b'<?xml version="1.0"?><!DOCTYPE Document SYSTEM "http://example.com/x.dtd"><Document/>',
        "DTD",
    ),
    (document(entry(information="NBSP")).replace(b"NBSP", b"&nbsp;"), "undefined entity"),
]


@pytest.mark.parametrize(("data", "message"), BAD_CAMT)
def test_bad_camt_input(data: bytes, message: str) -> None:
    with pytest.raises(StatementError, match=message):
        parse_camt053(data)


def test_all_bad_entries_are_reported_at_once() -> None:
    data = document(entry(amount="x"), entry(), entry(booked="bad", servicer_reference="R3"))
    with pytest.raises(StatementError) as caught:
        parse_camt053(data)
    assert caught.value.problems == (
        "Entry 1: “x” is not an amount.",
        "Entry 3 (R3): “bad” is not a date.",
    )
    assert str(caught.value).splitlines()[1:] == [f"• {p}" for p in caught.value.problems]


def test_a_long_list_of_problems_is_shortened_in_the_message() -> None:
    data = document(*[entry(amount="x")] * 25)
    with pytest.raises(StatementError) as caught:
        parse_camt053(data)
    assert len(caught.value.problems) == 25
    assert str(caught.value).endswith("… and 5 more.")


def test_a_smaller_size_limit_can_be_set() -> None:
    data = document(entry())
    with pytest.raises(StatementError, match="refused"):
        parse_camt053(data, max_bytes=len(data) - 1)
    assert parse_camt053(data, max_bytes=len(data)).entries
