"""Every bad input of the catalogue ends in one clear line on standard error, an exit status other
than 0, no traceback, and a database that holds exactly what it held before."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

import launch
import main
from tests.bad_input.cases import Case, all_cases
from tests.helpers.database_dump import dump

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


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("prepared")
    states = {name: folder / f"{name}.sqlite3" for name in ("empty", "seller", "iban only")}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdout", io.StringIO())
        assert main.main(["--database", str(states["empty"]), "balance"]) == 0
        for key, value in [
            ("seller.name", "Credit Desk s.r.o."),
            ("seller.iban", "CZ6508000000192000145399"),
        ]:
            assert main.main(["--database", str(states["seller"]), "settings", key, value]) == 0
        iban = ["settings", "seller.iban", "CZ6508000000192000145399"]
        assert main.main(["--database", str(states["iban only"]), *iban]) == 0
        states["payments"] = folder / "payments.sqlite3"
        copy(states["seller"], states["payments"])
        prepare_payments(str(states["payments"]), folder)
    return states


def prepare_payments(database: str, folder: Path) -> None:
    """The "payments" database of tests/bad_input/parity_cases.py."""
    from datetime import date

    from tests import camt_builder

    today = date.today().isoformat()
    credits = [
        camt_builder.entry(
            "50.00", booked=today, servicer_reference=f"W{n}", transactions=[camt_builder.tx()]
        )
        for n in (1, 2)
    ]
    statement = folder / "statement.xml"
    statement.write_bytes(
        camt_builder.document(
            statements=[camt_builder.statement(*credits, iban="CZ6508000000192000145399")]
        )
    )
    buyer = ["name", "Buyer a.s.", "street", "Main 1", "city", "Praha", "postal_code", "11000"]
    for command in [
        ["billing", "set", *buyer, "country", "CZ"],
        ["top-up", "100", "CZK"],  # 1: pending
        ["top-up", "100", "CZK"],
        ["cancel", "2"],  # 2: cancelled
        ["top-up", "100", "CZK", "--method", "manual"],  # 3: paid, tax invoice YEAR-000001
        ["top-up", "5", "EUR"],  # 4: pending, in EUR; no exchange rate is stored
        ["import-statement", str(statement)],  # bank credits 1 and 2 wait
        ["dismiss", "2"],
    ]:
        assert main.main(["--database", database, *command]) == 0, command


def test_the_catalogue_is_large_and_names_are_unique() -> None:
    assert len(CASES) >= 150
    assert len({case.name for case in CASES}) == len(CASES)


def test_every_setting_and_command_has_a_bad_case() -> None:
    import importlib
    import pkgutil

    import models
    from models.settings import store as settings

    for module in pkgutil.walk_packages(models.__path__, "models."):  # areas register settings
        importlib.import_module(module.name)
    keys = {spec.key for spec in settings.specs_in_order()}
    assert keys <= {case.argv[1] for case in CASES if case.argv[0] == "settings"}
    parser = launch.build_parser()
    commands = {name for action in parser._actions if action.choices for name in action.choices}
    commands -= {"en", "cs"}  # --lang
    covered = {case.argv[0] for case in CASES}
    assert commands - covered <= {"dispatch"}, commands - covered  # dispatch takes no input


def broken_database(kind: str, folder: Path) -> str:
    """The --database argument of a database that is `kind`, made in `folder`."""
    path = folder / "credit-desk.sqlite3"
    if kind == "folder":
        path.mkdir()
        return str(path)
    if kind == "text":
        path.write_text("Dear accountant,\nhere are the invoices.\n", encoding="utf-8")
    elif kind == "web address":
        return "https://example.com/credit-desk"
    else:
        other = kind == "other program"
        connection = sqlite3.connect(path)
        for table in ["notes"] if other else ["account", "ledger_entry", "setting"]:
            connection.execute(f"CREATE TABLE {table} (x TEXT)")
            connection.executemany(f"INSERT INTO {table} VALUES (?)", [("x" * 500,)] * 20)
        connection.execute(f"PRAGMA user_version = {99 if kind == 'newer' else 0}")
        connection.commit()
        connection.close()
        if kind == "damaged":
            data = bytearray(path.read_bytes())
            data[100:4096] = b"\xff" * (4096 - 100)
            path.write_bytes(bytes(data))
    return str(path)


def state_of(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<folder>"
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_refused_clearly_and_changes_nothing(
    case: Case, prepared, tmp_path: Path, monkeypatch, capsys
) -> None:
    database = tmp_path / "credit-desk.sqlite3"
    for name, data in case.files.items():
        (tmp_path / name).write_bytes(data)
    argv = [part.replace("{tmp}", str(tmp_path)) for part in case.argv]
    if case.database:
        address = broken_database(case.database, tmp_path)
        files_before = state_of(tmp_path)
        code, err = run(["--database", address, *argv], case.stdin, monkeypatch, capsys)
        assert code != 0 and "Traceback" not in err
        assert case.says in err.lower(), err
        assert state_of(tmp_path) == files_before, "a file was changed or created"
        return
    copy(prepared[case.prepared], database)
    before = dump(database)
    code, err = run(["--database", str(database), *argv], case.stdin, monkeypatch, capsys)
    assert code != 0, f"exit status 0 for bad input; stderr: {err!r}"
    assert "Traceback" not in err
    message = err.strip()
    lines = message.splitlines()
    assert any(line.startswith(("error:", "main.py")) for line in lines), message
    assert case.says.replace("{tmp}", str(tmp_path)).lower() in message.lower(), message
    assert dump(database) == before, "the database changed"
