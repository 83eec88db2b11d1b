"""Every bad input of the catalogue ends in one clear line on standard error, an exit status other
than 0, no traceback, and a database that holds exactly what it held before."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

import main
from tests.bad_input.cases import Case, all_cases

CASES = all_cases()


def run(argv: list[str], stdin: str, monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main.main(argv)
    except SystemExit as stop:  # argparse refuses the command line itself
        code = stop.code if isinstance(stop.code, int) else 2
    return code, capsys.readouterr().err


def copy(source: Path, target: Path) -> None:
    """A consistent copy, with what the write-ahead log still holds."""
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()


def contents(path: Path) -> list[str]:
    """The database as SQL statements: equal lists mean nothing was stored or changed."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("prepared")
    states = {"empty": folder / "empty.sqlite3", "seller": folder / "seller.sqlite3"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdout", io.StringIO())
        assert main.main(["--database", str(states["empty"]), "balance"]) == 0
        for key, value in [
            ("seller.name", "Credit Desk s.r.o."),
            ("seller.iban", "CZ6508000000192000145399"),
        ]:
            assert main.main(["--database", str(states["seller"]), "settings", key, value]) == 0
    return states


def test_the_catalogue_is_large_and_names_are_unique() -> None:
    assert len(CASES) >= 150
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_refused_clearly_and_changes_nothing(
    case: Case, prepared, tmp_path: Path, monkeypatch, capsys
) -> None:
    database = tmp_path / "credit-desk.sqlite3"
    copy(prepared[case.prepared], database)
    for name, data in case.files.items():
        (tmp_path / name).write_bytes(data)
    before = contents(database)
    argv = [part.replace("{tmp}", str(tmp_path)) for part in case.argv]
    code, err = run(["--database", str(database), *argv], case.stdin, monkeypatch, capsys)
    assert code != 0, f"exit status 0 for bad input; stderr: {err!r}"
    assert "Traceback" not in err
    message = err.strip()
    lines = message.splitlines()
    assert any(line.startswith(("error:", "main.py")) for line in lines), message
    assert case.says.replace("{tmp}", str(tmp_path)).lower() in message.lower(), message
    assert contents(database) == before, "the database changed"
