"""Malformed CSV statements: each is refused with a message that names the row, nothing stored."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

import main
from models.payments.statement_files import parse_statement_file
from models.payments.statements import MAX_STATEMENT_BYTES, StatementError

DATA = Path(__file__).resolve().parent / "data" / "bank_csv"
FIO = (DATA / "fio.csv").read_bytes().decode("cp1250")
FIO_HEADER = FIO.splitlines()[7]  # line 8; the rows follow on lines 9-11
AIR = (DATA / "air_bank.csv").read_text(encoding="utf-8")


def fio(*rows: str) -> str:
    return "\r\n".join([*FIO.splitlines()[:8], *rows]) + "\r\n"


def fio_row(day: str = "05.01.2025", amount: str = "121,00", symbol: str = "") -> str:
    cells = ["1", day, amount, "CZK", *[""] * 5, symbol, *[""] * 9]
    return ";".join(f'"{cell}"' for cell in cells)


def big_fio() -> bytes:
    row = fio_row() + "\r\n"
    count = MAX_STATEMENT_BYTES // len(row) + 1
    return fio().encode("cp1250") + (row * count).encode("cp1250")


MALFORMED = {
    "header only": (fio().encode("cp1250"), r"has a header row \(line 8\) but no movements"),
    "mixed encodings": (
        fio(fio_row()).encode("cp1250") + '"2";"Převod"\r\n'.encode(),
        r"mixes two encodings: line 10 is UTF-8 but line 8 is not",
    ),
    "too few columns": (
        fio(fio_row(), '"2";"06.01.2025"').encode("cp1250"),
        r"Row 10: it has 2 columns, but 13 are needed\.",
    ),
    "non-digits in the amount": (
        fio(fio_row(amount="12a,00")).encode("cp1250"),
        r"Row 9: “12a,00” is not an amount\.",
    ),
    "bad date": (
        fio(fio_row(day="32.01.2025")).encode("cp1250"),
        r"Row 9: “32.01.2025” is not a date like 31.12.2024\.",
    ),
    "two header rows of different exports": (
        (fio(fio_row()) + AIR).encode("utf-8"),
        r"Row 10 is another header row: the file holds more than one export",
    ),
    "binary file": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 8, "not a text"),
    "UTF-16 without a BOM": (
        fio(fio_row()).encode("utf-16-le"),
        "UTF-16 text without a byte order mark",
    ),
    "50 MB": (big_fio(), r"statements larger than 50 MB are refused"),
    "too many decimals": (
        fio(fio_row(amount="121,001")).encode("cp1250"),
        r"Row 9: “121,001” has more decimals than CZK has\.",
    ),
    "variable symbol with letters": (
        fio(fio_row(symbol="26A")).encode("cp1250"),
        r"Row 9: “26A” is not a variable symbol",
    ),
    "an unclosed quote": (
        fio('"1";"05.01.2025";"121,00', fio_row()).encode("cp1250"),
        r"Row 9: a quote opened in it is not closed\.",
    ),
    "pending row in a bank without pending rows": (
        fio(fio_row(day="")).encode("cp1250"),
        r"Row 9: “” is not a date like 31.12.2024\.",
    ),
    "empty file": (b"\xef\xbb\xbf\r\n", "The file is empty"),
}


@pytest.mark.parametrize(("data", "message"), MALFORMED.values(), ids=MALFORMED)
def test_a_malformed_csv_is_refused_with_the_row(data: bytes, message: str) -> None:
    with pytest.raises(StatementError) as refused:
        parse_statement_file(data)
    assert re.search(message, str(refused.value)), str(refused.value)


def test_malformed_csv_changes_nothing(database_path: Path, tmp_path: Path, capsys) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    main.main([*base, "top-up", "100", "CZK"])
    capsys.readouterr()
    for name, (data, _) in MALFORMED.items():
        path = tmp_path / "statement.csv"
        path.write_bytes(data)
        assert main.main([*base, "import-statement", str(path)]) == 2, name
        assert capsys.readouterr().err.startswith("error: "), name
    main.main([*base, "balance"])
    assert capsys.readouterr().out == "0 credits\n"
    with sqlite3.connect(database_path) as connection:
        assert connection.execute("SELECT count(*) FROM bank_entry").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM csv_mapping_memory").fetchone() == (0,)
        assert connection.execute("SELECT state FROM payment").fetchall() == [("pending",)]
    connection.close()
