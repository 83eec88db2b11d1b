"""Serialization failures on the server are retried, never shown: every write the app starts
runs through retrying_write(), and a real conflict between two connections costs the user
nothing but a second attempt."""

from __future__ import annotations

import ast
from pathlib import Path

import psycopg
import pytest

import main
from models.common import database as db
from models.common.database import retrying_write, write_transaction
from models.common.database_errors import WriteConflictError
from models.invoicing.documents import INVOICE, Document
from models.ledger import entries as ledger
from models.payments import top_ups as payments
from tests.invoice_helpers import buyer, pending, seller

ROOT = Path(__file__).resolve().parents[1]


def _functions_opening_a_write(path: Path) -> list[ast.FunctionDef]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef):
            for inner in node.body:
                for sub in ast.walk(inner):
                    if isinstance(sub, ast.With) and any(
                        isinstance(item.context_expr, ast.Call)
                        and getattr(item.context_expr.func, "id", None) == "write_transaction"
                        for item in sub.items
                    ):
                        found.append(node)
                        break
                else:
                    continue
                break
    return found


def test_every_function_that_opens_a_write_transaction_retries_it() -> None:
    opening = [
        (path, function)
        for path in sorted((ROOT / "models").rglob("*.py"))
        for function in _functions_opening_a_write(path)
    ]
    assert len(opening) >= 20  # confirm, import, issue, top-up, campaign, dispatch batches…
    not_retried = [
        f"{path.relative_to(ROOT)}:{function.name}"
        for path, function in opening
        if not any(getattr(d, "id", None) == "retried" for d in function.decorator_list)
    ]
    assert not_retried == []


def test_the_cli_and_the_gui_write_only_through_the_core() -> None:
    """Their writes are the core's functions (which retry); neither opens a transaction of its
    own, which nothing would run again."""
    direct = [
        str(path.relative_to(ROOT))
        for folder in ("cli", "ui")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if any(
            word in path.read_text(encoding="utf-8")
            for word in ("write_transaction", "atomic_write", ".atomic(")
        )
    ]
    assert direct == []


def test_a_conflict_inside_a_transaction_is_left_to_the_outermost_one(tmp_path) -> None:
    session = db.open_database(tmp_path / "credit-desk.sqlite3")
    attempts = []

    def inner() -> None:
        attempts.append("inner")
        raise WriteConflictError(db.Message("conflict"))

    try:
        with pytest.raises(WriteConflictError), write_transaction():
            retrying_write(inner)
    finally:
        session.close()
    assert attempts == ["inner"]  # not retried half-way through the outer transaction


def _conflicting_desk(address: str, payment_id: int) -> psycopg.Connection:
    """Another desk's serializable transaction that has read the payment the app is about to
    confirm; it then writes a setting the app's confirmation reads (the seller's name)."""
    other = psycopg.connect(address)
    other.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
    other.execute("SELECT state FROM payment WHERE id = %s", (payment_id,)).fetchall()
    return other


def test_a_serialization_failure_between_two_desks_is_retried_and_the_user_sees_success(
    postgres_address, monkeypatch, capsys
) -> None:
    session = db.open_database(postgres_address)
    seller()
    buyer()
    payment_id = pending(250).id
    session.close()

    other = _conflicting_desk(postgres_address, payment_id)
    original_post = ledger.post
    posts: list[int] = []
    failures: list[str] = []

    def post_while_the_other_desk_commits(*args, **kwargs):  # type: ignore[no-untyped-def]
        entry = original_post(*args, **kwargs)
        posts.append(entry.id)
        if len(posts) == 1:  # the first attempt: the other desk writes what it will read next
            other.execute("UPDATE setting SET value = 'Credit Desk a.s.' WHERE key = 'seller.name'")
            other.commit()
        return entry

    original_retry = db.retrying_write

    def watching(work):  # type: ignore[no-untyped-def]
        def attempt():  # type: ignore[no-untyped-def]
            try:
                return work()
            except WriteConflictError as error:
                failures.append(str(error.__cause__.__cause__ or error.__cause__))
                raise

        return original_retry(attempt)

    monkeypatch.setattr(ledger, "post", post_while_the_other_desk_commits)
    monkeypatch.setattr(db, "retrying_write", watching)
    try:
        code = main.main(["--database", postgres_address, "confirm", str(payment_id)])
    finally:
        other.close()
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "250" in out and "error" not in err.lower()
    assert len(failures) == 1 and "serializ" in failures[0].lower()  # it did conflict, once
    assert len(posts) == 2  # and ran again from the start

    session = db.open_database(postgres_address)
    try:
        assert payments.Payment.get_by_id(payment_id).state == payments.PAID
        credits = list(ledger.LedgerEntry.select().where(ledger.LedgerEntry.kind == ledger.TOP_UP))
        assert [(entry.amount, entry.reference) for entry in credits] == [
            (250 * 1_000_000, f"payment:{payment_id}")
        ]
        invoices = list(Document.select().where(Document.kind == INVOICE))
        assert [invoice.sequence for invoice in invoices] == [1]  # the failed try took no number
        assert "Credit Desk a.s." in invoices[0].seller  # the retry saw the other's write
        assert ledger.verify().ok
    finally:
        session.close()
