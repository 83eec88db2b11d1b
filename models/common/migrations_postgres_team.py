"""PostgreSQL's team step: who recorded each row (session_user), and rules that hold for every role.

Step 11 (migrations_sqlite_team.py makes the same columns on SQLite):
- ledger_entry, payment and document get `recorded_by`, filled by a BEFORE INSERT trigger from
  `session_user`, whatever the client sent, and kept on UPDATE: a desk cannot claim another
  user (SET ROLE changes current_user, never session_user). Rows made before are ''.
- The triggers that write tables a desk may not write itself (the account's cached balance,
  ledger_day's totals) become SECURITY DEFINER, run as the schema's owner with a fixed
  search_path, so posting works for an operator who has no right on those tables.
- Writers queue on the account's table lock (database_postgres.py), which PostgreSQL grants
  only to a role with UPDATE, DELETE or TRUNCATE on the table: desk roles get TRUNCATE, which
  the account's new trigger refuses to everyone (UPDATE would let a desk set the balance).
- credit_desk_operator_only() tells a desk whose only writing role is operator (models/common/
  team.py): such a desk may post only charges (no credit: credits come from confirming payments,
  an administrator's work), issue only proformas (and add lines only to them), ask for payments
  (pending ones) and only cancel or expire them, and change only the sending settings
  (OPERATOR_SETTINGS).
"""

from __future__ import annotations

from peewee import PostgresqlDatabase

from models.common.migrations_postgres import refuse_truncate

ADMINISTRATOR_ROLE = "credit_desk_administrator"
OPERATOR_ROLE = "credit_desk_operator"
ACCOUNTANT_ROLE = "credit_desk_accountant"
RECORDED_TABLES = ("ledger_entry", "payment", "document")
OPERATOR_SETTINGS = ("outbox.paused",)  # the settings an operator may change (sending)
# Trigger functions that write a table the posting desk may not write itself.
DEFINER_FUNCTIONS = ("ledger_entry_updates_account", "ledger_entry_adds_to_day")
_DENIED = "insufficient_privilege"


def _trigger_function(name: str, body: str) -> str:
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
        f"BEGIN\n{body}\nEND\n$body$"
    )


def _deny(message: str) -> str:
    return f"RAISE EXCEPTION '{message}' USING ERRCODE = '{_DENIED}';"


_OPERATOR_ONLY = f"""CREATE FUNCTION credit_desk_operator_only() RETURNS boolean
LANGUAGE plpgsql STABLE AS $body$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{OPERATOR_ROLE}')
        OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{ADMINISTRATOR_ROLE}')
    THEN
        RETURN false;  -- no team roles yet: the database's owner works alone
    END IF;
    RETURN pg_catalog.pg_has_role(session_user, '{OPERATOR_ROLE}', 'MEMBER')
        AND NOT pg_catalog.pg_has_role(session_user, '{ADMINISTRATOR_ROLE}', 'MEMBER');
END
$body$"""

STEP_11_RECORDED_BY = [
    *(
        f"ALTER TABLE {table} ADD COLUMN recorded_by TEXT NOT NULL DEFAULT ''"
        for table in RECORDED_TABLES
    ),
    _trigger_function(
        "recorded_by_session_user", "    NEW.recorded_by := session_user;\n    RETURN NEW;"
    ),
    *(
        f"CREATE TRIGGER {table}_recorded_by BEFORE INSERT ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION recorded_by_session_user()"
        for table in RECORDED_TABLES
    ),
    _trigger_function(
        "recorded_by_is_kept", "    NEW.recorded_by := OLD.recorded_by;\n    RETURN NEW;"
    ),
    "CREATE TRIGGER payment_recorded_by_is_kept BEFORE UPDATE ON payment "
    "FOR EACH ROW EXECUTE FUNCTION recorded_by_is_kept()",
    _OPERATOR_ONLY,
    _trigger_function(
        "ledger_entry_credit_needs_administrator",
        "    IF NEW.amount > 0 AND credit_desk_operator_only() THEN\n"
        f"        {_deny('an operator may not credit the account')}\n"
        "    END IF;\n"
        "    RETURN NEW;",
    ),
    "CREATE TRIGGER ledger_entry_credit_needs_administrator BEFORE INSERT ON ledger_entry "
    "FOR EACH ROW EXECUTE FUNCTION ledger_entry_credit_needs_administrator()",
    _trigger_function(
        "document_tax_needs_administrator",
        "    IF NEW.kind <> 'proforma' AND credit_desk_operator_only() THEN\n"
        f"        {_deny('an operator may issue only proformas')}\n"
        "    END IF;\n"
        "    RETURN NEW;",
    ),
    "CREATE TRIGGER document_tax_needs_administrator BEFORE INSERT ON document "
    "FOR EACH ROW EXECUTE FUNCTION document_tax_needs_administrator()",
    _trigger_function(
        "payment_confirming_needs_administrator",
        "    IF credit_desk_operator_only() AND (NEW.state NOT IN ('cancelled', 'expired')\n"
        "        OR OLD.state NOT IN ('pending', 'expired')) THEN\n"
        f"        {_deny('an operator may only cancel or expire a payment')}\n"
        "    END IF;\n"
        "    RETURN NEW;",
    ),
    "CREATE TRIGGER payment_confirming_needs_administrator BEFORE UPDATE ON payment "
    "FOR EACH ROW EXECUTE FUNCTION payment_confirming_needs_administrator()",
    _trigger_function(
        "payment_paid_needs_administrator",
        "    IF credit_desk_operator_only() AND (NEW.state <> 'pending'\n"
        "        OR NEW.paid_at IS NOT NULL OR NEW.bank_reference IS NOT NULL) THEN\n"
        f"        {_deny('an operator may only ask for a payment')}\n"
        "    END IF;\n"
        "    RETURN NEW;",
    ),
    "CREATE TRIGGER payment_paid_needs_administrator BEFORE INSERT ON payment "
    "FOR EACH ROW EXECUTE FUNCTION payment_paid_needs_administrator()",
    _trigger_function(
        "document_line_tax_needs_administrator",
        "    IF credit_desk_operator_only() AND (SELECT kind FROM document\n"
        "        WHERE id = NEW.document_id) IS DISTINCT FROM 'proforma' THEN\n"
        f"        {_deny('an operator may add lines only to a proforma')}\n"
        "    END IF;\n"
        "    RETURN NEW;",
    ),
    "CREATE TRIGGER document_line_tax_needs_administrator BEFORE INSERT ON document_line "
    "FOR EACH ROW EXECUTE FUNCTION document_line_tax_needs_administrator()",
    _trigger_function(
        "setting_needs_administrator",
        "    IF credit_desk_operator_only() AND NEW.key NOT IN ("
        + ", ".join(f"'{key}'" for key in OPERATOR_SETTINGS)
        + ") THEN\n"
        f"        {_deny('an operator may change only the sending settings')}\n"
        "    END IF;\n"
        "    RETURN NEW;",
    ),
    "CREATE TRIGGER setting_needs_administrator BEFORE INSERT OR UPDATE ON setting "
    "FOR EACH ROW EXECUTE FUNCTION setting_needs_administrator()",
    *refuse_truncate("account", "the account keeps its one row: post ledger entries instead"),
]


def step_11_recorded_by(db: PostgresqlDatabase) -> None:
    for statement in STEP_11_RECORDED_BY:
        db.execute_sql(statement)
    schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
    path = db.execute_sql("SELECT quote_ident(?)", (schema,)).fetchone()[0]
    for name in DEFINER_FUNCTIONS:
        # The owner's rights, and names looked up only in our schema (a desk's own objects
        # earlier on its search_path must not stand in for ours).
        db.execute_sql(
            f"ALTER FUNCTION {name}() SECURITY DEFINER SET search_path = {path}, pg_temp"
        )
        db.execute_sql(f"REVOKE EXECUTE ON FUNCTION {name}() FROM PUBLIC")


STEPS = [step_11_recorded_by]
