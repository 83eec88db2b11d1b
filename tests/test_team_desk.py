"""The desk in team mode: File → Connect to server…, the database remembered for the next start,
and other desks' changes shown within seconds, on both engines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import keyring
import psycopg
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

import launch
from models.common import server_credentials as credentials
from models.common.database import DatabaseOpenError
from models.common.messages import Message
from models.settings import store as settings
from ui.window import database_switch
from ui.window.connect_server import ConnectServerDialog

ROOT = Path(__file__).resolve().parent.parent
IBAN = "CZ6508000000192000145399"


def other_desk(address: str, *argv: str) -> str:
    """Another desk: the command line in a process of its own, on the same database."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", address, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


@pytest.fixture(params=["sqlite", "postgres"])
def desk(request, qtbot, tmp_path):
    """A window on a file or on a server database, closed as a user would."""
    if request.param == "sqlite":
        address = str(tmp_path / "desk.sqlite3")
    else:
        address = request.getfixturevalue("postgres_address")
    window = launch.build_window(address)

    def close(built) -> None:
        built.close()
        qtbot.waitUntil(lambda: built.session.closed, timeout=30_000)

    qtbot.addWidget(window, before_close_func=close)
    window.show()
    qtbot.waitExposed(window)
    yield window, address


def test_another_desks_payment_shows_within_seconds_keeping_the_selection(desk, qtbot) -> None:
    window, address = desk
    settings.set_value("seller.iban", IBAN)
    window.show_page_named("paymentsPage")
    page = window.page("paymentsPage")
    other_desk(address, "top-up", "100", "CZK", "--method", "manual")  # payment 1, paid
    other_desk(address, "top-up", "200", "CZK")  # payment 2, pending
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=8_000)
    qtbot.waitUntil(lambda: window.balance_indicator.text() == "4 credits", timeout=8_000)
    pending = next(row for row in range(page.model.rowCount()) if page.model.payment(row).id == 2)
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(pending, 0)).row())
    assert page.selected_payment().id == 2
    other_desk(address, "confirm", "2")  # the other desk records the money received
    qtbot.waitUntil(lambda: window.balance_indicator.text() == "12 credits", timeout=8_000)
    qtbot.waitUntil(lambda: page.selected_payment().state == "paid", timeout=8_000)
    assert page.selected_payment().id == 2  # still the row the user had selected


def socket_parts(address: str) -> tuple[str, str, str]:
    parts = urlsplit(address)
    return unquote(parts.hostname or ""), parts.path.lstrip("/"), parts.username or ""


def fill_and_connect(window, host: str, database: str, user: str, password: str = "") -> None:
    dialog = window.findChild(QDialog, "connectServerDialog")
    dialog.host.setText(host)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.remember.setChecked(bool(password))
    dialog.connect_button.click()


def test_connect_to_server_switches_and_is_remembered(window, qtbot, postgres_address) -> None:
    host, name, user = socket_parts(postgres_address)
    QTimer.singleShot(0, lambda: fill_and_connect(window, host, name, user, "s3cret"))
    window.connect_to_server()  # the dialog's loop runs until the server answered
    qtbot.waitUntil(lambda: window.session.on_server, timeout=15_000)
    shown = credentials.server_address(host, 5432, name, user)
    assert window.windowTitle() == f"Credit Desk — {shown}"
    assert window.findChild(object, "databaseLabel").text() == shown
    assert QSettings().value(database_switch.LAST_DATABASE) == shown  # no password in it
    assert keyring.get_password(credentials.SERVICE, shown) == "s3cret"
    assert database_switch.address_to_open(shown) == credentials.with_password(shown, "s3cret")
    window.show_page_named("paymentsPage")  # the pages work on the server
    window.show_page_named("transactionsPage")
    assert window.open_database_file(window_file := Path(QSettings().fileName()).parent / "f.db")
    qtbot.waitUntil(lambda: not window.session.on_server, timeout=15_000)
    assert QSettings().value(database_switch.LAST_DATABASE) == str(window_file)


def newer_database(address: str) -> str:
    """The database at `address` as a newer Credit Desk left it; its name."""
    from models.common.migrations import VERSION_TABLE

    with psycopg.connect(address, autocommit=True) as connection:
        connection.execute(f"CREATE TABLE {VERSION_TABLE} (version INTEGER NOT NULL)")  # type: ignore[arg-type]
        connection.execute(f"INSERT INTO {VERSION_TABLE} VALUES (999)")  # type: ignore[arg-type]
    return socket_parts(address)[1]


@pytest.mark.parametrize(
    ("case", "says"),
    [
        ("no such database", 'database "no_such_database" does not exist'),
        ("refused", "Connection refused"),
        ("newer", "was written by a newer Credit Desk (schema 999"),
    ],
)
def test_a_server_that_cannot_be_used_is_said_and_the_file_stays_open(
    window, qtbot, postgres_address, case, says
) -> None:
    host, _, user = socket_parts(postgres_address)
    name, port = "no_such_database", 5432
    if case == "refused":  # nothing listens on port 1
        host, port = "127.0.0.1", 1
    elif case == "newer":
        name = newer_database(postgres_address)
    before = window.session
    dialog = ConnectServerDialog(None, window)
    dialog.show()
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(name)
    dialog.user.setText(user)
    dialog.connect_button.click()
    assert not dialog.host.isEnabled()  # while it tries, off the GUI thread
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15_000)
    assert says in dialog.error.text()
    assert dialog.connect_button.isEnabled() and dialog.result() == 0
    dialog.host.setText("")
    dialog.connect_button.click()
    assert dialog.error.text() == "Enter the server's host name or address."
    dialog.reject()
    assert window.session is before and not before.closed


def test_the_next_start_opens_the_remembered_server_or_says_why_and_opens_the_file(
    monkeypatch, tmp_path
) -> None:
    from PySide6 import QtWidgets

    class FakeApp:
        instance = staticmethod(QtWidgets.QApplication.instance)

        def __init__(self, argv: list[str]) -> None:
            pass

        def setOrganizationName(self, name: str) -> None:  # noqa: N802
            pass

        setApplicationName = setApplicationDisplayName = setOrganizationName  # noqa: N815

        def exec(self) -> int:
            return 0

        def translate(self, context: str, text: str) -> str:
            return text

    class FakeWindow:
        def show(self) -> None:
            pass

        def build_next_page(self) -> bool:
            return False

        def shut_down(self) -> None:
            pass

    opened: list[str] = []

    def build_window(path, language, all_pages=True):
        opened.append(str(path))
        if str(path).startswith("postgresql://"):
            raise DatabaseOpenError(Message("Cannot use the server database “{path}”: {reason}."))
        return FakeWindow()

    shown = "postgresql://desk@db.example:5432/team"
    QSettings().setValue(database_switch.LAST_DATABASE, shown)
    credentials.store_password(shown, "pw")
    told: list[object] = []
    monkeypatch.setattr(QtWidgets, "QApplication", FakeApp)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: told.append(args))
    monkeypatch.setattr(launch, "install_language", lambda app, requested: ("en", []))
    monkeypatch.setattr(launch, "build_window", build_window)
    monkeypatch.setattr(launch, "default_database_path", lambda: tmp_path / "default.sqlite3")
    assert launch.run_gui(None, None) == 0
    assert opened == [credentials.with_password(shown, "pw"), str(tmp_path / "default.sqlite3")]
    assert len(told) == 1  # the reason the server was not opened
