"""The command line: help lists the commands; balance and settings read and write the database."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import launch
import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=60
    )


def test_help_lists_subcommands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "balance" in result.stdout and "settings" in result.stdout


def test_balance_on_new_database(database_path: Path, capsys) -> None:
    assert main.main(["--database", str(database_path), "balance"]) == 0
    assert capsys.readouterr().out == "0 credits\n"


def test_settings_list_read_and_set(database_path: Path, capsys) -> None:
    base = ["--database", str(database_path), "settings"]
    assert main.main(base) == 0
    assert "balance.low_threshold = off" in capsys.readouterr().out.splitlines()
    assert main.main([*base, "balance.low_threshold", "1 500.5"]) == 0
    assert capsys.readouterr().out == "balance.low_threshold = 1,500.5\n"
    assert main.main([*base, "balance.low_threshold"]) == 0
    assert capsys.readouterr().out == "1,500.5\n"


def test_settings_bad_input_changes_nothing(database_path: Path, capsys) -> None:
    base = ["--database", str(database_path), "settings"]
    assert main.main([*base, "nope.key", "1"]) == 2
    assert "no setting “nope.key”" in capsys.readouterr().err
    assert main.main([*base, "balance.low_threshold", "lots"]) == 2
    assert "not a number" in capsys.readouterr().err
    assert main.main([*base, "account.currency", "USD"]) == 2
    assert main.main([*base, "balance.low_threshold"]) == 0
    assert main.main([*base, "account.currency"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["off", "EUR"]


def test_cli_reports_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "x.sqlite3"
    bogus.write_text("hello")
    result = run("--database", str(bogus), "balance")
    assert result.returncode == 1
    assert "not a Credit Desk database" in result.stderr
    assert bogus.read_text() == "hello"


def test_top_up_bank_transfer_prints_symbol_and_qr_payload(database_path: Path, capsys) -> None:
    base = ["--database", str(database_path)]
    assert main.main([*base, "top-up", "100", "CZK"]) == 2
    assert "seller's bank account" in capsys.readouterr().err
    assert main.main([*base, "settings", "seller.iban", "19-2000145399/0800"]) == 0
    assert main.main([*base, "top-up", "100", "CZK", "--method", "bank-transfer"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "payment 1: bank-transfer, pending" in out
    assert "variable symbol: 2600000001"[:18] in "\n".join(out)
    assert "credits: 4" in out
    qr = next(line for line in out if line.startswith("QR payload: "))
    assert qr.startswith("QR payload: SPD*1.0*ACC:CZ6508000000192000145399*AM:121.00*CC:CZK*")
    assert main.main([*base, "balance"]) == 0
    assert capsys.readouterr().out == "0 credits\n"


def test_top_up_manual_credits_at_once_and_verify_passes(database_path: Path, capsys) -> None:
    base = ["--database", str(database_path)]
    assert main.main([*base, "top-up", "12.5", "EUR", "--method", "manual", "--note", "cash"]) == 0
    assert "payment 1: manual, paid" in capsys.readouterr().out
    assert main.main([*base, "balance"]) == 0
    assert capsys.readouterr().out == "12.5 credits\n"
    assert main.main([*base, "verify"]) == 0
    assert capsys.readouterr().out.startswith("OK: balance 12.5 credits")


def test_verify_fails_on_a_tampered_database(database_path: Path, capsys) -> None:
    import sqlite3

    base = ["--database", str(database_path)]
    assert main.main([*base, "top-up", "5", "EUR", "--method", "manual"]) == 0
    connection = sqlite3.connect(database_path)
    connection.execute("UPDATE account SET balance = balance + 7")
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert main.main([*base, "verify"]) == 1
    assert "cached balance" in capsys.readouterr().out


def test_verify_relies_on_its_checkpoint_and_full_reads_everything(
    database_path: Path, capsys
) -> None:
    import sqlite3

    base = ["--database", str(database_path)]
    for _ in range(2):
        assert main.main([*base, "top-up", "5", "EUR", "--method", "manual"]) == 0
    capsys.readouterr()
    assert main.main([*base, "verify"]) == 0
    first = capsys.readouterr().out.splitlines()
    assert first[1] == "2 entries read one by one" and first[2].endswith("(the entries up to 2)")
    assert main.main([*base, "verify"]) == 0
    again = capsys.readouterr().out.splitlines()
    assert again[1].startswith("entries up to 2 proven by their checkpoint; 0 entries after")
    assert again[2] == first[2]
    connection = sqlite3.connect(database_path)
    connection.execute("DROP TRIGGER ledger_entry_is_append_only_update")
    connection.execute("UPDATE ledger_entry SET description = 'forged' WHERE id = 1")
    connection.commit()
    connection.close()
    assert main.main([*base, "verify", "--full"]) == 1
    out = capsys.readouterr().out
    assert "no longer match checkpoint 1" in out
    assert "ledger_entry_is_append_only_update is missing" in out


def test_top_up_bad_input_changes_nothing(database_path: Path, capsys) -> None:
    base = ["--database", str(database_path)]
    for amount, currency, message in [
        ("-5", "EUR", "cannot be negative"),
        ("1e3", "EUR", "not a number"),
        ("0", "EUR", "above zero"),
        ("5", "USD", "not “USD”"),
        ("0.001", "EUR", "more than 2 decimal places"),
        ("", "CZK", "Enter an amount"),
    ]:
        assert main.main([*base, "top-up", amount, currency, "--method", "manual"]) == 2
        assert message in capsys.readouterr().err
    assert main.main([*base, "balance"]) == 0
    assert capsys.readouterr().out == "0 credits\n"


def test_import_statement_confirms_and_is_idempotent(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    from tests import camt_builder

    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    main.main([*base, "top-up", "100", "CZK"])
    capsys.readouterr()
    statement = tmp_path / "statement.xml"
    statement.write_bytes(
        camt_builder.document(
            statements=[
                camt_builder.statement(
                    camt_builder.entry(
                        "121.00",
                        booked=date.today().isoformat(),
                        servicer_reference="X1",
                        transactions=[camt_builder.tx(end_to_end="VS2600000001")],
                    ),
                    iban="CZ6508000000192000145399",
                )
            ]
        )
    )
    assert main.main([*base, "import-statement", str(statement)]) == 0
    assert "1 confirmed, 0 waiting" in capsys.readouterr().out
    assert main.main([*base, "import-statement", str(statement)]) == 0
    assert "0 confirmed, 0 waiting for pairing, 1 already imported" in capsys.readouterr().out
    main.main([*base, "balance"])
    assert capsys.readouterr().out == "4 credits\n"


def test_import_statement_bad_files(database_path: Path, tmp_path: Path, capsys) -> None:
    base = ["--database", str(database_path)]
    cases = {
        "missing.xml": None,
        "empty.xml": b"",
        "page.csv": b"<html><body>Bank</body></html>",
        "bomb.xml": b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;</x>",
        "columns.csv": b"foo;bar\n1;2\n",
    }
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        assert main.main([*base, "import-statement", str(path)]) == 2, name
        assert capsys.readouterr().err.startswith("error: "), name
    main.main([*base, "balance"])
    assert capsys.readouterr().out == "0 credits\n"


@pytest.mark.parametrize("command", [["settings"], ["balance"], ["verify"]])
def test_a_reader_that_leaves_early_gets_no_traceback(database_path: Path, command) -> None:
    """`main.py … | head -1`: the command ends quietly with a shell's SIGPIPE status."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--database", str(database_path), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line
    error = process.stderr.read()
    assert process.wait(timeout=60) == launch.EXIT_BROKEN_PIPE
    assert error == ""


def _statement_file(tmp_path: Path, symbol: str, iban: str = "CZ6508000000192000145399") -> Path:
    from tests import camt_builder

    entries = [
        camt_builder.entry(
            "121.00",
            booked=date.today().isoformat(),
            servicer_reference="X1",
            transactions=[camt_builder.tx(end_to_end=f"VS{symbol}")],
        ),
        camt_builder.entry("5.00", indicator="DBIT", booked=date.today().isoformat()),
    ]
    path = tmp_path / "statement.xml"
    path.write_bytes(
        camt_builder.document(statements=[camt_builder.statement(*entries, iban=iban)])
    )
    return path


def test_import_statement_prints_its_plan_and_dry_run_stores_nothing(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    from models.common.formatting import money_text

    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    main.main([*base, "top-up", "100", "CZK"])
    symbol = capsys.readouterr().out.split("variable symbol: ")[1].split()[0]
    statement = _statement_file(tmp_path, symbol)
    today = date.today().isoformat()
    plan = [
        "format: camt.053.001.02",  # the parser names the version (camt_builder writes 001.02)
        "account: CZ6508000000192000145399",
        f"period: {today} – {today}",
        "plan: 1 to confirm, 0 to wait for pairing, 1 not credits (ignored), 0 already imported",
    ]
    assert main.main([*base, "import-statement", str(statement), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == plan
    assert out[4:] == [
        f"would confirm: payment {symbol}, {money_text(121_00, 'CZK')}",
        "dry run: nothing was stored",
    ]
    main.main([*base, "balance"])
    assert capsys.readouterr().out == "0 credits\n"
    assert main.main([*base, "import-statement", str(statement)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == plan and f"confirmed: payment {symbol}, {money_text(121_00, 'CZK')}" in out
    main.main([*base, "balance"])
    assert capsys.readouterr().out == "4 credits\n"


def test_import_statement_of_another_account_stores_nothing(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    main.main([*base, "top-up", "100", "CZK"])
    symbol = capsys.readouterr().out.split("variable symbol: ")[1].split()[0]
    statement = _statement_file(tmp_path, symbol, iban="CZ7908000000002000145399")
    assert main.main([*base, "import-statement", str(statement)]) == 2
    assert capsys.readouterr().err == (
        "error: This statement is for account CZ7908000000002000145399, which is not one of your "
        "accounts (CZ6508000000192000145399): nothing was imported.\n"
    )
    main.main([*base, "settings", "seller.other_accounts", "2000145399/0800"])
    capsys.readouterr()
    assert main.main([*base, "import-statement", str(statement)]) == 0
    assert "1 confirmed" in capsys.readouterr().out


GROSSHANDEL = "Großhandel Weiß & Söhne Praha s.r.o"  # 35 characters, 37 as QR Platba writes it


def test_a_czk_transfer_fits_a_long_seller_name_into_its_qr_code(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    import shutil

    from tests.test_qr_payment import _png

    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])
    main.main([*base, "settings", "seller.name", GROSSHANDEL])
    capsys.readouterr()
    assert main.main([*base, "top-up", "100", "CZK", "--method", "bank-transfer"]) == 0
    out = capsys.readouterr().out
    payload = out.split("QR payload: ")[1].strip()
    assert "*RN:GROSSHANDEL WEISS & SOHNE PRAHA*" in payload
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) not installed")
    from models.payments.qr import qr_matrix

    image = tmp_path / "code.png"
    image.write_bytes(_png(qr_matrix(payload)))
    decoded = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sbinary", str(image)],
        capture_output=True,
        check=True,
        timeout=30,
    )
    assert decoded.stdout.decode("utf-8") == payload


def test_a_top_up_whose_payment_code_fails_leaves_no_payment(
    database_path: Path, monkeypatch, capsys
) -> None:
    from models.payments import qr

    base = ["--database", str(database_path)]
    main.main([*base, "settings", "seller.iban", "CZ6508000000192000145399"])

    def broken(payload: str) -> list[list[bool]]:
        raise qr.PaymentCodeError("The text is too long for a QR code: {reason}", reason="test")

    monkeypatch.setattr(qr, "qr_matrix", broken)
    capsys.readouterr()
    assert main.main([*base, "top-up", "100", "CZK", "--method", "bank-transfer"]) == 2
    assert capsys.readouterr().err == "error: The text is too long for a QR code: test\n"
    from models.common.database import open_database
    from models.invoicing.documents import Document
    from models.payments.payment import Payment

    session = open_database(database_path)
    try:
        assert (Payment.select().count(), Document.select().count()) == (0, 0)
    finally:
        session.close()
