"""camt.053 statements: the real samples, what counts as a credit, references and symbols."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.payments.camt053 import parse_camt053
from models.payments.statements import StatementEntry, StatementError
from tests.camt_builder import VERSIONS, document, entry, statement, tx

DATA = Path(__file__).resolve().parent / "data"
OUR_IBAN = "CZ7908000000002000145399"


def only(data: bytes) -> StatementEntry:
    entries = parse_camt053(data).entries
    assert len(entries) == 1
    return entries[0]


# --- real samples ----------------------------------------------------------------------------


def test_sample_v02_yields_only_the_booked_credit() -> None:
    parsed = parse_camt053((DATA / "camt053-v02-sample.xml").read_bytes())
    assert (parsed.statement_id, parsed.account) == ("1234Test/1", "NL77ABNA0574908765")
    assert parsed.format_name == "camt.053.001.02"
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
    again = parse_camt053((DATA / "camt053-v02-sample.xml").read_bytes())
    assert again.entries[0].bank_reference == credit.bank_reference


def test_sample_v04_splits_the_batch_into_its_two_transactions() -> None:
    parsed = parse_camt053((DATA / "camt053-v04-sample.xml").read_bytes())
    assert (parsed.statement_id, parsed.account) == (
        "20170323123456789012345",
        "CH1111000000123456789",
    )
    assert parsed.format_name == "camt.053.001.04"
    # FrDtTm/ToDtTm without a zone: the bank's local time, taken as written.
    assert parsed.period_from == parsed.period_to == date(2017, 3, 23)
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


@pytest.mark.parametrize("version", VERSIONS)
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
        *[({"status": code}, version) for code in ("PDNG", "INFO") for version in VERSIONS],
        ({"status": "FUTR"}, 8),
        ({"status_element": "<Sts><Prtry>PDNG</Prtry></Sts>"}, 8),
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


@pytest.mark.parametrize(
    ("status", "version"),
    [
        ("<Sts>BOOK</Sts>", 2),
        ("<Sts>BOOK</Sts>", 6),
        ("<Sts><Cd>BOOK</Cd></Sts>", 7),
        ("<Sts><Cd>BOOK</Cd></Sts>", 8),
        ("<Sts><Prtry>BOOK</Prtry></Sts>", 8),
        ("<Sts><Cd>BOOK</Cd></Sts>", 4),  # the newer shape in an older version is read too
        ("<Sts>\n  BOOK\n</Sts>", 2),
    ],
)
def test_booked_status_in_every_shape(status: str, version: int) -> None:
    data = document(entry(status_element=status, version=version), version=version)
    parsed = parse_camt053(data)
    assert [e.amount_minor for e in parsed.entries] == [10000]
    assert (parsed.ignored, parsed.booked_without_status) == (0, 0)


def test_an_entry_without_a_status_is_read_as_booked_and_counted() -> None:
    # Sts is mandatory in every version; an account statement reports booked entries, so an
    # entry without one is read as booked, and counted for the user to see.
    data = document(entry(status=None), entry(status=None, indicator="DBIT"), entry("5.00"))
    parsed = parse_camt053(data)
    assert [e.amount_minor for e in parsed.entries] == [10000, 500]
    assert (parsed.ignored, parsed.booked_without_status) == (1, 1)


def test_value_date_stands_in_for_a_missing_booking_date() -> None:
    data = document(entry(booked=None, value_date="2024-02-03T10:00:00"))
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
            statement(
                entry("1.00"),
                statement_id="A",
                iban="cz65 0800 0000 1920 0014 5399",
                period=("2024-01-01T00:00:00", "2024-01-31T23:59:59"),
            ),
            statement(
                entry("2.00"),
                statement_id="B",
                iban=None,
                other_id="19-2000145399/0800",
                period=("2023-12-01T00:00:00", "2023-12-31T23:59:59"),
            ),
            statement(entry("3.00", "EUR"), statement_id="C", iban="DE89370400440532013000"),
        ]
    )
    parsed = parse_camt053(data)
    assert (parsed.statement_id, parsed.account) == ("MSG-1", "CZ6508000000192000145399")
    assert [(e.account, e.amount_minor, e.currency) for e in parsed.entries] == [
        ("CZ6508000000192000145399", 100, "CZK"),
        ("19-2000145399/0800", 200, "CZK"),  # a domestic number, kept as the bank wrote it
        ("DE89370400440532013000", 300, "EUR"),
    ]
    assert (parsed.period_from, parsed.period_to) == (date(2023, 12, 1), date(2024, 1, 31))


@pytest.mark.parametrize("version", VERSIONS)
def test_format_and_period_of_one_statement(version: int) -> None:
    data = document(
        statements=[statement(entry(version=version), period=("2024-01-05", "2024-01-05"))],
        version=version,
    )
    parsed = parse_camt053(data)
    assert parsed.format_name == f"camt.053.001.0{version}"
    assert (parsed.statement_id, parsed.account) == ("STMT-1", OUR_IBAN)
    assert parsed.period_from == parsed.period_to == date(2024, 1, 5)


def test_a_statement_without_a_period_has_none() -> None:
    parsed = parse_camt053(document(entry()))
    assert (parsed.period_from, parsed.period_to) == (None, None)


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
