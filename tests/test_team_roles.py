"""Team mode's roles on a real server: what each role may do works through the core, and what it may
not is refused by the server, even to raw SQL typed as that role (a tampered desk).

The test server trusts its Unix socket, so a desk user made by team-add-user logs in by name.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import psycopg
import pytest

import main
from models.common import database as db
from models.common import team
from models.common.database_errors import InsufficientPrivilegeError
from models.common.money import MICRO
from models.invoicing import documents, issuing
from models.ledger import entries as ledger
from models.outbox import dispatcher
from models.outbox import queue as outbox
from models.outbox.sending_policy import pause, resume
from models.outbox.simulated_gateway import SimulatedGateway
from models.payments import top_ups as payments
from models.settings import store as settings
from tests.helpers.outbox_data import CZ_O2, credit, queue, small_price_list
from tests.invoice_helpers import buyer, paid, pending, seller

_names = itertools.count(1)
DENIED = psycopg.errors.InsufficientPrivilege
REFUSED = psycopg.errors.IntegrityConstraintViolation  # the append-only and immutable triggers


def as_user(address: str, user: str) -> str:
    return address.replace("postgresql://postgres@", f"postgresql://{user}@", 1)


@pytest.fixture
def team_database(postgres_address):
    """A server database with the team's roles, a seller, billing information, a price list, a
    pending top-up and a paid one with its invoice, made by the owner (the test superuser);
    returns (address, {role: desk user})."""
    session = db.open_database(postgres_address)
    try:
        team.team_init(session.db)
        seller()
        buyer()
        small_price_list()
        pending(credits=50)
        paid(credits=100)  # the newest document is a tax invoice
        assert ledger.verify().ok  # and a checkpoint of the ledger
        users = {}
        for role in team.ROLES:
            name = f"desk_{role}_{next(_names)}"
            team.add_user(session.db, name, role, password=None)
            users[role] = name
    finally:
        session.close()
    return postgres_address, users


def raw(address: str, user: str, statement: str) -> None:
    with psycopg.connect(as_user(address, user), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


EVERY_ROLE_REFUSED = [
    ("UPDATE ledger_entry SET amount = 1", (DENIED, REFUSED)),
    ("DELETE FROM ledger_entry", (DENIED, REFUSED)),
    ("UPDATE document SET total_minor = 1", (DENIED, REFUSED)),
    ("DELETE FROM document_line", (DENIED, REFUSED)),
    ("UPDATE account SET balance = 10000000000", DENIED),
    ("DELETE FROM account", DENIED),
    ("TRUNCATE account", (DENIED, REFUSED)),
    ("TRUNCATE ledger_entry CASCADE", DENIED),
    ("UPDATE ledger_day SET credits_in = credits_in + 1, entries = entries + 1", DENIED),
    (
        "INSERT INTO ledger_day (day, kind, entries, credits_in, credits_out) "
        "VALUES ('2001-01-01', 'top-up', 1, 5, 0)",
        DENIED,
    ),
    ("UPDATE ledger_checkpoint SET balance = 1", (DENIED, REFUSED)),
    ("DELETE FROM ledger_checkpoint", (DENIED, REFUSED)),
    ("UPDATE credit_desk_schema SET version = 99", DENIED),
]
NOT_FOR_OPERATORS = [
    ("UPDATE setting SET value = 'Mallory' WHERE key = 'seller.name'", DENIED),
    ("INSERT INTO setting (key, value) VALUES ('seller.vat_rate', '0')", DENIED),
    ("UPDATE price SET price = 1", DENIED),
    ("DELETE FROM price", DENIED),
    (
        "INSERT INTO price (price_list_id, country, dialling_code, prefix, price) "
        "SELECT id, 'DE', '49', '', 1 FROM price_list",
        DENIED,
    ),
    ("UPDATE price_list SET name = 'Cheap'", DENIED),
    ("UPDATE billing_info SET name = 'Someone else'", DENIED),
    (
        "INSERT INTO ledger_entry (kind, amount, balance_after, reference, created_at) "
        "SELECT 'top-up', 5000000, balance + 5000000, 'free', '2026-01-01T00:00:00.000000Z' "
        "FROM account",
        DENIED,
    ),
    ("UPDATE payment SET state = 'paid' WHERE state = 'pending'", DENIED),
    ("UPDATE payment SET paid_at = '2026-01-01' WHERE state = 'pending'", DENIED),
    ("UPDATE payment SET recorded_by = 'postgres'", DENIED),
    ("DELETE FROM payment", DENIED),
    ("INSERT INTO document (kind) VALUES ('invoice')", DENIED),
    (
        "INSERT INTO document_line (document_id, position, description, quantity, "
        "unit_price_minor, net_minor, vat_rate, vat_minor, total_minor) "
        "SELECT max(id), 2, 'extra', 1, 1, 1, '0', 0, 1 FROM document",
        DENIED,
    ),
    (
        "INSERT INTO payment (method, state, currency, net_minor, vat_minor, total_minor, "
        "vat_rate, credits, variable_symbol, created_at, due_on, paid_at) VALUES "
        "('manual', 'paid', 'CZK', 1, 0, 1, '0', 1, 'fake', 'x', 'x', 'x')",
        DENIED,
    ),
    ("INSERT INTO document (kind) VALUES ('credit-note')", DENIED),
    ("INSERT INTO bank_entry (bank_reference) VALUES ('b:1')", DENIED),
    (
        "INSERT INTO exchange_rate (currency, source, valid_from, valid_to, amount, rate, "
        "recorded_at) VALUES ('EUR', 'manual', '2026-01-01', '2026-01-01', 1, '1', 'x')",
        DENIED,
    ),
    (
        "INSERT INTO ledger_checkpoint (upto_id, entries, balance, last_entry, digest, seal, "
        "made_at) VALUES (999, 1, 1, 'x', 'x', 'x', 'x')",
        DENIED,
    ),
]
NOT_FOR_ACCOUNTANTS = [
    ("UPDATE setting SET value = 'yes' WHERE key = 'outbox.paused'", DENIED),
    ("INSERT INTO setting (key, value) VALUES ('outbox.paused', 'yes')", DENIED),
    (
        "INSERT INTO campaign (name, text, encoding, parts, message_count, created_at) "
        "VALUES ('c', 'hi', 'GSM-7', 1, 0, 'x')",
        DENIED,
    ),
    ("UPDATE message SET state = 'removed'", DENIED),
    ("UPDATE payment SET state = 'cancelled'", DENIED),
    (
        "INSERT INTO ledger_entry (kind, amount, balance_after, reference, created_at) "
        "SELECT 'message-charge', -1, balance - 1, 'x', '2026-01-01T00:00:00.000000Z' "
        "FROM account",
        DENIED,
    ),
    ("INSERT INTO document (kind) VALUES ('proforma')", DENIED),
]


def _forbidden(role: str) -> list[tuple[str, object]]:
    found = list(EVERY_ROLE_REFUSED)
    if role != "administrator":
        found += NOT_FOR_OPERATORS
    if role == "accountant":
        found += NOT_FOR_ACCOUNTANTS
    return found


def _state(address: str) -> tuple[object, ...]:
    with psycopg.connect(address) as connection:
        return tuple(
            connection.execute(sql).fetchall()  # type: ignore[arg-type]
            for sql in (
                "SELECT balance, entry_count FROM account",
                "SELECT count(*), sum(amount) FROM ledger_entry",
                "SELECT * FROM ledger_day ORDER BY day, kind",
                "SELECT key, value FROM setting ORDER BY key",
                "SELECT id, state, paid_at, recorded_by FROM payment ORDER BY id",
                "SELECT count(*) FROM document",
                "SELECT count(*), sum(price) FROM price",
                "SELECT count(*) FROM ledger_checkpoint",
            )
        )


@pytest.mark.parametrize("role", list(team.ROLES))
def test_each_forbidden_write_is_refused_to_raw_sql(team_database, role: str) -> None:
    address, users = team_database
    before = _state(address)
    allowed = []
    for statement, refusal in _forbidden(role):
        try:
            raw(address, users[role], statement)
        except refusal as error:  # type: ignore[misc]
            assert error.sqlstate in ("42501", "23000"), (statement, error)
        except psycopg.Error as error:
            allowed.append(f"{statement}: refused only by {type(error).__name__}: {error}")
        else:
            allowed.append(f"{statement}: done")
    assert not allowed, "\n".join(allowed)
    assert _state(address) == before


def test_an_operator_sends_a_campaign_and_requests_a_top_up(team_database) -> None:
    address, users = team_database
    session = db.open_database(as_user(address, users["operator"]))
    try:
        pause()
        resume()
        queue(2)
        report = dispatcher.dispatch(SimulatedGateway())
        assert report.sent == 2 and ledger.balance() == 100 * MICRO - 2 * CZ_O2
        payment = pending(credits=20, on=date.today())
        assert payment.recorded_by == users["operator"]
        proforma = documents.proforma_for_payment(payment.id)
        assert proforma is not None and proforma.recorded_by == users["operator"]
        cancelled = payments.cancel(payment.id)
        assert cancelled.state == payments.CANCELLED
        charges = ledger.LedgerEntry.select().where(
            ledger.LedgerEntry.kind == ledger.MESSAGE_CHARGE
        )
        assert {entry.recorded_by for entry in charges} == {users["operator"]}
        queue(1)
        assert outbox.remove_queued() == 1
        check = ledger.verify()  # checks, but an operator adds no checkpoint
        assert check.ok, check.problems
        with pytest.raises(InsufficientPrivilegeError, match=r"Your role \(operator\)"):
            settings.set_value("seller.name", "Mallory")
        with pytest.raises(InsufficientPrivilegeError):
            payments.confirm(pending(credits=5, on=date.today()).id, bank_reference="b:9")
        with pytest.raises(InsufficientPrivilegeError):
            credit(5 * MICRO)
    finally:
        session.close()


def test_an_accountant_reads_and_exports_but_changes_nothing(
    team_database, tmp_path: Path, monkeypatch, capsys
) -> None:
    address, users = team_database
    before = _state(address)
    desk = as_user(address, users["accountant"])
    assert main.main(["--database", desk, "balance"]) == 0
    assert main.main(["--database", desk, "export-invoices", str(tmp_path / "out")]) == 0
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 3  # two proformas and the invoice
    assert main.main(["--database", desk, "verify"]) == 0
    capsys.readouterr()
    assert main.main(["--database", desk, "settings", "seller.name", "Mallory"]) != 0
    error = capsys.readouterr().err
    assert "Your role (accountant) does not allow this change" in error
    assert "Traceback" not in error
    assert main.main(["--database", desk, "top-up", "100", "CZK"]) != 0
    assert "Your role (accountant)" in capsys.readouterr().err
    assert _state(address) == before


def test_an_administrator_changes_settings_and_issues_a_credit_note(team_database) -> None:
    address, users = team_database
    session = db.open_database(as_user(address, users["administrator"]))
    try:
        settings.set_value("seller.name", "Credit Desk a.s.")
        assert settings.get("seller.name") == "Credit Desk a.s."
        small_price_list()
        invoice = paid(credits=10)
        assert invoice.recorded_by == users["administrator"]
        note = issuing.issue_credit_note(invoice.id, "Returned", 10 * MICRO)
        assert note.kind == documents.CREDIT_NOTE
        assert documents.Document.get_by_id(note.id).recorded_by == users["administrator"]
        check = ledger.verify()
        assert check.ok, check.problems
        made = session.db.execute_sql("SELECT count(*) FROM ledger_checkpoint").fetchone()[0]
        assert made >= 1  # an administrator's verify seals what it checked
    finally:
        session.close()


def test_recorded_by_is_the_connected_user_and_cannot_be_forged(team_database) -> None:
    address, users = team_database
    operator = users["operator"]
    with psycopg.connect(as_user(address, operator), autocommit=True) as connection:
        connection.execute(
            "INSERT INTO payment (method, state, currency, net_minor, vat_minor, total_minor, "
            "vat_rate, credits, variable_symbol, created_at, due_on, recorded_by) VALUES "
            "('bank-transfer', 'pending', 'CZK', 1, 0, 1, '0', 1, 'forged', 'x', 'x', "
            "'postgres')"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(f"SET ROLE {users['administrator']}")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SET SESSION AUTHORIZATION postgres")
        recorded = connection.execute(
            "SELECT recorded_by FROM payment WHERE variable_symbol = 'forged'"
        ).fetchone()
    assert recorded == (operator,)
    with psycopg.connect(address, autocommit=True) as owner:  # not even the owner rewrites it
        owner.execute("UPDATE payment SET recorded_by = 'someone' WHERE variable_symbol = 'forged'")
        kept = owner.execute("SELECT recorded_by FROM payment WHERE variable_symbol = 'forged'")
        assert kept.fetchone() == (operator,)
        owned = owner.execute("SELECT DISTINCT recorded_by FROM ledger_entry").fetchall()
    assert owned == [("postgres",)]  # the fixture's entries: made by the owner


def test_team_init_is_idempotent_covers_later_tables_and_grants_an_existing_login(
    team_database,
) -> None:
    address, users = team_database
    session = db.open_database(address)
    try:
        assert team.team_init(session.db) == []  # the roles are there: nothing to create
        assert team.add_user(session.db, users["accountant"], "operator", None) is False
        with pytest.raises(team.TeamError, match="not a team role"):
            team.add_user(session.db, "somebody", "auditor", None)
        with pytest.raises(team.TeamError, match="not a user name"):
            team.add_user(session.db, "Robert'); DROP TABLE payment; --", "operator", None)
    finally:
        session.close()
    with psycopg.connect(address, autocommit=True) as owner:  # as a later migration would
        owner.execute("CREATE TABLE later_table (x BIGINT GENERATED ALWAYS AS IDENTITY, y TEXT)")
    raw(address, users["administrator"], "INSERT INTO later_table (y) VALUES ('a')")
    with pytest.raises(DENIED):
        raw(address, users["operator"], "INSERT INTO later_table (y) VALUES ('o')")
    with psycopg.connect(as_user(address, users["operator"])) as connection:
        assert connection.execute("SELECT y FROM later_table").fetchall() == [("a",)]
    desk = db.open_database(as_user(address, users["accountant"]))
    try:
        assert team.connected_roles(desk.db) == ["operator", "accountant"]
        queue(1)  # now an operator as well
    finally:
        desk.close()


def test_team_commands_on_the_server(postgres_address, monkeypatch, capsys) -> None:
    name = f"desk_cli_{next(_names)}"
    assert main.main(["--database", postgres_address, "team-init"]) == 0
    assert main.main(["--database", postgres_address, "team-init"]) == 0
    monkeypatch.setenv("CREDIT_DESK_USER_PASSWORD", "pa%s?'word")
    command = ["--database", postgres_address, "team-add-user", name, "--role", "accountant"]
    assert main.main(command) == 0
    assert f"desk user {name} created and given the role credit_desk_accountant" in (
        capsys.readouterr().out
    )
    with psycopg.connect(postgres_address) as connection:
        stored = connection.execute(
            "SELECT rolcanlogin, rolpassword IS NOT NULL FROM pg_authid WHERE rolname = %s",
            (name,),
        ).fetchone()
    assert stored == (True, True)
    desk = as_user(postgres_address, name)
    assert main.main(["--database", desk, "team-init"]) != 0  # a desk may not grant rights
    error = capsys.readouterr().err
    assert "Your role (accountant)" in error and "Traceback" not in error
