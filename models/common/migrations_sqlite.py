"""The SQLite schema steps: plain SQL, one script per schema version (triggers keep the rules).

models/common/migrations_postgres.py holds the same steps for PostgreSQL; migrations.py runs them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from peewee import SqliteDatabase

from models.common.migrations_sqlite_more import STEP_10_PRICE_NUMBER_TYPES

# Each step is plain SQL, so that what a step creates never changes when a model does.
# The models declare the same schema: a table per model class, its indexes in Meta.indexes and
# its triggers in Meta.triggers. tests/test_schema.py compares the two; a step that changes the
# schema changes the models' declaration with it (never an earlier step's effect).
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

# The price list: one header (the list in force) and its prices per country and operator.
# A row with an empty prefix is the country's fallback price; prices are micro-credits per part.
STEP_3_PRICE_LIST = """
CREATE TABLE price_list (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    imported_at TEXT NOT NULL,
    price_count INTEGER NOT NULL DEFAULT 0,
    country_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE price (
    id INTEGER PRIMARY KEY,
    price_list_id INTEGER NOT NULL REFERENCES price_list (id) ON DELETE CASCADE,
    country TEXT NOT NULL CHECK (length(country) = 2),
    dialling_code TEXT NOT NULL CHECK (length(dialling_code) BETWEEN 1 AND 3),
    operator TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    price INTEGER NOT NULL CHECK (price > 0)
);
CREATE UNIQUE INDEX price_by_country ON price (price_list_id, country, prefix);
CREATE UNIQUE INDEX price_by_prefix ON price (price_list_id, prefix) WHERE prefix <> '';
"""

STEP_4_INVOICES = """
ALTER TABLE payment ADD COLUMN vat_rule TEXT NOT NULL DEFAULT 'domestic';
CREATE TABLE billing_info (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    street TEXT NOT NULL,
    city TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    country TEXT NOT NULL CHECK (length(country) = 2),
    company_id TEXT NOT NULL DEFAULT '',
    vat_id TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL
);
CREATE TRIGGER billing_info_is_kept_update BEFORE UPDATE ON billing_info
BEGIN
    SELECT RAISE(ABORT, 'billing information is kept as it was saved: save a new version');
END;
CREATE TRIGGER billing_info_is_kept_delete BEFORE DELETE ON billing_info
BEGIN
    SELECT RAISE(ABORT, 'billing information is kept as it was saved: save a new version');
END;
CREATE TABLE document_logo (
    sha256 TEXT PRIMARY KEY NOT NULL,
    data BLOB NOT NULL
);
CREATE TRIGGER document_logo_is_immutable_update BEFORE UPDATE ON document_logo
BEGIN
    SELECT RAISE(ABORT, 'logos of issued documents cannot be changed');
END;
CREATE TRIGGER document_logo_is_immutable_delete BEFORE DELETE ON document_logo
BEGIN
    SELECT RAISE(ABORT, 'logos of issued documents cannot be changed');
END;
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('proforma', 'invoice', 'credit-note')),
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence > 0),
    number TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL CHECK (language IN ('en', 'cs')),
    issued_on TEXT NOT NULL,
    taxable_supply_on TEXT,
    due_on TEXT NOT NULL,
    currency TEXT NOT NULL,
    vat_rule TEXT NOT NULL
        CHECK (vat_rule IN ('domestic', 'reverse-charge', 'outside-scope', 'not-vat-payer')),
    vat_rate TEXT NOT NULL,
    net_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    total_minor INTEGER NOT NULL CHECK (total_minor = net_minor + vat_minor),
    credits INTEGER NOT NULL,
    seller TEXT NOT NULL,
    buyer TEXT NOT NULL,
    buyer_name TEXT NOT NULL DEFAULT '',
    billing_info_id INTEGER REFERENCES billing_info (id),
    payment_id INTEGER REFERENCES payment (id),
    corrects_id INTEGER REFERENCES document (id),
    reason TEXT NOT NULL DEFAULT '',
    variable_symbol TEXT NOT NULL DEFAULT '',
    payment_details TEXT NOT NULL DEFAULT '{}',
    logo_sha256 TEXT REFERENCES document_logo (sha256),
    created_at TEXT NOT NULL,
    UNIQUE (kind, year, sequence),
    CHECK (CASE kind WHEN 'credit-note' THEN net_minor < 0 AND credits <= 0
                     ELSE net_minor > 0 AND credits > 0 END),
    CHECK ((kind = 'credit-note') = (corrects_id IS NOT NULL)),
    CHECK (kind = 'proforma' OR taxable_supply_on IS NOT NULL)
);
CREATE UNIQUE INDEX document_one_per_payment ON document (payment_id, kind)
    WHERE kind IN ('proforma', 'invoice');
CREATE INDEX document_issued_on ON document (issued_on);
CREATE INDEX document_corrects ON document (corrects_id);
CREATE TABLE document_line (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id),
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL,
    net_minor INTEGER NOT NULL,
    vat_rate TEXT NOT NULL,
    vat_minor INTEGER NOT NULL,
    total_minor INTEGER NOT NULL CHECK (total_minor = net_minor + vat_minor),
    UNIQUE (document_id, position)
);
CREATE TRIGGER document_is_immutable_update BEFORE UPDATE ON document
BEGIN
    SELECT RAISE(ABORT, 'issued documents cannot be changed: issue a credit note instead');
END;
CREATE TRIGGER document_is_immutable_delete BEFORE DELETE ON document
BEGIN
    SELECT RAISE(ABORT, 'issued documents cannot be deleted: issue a credit note instead');
END;
CREATE TRIGGER document_line_is_immutable_update BEFORE UPDATE ON document_line
BEGIN
    SELECT RAISE(ABORT, 'lines of issued documents cannot be changed');
END;
CREATE TRIGGER document_line_is_immutable_delete BEFORE DELETE ON document_line
BEGIN
    SELECT RAISE(ABORT, 'lines of issued documents cannot be deleted');
END;
CREATE TRIGGER document_line_only_while_issuing BEFORE INSERT ON document_line
WHEN NEW.document_id <> (SELECT max(id) FROM document)
BEGIN
    SELECT RAISE(ABORT, 'lines are added only to the document being issued');
END;
"""

# The Transactions list sorts by amount (all entries, or one kind); the date and kind orders
# already have their indexes from step 2.
STEP_5_TRANSACTIONS_INDEXES = """
CREATE INDEX ledger_entry_amount ON ledger_entry (amount);
CREATE INDEX ledger_entry_kind_amount ON ledger_entry (kind, amount);
"""

# Campaigns and the outbox. A message is queued, then sending (claimed with an attempt id before
# the gateway is called), then sent (charged in the same transaction), failed or removed.
# Sent and removed are final. The simulated gateway keeps what it accepted in a table of its own,
# written in its own transaction, as a remote gateway would keep it on its side.
STEP_6_OUTBOX = """
CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    text TEXT NOT NULL CHECK (length(text) > 0),
    sender TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL CHECK (encoding IN ('GSM-7', 'UCS-2')),
    parts INTEGER NOT NULL CHECK (parts > 0),
    message_count INTEGER NOT NULL CHECK (message_count >= 0),
    created_at TEXT NOT NULL
);
CREATE TABLE message (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id),
    number TEXT NOT NULL,
    country TEXT NOT NULL,
    parts INTEGER NOT NULL CHECK (parts > 0),
    price INTEGER NOT NULL CHECK (price > 0),
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'removed')),
    attempt TEXT,
    gateway TEXT,
    gateway_id TEXT,
    error TEXT NOT NULL DEFAULT '',
    queued_at TEXT NOT NULL,
    finished_at TEXT,
    CHECK (state <> 'sending' OR attempt IS NOT NULL)
);
CREATE INDEX message_queue ON message (id, price) WHERE state = 'queued';
CREATE INDEX message_in_flight ON message (id, price) WHERE state = 'sending';
CREATE INDEX message_campaign_state ON message (campaign_id, state);
CREATE TRIGGER message_final_states BEFORE UPDATE OF state ON message
WHEN OLD.state IN ('sent', 'removed') AND NEW.state <> OLD.state
BEGIN
    SELECT RAISE(ABORT, 'a sent or removed message cannot change its state');
END;
CREATE TRIGGER message_is_not_deleted BEFORE DELETE ON message
WHEN OLD.state <> 'removed'
BEGIN
    SELECT RAISE(ABORT, 'remove queued messages instead of deleting them');
END;
CREATE TABLE simulated_gateway_message (
    message_id INTEGER NOT NULL,
    attempt TEXT NOT NULL,
    gateway_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('delivered', 'rejected')),
    error TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    PRIMARY KEY (message_id, attempt)
);
"""

STEP_7_CSV_MAPPING_MEMORY = """
CREATE TABLE csv_mapping_memory (
    signature TEXT PRIMARY KEY NOT NULL,
    mapping TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
"""

# Exchange rates to CZK (models/invoicing/exchange_rates.py), and on a tax document in another
# currency the rate it used and its tax base and VAT in CZK (§4 and §29 of the VAT Act), written
# at issue like the rest of the document.
STEP_8_EXCHANGE_RATES = """
CREATE TABLE exchange_rate (
    id INTEGER PRIMARY KEY,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    source TEXT NOT NULL CHECK (source IN ('cnb', 'manual', 'fixed')),
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    rate TEXT NOT NULL CHECK (rate <> '' AND rate NOT LIKE '%e%' AND rate NOT LIKE '-%'),
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    CHECK (valid_to >= valid_from)
);
CREATE UNIQUE INDEX exchange_rate_currency_source_valid_from
    ON exchange_rate (currency, source, valid_from);
ALTER TABLE document ADD COLUMN accounting_currency TEXT;
ALTER TABLE document ADD COLUMN exchange_rate TEXT;
ALTER TABLE document ADD COLUMN exchange_rate_amount INTEGER;
ALTER TABLE document ADD COLUMN exchange_rate_source TEXT
    CHECK (exchange_rate_source IN ('cnb', 'manual', 'fixed'));
ALTER TABLE document ADD COLUMN exchange_rate_from TEXT;
ALTER TABLE document ADD COLUMN exchange_rate_to TEXT;
ALTER TABLE document ADD COLUMN accounting_net_minor INTEGER;
ALTER TABLE document ADD COLUMN accounting_vat_minor INTEGER;
"""

# Credits in and out per UTC day and kind, kept by a trigger in the transaction that posts each
# entry (the Transactions totals add up days instead of entries), and checkpoints of the
# ledger's digest chain (verify proves what it verified once by the digest, and reads only the
# entries after it). Both only ever grow. An existing ledger gets its days added up and, when it
# verifies, a first checkpoint (models/ledger/chain.py).
STEP_9_LEDGER_DAYS_AND_CHECKPOINTS = """
CREATE TABLE ledger_day (
    day TEXT NOT NULL,
    kind TEXT NOT NULL,
    entries INTEGER NOT NULL,
    credits_in INTEGER NOT NULL,
    credits_out INTEGER NOT NULL,
    PRIMARY KEY (day, kind)
);
CREATE TRIGGER ledger_entry_adds_to_day AFTER INSERT ON ledger_entry
BEGIN
    INSERT INTO ledger_day (day, kind, entries, credits_in, credits_out)
    VALUES (substr(NEW.created_at, 1, 10), NEW.kind, 1, max(NEW.amount, 0), min(NEW.amount, 0))
    ON CONFLICT (day, kind) DO UPDATE SET entries = entries + 1,
        credits_in = credits_in + excluded.credits_in,
        credits_out = credits_out + excluded.credits_out;
END;
CREATE TRIGGER ledger_day_only_grows BEFORE UPDATE ON ledger_day
WHEN NEW.day IS NOT OLD.day OR NEW.kind IS NOT OLD.kind OR NEW.entries IS NOT OLD.entries + 1
    OR NEW.credits_in < OLD.credits_in OR NEW.credits_out > OLD.credits_out
BEGIN
    SELECT RAISE(ABORT, 'day totals only grow with the entries posted');
END;
CREATE TRIGGER ledger_day_is_kept BEFORE DELETE ON ledger_day
BEGIN
    SELECT RAISE(ABORT, 'day totals only grow with the entries posted');
END;
CREATE TABLE ledger_checkpoint (
    id INTEGER PRIMARY KEY,
    upto_id INTEGER NOT NULL,
    entries INTEGER NOT NULL,
    balance INTEGER NOT NULL,
    last_entry TEXT NOT NULL,
    digest TEXT NOT NULL,
    seal TEXT NOT NULL,
    made_at TEXT NOT NULL
);
CREATE TRIGGER ledger_checkpoint_is_append_only_update BEFORE UPDATE ON ledger_checkpoint
BEGIN
    SELECT RAISE(ABORT, 'ledger checkpoints are kept as they were made');
END;
CREATE TRIGGER ledger_checkpoint_is_append_only_delete BEFORE DELETE ON ledger_checkpoint
BEGIN
    SELECT RAISE(ABORT, 'ledger checkpoints are kept as they were made');
END;
CREATE TRIGGER ledger_checkpoint_moves_forward BEFORE INSERT ON ledger_checkpoint
WHEN NEW.upto_id <= coalesce((SELECT max(upto_id) FROM ledger_checkpoint), 0)
    OR NEW.upto_id > coalesce((SELECT max(id) FROM ledger_entry), 0)
BEGIN
    SELECT RAISE(ABORT, 'a checkpoint covers entries after the one before it');
END;
INSERT INTO ledger_day (day, kind, entries, credits_in, credits_out)
SELECT substr(created_at, 1, 10), kind, count(*), sum(max(amount, 0)), sum(min(amount, 0))
FROM ledger_entry GROUP BY 1, 2;
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


def _first_checkpoint(db: SqliteDatabase) -> None:
    from models.ledger import chain  # loads only when a database is upgraded to step 9

    chain.first_checkpoint(db)


def _both(
    first: Callable[[SqliteDatabase], None], second: Callable[[SqliteDatabase], None]
) -> Callable[[SqliteDatabase], None]:
    def step(db: SqliteDatabase) -> None:
        first(db)
        second(db)

    return step


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _run_script(STEP_1_FOUNDATION),
    _run_script(STEP_2_LEDGER_AND_PAYMENTS),
    _run_script(STEP_3_PRICE_LIST),
    _run_script(STEP_4_INVOICES),
    _run_script(STEP_5_TRANSACTIONS_INDEXES),
    _run_script(STEP_6_OUTBOX),
    _run_script(STEP_7_CSV_MAPPING_MEMORY),
    _run_script(STEP_8_EXCHANGE_RATES),
    _both(_run_script(STEP_9_LEDGER_DAYS_AND_CHECKPOINTS), _first_checkpoint),
    _run_script(STEP_10_PRICE_NUMBER_TYPES),
]
