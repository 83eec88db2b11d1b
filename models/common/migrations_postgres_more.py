"""The PostgreSQL schema steps from step 10 on, the SQLite steps' twins (migrations_sqlite_more.py)."""

from __future__ import annotations

STEP_10_PRICE_NUMBER_TYPES = [
    """ALTER TABLE price ADD COLUMN number_type TEXT NOT NULL DEFAULT '' CHECK (number_type IN (
        '', 'mobile', 'fixed-line', 'toll-free', 'premium-rate', 'shared-cost', 'voip',
        'personal-number', 'pager', 'uan', 'voicemail'
    ))""",
    "DROP INDEX price_by_country",
    "DROP INDEX price_by_prefix",
    "CREATE UNIQUE INDEX price_by_country ON price (price_list_id, country, number_type, prefix)",
    "CREATE UNIQUE INDEX price_by_prefix ON price (price_list_id, number_type, prefix) "
    "WHERE prefix <> ''",
]
