"""SQLite's team step: the `recorded_by` column of ledger entries, payments and documents.

Step 11, the same columns as migrations_postgres_team.py makes. A desktop file has no server
user: the app fills the column with the computer's login name (models/common/team.py's
desk_user()). Rows recorded before this step keep '' (shown as “not recorded”).
"""

from __future__ import annotations

from peewee import SqliteDatabase

RECORDED_TABLES = ("ledger_entry", "payment", "document")


def step_11_recorded_by(db: SqliteDatabase) -> None:
    for table in RECORDED_TABLES:
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN recorded_by TEXT NOT NULL DEFAULT ''")


STEPS = [step_11_recorded_by]
