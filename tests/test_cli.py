"""The command line: help lists the commands; balance and settings read and write the database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
    assert capsys.readouterr().out == "0.0000 credits\n"


def test_settings_list_read_and_set(database_path: Path, capsys) -> None:
    base = ["--database", str(database_path), "settings"]
    assert main.main(base) == 0
    assert "balance.low_threshold = off" in capsys.readouterr().out.splitlines()
    assert main.main([*base, "balance.low_threshold", "1 500.5"]) == 0
    assert capsys.readouterr().out == "balance.low_threshold = 1,500.5000\n"
    assert main.main([*base, "balance.low_threshold"]) == 0
    assert capsys.readouterr().out == "1,500.5000\n"


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
