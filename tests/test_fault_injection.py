"""A write that fails at any step of confirming a payment, issuing a credit note or importing a
statement (full disk, a lock held too long, a read-only file) leaves nothing half-made: the
database holds exactly what it held before, the ledger verifies, and the error says what it was."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from models.common import database as db
from models.common.database_errors import (
    DatabaseBusyError,
    DatabaseFault,
    DatabaseFullError,
    DatabaseReadOnlyError,
)
from models.common.money import MICRO
from models.ledger import entries as ledger
from models.payments import statement_import
from models.payments import top_ups as payments
from models.payments.statements import Statement, StatementEntry
from tests.helpers.database_dump import dump
from tests.invoice_helpers import buyer, paid, pending, seller

FAULTS = {
    sqlite3.SQLITE_FULL: DatabaseFullError,
    sqlite3.SQLITE_BUSY: DatabaseBusyError,
    sqlite3.SQLITE_READONLY: DatabaseReadOnlyError,
}
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class FailingWrite:
    """Makes the database's n-th writing statement fail as SQLite would, with `code`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int, code: int) -> None:
        self.writes = 0
        original = db._Database.execute_sql

        def execute_sql(database, sql, params=None):  # type: ignore[no-untyped-def]
            if sql.lstrip().upper().startswith(WRITES):
                self.writes += 1
                if self.writes == fail_at:
                    error = sqlite3.OperationalError(f"injected SQLite error {code}")
                    error.sqlite_errorcode = code
                    raise error
            return original(database, sql, params)

        monkeypatch.setattr(db._Database, "execute_sql", execute_sql)


def statement_for(*payments_paid: payments.Payment) -> Statement:
    entries = [
        StatementEntry(
            bank_reference=f"B{p.id}",
            booked_on=date.today(),  # not before the payments were made
            amount_minor=p.total_minor,
            currency=p.currency,
            variable_symbol=p.variable_symbol,
            end_to_end_id=None,
            remittance="Top-up",
            counterparty="Řeřicha & Syn s.r.o.",
            account="CZ6508000000192000145399",
        )
        for p in payments_paid
    ]
    return Statement(statement_id="S1", account="CZ6508000000192000145399", entries=tuple(entries))


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A seller, a buyer, two pending transfers and one paid invoice, verified; closed."""
    path = tmp_path_factory.mktemp("faults") / "credit-desk.sqlite3"
    session = db.open_database(path)
    seller()
    buyer()
    first, second = pending(1000), pending(250)
    invoice = paid(400)
    ids = {"first": first.id, "second": second.id, "invoice": invoice.id}
    # verify() stores a checkpoint when it proves new entries; made here, the one each step
    # runs after its failed write finds nothing new and writes nothing.
    assert ledger.verify().ok
    session.close()
    return path, ids


def confirm(ids: dict[str, int]) -> None:
    payments.confirm(ids["first"])


def credit_note(ids: dict[str, int]) -> None:
    from models.invoicing import issuing

    issuing.issue_credit_note(ids["invoice"], "Credits returned", 100 * MICRO)


def import_statement(ids: dict[str, int]) -> None:
    found = [payments.Payment.get_by_id(ids[name]) for name in ("first", "second")]
    statement_import.import_statement(statement_for(*found))


OPERATIONS: dict[str, Callable[[dict[str, int]], None]] = {
    "confirm a payment": confirm,
    "issue a credit note": credit_note,
    "import a statement": import_statement,
}


@pytest.mark.parametrize("code", list(FAULTS), ids=["full disk", "lock", "read-only"])
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_a_write_failing_at_any_step_leaves_nothing_half_made(
    prepared, operation: str, code: int, tmp_path: Path, monkeypatch
) -> None:
    source, ids = prepared
    failed_steps = 0
    for step in range(1, 60):
        path = tmp_path / f"step-{step}.sqlite3"
        shutil.copyfile(source, path)
        before = dump(path)
        session = db.open_database(path)
        try:
            with monkeypatch.context() as patch:
                FailingWrite(patch, step, code)
                try:
                    OPERATIONS[operation](ids)
                except DatabaseFault as error:
                    assert isinstance(error, FAULTS[code])
                    failed_steps += 1
                else:
                    break  # fewer writes than `step`: the operation went through whole
            assert ledger.verify().ok
        finally:
            session.close()
        assert dump(path) == before, f"{operation}: failing write {step} left a change behind"
    else:
        pytest.fail(f"{operation} never finished")
    assert failed_steps >= 3, f"{operation} wrote only {failed_steps} times"
    print(f"{operation}: a failure injected at each of its {failed_steps} writes")
