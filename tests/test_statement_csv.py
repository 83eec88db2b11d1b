"""Bank statements as CSV exports: mappings, amounts, rows that cannot be read."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

import pytest

from models.payments.statement_csv import (
    CsvMapping,
    detect_csv_mapping,
    guess_csv_mapping,
    parse_statement_csv,
)
from models.payments.statements import MAX_STATEMENT_BYTES, StatementEntry, StatementError
from tests.camt_builder import document, entry
from tests.csv_builder import FIO, FIO_HEADER, FIO_MAPPING, FIO_PREAMBLE, fio_row

FIO_ACCOUNT = "2000145399/2010"  # as the preamble states it: “accountId”, “bankId”

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
        account=FIO_ACCOUNT,
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
        account=FIO_ACCOUNT,
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
    parsed = parse_statement_csv(data, FIO_MAPPING)
    assert parsed.entries == FIO_CREDITS
    assert (parsed.ignored, parsed.account) == (1, FIO_ACCOUNT)
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
    (b"Date;Amount;Message\n" + b'"05.01.2024;1;x\n' * 2, "Row 2: a quote opened"),  # open quote
]


@pytest.mark.parametrize(("data", "message"), BAD_CSV)
def test_bad_csv_input(data: bytes, message: str) -> None:
    mapping = SIMPLE if data.startswith(b"Date;") else FIO_MAPPING
    with pytest.raises(StatementError, match=message):
        parse_statement_csv(data, mapping)


def test_an_oversized_csv_is_refused() -> None:
    with pytest.raises(StatementError, match="larger than 50 MB"):
        parse_statement_csv(b"x" * (MAX_STATEMENT_BYTES + 1), SIMPLE)


@pytest.mark.parametrize(
    ("text", "date_format"),
    [
        ("05.01.2024", "%d.%m.%Y"),
        ("5.1.2024", "%d.%m.%Y"),
        ("5. 1. 2024", "%d.%m.%Y"),
        ("5. 1. 2024", "%d. %m. %Y"),
        ("05.01.2024 08:15", "%d.%m.%Y"),
        ("05.01.2024 08:15:59", "%d.%m.%Y"),
        ("05.01.2024", "%d.%m.%Y %H:%M"),
        ("2024-01-05", "%Y-%m-%d"),
        ("2024-01-05T08:15:59", "%Y-%m-%d"),
        ("05-01-2024", "%d-%m-%Y"),
    ],
)
def test_csv_dates_with_or_without_a_time(text: str, date_format: str) -> None:
    mapping = replace(SIMPLE, date_format=date_format)
    parsed = parse_statement_csv(simple_csv(f"{text};1,00;x"), mapping)
    assert parsed.entries[0].booked_on == date(2024, 1, 5)


def test_detect_reads_spaced_dates_and_times() -> None:
    data = "Datum;Objem;Měna\n5. 1. 2024 08:15;1 234,50;CZK\n".encode("cp1250")
    parsed = parse_statement_csv(data, detect_csv_mapping(data))
    assert (parsed.entries[0].booked_on, parsed.entries[0].amount_minor) == (
        date(2024, 1, 5),
        123450,
    )
    assert parsed.format_name == "CSV"
