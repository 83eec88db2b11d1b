"""File → Connect to server…: the address of a team's PostgreSQL database, tried off the GUI thread.

The dialog builds the address (host, port, database, user), asks for the password, and connects
on a thread of its own: the server is checked (Credit Desk's, not newer) and migrated there, then
the connection is closed again. Only when that worked does it accept; the window then switches
to the address (ui/window/database_switch.py). The password goes to the system keyring when
asked to, never into the settings or a shown address.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.common import server_credentials as credentials
from ui.common.form_parts import error_label
from ui.common.messages import translated


def try_server(address: str) -> BaseException | None:
    """Open the server database at `address` as the app would (checks, migrations), then close
    it: None when it can be used, else the error that says why."""
    from models.common.database_postgres import open_server

    try:
        open_server(address).close()
    except Exception as error:  # noqa: BLE001 (shown to the user as it is)
        return error
    return None


class _Attempt(QObject):
    """One try on a thread of its own; `ended(error or None)` arrives on the GUI thread."""

    ended = Signal(object)

    def start(self, address: str) -> None:
        def run() -> None:
            self.ended.emit(try_server(address))

        threading.Thread(target=run, name="connect to server", daemon=True).start()


class ConnectServerDialog(QDialog):
    """Accepted once the server answered; `address` is then the address to open (with the
    password, when one was typed) and `shown_address` the one to show and remember."""

    def __init__(self, last_address: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectServerDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        self.setMinimumWidth(460)
        self.address = ""
        self.shown_address = ""
        self._attempt: _Attempt | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team's Credit Desk database on a PostgreSQL server. The password is kept in "
                "the system keyring when you ask for it (or in your ~/.pgpass file)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(objectName="serverHost")
        self.port = QSpinBox(objectName="serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(credentials.DEFAULT_PORT)
        self.database = QLineEdit(objectName="serverDatabase")
        self.user = QLineEdit(objectName="serverUser")
        self.password = QLineEdit(objectName="serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setObjectName("rememberServerPassword")
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.status = QLabel(objectName="connectStatus")
        self.status.hide()
        layout.addWidget(self.status)
        self.error = error_label("connectError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        buttons.accepted.connect(self.try_to_connect)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if last_address:
            self._fill(last_address)

    def _fill(self, address: str) -> None:
        host, port, database, user = credentials.address_parts(address)
        self.host.setText(host)
        self.port.setValue(port)
        self.database.setText(database)
        self.user.setText(user)
        try:
            if credentials.stored_password(address):
                self.password.setPlaceholderText(self.tr("Stored; type to replace it"))
                self.remember.setChecked(True)
        except credentials.ServerAddressError as error:
            self._show_error(translated(error))

    def _show_error(self, text: str) -> None:
        self.status.hide()
        self.error.setText(text)
        self.error.show()

    def _inputs(self) -> list[QWidget]:
        return [self.host, self.port, self.database, self.user, self.password, self.remember]

    def try_to_connect(self) -> None:
        if self._attempt is not None:
            return
        try:
            shown = credentials.server_address(
                self.host.text(), self.port.value(), self.database.text(), self.user.text()
            )
            password = self.password.text() or credentials.stored_password(shown)
        except credentials.ServerAddressError as error:
            self._show_error(translated(error))
            return
        self.shown_address = shown
        self.address = credentials.with_password(shown, password)
        self.error.hide()
        self.status.setText(self.tr("Connecting to %1…").replace("%1", shown))
        self.status.show()
        for widget in [*self._inputs(), self.connect_button]:
            widget.setEnabled(False)
        self._attempt = _Attempt()
        self._attempt.ended.connect(self._ended)
        self._attempt.start(self.address)

    def _ended(self, error: object) -> None:
        self._attempt = None
        for widget in [*self._inputs(), self.connect_button]:
            widget.setEnabled(True)
        if isinstance(error, BaseException):
            self._show_error(translated(error))
            return
        if self.password.text() or not self.remember.isChecked():
            try:
                credentials.store_password(
                    self.shown_address, self.password.text() if self.remember.isChecked() else ""
                )
            except credentials.ServerAddressError as problem:
                self._show_error(translated(problem))
                return
        self.accept()
