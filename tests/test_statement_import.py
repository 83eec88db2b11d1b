"""Matching imported bank credits to pending top-ups: exact ones confirm, the rest wait."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from models.common.messages import Message
from models.common.money import MICRO
from models.ledger import entries as ledger
from models.payments import statement_import
from models.payments import top_ups as payments
from models.payments.statements import Statement, StatementEntry
from models.settings import store as settings

IBAN = "CZ6508000000192000145399"  # 19-2000145399/0800


@pytest.fixture
def pending(database) -> payments.Payment:
    settings.set_value("seller.iban", IBAN)
    quote = payments.quote_for_credits(10 * MICRO, "CZK")  # 250.00 + 52.50 VAT = 302.50 CZK
    return payments.create_top_up(quote, payments.BANK_TRANSFER)


def credit(
    reference: str,
    amount: int,
    symbol: str | None,
    currency: str = "CZK",
    booked_on: date | None = None,
    account: str = IBAN,
) -> StatementEntry:
    return StatementEntry(
        bank_reference=reference,
        booked_on=booked_on or date.today(),
        amount_minor=amount,
        currency=currency,
        variable_symbol=symbol,
        end_to_end_id=None,
        remittance="Top-up",
        counterparty="Řeřicha & Syn s.r.o.",
        account=account,
    )


def statement(*entries: StatementEntry) -> Statement:
    return Statement(statement_id="S1", account=IBAN, entries=entries)


def test_exact_match_confirms_and_credits(pending) -> None:
    result = statement_import.import_statement(
        statement(credit("B1", 302_50, pending.variable_symbol))
    )
    assert [p.id for p in result.confirmed] == [pending.id]
    assert payments.Payment.get_by_id(pending.id).state == payments.PAID
    assert payments.Payment.get_by_id(pending.id).bank_reference == "B1"
    assert ledger.balance() == 10 * MICRO


def test_importing_the_same_statement_twice_confirms_nothing_twice(pending) -> None:
    same = statement(credit("B1", 302_50, pending.variable_symbol))
    statement_import.import_statement(same)
    again = statement_import.import_statement(same)
    assert (again.confirmed, again.already_imported) == ([], 1)
    assert ledger.balance() == 10 * MICRO
    assert ledger.verify().ok


def test_leading_zeros_dropped_by_the_bank_still_match(pending) -> None:
    symbol = "00" + pending.variable_symbol.lstrip("0")
    result = statement_import.import_statement(statement(credit("B1", 302_50, symbol)))
    assert len(result.confirmed) == 1


@pytest.mark.parametrize(
    ("amount", "symbol", "currency", "status"),
    [
        (300_00, "VS", "CZK", statement_import.PARTIAL),
        (400_00, "VS", "CZK", statement_import.OVER),
        (302_50, "9999999999", "CZK", statement_import.UNMATCHED),
        (302_50, None, "CZK", statement_import.UNMATCHED),
        (302_50, "VS", "EUR", statement_import.UNMATCHED),
    ],
)
def test_inexact_credits_wait_and_change_nothing(pending, amount, symbol, currency, status) -> None:
    symbol = pending.variable_symbol if symbol == "VS" else symbol
    result = statement_import.import_statement(statement(credit("B1", amount, symbol, currency)))
    assert result.confirmed == []
    assert [e.status for e in result.waiting] == [status]
    assert payments.Payment.get_by_id(pending.id).state == payments.PENDING
    assert ledger.balance() == 0
    assert [e.bank_reference for e in statement_import.waiting_entries()] == ["B1"]


def test_pairing_by_hand_confirms_once(pending) -> None:
    result = statement_import.import_statement(
        statement(credit("B1", 300_00, pending.variable_symbol))
    )
    entry = result.waiting[0]
    statement_import.pair(entry.id, pending.id)
    assert ledger.balance() == 10 * MICRO
    assert statement_import.waiting_entries() == []
    with pytest.raises(statement_import.PairingError, match="already been dealt with"):
        statement_import.pair(entry.id, pending.id)
    assert ledger.balance() == 10 * MICRO


def test_pairing_refuses_another_currency_and_a_paid_payment(pending) -> None:
    result = statement_import.import_statement(
        statement(credit("B1", 12_10, None, "EUR"), credit("B2", 302_50, None))
    )
    eur, czk = result.waiting
    with pytest.raises(statement_import.PairingError, match="in EUR"):
        statement_import.pair(eur.id, pending.id)
    payments.confirm(pending.id)
    with pytest.raises(statement_import.PairingError, match="is paid"):
        statement_import.pair(czk.id, pending.id)
    assert ledger.balance() == 10 * MICRO


def test_dismissed_entry_stops_waiting_and_is_not_reimported(pending) -> None:
    same = statement(credit("B9", 5_00, None))
    entry = statement_import.import_statement(same).waiting[0]
    statement_import.dismiss(entry.id)
    assert statement_import.waiting_entries() == []
    assert statement_import.import_statement(same).already_imported == 1


def test_a_failure_midway_imports_nothing(pending, monkeypatch) -> None:
    def broken(payment, reference, **when):
        raise RuntimeError("disk full")

    monkeypatch.setattr(payments, "confirm_in_transaction", broken)
    with pytest.raises(RuntimeError):
        statement_import.import_statement(
            statement(credit("B0", 1_00, None), credit("B1", 302_50, pending.variable_symbol))
        )
    assert statement_import.BankEntry.select().count() == 0
    assert ledger.balance() == 0


def test_a_pairing_error_keeps_the_payment_for_translation(pending) -> None:
    result = statement_import.import_statement(statement(credit("B1", 12_10, None, "EUR")))
    with pytest.raises(statement_import.PairingError) as raised:
        statement_import.pair(result.waiting[0].id, pending.id)
    message = raised.value.args[0]
    assert isinstance(message, Message)
    assert message.values == {
        "currency": "EUR",
        "variable_symbol": pending.variable_symbol,
        "payment_currency": "CZK",
    }


def test_a_repeated_reference_with_the_same_credit_is_a_duplicate(pending) -> None:
    first = statement(credit("B1", 302_50, pending.variable_symbol))
    statement_import.import_statement(first)
    again = statement(credit("B1", 302_50, "000" + pending.variable_symbol))
    assert statement_import.import_statement(again).already_imported == 1


@pytest.mark.parametrize(
    ("amount", "symbol", "currency"),
    [(999_99, None, "CZK"), (302_50, "42", "CZK"), (302_50, None, "EUR"), (302_50, "", "CZK")],
)
def test_a_repeated_reference_with_another_credit_is_refused_whole(
    pending,
    amount,
    symbol,
    currency,
) -> None:
    statement_import.import_statement(statement(credit("B1", 302_50, pending.variable_symbol)))
    balance = ledger.balance()
    entries = statement_import.BankEntry.select().count()
    symbol = symbol if symbol is not None else pending.variable_symbol
    changed = replace(credit("B1", amount, symbol), currency=currency)
    other = credit("B2", 50_00, None)
    with pytest.raises(statement_import.StatementConflictError, match="B1 was imported before"):
        statement_import.import_statement(statement(other, changed))
    assert statement_import.BankEntry.select().count() == entries  # B2 not kept either
    assert ledger.balance() == balance
    assert payments.Payment.get_by_id(pending.id).state == payments.PAID


@pytest.mark.parametrize("digits", [27, 28, 40, 400])
def test_absurdly_long_amounts_are_refused_with_a_message(tmp_path, digits) -> None:
    import subprocess
    import sys
    from pathlib import Path

    from tests import camt_builder
    from tests.csv_builder import FIO_HEADER, FIO_PREAMBLE, fio_row

    amount = "9" * digits
    files = {
        "camt.xml": camt_builder.document(camt_builder.entry(f"{amount}.00")),
        "fio.csv": (FIO_PREAMBLE + FIO_HEADER + "\n" + fio_row("1", "05.01.2024", amount)).encode(),
    }
    main = Path(__file__).resolve().parent.parent / "main.py"
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        command = [sys.executable, str(main), "--database", str(tmp_path / "db.sqlite3")]
        result = subprocess.run(
            [*command, "import-statement", str(path)], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 2, result.stderr
        assert "too large to be an amount" in result.stderr and "Traceback" not in result.stderr
