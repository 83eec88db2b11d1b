"""The main window's database: open a file, connect to a server, back up, and remember the choice.

Switching finishes the window's tasks first (TaskFinisher), stops the watcher of other desks'
changes, closes the old session, opens the new one and builds the pages on it again; when the
new one cannot be opened the old one is opened again and the reason shown. The last database
opened (a file, or a server's address without its password) is what the next start opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow  # its dialogs' classes: where used

from models.common import database as db
from models.common.database_postgres import is_server_address
from ui.common.messages import translated
from ui.common.view_state import kept_view_state

if TYPE_CHECKING:
    from ui.common.signals import AppSignals
    from ui.common.worker import Workers
    from ui.window.change_watcher import ChangeWatcher
    from ui.window.task_finisher import TaskFinisher

LAST_DATABASE = "database/last"


def remembered_database() -> str | None:
    """The database the window opened last: a file's path or a server's address (no password)."""
    value = QSettings().value(LAST_DATABASE)
    return str(value) if value else None


def without_password(address: str) -> str:
    """A server's address without any password (a file's path as it is)."""
    if not is_server_address(address):
        return address
    from models.common.server_credentials import without_password as stripped

    return stripped(address)


def remember_database(address: str) -> None:
    settings, shown = QSettings(), without_password(address)
    if settings.value(LAST_DATABASE) != shown:  # unchanged: no write to disk (each start)
        settings.setValue(LAST_DATABASE, shown)


def address_to_open(remembered: str) -> str:
    """A remembered server address with the password from the keyring (when one is kept there;
    else libpq's PGPASSFILE or ~/.pgpass gives it); a file's path as it is."""
    if not is_server_address(remembered):
        return remembered
    from models.common import server_credentials as credentials

    try:
        password = credentials.stored_password(remembered)
    except credentials.ServerAddressError:
        password = None
    return credentials.with_password(remembered, password)


class DatabaseSwitching(QMainWindow):
    """The main window's part that opens, switches and shows its database (see the module)."""

    session: db.Session
    workers: Workers
    signals: AppSignals
    _finisher: TaskFinisher

    def _start_watching(self, session: db.Session, opened_with: str, after_ms: int = 0) -> None:
        """Called for each new session: remember it, show it, and from `after_ms` on (not
        before the first frame) watch for others' changes."""
        self._opened_with = opened_with  # the address with its password: only in memory
        remember_database(opened_with)
        self._watcher: ChangeWatcher | None = None
        self._update_title()
        QTimer.singleShot(after_ms, self, lambda: self._watch(session))

    def _watch(self, session: db.Session) -> None:
        if session is not self.session or session.closed or self._watcher is not None:
            return  # switched or closed meanwhile
        from ui.window.change_watcher import ChangeWatcher

        self._watcher = ChangeWatcher(session)
        self._watcher.changed.connect(self._others_changed)
        self._watcher.start()

    def _stop_watching(self) -> None:
        watcher = getattr(self, "_watcher", None)
        if watcher is not None:
            watcher.stop()
            watcher.changed.disconnect(self._others_changed)
            self._watcher = None

    def _others_changed(self) -> None:
        """Another desk (or process) wrote: the balance and the page shown reload, keeping
        the selected rows and the scroll position."""
        if self._busy_finishing():
            return
        with kept_view_state(self.pages.currentWidget()):  # type: ignore[attr-defined]
            self.signals.data_changed.emit()

    @property
    def database_path(self) -> Path | None:
        """The SQLite file open now; None on a server."""
        return self.session.path

    def _update_title(self) -> None:
        path = self.session.path
        shown = without_password(self._opened_with) if path is None else path.name
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Credit Desk — %1").replace("%1", shown)
        )
        if not hasattr(self, "_database_label"):
            self._database_label = QLabel(objectName="databaseLabel")
            self.statusBar().addPermanentWidget(self._database_label)
        self._database_label.setText(without_password(self._opened_with))

    def _busy_finishing(self) -> bool:
        """Quitting or switching databases: the old session takes no new work or dialogs."""
        return self._finisher.active or self.session.closed

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = self.database_path.parent if self.database_path is not None else Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open database"),
            str(folder),
            QCoreApplication.translate(
                "MainWindow", "Credit Desk databases (*.sqlite3 *.db *.sqlite);;All files (*)"
            ),
        )
        if path:
            self.open_database_file(Path(path))

    def connect_to_server(self) -> None:
        """File → Connect to server…: the dialog tries the server; then the window switches."""
        if self._busy_finishing():
            return
        from ui.window.connect_server import ConnectServerDialog

        last = remembered_database()
        dialog = ConnectServerDialog(last if last and is_server_address(last) else None, self)
        if dialog.exec():
            self.open_database_file(dialog.address)

    def open_database_file(self, path: Path | str) -> bool:
        """Switch to another database (a file, or a server's address) once this one's tasks have
        ended (at once when none runs).

        The pages are built again on the new session. When it cannot be opened, say why and keep
        the current database. Returns whether the switch happened or is under way."""
        if self._busy_finishing():
            return False
        self._switch_to: Path | str | None = path
        self._close_dialogs()  # type: ignore[attr-defined]
        self._switched = False
        self._finisher.finish(self.workers, self._switch_now)
        return self._finisher.active or self._switched

    def _switch_now(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self._switch_to is not None and self._close_dialogs():  # type: ignore[attr-defined]
            # A dialog opened meanwhile (or its own event loop runs this call): its page must
            # outlive it, so switch on a later turn, once it has closed.
            QTimer.singleShot(0, self, self._switch_now)
            return
        target, self._switch_to = self._switch_to, None
        if target is None:
            return
        old = self._opened_with
        self._drop_session_objects()  # type: ignore[attr-defined]
        self.session.close()
        problem = None
        try:
            session = db.open_database(target)
            opened = str(target)
        except db.DatabaseOpenError as error:
            problem = error
            try:
                session = db.open_database(old)  # the current one again
                opened = old
            except db.DatabaseOpenError as again:  # gone meanwhile: nothing left to show
                QMessageBox.critical(
                    self,
                    QCoreApplication.translate("MainWindow", "Cannot open the database"),
                    translated(again),
                )
                self.close()
                return
        self._use_session(session, opened)  # type: ignore[attr-defined]
        self.show_page(self.sidebar.currentRow())  # type: ignore[attr-defined]
        self.balance_indicator.refresh()  # type: ignore[attr-defined]
        self._show_sending_state()  # type: ignore[attr-defined]
        if problem is not None:
            QMessageBox.critical(
                self,
                QCoreApplication.translate("MainWindow", "Cannot open the database"),
                translated(problem),
            )
        self._switched = problem is None

    def back_up_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if self._busy_finishing():
            return
        if self.database_path is None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Back up database"),
                QCoreApplication.translate(
                    "MainWindow", "A server database is backed up on the server (pg_dump)."
                ),
            )
            return
        suggested = self.database_path.with_name(f"{self.database_path.stem}-backup.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Back up database"),
            str(suggested),
            QCoreApplication.translate("MainWindow", "Credit Desk databases (*.sqlite3)"),
        )
        if not path:
            return
        try:
            self.session.backup(path)
        except OSError as error:
            QMessageBox.critical(
                self,
                QCoreApplication.translate("MainWindow", "Back-up failed"),
                QCoreApplication.translate(
                    "MainWindow", "The copy could not be written: %1"
                ).replace("%1", translated(error)),
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backed up to %1").replace("%1", path), 6000
        )
