"""Ordered schema steps; PRAGMA user_version records how many have been applied."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from peewee import SqliteDatabase

# Each step is plain SQL, so that what a step creates never changes when a model does.
STEP_1_FOUNDATION = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0),
    entry_count INTEGER NOT NULL DEFAULT 0
);
INSERT INTO account (id, balance, entry_count) VALUES (1, 0, 0);
"""

STEP_2_LEDGER_AND_PAYMENTS = """
CREATE TABLE ledger_entry (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('top-up', 'message-charge', 'refund', 'adjustment')),
    amount INTEGER NOT NULL CHECK (amount <> 0),
    balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
    reference TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT UNIQUE,
    created_at TEXT NOT NULL
);
CREATE INDEX ledger_entry_created_at ON ledger_entry (created_at);
CREATE INDEX ledger_entry_kind_created_at ON ledger_entry (kind, created_at);
CREATE TRIGGER ledger_entry_is_append_only_update BEFORE UPDATE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead');
END;
CREATE TRIGGER ledger_entry_is_append_only_delete BEFORE DELETE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'ledger entries are append-only: post a correcting entry instead');
END;
CREATE TRIGGER ledger_entry_follows_balance BEFORE INSERT ON ledger_entry
WHEN NEW.balance_after <> (SELECT balance FROM account WHERE id = 1) + NEW.amount
BEGIN
    SELECT RAISE(ABORT, 'balance_after must equal the balance plus the amount');
END;
CREATE TRIGGER ledger_entry_updates_account AFTER INSERT ON ledger_entry
BEGIN
    UPDATE account SET balance = NEW.balance_after, entry_count = entry_count + 1 WHERE id = 1;
END;
CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    method TEXT NOT NULL CHECK (method IN ('bank-transfer', 'manual')),
    state TEXT NOT NULL CHECK (state IN ('pending', 'paid', 'cancelled', 'expired')),
    currency TEXT NOT NULL,
    net_minor INTEGER NOT NULL CHECK (net_minor > 0),
    vat_minor INTEGER NOT NULL CHECK (vat_minor >= 0),
    total_minor INTEGER NOT NULL CHECK (total_minor = net_minor + vat_minor),
    vat_rate TEXT NOT NULL,
    credits INTEGER NOT NULL CHECK (credits > 0),
    variable_symbol TEXT NOT NULL UNIQUE,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    due_on TEXT NOT NULL,
    paid_at TEXT,
    closed_at TEXT,
    bank_reference TEXT UNIQUE
);
CREATE INDEX payment_state_created_at ON payment (state, created_at);
CREATE TABLE bank_entry (
    id INTEGER PRIMARY KEY,
    bank_reference TEXT NOT NULL UNIQUE,
    booked_on TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    variable_symbol TEXT,
    counterparty TEXT NOT NULL DEFAULT '',
    remittance TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL
        CHECK (status IN ('matched', 'unmatched', 'partial', 'over', 'paired', 'dismissed')),
    payment_id INTEGER REFERENCES payment (id),
    imported_at TEXT NOT NULL
);
CREATE INDEX bank_entry_status ON bank_entry (status);
"""

# The Transactions list sorts by amount (all entries, or one kind); the date and kind orders
# already have their indexes from step 2.
STEP_TRANSACTIONS_INDEXES = """
CREATE INDEX ledger_entry_amount ON ledger_entry (amount);
CREATE INDEX ledger_entry_kind_amount ON ledger_entry (kind, amount);
"""


def _run_script(sql: str) -> Callable[[SqliteDatabase], None]:
    def step(db: SqliteDatabase) -> None:
        for statement in _split(sql):
            db.execute_sql(statement)

    return step


def _split(sql: str) -> list[str]:
    """Split a script into statements; sqlite3 knows where one ends (trigger bodies included)."""
    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in a migration step: {current!r}")
    return statements


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _run_script(STEP_1_FOUNDATION),
    _run_script(STEP_2_LEDGER_AND_PAYMENTS),
    _run_script(STEP_TRANSACTIONS_INDEXES),
]

SCHEMA_VERSION = len(STEPS)


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: SqliteDatabase) -> None:
    """Apply the missing steps, each with its version bump in one IMMEDIATE transaction."""
    while (version := schema_version(db)) < SCHEMA_VERSION:
        with db.atomic("IMMEDIATE"):
            if schema_version(db) != version:  # another process migrated meanwhile
                continue
            STEPS[version](db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
