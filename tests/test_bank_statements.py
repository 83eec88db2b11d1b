"""Bank statements: camt.053 (own documents and real samples), CSV exports, and bad input."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from models.common.messages import Message
from models.payments.camt053 import parse_camt053
from models.payments.statement_csv import (
    CsvMapping,
    detect_csv_mapping,
    guess_csv_mapping,
    parse_statement_csv,
)
from models.payments.statements import MAX_STATEMENT_BYTES, StatementEntry, StatementError
from tests.camt_builder import document, entry, statement, tx
from tests.csv_builder import FIO, FIO_HEADER, FIO_MAPPING, FIO_PREAMBLE, fio_row

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="no ../shared/data samples")
OUR_IBAN = "CZ7908000000002000145399"


def only(data: bytes) -> StatementEntry:
    entries = parse_camt053(data).entries
    assert len(entries) == 1
    return entries[0]


# --- real samples ----------------------------------------------------------------------------


@needs_samples
def test_sample_v02_yields_only_the_booked_credit() -> None:
    parsed = parse_camt053((SAMPLES / "camt053-v02-sample.xml").read_bytes())
    assert (parsed.statement_id, parsed.account) == ("1234Test/1", "NL77ABNA0574908765")
    assert parsed.ignored == 2  # the 754.25 debit and the 664.05 reversed direct debit
    assert len(parsed.entries) == 1
    credit = parsed.entries[0]
    assert credit.bank_reference.startswith("sha256:")  # the entry has no AcctSvcrRef/NtryRef
    assert credit == StatementEntry(
        bank_reference=credit.bank_reference,
        booked_on=date(2014, 1, 5),
        amount_minor=140531,
        currency="EUR",
        variable_symbol="115",  # the end-to-end id is bare digits
        end_to_end_id="115",
        remittance="#RD PARTY MEDIA CUSNO 90782 4210773",  # AddtlTxInf; it has no RmtInf
        counterparty="3rd party Media",
        account="NL77ABNA0574908765",
        counterparty_account="NL69ABNA0522123643",
    )
    again = parse_camt053((SAMPLES / "camt053-v02-sample.xml").read_bytes())
    assert again.entries[0].bank_reference == credit.bank_reference


@needs_samples
def test_sample_v04_splits_the_batch_into_its_two_transactions() -> None:
    parsed = parse_camt053((SAMPLES / "camt053-v04-sample.xml").read_bytes())
    assert (parsed.statement_id, parsed.account) == (
        "20170323123456789012345",
        "CH1111000000123456789",
    )
    assert parsed.ignored == 0
    reference = "20170323001234567891234567891234"
    assert [(e.bank_reference, e.amount_minor, e.currency) for e in parsed.entries] == [
        (f"{reference}#1", 218700, "CHF"),
        (f"{reference}#2", 129600, "CHF"),
    ]
    first, second = parsed.entries
    assert first.booked_on == second.booked_on == date(2017, 3, 22)
    assert first.counterparty == second.counterparty == "Banque Cantonale Vaudoise"
    assert (first.counterparty_account, second.counterparty_account) == (
        "CH2222000000123456789",
        "CH3333000000123456789",
    )
    # 27-digit Swiss ISR references are not variable symbols; there is no end-to-end id.
    assert first.variable_symbol is second.variable_symbol is None
    assert first.end_to_end_id is second.end_to_end_id is None
    assert first.remittance == "302388292000011111111111111 ?REJECT?0"


# --- own documents: what counts as a credit --------------------------------------------------


@pytest.mark.parametrize("version", [2, 4, 8])
def test_a_booked_credit_in_each_version(version: int) -> None:
    data = document(
        entry(
            "1234.50",
            servicer_reference="BANK-REF-1",
            transactions=[tx(end_to_end="VS2024000123", unstructured=["Dobití"], version=version)],
            version=version,
        ),
        version=version,
    )
    assert only(data) == StatementEntry(
        bank_reference="BANK-REF-1",
        booked_on=date(2024, 1, 5),
        amount_minor=123450,
        currency="CZK",
        variable_symbol="2024000123",
        end_to_end_id="VS2024000123",
        remittance="Dobití",
        counterparty="Jan Novák",
        account=OUR_IBAN,
        counterparty_account="CZ6508000000192000145399",
    )


@pytest.mark.parametrize(
    ("kwargs", "version"),
    [
        ({"indicator": "DBIT"}, 2),
        ({"status": "PDNG"}, 2),
        ({"status": "INFO"}, 2),
        ({"status": "PDNG"}, 8),
        ({"reversal": "true"}, 2),
        ({"reversal": "1"}, 4),
        ({"amount": "0.00"}, 2),
    ],
)
def test_entries_that_are_not_credits_are_ignored(kwargs: dict[str, str], version: int) -> None:
    parsed = parse_camt053(document(entry(**kwargs, version=version), version=version))
    assert (parsed.entries, parsed.ignored) == ((), 1)


def test_a_credit_marked_not_reversed_counts() -> None:
    assert only(document(entry(reversal="false"))).amount_minor == 10000


def test_status_code_book_in_newer_versions() -> None:
    assert only(document(entry(version=9), version=9)).amount_minor == 10000


def test_value_date_stands_in_for_a_missing_booking_date() -> None:
    data = document(entry(booked=None)).replace(
        b"</CdtDbtInd>", b"</CdtDbtInd><ValDt><DtTm>2024-02-03T10:00:00+01:00</DtTm></ValDt>", 1
    )
    assert only(data).booked_on == date(2024, 2, 3)


def test_an_entry_without_details_uses_its_additional_information() -> None:
    credit = only(document(entry(information="Platba /VS/77/SS/1")))
    assert (credit.variable_symbol, credit.remittance, credit.counterparty) == (
        "77",
        "Platba /VS/77/SS/1",
        "",
    )


# --- several transactions in one entry --------------------------------------------------------


def test_transactions_that_add_up_become_separate_credits() -> None:
    txs = [tx("60.00", end_to_end="VS11", version=4), tx("40.00", end_to_end="VS22", version=4)]
    parsed = parse_camt053(
        document(entry("100.00", servicer_reference="B1", transactions=txs, version=4), version=4)
    )
    assert [(e.bank_reference, e.amount_minor, e.variable_symbol) for e in parsed.entries] == [
        ("B1#1", 6000, "11"),
        ("B1#2", 4000, "22"),
    ]


@pytest.mark.parametrize(
    "amounts",
    [("60.00", "30.00"), ("60.00", None), ("100.00", "0.00")],
    ids=["do not add up", "one missing", "one zero"],
)
def test_transactions_that_do_not_add_up_stay_one_credit(amounts: tuple[str, str | None]) -> None:
    txs = [tx(amount, end_to_end="VS11") for amount in amounts]
    credit = only(document(entry("100.00", servicer_reference="B1", transactions=txs)))
    assert (credit.bank_reference, credit.amount_minor) == ("B1", 10000)
    assert credit.variable_symbol == "11"  # the same in every transaction, so it is kept


def test_a_merged_credit_drops_a_symbol_the_transactions_disagree_on() -> None:
    txs = [tx("60.00", end_to_end="VS11", unstructured=["a"]), tx(None, end_to_end="VS22")]
    credit = only(document(entry("100.00", servicer_reference="B1", transactions=txs)))
    assert credit.variable_symbol is None and credit.remittance == "a"


def test_a_lone_transaction_takes_the_booked_amount() -> None:
    # The transaction amount before charges is 100.00; 99.50 is what arrived.
    credit = only(document(entry("99.50", transactions=[tx("100.00")])))
    assert credit.amount_minor == 9950


def test_transaction_amounts_in_another_currency_are_not_split() -> None:
    txs = [tx("60.00", "EUR"), tx("40.00", "EUR")]
    assert only(document(entry("2500.00", "CZK", transactions=txs))).amount_minor == 250000


# --- bank references: stable keys for idempotent imports ---------------------------------------


def test_reference_prefers_the_servicer_reference() -> None:
    data = document(entry(servicer_reference="ASR", entry_reference="7", transactions=[tx()]))
    assert only(data).bank_reference == "ASR"


def test_reference_from_a_lone_transaction() -> None:
    data = document(entry(transactions=[tx(servicer_reference="TX-ASR")]))
    assert only(data).bank_reference == "TX-ASR"


def test_entry_reference_is_qualified_by_the_statement() -> None:
    assert only(document(entry(entry_reference="7"))).bank_reference == "7@STMT-1"


def test_digest_is_stable_and_tells_identical_entries_apart() -> None:
    data = document(entry(), entry())
    first = [e.bank_reference for e in parse_camt053(data).entries]
    assert first == [e.bank_reference for e in parse_camt053(data).entries]
    assert len(set(first)) == 2 and all(r.startswith("sha256:") for r in first)
    other = document(statements=[statement(entry(), entry(), statement_id="STMT-2")])
    assert set(first).isdisjoint(e.bank_reference for e in parse_camt053(other).entries)


def test_digest_does_not_depend_on_other_statements_in_the_file() -> None:
    alone = parse_camt053(document(statements=[statement(entry(), statement_id="B")]))
    together = parse_camt053(
        document(
            statements=[
                statement(entry("5.00"), statement_id="A"),
                statement(entry(), statement_id="B"),
            ]
        )
    )
    assert alone.entries[0].bank_reference == together.entries[1].bank_reference


def test_two_credits_with_one_reference_are_refused() -> None:
    data = document(entry(servicer_reference="SAME"), entry(servicer_reference="SAME"))
    with pytest.raises(StatementError, match="share the bank reference “SAME”"):
        parse_camt053(data)


def test_several_statements_in_one_file() -> None:
    data = document(
        statements=[
            statement(entry("1.00"), statement_id="A", iban="CZ1"),
            statement(entry("2.00"), statement_id="B", iban="CZ2"),
        ]
    )
    parsed = parse_camt053(data)
    assert (parsed.statement_id, parsed.account) == ("MSG-1", "")
    assert [(e.account, e.amount_minor) for e in parsed.entries] == [("CZ1", 100), ("CZ2", 200)]


# --- variable symbols -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("transaction", "symbol"),
    [
        (tx(creditor_reference="1234567890"), "1234567890"),
        (tx(creditor_reference="0000000042"), "42"),
        (tx(creditor_reference="VS:555"), "555"),
        (tx(creditor_reference="302388292000011111111111111"), None),
        (tx(end_to_end="VS1234567890"), "1234567890"),
        (tx(end_to_end="/VS/123/SS/456/KS/0308"), "123"),
        (tx(end_to_end="2024000123"), "2024000123"),
        (tx(end_to_end="NOTPROVIDED"), None),
        (tx(end_to_end="INV-2024-77"), None),
        (tx(unstructured=["Platba VS:123"]), "123"),
        (tx(unstructured=["VS 123 dekuji"]), "123"),
        (tx(unstructured=["/VS/123/SS/9"]), "123"),
        (tx(unstructured=["vs=123"]), "123"),
        (tx(unstructured=["V.S. 0042"]), "42"),
        (tx(unstructured=["VS 12345678901"]), None),  # 11 digits is not a symbol
        (tx(unstructured=["ABCVS 123"]), None),  # not inside a word
        (tx(unstructured=["Faktura 12345"]), None),  # bare numbers in text are not symbols
        (tx(unstructured=["VS 0"]), None),
        (tx(additional="Info VS/321"), "321"),
        # Precedence: structured reference, then end-to-end id, then text.
        (tx(creditor_reference="1", end_to_end="VS2", unstructured=["VS 3"]), "1"),
        (tx(end_to_end="VS2", unstructured=["VS 3"]), "2"),
    ],
)
def test_variable_symbol_sources(transaction: str, symbol: str | None) -> None:
    assert only(document(entry(transactions=[transaction]))).variable_symbol == symbol


# --- untrusted and bad input -----------------------------------------------------------------

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


# --- CSV exports ------------------------------------------------------------------------------

FIO_CREDITS = (
    StatementEntry(
        bank_reference="26962199069",
        booked_on=date(2024, 1, 5),
        amount_minor=150000,
        currency="CZK",
        variable_symbol="1234567",
        end_to_end_id=None,
        remittance="Dobití kreditu",
        counterparty="Jan Novák",
        account=OUR_IBAN,
        counterparty_account="2000145399/0800",
    ),
    StatementEntry(
        bank_reference="26962199071",
        booked_on=date(2024, 1, 7),
        amount_minor=30000,
        currency="CZK",
        variable_symbol="2024000123",  # from the message, as the VS column is empty
        end_to_end_id=None,
        remittance="Platba VS: 2024000123",
        counterparty="Firma s.r.o.",
        account=OUR_IBAN,
        counterparty_account="123-456/0100",
    ),
)


@pytest.mark.parametrize(
    "data",
    [
        FIO.encode("cp1250"),
        FIO.encode("utf-8"),
        FIO.encode("utf-8-sig"),
        FIO.replace("\n", "\r\n").encode("utf-8"),
        FIO.replace(";", "\t").encode("utf-16"),
        FIO.replace(";", ",").encode("cp1250"),
    ],
    ids=["cp1250", "utf-8", "utf-8 BOM", "CRLF", "utf-16 tabs", "commas"],
)
def test_fio_export(data: bytes) -> None:
    parsed = parse_statement_csv(data, FIO_MAPPING, account=OUR_IBAN)
    assert parsed.entries == FIO_CREDITS
    assert (parsed.ignored, parsed.account) == (1, OUR_IBAN)
    assert parsed.statement_id.startswith("csv:")


def test_guess_fio_mapping() -> None:
    assert guess_csv_mapping(next(csv.reader([FIO_HEADER], delimiter=";"))) == FIO_MAPPING
    assert detect_csv_mapping(FIO.encode("cp1250")) == FIO_MAPPING


def test_guess_generic_english_and_czech_mappings() -> None:
    english = ["Date", "Amount", "Currency", "Variable symbol", "Reference", "Payer", "Message"]
    assert guess_csv_mapping(english) == CsvMapping(
        date="Date",
        amount="Amount",
        currency="Currency",
        variable_symbol="Variable symbol",
        reference="Reference",
        counterparty="Payer",
        message="Message",
        date_format="%Y-%m-%d",
        decimal_separator=".",
    )
    czech = ["\ufeffDatum zaúčtování", " Částka ", "Variabilní symbol", "Zpráva"]
    assert guess_csv_mapping(czech) == CsvMapping(
        date="Datum zaúčtování",
        amount="Částka",
        variable_symbol="Variabilní symbol",
        message="Zpráva",
        default_currency="CZK",
    )


@pytest.mark.parametrize(
    "header", [[], ["Datum"], ["Date", "Amount"], ["Foo", "Bar", "Baz"], ["date", "total"]]
)
def test_guess_gives_up_on_unknown_headers(header: list[str]) -> None:
    assert guess_csv_mapping(header) is None


def test_detect_adapts_the_date_format_and_decimal_separator() -> None:
    data = b"Date,Amount,Currency\n05/01/2024,12.50,EUR\n"
    mapping = detect_csv_mapping(data)
    assert (mapping.date_format, mapping.decimal_separator) == ("%d/%m/%Y", ".")
    data = "Datum;Objem;Měna\n2024-01-05;12.50;EUR\n".encode()
    mapping = detect_csv_mapping(data)
    assert (mapping.date_format, mapping.decimal_separator) == ("%Y-%m-%d", ".")
    assert parse_statement_csv(data, mapping).entries[0].amount_minor == 1250


def test_detect_refuses_unknown_columns() -> None:
    from models.payments.statement_csv import ColumnsNotRecognised

    with pytest.raises(ColumnsNotRecognised, match="not recognised") as refused:
        detect_csv_mapping(b"a;b;c\n1;2;3\n")
    assert isinstance(refused.value, StatementError)  # callers that take any statement error


def test_other_statement_errors_are_not_a_question_of_columns() -> None:
    from models.payments.statement_csv import ColumnsNotRecognised

    with pytest.raises(StatementError, match="not a text file") as refused:
        detect_csv_mapping(b"Datum;\x81\x83;\x98\n")
    assert not isinstance(refused.value, ColumnsNotRecognised)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"decimal_separator": ";"}, "decimal separator"), ({"currency": None}, "currency")],
)
def test_mapping_checks_itself(kwargs: dict[str, str | None], message: str) -> None:
    with pytest.raises(StatementError, match=message):
        CsvMapping(**({"date": "D", "amount": "A", "currency": "C"} | kwargs))  # type: ignore[arg-type]


SIMPLE = CsvMapping(date="Date", amount="Amount", message="Message", default_currency="CZK")


def simple_csv(*rows: str) -> bytes:
    return ("Date;Amount;Message\n" + "\n".join(rows) + "\n").encode()


@pytest.mark.parametrize(
    ("amount", "minor"),
    [("1", 100), ("+100,00", 10000), ("1\u00a0234,5", 123450), ("12 345 678,90", 1234567890)],
)
def test_csv_amounts(amount: str, minor: int) -> None:
    parsed = parse_statement_csv(simple_csv(f"05.01.2024;{amount};x"), SIMPLE)
    assert parsed.entries[0].amount_minor == minor


@pytest.mark.parametrize("amount", ["0", "0,00", "-1,00", "\u22125,00", "- 5"])
def test_csv_only_positive_amounts_are_credits(amount: str) -> None:
    parsed = parse_statement_csv(simple_csv(f"05.01.2024;{amount};x"), SIMPLE)
    assert (parsed.entries, parsed.ignored) == ((), 1)


def test_csv_rows_without_a_reference_get_stable_digests() -> None:
    row = "05.01.2024;100,00;VS 42"
    both = parse_statement_csv(simple_csv(row, row), SIMPLE).entries
    assert both[0].bank_reference != both[1].bank_reference
    assert all(e.bank_reference.startswith("sha256:") for e in both)
    # An export that overlaps an earlier one repeats its keys, so the overlap is not paid twice.
    earlier = parse_statement_csv(simple_csv(row, "06.01.2024;5,00;x"), SIMPLE).entries
    assert earlier[0].bank_reference == both[0].bank_reference
    assert earlier[1].bank_reference not in {e.bank_reference for e in both}


def test_csv_blank_rows_are_skipped() -> None:
    parsed = parse_statement_csv(simple_csv("", "05.01.2024;1;x", ";;", ""), SIMPLE)
    assert len(parsed.entries) == 1


def test_csv_every_bad_row_is_reported_by_its_line() -> None:
    rows = [
        fio_row("1", "32.01.2024", "100,00"),
        fio_row("2", "05.01.2024", "1.000,00"),
        fio_row("3", "05.01.2024", "100,001"),
        fio_row("4", "05.01.2024", "100,00", symbol="12ab"),
        fio_row("5", "05.01.2024", "abc"),
        '"6";"05.01.2024"',
        fio_row("7", "05.01.2024", "100,00", symbol="1"),
        fio_row("7", "05.01.2024", "200,00", symbol="2"),
    ]
    data = FIO_PREAMBLE + FIO_HEADER + "\n" + "\n".join(rows)  # the header is line 5
    with pytest.raises(StatementError) as caught:
        parse_statement_csv(data.encode(), FIO_MAPPING)
    assert caught.value.problems == (
        "Row 6: “32.01.2024” is not a date like 31.12.2024.",
        "Row 7: “1.000,00” is not an amount.",
        "Row 8: “100,001” has more decimals than CZK has.",
        "Row 9: “12ab” is not a variable symbol (1–10 digits).",
        "Row 10: “abc” is not an amount.",
        "Row 11: it has 2 columns, but 13 are needed.",
        "The reference “7” appears 2 times.",
    )


@pytest.mark.parametrize(
    ("currency", "message"), [("ABC", "“ABC” is not a known currency"), ("", "“” is not")]
)
def test_csv_currency_must_be_known(currency: str, message: str) -> None:
    mapping = CsvMapping(date="Date", amount="Amount", currency="Currency")
    data = f"Date;Amount;Currency\n05.01.2024;1,00;{currency}\n".encode()
    with pytest.raises(StatementError, match=f"Row 2: {message}"):
        parse_statement_csv(data, mapping)


BAD_CSV = [
    (b"", "empty"),
    (b"\r\n\r\n", "empty"),
    (b"<!DOCTYPE html><html><body>Login</body></html>", "HTML or XML"),
    (document(entry()), "HTML or XML"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "not a text file"),
    (b"Date;Amount\n\x81\x98\xff\n", "not a text file"),
    (b"Datum;Castka\n05.01.2024;100\n", "No header row"),
    (b"Date;Amount;Message\n" + b'"05.01.2024;1;x\n' * 2, "Row 2: “05.01.2024;1;x"),  # open quote
]


@pytest.mark.parametrize(("data", "message"), BAD_CSV)
def test_bad_csv_input(data: bytes, message: str) -> None:
    mapping = SIMPLE if data.startswith(b"Date;") else FIO_MAPPING
    with pytest.raises(StatementError, match=message):
        parse_statement_csv(data, mapping)


def test_an_oversized_csv_is_refused() -> None:
    with pytest.raises(StatementError, match="larger than 50 MB"):
        parse_statement_csv(b"x" * (MAX_STATEMENT_BYTES + 1), SIMPLE)


# --- messages for translation ------------------------------------------------------------------


def test_statement_problems_keep_the_bad_input_for_translation() -> None:
    data = document(entry(amount="x"), entry(booked="bad", servicer_reference="R3"))
    with pytest.raises(StatementError) as caught:
        parse_camt053(data)
    headline = caught.value.args[0]
    assert isinstance(headline, Message)
    assert headline == "The statement has entries that cannot be read:"
    first, second = caught.value.problems
    assert isinstance(first, Message) and first.template == "Entry {number}: {problem}"
    assert first.values["number"] == 1
    problem = first.values["problem"]
    assert isinstance(problem, Message) and problem.values == {"value": "x"}
    assert second.values["reference"] == "R3"
    assert second.values["problem"].values == {"value": "bad"}
    mapping = CsvMapping(date="Date", amount="Amount", currency="Currency")
    with pytest.raises(StatementError) as caught:
        parse_statement_csv(b"Date;Amount;Currency\n05.01.2024;1,00;ABC\n", mapping)
    (row,) = caught.value.problems
    assert row.template == "Row {line}: {problem}" and row.values["line"] == 2
    assert row.values["problem"].values == {"value": "ABC"}


def test_xml_and_text_file_errors_keep_their_values() -> None:
    from models.common.text_files import TextFileError, decode

    with pytest.raises(StatementError) as caught:
        parse_camt053(b"<Document><broken></Document>")
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message.template.startswith("The file is not well-formed XML: {reason}")
    assert message.values["line"] == 1
    with pytest.raises(TextFileError) as raised:
        decode(b"caf\xc3\x28 \x98")  # not UTF-8; 0x98 is undefined in Windows-1250
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.values == {"position": 7}


def test_statement_problems_are_shown_in_czech(qapp) -> None:
    import main
    from ui.common.formatting import use_language
    from ui.common.messages import translated
    from ui.common.translations import remove_translators

    data = document(*[entry(amount="x")] * 22, entry(booked="bad", servicer_reference="R3"))
    with pytest.raises(StatementError) as caught:
        parse_camt053(data)
    assert caught.value.text(translated) == str(caught.value)
    _, translators = main.install_language(qapp, "cs")
    use_language("cs")
    try:
        lines = caught.value.text(translated).splitlines()
    finally:
        remove_translators(qapp, translators)
        use_language("en")
    assert lines[0] == "Výpis obsahuje položky, které nelze přečíst:"
    assert lines[1] == "• Položka 1: „x“ není částka."
    assert lines[-1] == "… a další (3)."
