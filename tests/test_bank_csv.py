"""Czech banks' CSV exports, recognised by their header rows without a mapping.

The files in tests/data/bank_csv/ were written for these tests from each bank's published layout
(see models/payments/bank_csv_layouts.py), in the encoding and delimiter the bank uses. Each
holds the credit that pays the first pending top-up (121.00 CZK, VS 2600000001), another credit
and a debit; Air Bank's also two card payments not booked yet.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import main
from models.common.formatting import money_text
from models.payments.statement_files import parse_statement_file
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
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    main.main([*base, "top-up", "100", "CZK"])  # 121.00 CZK, VS 2600000001
    main.main([*base, "top-up", "200", "CZK"])  # 242.00 CZK: nothing in the files pays it
    payments_made_before(database_path)  # the exports are booked in January 2025
    capsys.readouterr()
    assert main.main([*base, "import-statement", str(DATA / name)]) == 0
    out = capsys.readouterr().out
    format_name, (first, last), ignored = BANKS[name]
    plan = out.splitlines()[:4]  # the plan first (line 1, the account, is not read from CSV)
    assert (plan[0], plan[2]) == (f"format: {format_name}", f"period: {first} – {last}")
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
