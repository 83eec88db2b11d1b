"""The body of the Transactions page: filters, the entries or their chart, and the totals.

Built when the page is first shown, so none of it costs anything at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.ledger import query as ledger_query
from models.ledger.groups import Group
from models.ledger.query import EntryRow, LedgerFilter
from ui.common.formatting import local_date
from ui.common.worker import Workers
from ui.transactions.filter_bar import FilterBar
from ui.transactions.groups_model import GroupsModel
from ui.transactions.groups_table import GroupsTable
from ui.transactions.ledger_model import LedgerModel
from ui.transactions.ledger_table import LedgerTable
from ui.transactions.totals_bar import TotalsBar

if TYPE_CHECKING:
    from ui.transactions.spending_chart import SpendingChart

ENTRIES_TAB, CHART_TAB = range(2)


class LedgerPanel(QWidget):
    """Signals:
    entry_activated(object): the user opened an EntryRow (double click, Enter, menu).
    has_rows(bool): whether there is anything to export.
    """

    entry_activated = Signal(object)
    has_rows = Signal(bool)

    def __init__(self, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workers = workers
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filter)
        layout.addWidget(self.filters)
        self.every_entry = QCheckBox(self.tr("Every entry"))
        self.every_entry.setObjectName("everyEntryToggle")
        self.every_entry.setToolTip(
            self.tr("List every message charge, instead of one row per campaign and day")
        )
        self.every_entry.setChecked(QSettings().value("transactions/every_entry", False, bool))
        self.every_entry.toggled.connect(self._every_entry_toggled)
        filters_layout = self.filters.layout()
        assert filters_layout is not None
        filters_layout.addWidget(self.every_entry)
        layout.addWidget(self._build_group_bar())
        self._opened: Group | None = None  # the campaign group whose messages are listed

        self.model = LedgerModel(workers, parent=self)
        self.table = LedgerTable(self.model)
        self.table.entry_activated.connect(self.entry_activated)
        self.model.rows_arrived.connect(self._rows_arrived)
        self.groups_model = GroupsModel(workers, parent=self)
        self.groups_table = GroupsTable(self.groups_model)
        self.groups_table.entry_activated.connect(self.entry_activated)
        self.groups_table.group_opened.connect(self.open_group)
        self.groups_model.rows_arrived.connect(self._rows_arrived)
        self.entries = QStackedWidget()
        self.entries.addWidget(self.table)
        self.entries.addWidget(self._build_no_match())
        self.entries.addWidget(self.groups_table)

        self.chart_tab = QWidget()  # the chart (QtCharts) is built when first shown
        QVBoxLayout(self.chart_tab).setContentsMargins(0, 0, 0, 0)
        self._chart: SpendingChart | None = None
        self._chart_stale = True
        self.tabs = QTabWidget()
        self.tabs.setObjectName("transactionsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.entries, self.tr("Entries"))
        self.tabs.addTab(self.chart_tab, self.tr("Chart"))
        self.tabs.setCurrentIndex(int(QSettings().value("transactions/tab", ENTRIES_TAB)) % 2)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        self.totals = TotalsBar()
        self.model.totals_changed.connect(self._totals_changed)
        layout.addWidget(self.totals)

    def _build_no_match(self) -> QWidget:
        self.no_match = QWidget()
        self.no_match.setObjectName("noMatch")
        layout = QVBoxLayout(self.no_match)
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
        layout.addStretch()
        layout.addWidget(self.no_match_message)
        layout.addLayout(row)
        layout.addStretch()
        return self.no_match

    def _build_group_bar(self) -> QWidget:
        """Above the messages of one campaign's day: what they are, and the way back."""
        self.group_bar = QWidget()
        self.group_bar.setObjectName("groupBar")
        row = QHBoxLayout(self.group_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.group_label = QLabel()
        self.group_label.setObjectName("groupLabel")
        self.back_button = QPushButton(self.tr("Back to campaigns"))
        self.back_button.setObjectName("backToGroupsButton")
        self.back_button.clicked.connect(self.close_group)
        row.addWidget(self.group_label, 1)
        row.addWidget(self.back_button)
        self.group_bar.hide()
        return self.group_bar

    # -- grouping -----------------------------------------------------------------------------

    @property
    def grouped(self) -> bool:
        """One row per campaign and day (the default), not every entry."""
        return not self.every_entry.isChecked() and self._opened is None

    def current_filter(self) -> LedgerFilter:
        """The filter bar's filter, narrowed to the opened group's messages."""
        base = self.filters.ledger_filter()
        return base if self._opened is None else self._opened.entries_filter(base)

    def open_group(self, group: Group) -> None:
        """List each message charge of a campaign's group, with the way back above them."""
        self._opened = group
        self.group_label.setText(
            self.tr("%1 on %2: %Ln message(s)", "", min(group.count, 2**31 - 1))
            .replace("%1", group.campaign)
            .replace("%2", local_date(group.day))
        )
        self.group_bar.show()
        self.apply_filter()

    def close_group(self) -> None:
        self._opened = None
        self.group_bar.hide()
        self.apply_filter()

    def _every_entry_toggled(self, checked: bool) -> None:
        QSettings().setValue("transactions/every_entry", checked)
        self._opened = None
        self.group_bar.hide()
        if self.model.view is not None:
            self.apply_filter()

    # -- loading ------------------------------------------------------------------------------

    def is_current(self) -> bool:
        """Shows the ledger as it is now, with the filter as it is today."""
        same_filter = self.model.filter == self.current_filter()  # e.g. a new "today"
        return same_filter and self.model.is_current()

    def load(self) -> None:
        """Show the ledger as it is now, keeping the place in the list (the panel lives as
        long as its database session: another database gets a new page)."""
        keep = self.model.view is not None
        selected = self.table.selected_entry() if keep else None
        scrolled = self.table.verticalScrollBar().value() if keep else 0
        old_upto = self.model.view.upto_id if self.model.view is not None else 0
        self.model.set_filter(self.current_filter())
        if self.grouped and self.model.view is not None:
            self.groups_model.reload(self.model.view)
        self._show_rows_or_none(self.model.rowCount() > 0)
        if selected is not None:
            self._reselect(selected, scrolled, old_upto)
        else:
            self.table.scrollToTop()
        self._chart_stale = True
        if self.tabs.currentIndex() == CHART_TAB:
            self._update_chart()

    def apply_filter(self) -> None:
        if self._opened is not None and self.sender() is self.filters:
            self._opened = None  # another filter: back to the groups it chooses
            self.group_bar.hide()
        self.table.clearSelection()
        self.groups_table.clearSelection()
        self.groups_table.verticalScrollBar().setValue(0)
        self.table.verticalScrollBar().setValue(0)
        self.load()

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

    def _rows_arrived(self) -> None:
        self._show_rows_or_none(self.model.rowCount() > 0)

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
        shown = self.groups_table if self.grouped else self.table
        self.entries.setCurrentWidget(shown if any_rows else self.no_match)
        self.has_rows.emit(any_rows)

    # -- chart --------------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        QSettings().setValue("transactions/tab", index)
        if index == CHART_TAB and self._chart_stale:
            self._update_chart()

    @property
    def chart(self) -> SpendingChart:
        if self._chart is None:
            from ui.transactions.spending_chart import SpendingChart

            self._chart = SpendingChart(self._workers)
            layout = self.chart_tab.layout()
            assert layout is not None
            layout.addWidget(self._chart)
        return self._chart

    def _update_chart(self) -> None:
        first, last = self.filters.period_days()
        self.chart.show_filter(self.filters.ledger_filter(), first, last)
        self._chart_stale = False

    # -- background work ----------------------------------------------------------------------

    def wait_for_background(self) -> None:
        """Let totals, anchors and the chart arrive (tests)."""
        self.model.wait_for_background()
        self.model.wait_for_background()
        self.groups_model.wait_for_background()
        if self._chart is not None:
            self._chart.wait()

    def shutdown(self) -> None:
        self.model.shutdown()
        self.groups_model.shutdown()
        if self._chart is not None:
            self._chart.shutdown()
