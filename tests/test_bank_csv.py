"""Czech banks' CSV exports, recognised by their header rows without a mapping.

The files in tests/data/bank_csv/ were written for these tests from each bank's published layout
(see models/payments/bank_csv_layouts.py), in the encoding and delimiter the bank uses. Each
holds the credit that pays the first pending top-up (121.00 CZK, VS 2600000001), another credit
and a debit; Air Bank's also two card payments not booked yet. Each but Air Bank's states the
account it is for, in a column or in the lines above the header.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

import main
from models.common.formatting import money_text
from models.payments.statement_files import parse_statement_file
from models.payments.statements import StatementError
from tests.helpers.payment_dates import payments_made_before

DATA = Path(__file__).resolve().parent / "data" / "bank_csv"

# file → (format name, booking dates of the two credits, movements that are not credits)
BANKS = {
    "fio.csv": ("CSV (Fio)", (date(2025, 1, 5), date(2025, 1, 7)), 1),
    "air_bank.csv": ("CSV (Air Bank)", (date(2025, 1, 5), date(2025, 1, 9)), 3),
    "kb_plus.csv": ("CSV (KB+)", (date(2025, 1, 5), date(2025, 1, 8)), 1),
    "raiffeisenbank.csv": ("CSV (Raiffeisenbank)", (date(2025, 1, 5), date(2025, 1, 8)), 1),
    "csob.csv": ("CSV (ČSOB)", (date(2025, 1, 5), date(2025, 1, 8)), 1),
    "ceska_sporitelna.csv": ("CSV (Česká spořitelna)", (date(2025, 1, 5), date(2025, 1, 8)), 1),
    "moneta.csv": ("CSV (Moneta)", (date(2025, 1, 5), date(2025, 1, 8)), 1),
    "mbank.csv": ("CSV (mBank)", (date(2025, 1, 5), date(2025, 1, 8)), 1),
    "unicredit.csv": ("CSV (UniCredit)", (date(2025, 1, 5), date(2025, 1, 8)), 1),
}
SELLER_IBAN = "CZ6508000000192000145399"  # 19-2000145399/0800, Česká spořitelna
# file → (the account the file states, as read; its IBAN, for the seller's other accounts)
ACCOUNTS = {
    "fio.csv": ("CZ9320100000002000145399", "CZ9320100000002000145399"),  # “iban” line
    "air_bank.csv": ("", ""),  # Air Bank's export does not state the account
    "kb_plus.csv": ("CZ9001000000000011112227", "CZ9001000000000011112227"),  # “IBAN” line
    "raiffeisenbank.csv": ("1234567899/5500", "CZ2255000000001234567899"),  # “Číslo účtu”
    "csob.csv": ("283337817/0300", "CZ0803000000000283337817"),  # “číslo účtu”
    "ceska_sporitelna.csv": (SELLER_IBAN, SELLER_IBAN),  # “Vlastní IBAN”
    "moneta.csv": ("CZ7306000000000222333468", "CZ7306000000000222333468"),  # “IBAN”
    "mbank.csv": ("670100-2200000004/6210", "CZ8062106701002200000004"),  # “#Číslo účtu:”
    "unicredit.csv": ("1234567899/2700", "CZ8527000000001234567899"),  # “Účet” + UniCredit's code
}
OTHER_IBAN = "SK3112000000198742637541"  # another account of someone's
REFERENCES = {
    "fio.csv": ("26962199101", "26962199103"),
    "air_bank.csv": ("34887196011", "34887196013"),
    "kb_plus.csv": ("KB0001", "KB0003"),
    "raiffeisenbank.csv": ("4329323639", "4329323641"),
    "moneta.csv": ("MB250105001", "MB250108003"),
    "unicredit.csv": ("UC250105A1", "UC250108A3"),
}


@pytest.mark.parametrize("name", BANKS)
def test_a_bank_export_is_read_without_a_mapping(name: str) -> None:
    format_name, booked, ignored = BANKS[name]
    statement = parse_statement_file((DATA / name).read_bytes())
    assert statement.format_name == format_name
    assert statement.ignored == ignored  # debits, and Air Bank's card payments not booked yet
    first, second = statement.entries
    assert (first.booked_on, second.booked_on) == booked
    assert (first.amount_minor, second.amount_minor) == (121_00, 12_345_67)
    assert (first.currency, second.currency) == ("CZK", "CZK")
    assert (first.variable_symbol, second.variable_symbol) == ("2600000001", "77001")
    assert first.counterparty.casefold() == "jan novák"
    assert second.counterparty.casefold() == "firma s.r.o."
    assert first.counterparty_account == "2000145399/0800"
    assert second.counterparty_account == "123-456/0100"
    assert (first.remittance, second.remittance) == ("Dobití kreditu", "Faktura 77001")
    stated = ACCOUNTS[name][0]
    assert (statement.account, first.account, second.account) == (stated, stated, stated)
    if name in REFERENCES:
        assert (first.bank_reference, second.bank_reference) == REFERENCES[name]
    else:  # no transaction id in the export: a digest that is the same on every import
        again = parse_statement_file((DATA / name).read_bytes()).entries
        assert first.bank_reference.startswith("sha256:")
        assert (again[0].bank_reference, again[1].bank_reference) == (
            first.bank_reference,
            second.bank_reference,
        )


def test_air_bank_rows_not_booked_yet_are_counted_not_imported() -> None:
    data = (DATA / "air_bank.csv").read_bytes()
    statement = parse_statement_file(data)
    assert 45_00 not in [e.amount_minor for e in statement.entries]  # the pending refund
    assert statement.ignored == 3


def test_a_bank_export_in_another_encoding_and_delimiter_is_still_recognised() -> None:
    text = (DATA / "kb_plus.csv").read_bytes().decode("cp1250")
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), text.replace(";", "\t").encode()):
        statement = parse_statement_file(data)
        assert statement.format_name == "CSV (KB+)"
        assert [e.amount_minor for e in statement.entries] == [121_00, 12_345_67]


@pytest.mark.parametrize("name", BANKS)
def test_import_statement_confirms_the_pending_payment_it_pays(
    name: str, database_path: Path, capsys
) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", SELLER_IBAN])
    others = f"{OTHER_IBAN}, {ACCOUNTS[name][1]}"
    main.main([*base, "settings", "seller.other_accounts", others])
    main.main([*base, "top-up", "100", "CZK"])  # 121.00 CZK, VS 2600000001
    main.main([*base, "top-up", "200", "CZK"])  # 242.00 CZK: nothing in the files pays it
    payments_made_before(database_path)  # the exports are booked in January 2025
    capsys.readouterr()
    assert main.main([*base, "import-statement", str(DATA / name)]) == 0
    out = capsys.readouterr().out
    format_name, (first, last), ignored = BANKS[name]
    plan = out.splitlines()[:4]  # the plan first
    account = ACCOUNTS[name][0] or "not stated in the file"
    assert plan[:3] == [
        f"format: {format_name}",
        f"account: {account}",
        f"period: {first} – {last}",
    ]
    assert plan[3] == (
        f"plan: 1 to confirm, 1 to wait for pairing, {ignored} not credits (ignored), "
        "0 already imported"
    )
    assert out.splitlines()[4] == f"confirmed: payment 2600000001, {money_text(121_00, 'CZK')}"
    assert "VS 77001" in out
    assert out.splitlines()[-1] == (
        f"1 confirmed, 1 waiting for pairing, 0 already imported, {ignored} not credits"
    )
    assert main.main([*base, "import-statement", str(DATA / name)]) == 0
    assert "0 confirmed, 0 waiting for pairing, 2 already imported" in capsys.readouterr().out


@pytest.mark.parametrize("name", [name for name, (stated, _) in ACCOUNTS.items() if stated])
def test_an_export_of_another_account_confirms_nothing_and_stores_nothing(
    name: str, database_path: Path, capsys
) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", OTHER_IBAN])  # not the account in the file
    main.main([*base, "top-up", "100", "CZK"])  # 121.00 CZK, VS 2600000001: the file pays it
    payments_made_before(database_path)
    capsys.readouterr()
    assert main.main([*base, "import-statement", str(DATA / name)]) == 2
    assert capsys.readouterr().err == (
        f"error: This statement is for account {ACCOUNTS[name][0]}, which is not one of your "
        f"accounts ({OTHER_IBAN}): nothing was imported.\n"
    )
    with sqlite3.connect(database_path) as connection:
        assert connection.execute("SELECT count(*) FROM bank_entry").fetchone() == (0,)
        assert connection.execute("SELECT state FROM payment").fetchall() == [("pending",)]
    connection.close()
    main.main([*base, "balance"])
    assert capsys.readouterr().out.startswith("0 credits")


def test_an_export_without_its_account_is_imported_and_says_so(database_path: Path, capsys) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", OTHER_IBAN])
    capsys.readouterr()
    assert main.main([*base, "import-statement", str(DATA / "air_bank.csv"), "--dry-run"]) == 0
    assert "account: not stated in the file" in capsys.readouterr().out.splitlines()


def test_rows_of_two_accounts_import_only_the_seller_s(database_path: Path, capsys) -> None:
    text = (DATA / "raiffeisenbank.csv").read_bytes().decode("cp1250")
    lines = text.split("\r\n")
    lines[3] = lines[3].replace("1234567899/5500", "19-2000145399/0800")  # the 77001 credit
    data = "\r\n".join(lines).encode("cp1250")
    statement = parse_statement_file(data)
    assert statement.account == ""  # several accounts: each credit says its own
    assert [e.account for e in statement.entries] == ["1234567899/5500", "19-2000145399/0800"]
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ2255000000001234567899"])
    capsys.readouterr()
    path = database_path.parent / "two.csv"
    path.write_bytes(data)
    assert main.main([*base, "import-statement", str(path)]) == 0
    out = capsys.readouterr().out
    assert "account: 1234567899/5500" in out.splitlines()
    assert (
        "warning: Account 19-2000145399/0800 is not one of your accounts: its credits are left "
        "out (1)." in out.splitlines()
    )
    assert "0 confirmed, 1 waiting for pairing" in out


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        (
            "raiffeisenbank.csv",
            '"08.01.2025 07:08";"1234567899/5500"',
            '"08.01.2025 07:08";""',
            "Row 4: its account column is empty.",
        ),
        (
            "unicredit.csv",
            '"1234567899";"12 345,67"',
            '"12X";"12 345,67"',
            "Row 6: “12X” is not an account number or IBAN.",
        ),
        (
            "kb_plus.csv",
            "CZ9001000000000011112227",
            "CZ9101000000000011112227",
            "The file says it is for account “CZ9101000000000011112227”, which is not an account "
            "number or IBAN.",
        ),
    ],
)
def test_an_account_that_cannot_be_read_is_refused(
    name: str, old: str, new: str, message: str
) -> None:
    encoding = "utf-8-sig" if name == "unicredit.csv" else "cp1250"
    text = (DATA / name).read_bytes().decode(encoding)
    assert old in text
    with pytest.raises(StatementError) as raised:
        parse_statement_file(text.replace(old, new).encode("utf-8"))
    assert message in str(raised.value)


def test_a_row_without_its_account_is_for_the_account_the_file_states() -> None:
    text = (DATA / "csob.csv").read_bytes().decode("utf-8-sig")
    data = text.replace("\r\n283337817/0300;08.01.2025", "\r\n;08.01.2025").encode("utf-8")
    statement = parse_statement_file(data)  # “Pohyby na účtu 283337817/0300 …” above the header
    assert [e.account for e in statement.entries] == ["283337817/0300", "283337817/0300"]


def test_an_account_as_a_statement_writes_it_is_normalised() -> None:
    from models.payments.bank_account import statement_account

    assert statement_account(" cz65 0800 0000 1920 0014 5399 ") == "CZ6508000000192000145399"
    assert statement_account("'000019-2000145399/0800'") == "19-2000145399/0800"
    assert statement_account("0222333468", "0600") == "222333468/0600"
    assert statement_account("283337817/0300", "0600") == "283337817/0300"
