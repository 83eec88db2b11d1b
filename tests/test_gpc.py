"""GPC/ABO statements: the sample files, what counts as a credit, accounts, keys, bad files."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import main
from models.common import database as db
from models.common.messages import Message
from models.payments import top_ups as payments
from models.payments.gpc import parse_gpc
from models.payments.statement_files import parse_statement_file
from models.payments.statement_import import BankEntry
from models.payments.statements import StatementEntry, StatementError
from tests.camt_builder import document, entry
from tests.gpc_builder import (
    PAYER,
    details,
    gpc,
    header,
    internal,
    item,
    message,
    replace,
)
from tests.helpers.payment_dates import payments_made_before

DATA = Path(__file__).resolve().parent / "data" / "gpc"
ACCOUNT = "19-2000145399"


def only(data: bytes) -> StatementEntry:
    entries = parse_gpc(data).entries
    assert len(entries) == 1
    return entries[0]


# --- the sample files --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["credits-cp1250.gpc", "credits-utf8.gpc"])
def test_the_credits_of_a_statement_in_either_encoding(name: str) -> None:
    parsed = parse_gpc((DATA / name).read_bytes())
    assert (parsed.format_name, parsed.statement_id, parsed.account) == (
        "GPC/ABO",
        "7/2024-01-05",
        ACCOUNT,
    )
    assert (parsed.period_from, parsed.period_to) == (date(2023, 12, 31), date(2024, 1, 5))
    assert parsed.ignored == 1  # the bank's fee, a debit
    assert parsed.entries == (
        StatementEntry(
            bank_reference=f"gpc:{ACCOUNT}:12345:2024-01-05",
            booked_on=date(2024, 1, 5),
            amount_minor=302_50,
            currency="CZK",
            variable_symbol="2600000001",
            end_to_end_id=None,
            remittance="",
            counterparty="Jan Novák",
            account=ACCOUNT,
            counterparty_account="123457/0800",
        ),
        StatementEntry(
            bank_reference=f"gpc:{ACCOUNT}:12346:2024-01-05",
            booked_on=date(2024, 1, 5),  # the booking date; the value date is 4 January
            amount_minor=1_000_00,
            currency="CZK",
            variable_symbol="42",  # “0000000042”
            end_to_end_id=None,
            remittance="SS 7788",
            counterparty="Řeřicha & Syn s.r.o.",
            account=ACCOUNT,
            counterparty_account="19-123457/0100",
        ),
    )


def test_the_same_file_gives_the_same_keys_every_time() -> None:
    data = (DATA / "credits-cp1250.gpc").read_bytes()
    assert parse_gpc(data) == parse_gpc(data)


def test_a_statement_in_the_bank_internal_account_order() -> None:
    parsed = parse_gpc((DATA / "internal-order-cp1250.gpc").read_bytes())
    assert parsed.account == ACCOUNT
    (credit,) = parsed.entries
    assert (credit.account, credit.counterparty_account) == (ACCOUNT, "189731527/0600")
    assert (credit.amount_minor, credit.variable_symbol) == (5_000_00, "2600000007")
    assert credit.bank_reference == f"gpc:{ACCOUNT}:KB20240229001:2024-02-29"


def test_the_published_example_of_the_internal_order() -> None:
    """GE Money Bank wrote account 189731527 as 7523018971000000 (jakubzapletal/bank-statements#7)."""
    assert internal("0000000189731527") == "7523018971000000"
    data = gpc(header(account="7523018971000000"), item(account="7523018971000000"))
    assert parse_gpc(data).account == "189731527"


def test_extension_records_give_the_payers_name_and_the_message() -> None:
    parsed = parse_gpc((DATA / "extensions-cp1250.gpc").read_bytes())
    assert parsed.period_from is None  # the old balance date is 000000: the first statement
    (credit,) = parsed.entries
    assert credit.counterparty == "Jan Novák, Dlouhá 12, Praha"  # 076, not the 075's “NOVAK JAN”
    # 078/079 cut the message every 35 characters, inside words: joined as they were written
    assert credit.remittance == (
        "Dobití kreditu VS 2600000003, faktura za SMS bránu – děkujeme za službu"
    )
    assert credit.variable_symbol == "2600000003"  # the VS field is zeros; the message has it
    assert credit.bank_reference == f"gpc:{ACCOUNT}:240315ABC123:2024-03-15"  # the 076 id
    assert (credit.booked_on, credit.amount_minor) == (date(2024, 3, 15), 1_210_00)


def test_extension_records_built_in_code() -> None:
    data = gpc(
        header(),
        item(variable_symbol="2600000001", specific="55"),
        details(""),  # no name: the 075's short name stays
        "077" + " " * 40,  # not in the published layouts: skipped
        message("078", "Dobití VS 9999999999"),  # the VS field wins over the message
    )
    credit = only(data)
    assert (credit.counterparty, credit.variable_symbol) == ("Jan Novák", "2600000001")
    assert credit.remittance == "Dobití VS 9999999999; SS 55"


def test_debits_and_reversals_are_counted_not_credited() -> None:
    parsed = parse_gpc((DATA / "reversals-cp1250.gpc").read_bytes())
    assert [(e.amount_minor, e.variable_symbol) for e in parsed.entries] == [(500_00, "2600000009")]
    assert parsed.ignored == 3  # 1 debit, 4 reversed debit, 5 reversed credit


# --- variants built in code ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "newline", "bom"),
    [
        ("cp1250", "\r\n", False),
        ("utf-8", "\n", True),
        ("utf-8", "\r\n", True),
        ("utf-8", "\n", False),
    ],
)
def test_encodings_and_line_ends(encoding: str, newline: str, bom: bool) -> None:
    data = gpc(
        header(name="Účetní Žďár"),
        item(name="Šárka Řezníčková"),
        encoding=encoding,
        newline=newline,
        bom=bom,
    )
    assert only(data).counterparty == "Šárka Řezníčková"


def test_blank_lines_and_a_dos_end_of_file_mark_are_skipped() -> None:
    data = gpc(header(), "", item(), "") + b"\x1a"
    assert only(data).amount_minor == 302_50


def test_a_header_trimmed_of_its_trailing_spaces_is_read() -> None:
    assert only(gpc(header().rstrip(), item())).amount_minor == 302_50


@pytest.mark.parametrize(
    ("code", "amount", "minor"),
    [("0203", 999_999_999_999, 999_999_999_999), ("0978", 12_10, 12_10), ("0392", 500_00, 500)],
)
def test_amounts_are_exact_minor_units_of_the_items_currency(
    code: str, amount: int, minor: int
) -> None:
    credit = only(gpc(header(), item(amount, currency=code)))
    assert credit.amount_minor == minor
    assert credit.currency == {"0203": "CZK", "0978": "EUR", "0392": "JPY"}[code]


def test_the_value_date_stands_in_when_there_is_no_booking_date() -> None:
    credit = only(gpc(header(), item(value_date="040124", booked="000000")))
    assert credit.booked_on == date(2024, 1, 4)


def test_a_zero_credit_is_not_a_credit() -> None:
    parsed = parse_gpc(gpc(header(), item(0)))
    assert (parsed.entries, parsed.ignored) == ((), 1)


def test_an_empty_counter_account_and_a_prefix_of_zero() -> None:
    credit = only(gpc(header(), item(counter="0" * 16, bank="0000")))
    assert credit.counterparty_account == ""
    assert only(gpc(header(), item(counter=PAYER))).counterparty_account == "123457/0800"


def test_document_numbers_repeated_on_other_days_give_other_keys() -> None:
    monday = only(gpc(header(dated="050124"), item(booked="050124")))
    tuesday = only(gpc(header(dated="060124"), item(booked="060124")))
    assert monday.bank_reference != tuesday.bank_reference


def test_credits_without_document_numbers_get_stable_distinct_keys() -> None:
    same = item(document="0" * 13)
    data = gpc(header(), same, same, item(100_00, document=" " * 13))
    keys = [e.bank_reference for e in parse_gpc(data).entries]
    assert len(set(keys)) == 3 and all(k.startswith("sha256:") for k in keys)
    assert keys == [e.bank_reference for e in parse_gpc(data).entries]


def test_a_repeated_document_number_within_a_day_is_told_apart() -> None:
    data = gpc(header(), item(), item(100_00))
    keys = [e.bank_reference for e in parse_gpc(data).entries]
    assert keys == [f"gpc:{ACCOUNT}:12345:2024-01-05", f"gpc:{ACCOUNT}:12345:2024-01-05#2"]


def test_several_statements_in_one_file() -> None:
    data = gpc(
        header(number=1, opened="311223", dated="020124"),
        item(document="0000000000001", booked="020124"),
        header(number=2, opened="020124", dated="030124"),
        item(document="0000000000002", booked="030124"),
    )
    parsed = parse_gpc(data)
    assert parsed.statement_id == "1/2024-01-02, 2/2024-01-03"
    assert (parsed.period_from, parsed.period_to) == (date(2023, 12, 31), date(2024, 1, 3))
    assert [e.booked_on.day for e in parsed.entries] == [2, 3]


def test_an_item_with_a_blank_own_account_belongs_to_the_header() -> None:
    assert only(gpc(header(), item(account="0" * 16))).account == ACCOUNT


@pytest.mark.parametrize(
    ("counter", "account"), [(PAYER, "190673424"), (internal(PAYER), "673424-1900000")]
)
def test_when_both_orders_pass_the_counter_accounts_decide(counter: str, account: str) -> None:
    both = "0000000190673424"  # 190673424, or 673424-1900000 read in the internal order
    credit = only(gpc(header(account=both), item(account=both, counter=counter)))
    assert (credit.account, credit.counterparty_account) == (account, "123457/0800")


def test_the_standard_order_wins_a_tie() -> None:
    both = "0000000190673424"
    assert only(gpc(header(account=both), item(account=both, counter="0" * 16))).account == (
        "190673424"
    )


# --- routing ------------------------------------------------------------------------------------


def test_statement_files_are_told_apart_by_their_content() -> None:
    assert parse_statement_file((DATA / "credits-cp1250.gpc").read_bytes()).format_name == "GPC/ABO"
    utf8 = gpc(header(), item(name="Žluťoučký kůň"), encoding="utf-8", bom=True)
    assert parse_statement_file(utf8).entries[0].counterparty == "Žluťoučký kůň"
    assert parse_statement_file(document(entry())).entries  # camt.053 still
    csv = b"Datum;Objem;Mena;VS\n05.01.2024;302,50;CZK;2600000001\n"
    assert parse_statement_file(csv).entries[0].amount_minor == 302_50
    # a CSV row that happens to start with 074 is no GPC header
    csv = b"Datum;Objem;Mena;VS\n0740000192000145399;302,50;CZK;1\n"
    with pytest.raises(StatementError, match="not a date"):
        parse_statement_file(csv)


# --- malformed files ----------------------------------------------------------------------------

GOOD_HEADER, GOOD_ITEM = header(), item()
BAD_GPC = [
    ("empty", b"", "The file is empty"),
    ("blank", b" \r\n\r\n", "The file is empty"),
    ("no header", gpc(message("078", "Dobití")), "has no statement header"),
    ("not GPC at all", b"Datum;Objem\n05.01.2024;100,00\n", "has no statement header"),
    ("truncated", gpc(GOOD_HEADER, GOOD_ITEM[:100]), "Line 2: the 075 record has 100 characters instead of 128"),
    ("cut short", gpc(GOOD_HEADER, GOOD_ITEM, GOOD_ITEM)[:-70], "Line 3: the 075 record has 60"),
    ("item too long", gpc(GOOD_HEADER, GOOD_ITEM + " "), "Line 2: the 075 record has 129 characters"),
    ("header too long", gpc(GOOD_HEADER + "X", GOOD_ITEM), "Line 1: the 074 record has 129 characters"),
    ("header too short", gpc(GOOD_HEADER[:110], GOOD_ITEM), "Line 1: the 074 record has 110"),
    ("amount", gpc(GOOD_HEADER, replace(GOOD_ITEM, 49, "0000003O2,50")), "Line 2: the amount “0000003O2,50” is not a whole number"),
    ("balance", gpc(replace(GOOD_HEADER, 46, "0000000001000,"), GOOD_ITEM), "Line 1: characters 46–59 must be digits"),
    ("sign", gpc(replace(GOOD_HEADER, 60, "*"), GOOD_ITEM), "Line 1: character 60 must be one of \\+ -, not “\\*”"),
    ("booking date", gpc(GOOD_HEADER, item(booked="300224")), "Line 2: “300224” \\(characters 123–128\\) is not a date"),
    ("value date", gpc(GOOD_HEADER, item(value_date="05012A")), "Line 2: “05012A” \\(characters 92–97\\) is not a date"),
    ("statement date", gpc(header(dated="000000"), GOOD_ITEM), "Line 1: “000000” \\(characters 109–114\\)"),
    ("no date at all", gpc(GOOD_HEADER, item(value_date="000000", booked="000000")), "Line 2: the credit has neither"),
    ("posting code", gpc(GOOD_HEADER, item(code="7")), "Line 2: the posting code “7” is not"),
    ("posting code letter", gpc(GOOD_HEADER, item(code="C")), "Line 2: the posting code “C”"),
    ("currency", gpc(GOOD_HEADER, item(currency="0999")), "Line 2: the currency code “0999” is not a known"),
    ("symbol", gpc(GOOD_HEADER, item(variable_symbol="26000ABC01")), "Line 2: characters 62–71 must be digits"),
    ("075 before 074", gpc(GOOD_ITEM, GOOD_HEADER, GOOD_ITEM), "Line 1: an item \\(075\\) comes before the statement header"),
    ("message before an item", gpc(GOOD_HEADER, message("078", "Dobití")), "Line 2: a 078 record must follow an item"),
    ("record type", gpc(GOOD_HEADER, "080" + GOOD_ITEM[3:]), "Line 2: “080” is not a GPC record type"),
    ("mixed encodings", gpc(header(name="Čeněk"), encoding="utf-8") + gpc(item(name="Čeněk")), "mixes UTF-8 and Windows-1250 text \\(lines 1 and 2\\)"),
    ("BOM and Windows-1250", b"\xef\xbb\xbf" + gpc(GOOD_HEADER, item(name="Čeněk")), "mixes UTF-8 and Windows-1250 text \\(lines 1 and 2\\)"),
    ("undefined byte", gpc(GOOD_HEADER) + GOOD_ITEM[:100].encode() + b"\x81" + GOOD_ITEM[101:].encode(), "Line 2 is neither UTF-8 nor Windows-1250"),
    ("account checksum", gpc(header(account="0000001234567890"), GOOD_ITEM), "Line 1: the account number 0000001234567890 fails the Czech check digit test"),
    ("prefix checksum", gpc(header(account="0000182000145399"), GOOD_ITEM), "Line 1: the account number 0000182000145399 fails"),
    ("another account", gpc(GOOD_HEADER, item(account=PAYER)), "Line 2: the item's account 123457 is not the statement's account 19-2000145399"),
    ("account digits", gpc(GOOD_HEADER, item(account="00001920001453 9")), "Line 2: characters 4–19 must be digits"),
    ("JPY decimals", gpc(GOOD_HEADER, item(500_50, currency="0392")), "Line 2: “500.50” has more decimals than JPY has"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "expected"), BAD_GPC, ids=[c[0] for c in BAD_GPC])
def test_bad_gpc_files_are_refused_naming_the_line(name: str, data: bytes, expected: str) -> None:
    with pytest.raises(StatementError, match=expected):
        parse_gpc(data)


def test_every_bad_line_is_reported_at_once_in_order() -> None:
    data = gpc(GOOD_HEADER, item(code="9"), GOOD_ITEM, item(currency="0000"), GOOD_ITEM[:20])
    with pytest.raises(StatementError) as caught:
        parse_gpc(data)
    assert caught.value.args[0] == "The GPC statement has lines that cannot be read:"
    assert [p.values["line"] for p in caught.value.problems] == [2, 4, 5]
    problem = caught.value.problems[0]
    assert isinstance(problem, Message) and problem.template == "Line {line}: {problem}"
    assert problem.values["problem"].values == {"value": "9"}  # kept for translation


def test_a_bad_record_does_not_misplace_the_records_after_it() -> None:
    data = gpc(
        GOOD_HEADER[:100],  # line 1: its items are still read, but not blamed for it
        GOOD_ITEM,
        message("078", "Dobití"),
        item(code="X"),  # line 4: its message is not blamed either
        message("078", "Dobití"),
        header(number=2),
        message("079", "bez položky"),  # line 7: follows no item
    )
    with pytest.raises(StatementError) as caught:
        parse_gpc(data)
    assert [p.values["line"] for p in caught.value.problems] == [1, 4, 7]


def test_a_smaller_size_limit_can_be_set() -> None:
    data = gpc(GOOD_HEADER, GOOD_ITEM)
    with pytest.raises(StatementError, match="refused"):
        parse_gpc(data, max_bytes=len(data) - 1)


# --- through the command line -------------------------------------------------------------------


def _top_up(base: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main.main([*base, "top-up", "100", "CZK"]) == 0  # 121.00 CZK with VAT
    found = re.search(r"variable symbol: (\d+)", capsys.readouterr().out)
    assert found is not None
    return found[1]


def test_import_statement_confirms_exactly_the_matching_payment(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    paid, waiting = _top_up(base, capsys), _top_up(base, capsys)
    payments_made_before(database_path)  # the statement is booked on 5 January 2024
    statement = tmp_path / "vypis.txt"  # the name says nothing; the content does
    statement.write_bytes(
        gpc(
            header(),
            item(121_00, variable_symbol=paid.rjust(10, "0"), document="0000000000001"),
            item(100_00, variable_symbol=waiting, document="0000000000002"),  # too little
            item(121_00, code="5", variable_symbol=waiting, document="0000000000003"),
        )
    )
    assert main.main([*base, "import-statement", str(statement)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"format: GPC/ABO\naccount: {ACCOUNT}\n")
    assert "plan: 1 to confirm, 1 to wait for pairing, 1 not credits (ignored)" in out
    assert f"confirmed: payment {paid}, " in out
    assert out.endswith("1 confirmed, 1 waiting for pairing, 0 already imported, 1 not credits\n")
    assert main.main([*base, "import-statement", str(statement)]) == 0
    assert "0 confirmed, 0 waiting for pairing, 2 already imported" in capsys.readouterr().out
    main.main([*base, "balance"])
    assert capsys.readouterr().out == "4 credits\n"
    session = db.open_database(database_path)
    try:
        states = {p.variable_symbol: p.state for p in payments.Payment.select()}
        assert states == {paid: payments.PAID, waiting: payments.PENDING}
    finally:
        session.close()


def test_a_bad_gpc_file_stores_nothing(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    symbol = _top_up(base, capsys)
    good = item(121_00, variable_symbol=symbol)
    for name, data, _ in [
        *(case for case in BAD_GPC if case[0] != "not GPC at all"),  # that one is a good CSV
        (
            "good credit, bad debit",
            gpc(GOOD_HEADER, good, item(code="1", booked="310224")),
            "Line 3",
        ),
    ]:
        path = tmp_path / f"{name}.gpc"
        path.write_bytes(data)
        assert main.main([*base, "import-statement", str(path)]) == 2, name
        assert capsys.readouterr().err.startswith("error: "), name
    session = db.open_database(database_path)
    try:
        assert BankEntry.select().count() == 0
        assert (
            payments.Payment.get(payments.Payment.variable_symbol == symbol).state
            == payments.PENDING
        )
    finally:
        session.close()
    main.main([*base, "balance"])
    assert capsys.readouterr().out == "0 credits\n"
