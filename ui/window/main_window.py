"""The main window: sidebar of pages, toolbar with the balance, menus, remembered geometry.

It owns the database session it was built on and its tasks: closing the window or opening
another database finishes the tasks first, then closes the session (see TaskFinisher).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (  # QMessageBox, QFileDialog: where used (not for the first frame)
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from models.common import database as db
from models.ledger import entries as ledger
from models.settings import store as settings
from ui.common import garbage_collector
from ui.common.icons import app_icon, icon
from ui.common.page import Page
from ui.common.signals import AppSignals
from ui.common.translations import LANGUAGE_NAMES, save_language
from ui.common.worker import Workers
from ui.window.balance_indicator import BalanceIndicator
from ui.window.database_switch import DatabaseSwitching
from ui.window.page_registry import PAGES
from ui.window.task_finisher import TaskFinisher

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ui.outbox.sender import OutboxSender

# With all_pages=False (the app's start), the outbox sender (its policy, gateways and keyring
# load with it) and the change watcher (a thread and a connection) are made this long after the
# window was shown, not before the first frame.
BACKGROUND_AFTER_MS = 100
SERVICES = {"sender": "outbox_sender", "workers": "workers"}  # what pages take, by keyword


def read_balance() -> tuple[int, int | None]:
    """(balance, low-balance threshold or None when the warning is off), in micro-credits."""
    threshold = settings.get("balance.low_threshold")
    return ledger.balance(), None if threshold == "off" else int(threshold)


class MainWindow(DatabaseSwitching):
    def __init__(
        self,
        session: db.Session,
        locale: str = "en",
        all_pages: bool = True,
        opened_with: str | None = None,
    ) -> None:
        """Build the window on an open session, which it owns from now on (it closes it);
        `opened_with` is the address it was opened with (a server's with its password).

        With all_pages=False only the page shown first is built now, and `build_next_page()`
        builds the others (the app calls it once the window is shown)."""
        super().__init__()
        garbage_collector.install()  # before any worker thread starts
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.locale = locale
        self._finisher = TaskFinisher(self)
        self._switch_to: Path | str | None = None
        self._switched = False
        self._sender: OutboxSender | None = None
        self._background_after_ms = 0 if all_pages else BACKGROUND_AFTER_MS

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        for spec in PAGES:
            self.pages.addWidget(QWidget())  # replaced by the page when it is built
            QListWidgetItem(icon(spec.icon_name), spec.title(), self.sidebar)
        self._built: dict[int, Page] = {}
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 36)
        self.sidebar.currentRowChanged.connect(self.show_page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.balance_indicator = BalanceIndicator(read_balance, locale)
        self.balance_indicator.top_up_requested.connect(self.open_top_up)
        self._use_session(session, opened_with or str(session.path))
        self._build_toolbar()
        self._build_menus()
        self._restore_state()
        if all_pages:
            while self.build_next_page():
                pass

    def _use_session(self, session: db.Session, opened_with: str) -> None:
        """Work on this session: its tasks, its sender and its notifications; pages are built
        for it as they are shown. Whatever belonged to another session is gone by now."""
        self.session = session
        self.workers = Workers(session, self)
        self.signals = AppSignals(self)
        self._sender = None  # made when first needed, or soon after the window is shown
        self.signals.top_up_requested.connect(self.open_top_up)
        self.signals.top_up_credits_requested.connect(self.open_top_up)
        self.signals.balance_changed.connect(self.balance_indicator.refresh)
        self.signals.data_changed.connect(self.balance_indicator.refresh)
        self.signals.data_changed.connect(self._refresh_current_page)
        self.signals.page_requested.connect(self.show_page_named)
        self._start_watching(session, opened_with, self._background_after_ms)
        QTimer.singleShot(self._background_after_ms, self, self._send_what_waits)

    @property
    def outbox_sender(self) -> OutboxSender:
        """The session's sender, made on first use: it follows the outbox and the balance."""
        if self._sender is None:
            from ui.outbox.sender import OutboxSender

            self._sender = OutboxSender(self.signals, self.workers, self)
            self._sender.changed.connect(self._show_sending_state)
        return self._sender

    def _send_what_waits(self) -> None:
        if not (self._finisher.active or self.session.closed):
            self.outbox_sender.start_waiting_work()

    # -- building -----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.toggleViewAction().setEnabled(False)
        top_up = QAction(icon("top-up"), self.tr("Top up"), self)
        top_up.triggered.connect(self.open_top_up)
        toolbar.addAction(top_up)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.balance_indicator)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(file_menu, self.tr("&Top up…"), self.open_top_up, "Ctrl+T")
        file_menu.addSeparator()
        self._add_action(
            file_menu,
            self.tr("&Open database file…"),
            self.choose_database,
            QKeySequence.StandardKey.Open,
        )
        self._add_action(file_menu, self.tr("&Connect to server…"), self.connect_to_server)
        self._add_action(file_menu, self.tr("&Back up database…"), self.back_up_database)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._add_action(edit_menu, self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        self._add_action(
            edit_menu, self.tr("&BulkGate credentials…"), self.open_gateway_credentials
        )
        self._add_action(edit_menu, self.tr("E&xchange rates…"), self.open_exchange_rates)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, spec in enumerate(PAGES):
            self._add_action(
                view_menu,
                spec.title(),
                lambda _=False, row=index: self.sidebar.setCurrentRow(row),
                f"Ctrl+{index + 1}",
            )
        view_menu.addSeparator()
        self._build_language_menu(view_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("&About Credit Desk"), self.show_about)

    def _build_language_menu(self, view_menu) -> None:  # type: ignore[no-untyped-def]
        """View → Language: each language in its own name; the choice applies at the next start."""
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = language_menu.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == self.locale)
            group.addAction(action)
            action.triggered.connect(lambda _=False, code=code: self.choose_language(code))

    def _add_action(self, menu, text, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- pages --------------------------------------------------------------------------------

    def _ensure_page(self, row: int) -> Page:
        """The page of sidebar row `row`, built now if it was not yet."""
        page = self._built.get(row)
        if page is None:
            wanted = PAGES[row].services  # the sender is made only for the page that takes it
            services = {name: getattr(self, SERVICES[name]) for name in wanted}
            page = PAGES[row].build(self.signals, services)
            placeholder = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = page
        return page

    def build_next_page(self) -> bool:
        """Build one page not built yet; False when all are."""
        if self._finisher.active or self.session.closed:
            return False
        for row in range(len(PAGES)):
            if row not in self._built:
                self._ensure_page(row)
                return True
        return False

    def _drop_session_objects(self) -> None:
        """Take the pages, sender and notifications of the session that ends out of the window;
        they are deleted soon and nothing reaches them before (their tasks have ended)."""
        self._stop_watching()
        for row, page in sorted(self._built.items()):
            self.pages.insertWidget(row, QWidget())
            self.pages.removeWidget(page)
            shiboken6.delete(page)  # now: a timer of its own must not fire on the next session
        self._built = {}
        if self._sender is not None and shiboken6.isValid(self._sender):
            shiboken6.delete(self._sender)
        self._sender = None
        self.signals.blockSignals(True)
        for owned in (self.signals, self.workers):  # they may be on the stack (idle → here)
            owned.deleteLater()

    def show_page(self, row: int) -> None:
        if self._finisher.active or self.session.closed:
            return
        self._ensure_page(row)
        self.pages.setCurrentIndex(row)
        self._refresh_current_page()

    def show_page_named(self, object_name: str) -> None:
        for index, spec in enumerate(PAGES):
            if spec.object_name == object_name:
                self.sidebar.setCurrentRow(index)

    def _show_sending_state(self) -> None:
        """The balance tells when sending waits for credit or stopped for another reason."""
        from models.outbox import queue as outbox
        from ui.outbox import sender as sending

        sender = self.outbox_sender
        if sender.state == sending.WAITING_FOR_CREDIT:
            waiting = outbox.summary().queued
            self.balance_indicator.set_notice(
                self.tr(
                    "Sending stopped: the balance cannot pay the next message. %1 messages wait "
                    "in the outbox; top up to send them."
                ).replace("%1", str(waiting))
            )
        elif sender.state == sending.PROBLEM:
            self.balance_indicator.set_notice(
                self.tr("Sending stopped: %1").replace("%1", sender.problem)
            )
        else:
            self.balance_indicator.set_notice(None)

    def page(self, object_name: str) -> Page:
        for index, spec in enumerate(PAGES):
            if spec.object_name == object_name:
                return self._ensure_page(index)
        raise KeyError(object_name)

    def _refresh_current_page(self) -> None:
        current = self.pages.currentWidget()
        if isinstance(current, Page):
            current.refresh()

    # -- actions ------------------------------------------------------------------------------

    def open_top_up(self, prefill_credits: object = None) -> None:
        if self._busy_finishing():
            return
        # QAction.triggered passes a bool; only a real amount pre-fills the dialog.
        wanted = isinstance(prefill_credits, int) and not isinstance(prefill_credits, bool)
        credits = prefill_credits if wanted else None
        from ui.payments.top_up import TopUpDialog  # dialogs load when first used, not at start-up

        TopUpDialog(self.signals, self.workers, credits, self).exec()

    def open_settings(self, area: object = None) -> None:
        if self._busy_finishing():
            return
        from ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.signals, self)
        if isinstance(area, str):
            dialog.open_area(area)
        dialog.exec()

    def open_gateway_credentials(self) -> None:
        if self._busy_finishing():
            return
        from ui.settings.gateway_credentials import GatewayCredentialsDialog

        if GatewayCredentialsDialog(self).exec():
            self.statusBar().showMessage(
                self.tr("BulkGate credentials stored in the system keyring."), 6000
            )

    def open_exchange_rates(self) -> None:
        from ui.invoices.exchange_rates import ExchangeRatesDialog

        ExchangeRatesDialog(self.workers, self).exec()

    def choose_language(self, language: str) -> None:
        """Remember the language for the next start; the window keeps its language until then."""
        save_language(language)
        if language != self.locale:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("The language changes when you restart Credit Desk."),
            )

    def show_about(self) -> None:
        from ui.window.about_dialog import AboutDialog

        AboutDialog(self.database_path or self.session.address, self).exec()

    # -- state --------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        state = QSettings()
        geometry = state.value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        last_page = int(state.value("mainWindow/lastPage", 0))
        self.sidebar.setCurrentRow(last_page if 0 <= last_page < self.pages.count() else 0)

    def _close_dialogs(self) -> bool:
        """Dismiss open dialogs (as Cancel would): their tasks are cancelled, their loops end.
        Returns whether any was open."""
        from PySide6.QtWidgets import QDialog

        found = [dialog for dialog in self.findChildren(QDialog) if dialog.isVisible()]
        for dialog in found:
            dialog.reject()
        return bool(found)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Close once every task has ended (cancelled, or its charge finished), then the session."""
        if self.session.closed:
            super().closeEvent(event)
            return
        if self._finisher.active:  # already finishing: this close waits for that one
            self._switch_to = None
            event.ignore()
            self._finisher.finish(self.workers, self._close_soon)
            return
        state = QSettings()
        state.setValue("mainWindow/geometry", self.saveGeometry())
        state.setValue("mainWindow/lastPage", self.sidebar.currentRow())
        # A dialog's own event loop may be running this very call: close only once it has ended.
        if self._close_dialogs() or self.workers.count:
            event.ignore()
            self._finisher.finish(self.workers, self._close_soon)
            return
        self.shut_down()
        super().closeEvent(event)

    def _close_soon(self) -> None:
        QTimer.singleShot(0, self, self.close)

    def shut_down(self) -> None:
        """Cancel and wait for every task (blocking), then close the session (idempotent).

        The window's close does this without blocking; run_gui calls it after the event loop,
        in case the loop ended another way."""
        if self.session.closed:
            return
        self.workers.finish()
        self.workers.wait()
        self._drop_session_objects()
        self.session.close()
