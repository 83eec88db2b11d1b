"""Transactions page: every ledger entry, newest first; filters, totals, a chart, CSV and PDF exports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import ledger_periods, ledger_query, payments
from models.db import database
from models.ledger_query import EntryRow
from ui.dialogs.entry_details import EntryDetailsDialog, reference_parts
from ui.pages.page import EmptyState, Page
from ui.signals import AppSignals
from ui.tables.ledger_model import LedgerModel
from ui.transactions.exports import Exports
from ui.transactions.filter_bar import FilterBar
from ui.transactions.ledger_table import LedgerTable
from ui.transactions.spending_chart import SpendingChart
from ui.transactions.totals_bar import TotalsBar

ENTRIES_TAB, CHART_TAB = range(2)


class TransactionsPage(Page):
    icon_name = "transactions"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.setObjectName("transactionsPage")
        self.export_button = self.add_action_button(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportCsvButton")
        self.export_button.setToolTip(self.tr("Save the entries shown, as filtered, to a CSV file"))
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.statement_button = self.add_action_button(self.tr("Statement (PDF)…"))
        self.statement_button.setObjectName("statementButton")
        self.statement_button.setToolTip(
            self.tr("A statement of the chosen period: opening balance, entries, closing balance")
        )
        self.statement_button.clicked.connect(lambda: self.export_statement())

        self.empty = EmptyState(
            self.icon_name,
            self.tr("No transactions yet"),
            self.tr(
                "Every change of your credit balance will be listed here: top-ups in, messages out."
            ),
            self.tr("Top up"),
        )
        assert self.empty.action_button is not None
        self.empty.action_button.clicked.connect(signals.top_up_requested)
        self.body.addWidget(self.empty)
        self.body.addWidget(self._build_content())

        self.exports = Exports(self)
        self.exports.saved.connect(self.totals.show_notice)
        self._database: object = None
        self._chart_stale = True
        # While messages are being sent the ledger changes many times a second: reload at most
        # twice a second, not on every entry.
        self._changed = QTimer(self)
        self._changed.setSingleShot(True)
        self._changed.setInterval(500)
        self._changed.timeout.connect(self._ledger_changed)
        signals.balance_changed.connect(self._changed_soon)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        layout.addWidget(self.filters)

        self.model = LedgerModel(parent=self)
        self.table = LedgerTable(self.model)
        self.table.entry_activated.connect(self.open_entry)
        self.model.rows_arrived.connect(lambda: self._show_rows_or_none(self.model.rowCount() > 0))
        self.no_match = QWidget()
        self.no_match.setObjectName("noMatch")
        no_match_layout = QVBoxLayout(self.no_match)
        self.no_match_message = QLabel()
        self.no_match_message.setObjectName("noMatchMessage")
        self.no_match_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton(self.tr("Show all entries"))
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.clicked.connect(self.filters.clear)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.clear_button)
        row.addStretch()
        no_match_layout.addStretch()
        no_match_layout.addWidget(self.no_match_message)
        no_match_layout.addLayout(row)
        no_match_layout.addStretch()
        self.entries = QStackedWidget()
        self.entries.addWidget(self.table)
        self.entries.addWidget(self.no_match)

        self.chart = SpendingChart()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("transactionsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.entries, self.tr("Entries"))
        self.tabs.addTab(self.chart, self.tr("Chart"))
        self.tabs.setCurrentIndex(int(QSettings().value("transactions/tab", ENTRIES_TAB)) % 2)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self.totals = TotalsBar()
        self.model.totals_changed.connect(self._totals_changed)
        layout.addWidget(self.totals)
        return content

    def title(self) -> str:
        return self.tr("Transactions")

    def explanation(self) -> str:
        return self.tr("Where your credits came from and where they went.")

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the ledger as it is now, keeping the filters and the place in the list."""
        same_filter = self.model.filter == self.filters.ledger_filter()  # e.g. a new "today"
        if self._database is database.obj and same_filter and self.model.is_current():
            return
        entries = ledger_query.snapshot()[1]
        if entries == 0 and not self.filters.is_filtered():
            self.body.setCurrentWidget(self.empty)
            self.model.set_filter(self.filters.ledger_filter())
            self._database = database.obj
            return
        self.body.setCurrentIndex(1)
        keep = self._database is database.obj
        self._load(keep_place=keep)
        self._database = database.obj

    def apply_filter(self) -> None:
        self._load(keep_place=False)

    def _load(self, keep_place: bool) -> None:
        selected = self.table.selected_entry() if keep_place else None
        scrolled = self.table.verticalScrollBar().value() if keep_place else 0
        old_upto = self.model.view.upto_id if self.model.view is not None else 0
        self.model.set_filter(self.filters.ledger_filter())
        self._show_rows_or_none(self.model.rowCount() > 0)
        if selected is not None:
            self._reselect(selected, scrolled, old_upto)
        else:
            self.table.scrollToTop()
        self._chart_stale = True
        if self.tabs.currentIndex() == CHART_TAB:
            self._update_chart()

    def _reselect(self, selected: EntryRow, scrolled: int, old_upto: int) -> None:
        """Select the same entry again: entries appended since can only have moved it down."""
        assert self.model.view is not None
        grown = min(self.model.view.upto_id - old_upto, 500)
        bar = self.table.verticalScrollBar()
        for row in range(scrolled, min(scrolled + grown + 400, self.model.rowCount())):
            found = self.model.entry(row)
            if found is not None and found.id == selected.id:
                self.table.selectRow(row)
                bar.setValue(scrolled + min(grown, row - scrolled))
                return
        bar.setValue(scrolled)

    def _changed_soon(self) -> None:
        if not self._changed.isActive():
            self._changed.start()

    def _ledger_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _totals_changed(self, totals: ledger_query.Totals | None) -> None:
        self.totals.set_totals(totals)
        if totals is not None:
            self._show_rows_or_none(totals.count > 0)

    def _show_rows_or_none(self, any_rows: bool) -> None:
        searching = self.model.searching
        self.no_match_message.setText(
            self.tr("Searching…") if searching else self.tr("No entries match these filters.")
        )
        self.clear_button.setVisible(not searching)
        self.entries.setCurrentWidget(self.table if any_rows else self.no_match)
        self.export_button.setEnabled(any_rows)

    def _tab_changed(self, index: int) -> None:
        QSettings().setValue("transactions/tab", index)
        if index == CHART_TAB and self._chart_stale:
            self._update_chart()

    def _update_chart(self) -> None:
        first, last = self.filters.period_days()
        self.chart.show_filter(self.filters.ledger_filter(), first, last)
        self._chart_stale = False

    def wait_for_background(self) -> None:
        """Let totals, anchors and the chart arrive (tests)."""
        self.model.wait_for_background()
        self.model.wait_for_background()
        self.chart.wait()

    def shutdown(self) -> None:
        self.exports.wait()
        self.model.shutdown()
        self.chart.shutdown()

    # -- actions ------------------------------------------------------------------------------

    def open_entry(self, entry: EntryRow) -> None:
        """Show what the entry's reference points to: a payment's details, or what is known."""
        kind, key = reference_parts(entry.reference)
        note = ""
        if kind == "payment" and key.isdigit():
            from ui.dialogs.payment_details import PaymentDetailsDialog

            payment = payments.Payment.get_or_none(payments.Payment.id == int(key))
            if payment is not None:
                self._show(PaymentDetailsDialog(payment, self))
                return
            note = self.tr("Payment %1 is not in this database.").replace("%1", key)
        self._show(EntryDetailsDialog(entry, note, self))

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    def export_csv(self, path=None) -> None:  # type: ignore[no-untyped-def]
        view = self.model.view
        if view is None:
            return
        totals = self.model.totals()
        self.exports.export_csv(view, None if totals is None else totals.count, path)

    def export_statement(self, path=None) -> None:  # type: ignore[no-untyped-def]
        first, last = self.filters.period_days()
        if first is None or last is None:
            days = ledger_periods.ledger_days()
            first, last = days if days else (date.today(), date.today())
        self.exports.export_statement(first, min(last, max(date.today(), first)), path)
