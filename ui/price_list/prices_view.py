"""The prices tab: the list's name and date, search as you type, and the table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.common.formatting import count_text, datetime_text
from models.pricing.price_list import PriceListInfo
from ui.common.page import EmptyState
from ui.price_list.prices_model import PriceListModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar


class PricesView(QWidget):
    def __init__(self, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._currency, self._per_credit = "EUR", 100
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        top = QHBoxLayout()
        texts = QVBoxLayout()
        self.info = QLabel()
        self.info.setObjectName("priceListInfo")
        self.info.setWordWrap(True)
        self.sample_note = QLabel(
            self.tr(
                "This is the sample price list that comes with Credit Desk: its prices are "
                "illustrative. Import your provider's price list (CSV) to replace it."
            )
        )
        self.sample_note.setObjectName("sampleNote")
        self.sample_note.setWordWrap(True)
        texts.addWidget(self.info)
        texts.addWidget(self.sample_note)
        top.addLayout(texts, 1)
        self.search = QLineEdit()
        self.search.setObjectName("priceSearch")
        self.search.setPlaceholderText(self.tr("Search country, operator or dialling code"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        top.addWidget(self.search, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)

        self.model = PriceListModel(locale, self)
        self.table = QTableView()
        self.table.setObjectName("priceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 90, 200, 110, 90, 110, 110)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        # The table first; what shows when nothing matches or while the sample list loads is made
        # when first needed (not at start-up).
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self._no_match: EmptyState | None = None
        self._loading: tuple[QWidget, QProgressBar] | None = None
        layout.addWidget(self.stack, 1)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._debounce.start)

    @property
    def no_match(self) -> EmptyState:
        if self._no_match is None:
            self._no_match = EmptyState("empty", self.tr("No prices match"), "")
            self._no_match.setObjectName("noMatchState")
            self.stack.addWidget(self._no_match)
        return self._no_match

    def show_loading(self, done: int = 0, total: int = 0) -> None:
        if self._loading is None:
            from PySide6.QtWidgets import QProgressBar  # not made before the first frame

            loading = QWidget()
            loading.setObjectName("loadingState")
            loading_layout = QVBoxLayout(loading)
            loading_layout.addStretch()
            text = QLabel(self.tr("Loading the sample price list…"))
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            bar = QProgressBar()
            bar.setMaximumWidth(360)
            loading_layout.addWidget(text)
            loading_layout.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
            loading_layout.addStretch()
            self.stack.addWidget(loading)
            self._loading = loading, bar
        loading, bar = self._loading
        bar.setRange(0, max(total, 1) if total else 0)
        bar.setValue(done)
        self.stack.setCurrentWidget(loading)

    def show_list(self, info: PriceListInfo, currency: str, per_credit: int) -> None:
        """Show the list in force (the first page of rows; more load as the table scrolls)."""
        self._currency, self._per_credit = currency, per_credit
        when = datetime_text(info.imported_at, self._locale)
        name = self.tr("Sample price list") if info.is_sample else info.name
        self.info.setText(
            self.tr("<b>%1</b> · imported %2 · %3 prices in %4 countries")
            .replace("%1", name)
            .replace("%2", when)
            .replace("%3", count_text(info.price_count, self._locale))
            .replace("%4", str(info.country_count))
        )
        self.sample_note.setVisible(info.is_sample)
        self.apply_search()

    def apply_search(self) -> None:
        self._debounce.stop()
        text = self.search.text()
        self.model.reload(text, self._currency, self._per_credit)
        if self.model.rowCount() == 0:
            for label in self.no_match.findChildren(QLabel):
                if label.wordWrap():
                    label.setText(
                        self.tr(
                            "Nothing in the price list matches “%1”. Search by country "
                            "name or code, operator, or dialling code such as +420."
                        ).replace("%1", text)
                    )
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)
            self.table.scrollToTop()
