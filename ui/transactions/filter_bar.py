"""The Transactions filters: a period (named or from–to dates), a kind, and a search text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSettings, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from models.ledger import entries as ledger
from models.ledger import periods as ledger_periods
from models.ledger.query import LedgerFilter
from ui.common.formatting import short_date_format
from ui.transactions.ledger_text import kind_text

SEARCH_PAUSE_MS = 300


class FilterBar(QWidget):
    """Signals:
    changed(): the filter changed (typing reports after a short pause).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.period = QComboBox()
        self.period.setObjectName("periodFilter")
        for text, key in (
            (self.tr("All time"), ledger_periods.ALL_TIME),
            (self.tr("Today"), ledger_periods.TODAY),
            (self.tr("This month"), ledger_periods.THIS_MONTH),
            (self.tr("Last month"), ledger_periods.LAST_MONTH),
            (self.tr("This year"), ledger_periods.THIS_YEAR),
            (self.tr("From – to…"), ledger_periods.CUSTOM),
        ):
            self.period.addItem(text, key)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.setToolTip(self.tr("Which days to show (in your time zone)"))
        today = QDate.currentDate()
        self.from_date = self._date_edit("fromDate", QDate(today.year(), today.month(), 1))
        self.to_date = self._date_edit("toDate", today)
        self.dash = QLabel("–")

        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ledger.KINDS:
            self.kind.addItem(kind_text(kind), kind)

        self.search = QLineEdit()
        self.search.setObjectName("searchFilter")
        self.search.setPlaceholderText(self.tr("Search description or reference"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(200)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.changed)

        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.period)
        layout.addWidget(period_label)
        layout.addWidget(self.period)
        layout.addWidget(self.from_date)
        layout.addWidget(self.dash)
        layout.addWidget(self.to_date)
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind)
        layout.addSpacing(8)
        layout.addWidget(kind_label)
        layout.addWidget(self.kind)
        layout.addSpacing(8)
        layout.addWidget(self.search, 1)

        self._restore()
        self._show_dates()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.from_date.dateChanged.connect(self._dates_changed)
        self.to_date.dateChanged.connect(self._dates_changed)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.search.returnPressed.connect(self.flush)

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(short_date_format())
        return edit

    # -- reading --------------------------------------------------------------------------------

    def period_key(self) -> str:
        return str(self.period.currentData())

    def period_days(self) -> tuple[date | None, date | None]:
        """The first and last local day of the chosen period (None, None for all time)."""
        custom = (self.from_date.date().toPython(), self.to_date.date().toPython())
        return ledger_periods.period_dates(self.period_key(), date.today(), custom)

    def ledger_filter(self) -> LedgerFilter:
        first, last = self.period_days()
        return ledger_periods.period_filter(
            first, last, self.kind.currentData(), self.search.text().strip()
        )

    def is_filtered(self) -> bool:
        return not self.ledger_filter().is_everything

    # -- changing -------------------------------------------------------------------------------

    def flush(self) -> None:
        """Apply a typed search now, without waiting for the pause."""
        if self._pause.isActive():
            self._pause.stop()
            self.changed.emit()

    def clear(self) -> None:
        """Show everything again."""
        for widget in (self.period, self.kind, self.search):
            widget.blockSignals(True)
        self.period.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.search.clear()
        for widget in (self.period, self.kind, self.search):
            widget.blockSignals(False)
        self._pause.stop()
        self._show_dates()
        self._save()
        self.changed.emit()

    def _period_changed(self) -> None:
        self._show_dates()
        self._save()
        self.changed.emit()

    def _kind_changed(self) -> None:
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.period_key() == ledger_periods.CUSTOM:
            self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.period_key() == ledger_periods.CUSTOM
        for widget in (self.from_date, self.dash, self.to_date):
            widget.setVisible(custom)

    def _save(self) -> None:
        """Remember the period (a kind or a search would hide entries next time, so not those)."""
        QSettings().setValue("transactions/period", self.period_key())

    def _restore(self) -> None:
        period = self.period.findData(QSettings().value("transactions/period", ""))
        if period >= 0:
            self.period.setCurrentIndex(period)
