"""A mapping chosen for an unfamiliar CSV export is remembered for the next file with its header."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import main
from models.payments import csv_memory
from models.payments.csv_mapping import CsvMapping
from models.payments.statement_files import parse_statement_file
from tests.helpers.payment_dates import payments_made_before

HEADER = "Booked;Sum;Curr;Payer;Symbol;Text"
MAPPING = CsvMapping(
    date="Booked",
    amount="Sum",
    currency="Curr",
    counterparty="Payer",
    variable_symbol="Symbol",
    message="Text",
)
COLUMNS = [
    "--column=date=Booked",
    "--column=amount=Sum",
    "--column=currency=Curr",
    "--column=counterparty=Payer",
    "--column=variable_symbol=Symbol",
]


def export(*rows: str, header: str = HEADER) -> bytes:
    return ("Account 123/0100\n\n" + header + "\n" + "\n".join(rows) + "\n").encode("cp1250")


def test_a_remembered_mapping_is_found_by_the_header(database) -> None:
    assert csv_memory.recall(export("05.01.2025;121,00;CZK;Jan;2600000001;x")) is None
    csv_memory.remember(export("05.01.2025;121,00;CZK;Jan;2600000001;x"), MAPPING)
    # the same columns, written with other case and spacing and a BOM, in another file
    other = b"\xef\xbb\xbf" + export(
        "06.01.2025;5,00;CZK;Eva;1;y", header=" booked ;SUM;curr;Payer;symbol;TEXT"
    )
    assert csv_memory.recall(other) == MAPPING
    assert csv_memory.recall(export("06.01.2025;5,00;CZK", header="Booked;Sum;Curr")) is None
    for not_csv in (b"<?xml version='1.0'?><Document/>", b"\x00\x01\x02" * 10, b""):
        assert csv_memory.recall(not_csv) is None
    statement = parse_statement_file(other, csv_memory.recall(other))
    assert statement.format_name == "CSV"
    assert [e.amount_minor for e in statement.entries] == [5_00]


def test_the_command_line_remembers_the_columns_it_was_told(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    main.main([*base, "top-up", "100", "CZK"])  # 121.00 CZK, VS 2600000001
    payments_made_before(database_path)  # before January's credit (5 January 2025) pays it
    capsys.readouterr()
    first, second = tmp_path / "january.csv", tmp_path / "february.csv"
    first.write_bytes(export("05.01.2025;121,00;CZK;Jan Novák;2600000001;x"))
    second.write_bytes(export("05.02.2025;50,00;CZK;Eva;77001;y", "06.02.2025;-5,00;CZK;;;fee"))

    assert main.main([*base, "import-statement", str(first)]) == 2
    assert "not recognised" in capsys.readouterr().err
    # told the columns, with a bad row: refused, and nothing remembered
    bad = tmp_path / "bad.csv"
    bad.write_bytes(export("05.01.2025;12x;CZK;Jan;1;x"))
    assert main.main([*base, "import-statement", str(bad), *COLUMNS]) == 2
    assert "Row 4: “12x” is not an amount." in capsys.readouterr().err
    assert main.main([*base, "import-statement", str(second)]) == 2
    capsys.readouterr()

    assert main.main([*base, "import-statement", str(first), *COLUMNS]) == 0
    assert "1 confirmed, 0 waiting for pairing" in capsys.readouterr().out
    assert main.main([*base, "import-statement", str(second)]) == 0  # no --column this time
    out = capsys.readouterr().out
    assert "0 confirmed, 1 waiting for pairing, 0 already imported, 1 not credits" in out
    with sqlite3.connect(database_path) as connection:
        assert connection.execute("SELECT count(*) FROM csv_mapping_memory").fetchone() == (1,)
    connection.close()


def test_the_window_s_import_uses_and_keeps_the_chosen_columns(database) -> None:
    from models.settings import store as settings
    from ui.payments.import_statement import NeedsMapping, import_work, plan_work

    settings.set_value("seller.iban", "CZ6508000000192000145399")
    january = export("05.01.2025;121,00;CZK;Jan Novák;2600000001;x")
    february = export("05.02.2025;50,00;CZK;Eva;77001;y")

    def run(data: bytes, mapping: CsvMapping | None):
        """The window's two tasks: read and plan the file, then (on Import) import it."""
        statement, plan = plan_work(data, mapping)(lambda *args: None, lambda: False)
        result = import_work(statement, data, mapping)(lambda *args: None, lambda: False)
        return plan, result

    try:
        run(january, None)
    except NeedsMapping:
        pass  # the window shows the columns dialog
    else:
        raise AssertionError("an unfamiliar export needs its columns chosen")
    assert csv_memory.recall(january) is None  # nothing is remembered before an import
    plan, result = run(january, MAPPING)  # as the dialog returned it
    assert (plan.format_name, len(plan.to_wait), len(result.waiting)) == ("CSV", 1, 1)
    assert csv_memory.recall(february) == MAPPING  # kept once the import succeeded
    plan, result = run(february, None)  # the next month's export: not asked again
    assert [credit.entry.amount_minor for credit in plan.credits] == [50_00]
    assert [entry.amount_minor for entry in result.waiting] == [50_00]


def test_a_remembered_mapping_keeps_the_account_column(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    capsys.readouterr()
    header = HEADER + ";Own account"
    ours = tmp_path / "ours.csv"
    ours.write_bytes(export("05.01.2025;50,00;CZK;Jan;77001;x;19-2000145399/0800", header=header))
    theirs = tmp_path / "theirs.csv"
    theirs.write_bytes(export("06.01.2025;60,00;CZK;Eva;77002;y;2000145399/2010", header=header))
    columns = [*COLUMNS, "--column=account=Own account"]
    assert main.main([*base, "import-statement", str(ours), *columns]) == 0
    out = capsys.readouterr().out
    assert "account: 19-2000145399/0800" in out.splitlines()
    with sqlite3.connect(database_path) as connection:
        (kept,) = connection.execute("SELECT mapping FROM csv_mapping_memory").fetchone()
    connection.close()
    assert '"account": "Own account"' in kept
    # the next export, read with the remembered columns, is for another account: refused
    assert main.main([*base, "import-statement", str(theirs)]) == 2
    assert capsys.readouterr().err == (
        "error: This statement is for account 2000145399/2010, which is not one of your accounts "
        "(CZ6508000000192000145399): nothing was imported.\n"
    )
    with sqlite3.connect(database_path) as connection:
        assert connection.execute("SELECT amount_minor FROM bank_entry").fetchall() == [(50_00,)]
    connection.close()


def test_a_mapping_remembered_before_the_account_column_existed_is_still_read(database) -> None:
    import json

    data = export("05.01.2025;121,00;CZK;Jan;2600000001;x")
    csv_memory.remember(data, MAPPING)
    row = csv_memory.RememberedCsvMapping.get()
    fields = json.loads(row.mapping)
    del fields["account"]  # as an older version wrote it
    row.mapping = json.dumps(fields)
    row.save()
    assert csv_memory.recall(data) == MAPPING
