"""Team mode's roles: the PostgreSQL group roles and grants team-init makes, desk users, who recorded a row.

Rights, as the server enforces them (grants, and the triggers of migrations_postgres_team.py; the append-only and immutability triggers hold for every role):

| Right                                                        | administrator | operator | accountant |
|--------------------------------------------------------------|:-------------:|:--------:|:----------:|
| read everything, export, verify                              | yes           | yes      | yes        |
| campaigns: queue, dispatch (charges the ledger), remove      | yes           | yes      | no         |
| pause / resume sending (the setting outbox.paused)           | yes           | yes      | no         |
| top-up requests: a pending payment and its proforma; cancel  | yes           | yes      | no         |
| confirm payments, record receipts, import bank statements    | yes           | no       | no         |
| settings, seller and billing information, prices, rates      | yes           | no       | no         |
| tax invoices and credit notes                                | yes           | no       | no         |

Confirming a payment (by hand or by importing a statement) credits the account and issues a tax
invoice: it makes money, so it is the administrator's. An operator posts only charges (negative
entries), issues only proformas, and may only cancel or expire payments: the server refuses the
rest even to raw SQL. Nobody writes the cached balance, the day totals or the schema version
directly; the ledger's triggers do, as the schema's owner. Checkpoints of the ledger's digest
are made by an administrator's verify; other roles' verify checks without adding one.
What the server does not check: the price a queued message carries (the desk looks it up in the
price list) and what the desk sends through its gateway; an operator's desk is trusted with those.

Roles belong to the whole PostgreSQL cluster: databases of one server share them. Tables a later
migration adds are readable by every role and the administrator's to write at once (default
privileges); an operator's rights on them come with team-init run again (it is idempotent).
"""

from __future__ import annotations

import functools
import getpass
import re

from peewee import Database, DatabaseProxy

from models.common.messages import UserError
from models.common.migrations import is_postgres
from models.common.migrations_postgres_team import (
    ACCOUNTANT_ROLE,
    ADMINISTRATOR_ROLE,
    OPERATOR_ROLE,
)

ROLES = {
    "administrator": ADMINISTRATOR_ROLE,
    "operator": OPERATOR_ROLE,
    "accountant": ACCOUNTANT_ROLE,
}
# Tables only triggers write (as the schema's owner): no desk role writes them.
_TRIGGER_WRITTEN = ("account", "ledger_day", "credit_desk_schema")
_OPERATOR_INSERTS = (
    "campaign",
    "message",
    "simulated_gateway_message",
    "ledger_entry",
    "payment",
    "document",
    "document_line",
    "document_logo",
    "setting",
)
_OPERATOR_UPDATES = {
    "message": "state, attempt, gateway, gateway_id, error, finished_at",
    "payment": "state, closed_at",
    "setting": "value",
}
_USER_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class TeamError(UserError):
    """A team command that cannot run here (an SQLite file, a bad name, no team-init yet)."""


@functools.cache  # a process keeps its login; looking it up cost each dispatched batch 7 µs
def desk_user() -> str:
    """Who records rows on a desktop file, which has no server user: the computer's login."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor the password database
        return ""


def _unwrapped(db: Database | DatabaseProxy) -> Database:
    """The database behind Peewee's proxy (the models' binding), or `db` itself."""
    found = db.obj if isinstance(db, DatabaseProxy) else db
    assert isinstance(found, Database), "no database session is open"
    return found


def require_server(db: Database) -> None:
    """Raise TeamError on an SQLite file, where roles do not exist."""
    if not is_postgres(db):
        raise TeamError(
            "Roles exist only on a PostgreSQL server (team mode); this database is a file, "
            "where the computer's login records who did what."
        )


def _roles_present(db: Database) -> set[str]:
    cursor = db.execute_sql(
        "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname IN (?, ?, ?)", tuple(ROLES.values())
    )
    return {row[0] for row in cursor.fetchall()}


def _grants(schema: str, tables: list[str]) -> list[str]:
    admin, operator, accountant = ADMINISTRATOR_ROLE, OPERATOR_ROLE, ACCOUNTANT_ROLE
    everyone = f"{admin}, {operator}, {accountant}"
    operator_tables = [table for table in _OPERATOR_INSERTS if table in tables]
    written = [table for table in _TRIGGER_WRITTEN if table in tables]
    statements = [
        f"GRANT USAGE ON SCHEMA {schema} TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {admin}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {', '.join(written)} FROM {everyone}",
        # Writers take the account's table lock first (database_postgres.py), which needs
        # TRUNCATE (or UPDATE or DELETE) on it; account_is_not_truncated refuses TRUNCATE itself.
        f"GRANT TRUNCATE ON account TO {admin}, {operator}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {admin}, {operator}",
        f"GRANT INSERT ON {', '.join(operator_tables)} TO {operator}",
        # Tables a later migration (by the same owner) adds: readable at once, the
        # administrator's to write; the operator's rights on them come with team-init again.
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {everyone}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
        f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {admin}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {admin}, {operator}",
        *(
            f"GRANT UPDATE ({columns}) ON {table} TO {operator}"
            for table, columns in _OPERATOR_UPDATES.items()
        ),
    ]
    return statements


def team_init(db: Database) -> list[str]:
    """Make the three group roles (those missing) and grant each its rights on every table,
    sequence and function; idempotent. Returns the roles it created."""
    require_server(db)
    with db.atomic():
        present = _roles_present(db)
        created = [role for role in ROLES.values() if role not in present]
        for role in created:
            db.execute_sql(f"CREATE ROLE {role} NOLOGIN")
        schema = db.execute_sql("SELECT quote_ident(current_schema())").fetchone()[0]
        cursor = db.execute_sql(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        )
        tables = sorted(row[0] for row in cursor.fetchall())
        for statement in _grants(schema, tables):
            db.execute_sql(statement)
    return created


def check_user(name: str, role: str) -> None:
    """Refuse a desk user name the server would not take as it is, or an unknown role."""
    if role not in ROLES:
        raise TeamError(
            "“{role}” is not a team role: choose administrator, operator or accountant.", role=role
        )
    if not _USER_NAME.fullmatch(name) or name.startswith("pg_"):
        raise TeamError(
            "“{name}” is not a user name for the server: use lowercase letters, digits and _ "
            "(at most 63, not starting with a digit or pg_).",
            name=name,
        )
    if name in ROLES.values():
        raise TeamError("“{name}” is one of the team's group roles, not a desk user.", name=name)


def add_user(db: Database, name: str, role: str, password: str | None) -> bool:
    """Give the desk user `name` the team role `role` (administrator, operator, accountant):
    a new LOGIN role (with `password`, or none for the server's socket or peer login), or an
    existing one granted the role. Returns whether the user was created."""
    check_user(name, role)
    require_server(db)
    with db.atomic():
        if ROLES[role] not in _roles_present(db):
            raise TeamError("The team's roles do not exist yet: run team-init first.")
        exists = db.execute_sql(
            "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?", (name,)
        ).fetchone()
        if exists is None:
            statement = "SELECT format('CREATE ROLE %I LOGIN', ?::text)"
            values: tuple[str, ...] = (name,)
            if password is not None:
                statement = "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)"
                values = (name, password)
            db.execute_sql(db.execute_sql(statement, values).fetchone()[0])
        db.execute_sql(f"GRANT {ROLES[role]} TO {name}")
    return exists is None


def user_exists(db: Database, name: str) -> bool:
    """Whether the server has a role (a desk user or any other) of this name."""
    require_server(db)
    found = db.execute_sql("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?", (name,))
    return found.fetchone() is not None


def connected_roles(db: Database | DatabaseProxy) -> list[str]:
    """The team roles (administrator, operator, accountant) of the connected user; on a file, or
    for the server's owner outside any of them, none."""
    db = _unwrapped(db)
    if not is_postgres(db):
        return []
    present = _roles_present(db)
    found = []
    for short, role in ROLES.items():
        if role in present:
            member = db.execute_sql(
                "SELECT pg_catalog.pg_has_role(session_user, ?, 'MEMBER')", (role,)
            ).fetchone()[0]
            if member:
                found.append(short)
    return found


def may_make_checkpoints(db: Database | DatabaseProxy) -> bool:
    """Whether the connected user may add a checkpoint of the ledger's digest (always on a file)."""
    db = _unwrapped(db)
    if not is_postgres(db):
        return True
    row = db.execute_sql("SELECT has_table_privilege('ledger_checkpoint', 'INSERT')").fetchone()
    return bool(row[0])
