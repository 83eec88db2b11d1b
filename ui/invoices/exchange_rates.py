"""Edit → Exchange rates…: the rates to CZK kept for EUR tax documents; import, fetch, enter."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.common.progress import CancelCheck, Progress
from models.invoicing import cnb_rates, exchange_rates
from models.settings import store as settings
from ui.common.formatting import error_style, language, local_date
from ui.common.messages import translated
from ui.common.rows_model import RowsTableModel
from ui.common.views import make_table, sorted_proxy
from ui.common.worker import Workers

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "HUF", "JPY")


class RatesModel(RowsTableModel[exchange_rates.ExchangeRate]):
    VALID_FROM, VALID_TO, CURRENCY, AMOUNT, RATE, SOURCE = range(6)
    AMOUNT_COLUMNS = (AMOUNT, RATE)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Valid from"),
            self.tr("Valid to"),
            self.tr("Currency"),
            self.tr("Amount"),
            self.tr("Rate (CZK)"),
            self.tr("Source"),
        )

    def source_text(self, source: str) -> str:
        return {
            exchange_rates.CNB: self.tr("Czech National Bank"),
            exchange_rates.MANUAL: self.tr("Entered for the day"),
            exchange_rates.FIXED: self.tr("Fixed for the period"),
        }.get(source, source)

    def display(self, row: exchange_rates.ExchangeRate, column: int) -> str:
        if column == self.VALID_FROM:
            return local_date(row.valid_from)
        if column == self.VALID_TO:
            return local_date(row.valid_to)
        if column == self.CURRENCY:
            return str(row.currency)
        if column == self.AMOUNT:
            return str(row.amount)
        if column == self.RATE:
            return str(row.rate).replace(".", ",") if language() == "cs" else str(row.rate)
        return self.source_text(row.source)

    def key(self, row: exchange_rates.ExchangeRate, column: int) -> object:
        keys: tuple[Any, ...] = (
            row.valid_from,
            row.valid_to,
            row.currency,
            row.amount,
            row.rate,
            row.source,
        )
        return keys[column]


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class ExchangeRatesDialog(QDialog):
    """The stored rates, newest first, and the three ways to add one."""

    def __init__(self, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeRatesDialog")
        self.setWindowTitle(self.tr("Exchange rates"))
        self._workers = workers
        intro = QLabel(
            self.tr(
                "Tax invoices and credit notes in EUR also state their base and VAT in CZK, at "
                "your fixed rate for the period, else the Czech National Bank's rate valid on "
                "the date of taxable supply, else a rate entered for that day. Without one, a "
                "EUR payment is not confirmed."
            )
        )
        intro.setWordWrap(True)
        self.model = RatesModel()
        self.table = make_table(sorted_proxy(self.model), "exchangeRatesTable")
        self.table.sortByColumn(RatesModel.VALID_FROM, Qt.SortOrder.DescendingOrder)
        self.status = QLabel()
        self.status.setObjectName("exchangeRatesStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._cnb_row())
        layout.addWidget(self._entry_box())
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.refresh()

    def _cnb_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import CNB file…"))
        self.import_button.setObjectName("importRatesButton")
        self.import_button.clicked.connect(lambda: self.import_file())
        self.fetch_date = QDateEdit(QDate.currentDate())
        self.fetch_date.setObjectName("fetchRatesDate")
        self.fetch_date.setCalendarPopup(True)
        self.fetch_date.setMaximumDate(QDate.currentDate())
        self.fetch_button = QPushButton(self.tr("Fetch from the CNB"))
        self.fetch_button.setObjectName("fetchRatesButton")
        self.fetch_button.setToolTip(self.tr("Download the rates valid on the chosen day"))
        self.fetch_button.clicked.connect(self.fetch)
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Rates of")))
        row.addWidget(self.fetch_date)
        row.addWidget(self.fetch_button)
        return row

    def _entry_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Enter a rate"))
        form = QFormLayout(box)
        self.currency = QComboBox()
        self.currency.setObjectName("rateCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.rate = QLineEdit()
        self.rate.setObjectName("rateValue")
        self.rate.setPlaceholderText(self.tr("CZK for 1 unit, e.g. 25.085"))
        self.first_day = QDateEdit(QDate.currentDate())
        self.first_day.setObjectName("rateFirstDay")
        self.first_day.setCalendarPopup(True)
        self.fixed = QCheckBox(self.tr("Fixed for a period, until"))
        self.fixed.setObjectName("rateFixed")
        self.last_day = QDateEdit(QDate.currentDate())
        self.last_day.setObjectName("rateLastDay")
        self.last_day.setCalendarPopup(True)
        self.last_day.setEnabled(False)
        self.fixed.toggled.connect(self.last_day.setEnabled)
        period = QHBoxLayout()
        period.addWidget(self.fixed)
        period.addWidget(self.last_day, 1)
        self.save_button = QPushButton(self.tr("Save rate"))
        self.save_button.setObjectName("saveRateButton")
        self.save_button.clicked.connect(self.save_rate)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Rate"), self.rate)
        form.addRow(self.tr("Day"), self.first_day)
        form.addRow("", period)
        form.addRow("", self.save_button)
        return box

    def refresh(self) -> None:
        self.model.set_rows(exchange_rates.list_rates())
        self.table.resizeColumnsToContents()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(error_style() if error else "")
        self.status.setText(text)

    def _stored(self, result: cnb_rates.Imported) -> None:
        self.refresh()
        self._say(
            self.tr(
                "Stored %n rate(s) of the Czech National Bank of %1.", "", result.count
            ).replace("%1", local_date(result.published))
        )

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            state = QSettings()
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import CNB rates"),
                str(state.value("rates/folder", str(Path.home()))),
                self.tr("CNB rate files (*.txt);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
            state.setValue("rates/folder", str(path.parent))
        try:
            self._stored(cnb_rates.import_file(path, date.today()))
        except exchange_rates.RateError as error:
            self._say(translated(error), error=True)

    def fetch(self) -> None:
        """Download in the background (up to a few seconds when the network is slow)."""
        day, url = _day(self.fetch_date), settings.get("rates.cnb_url")

        def work(progress: Progress, cancelled: CancelCheck) -> cnb_rates.Imported:
            return cnb_rates.fetch(url, day, date.today())

        self.fetch_button.setEnabled(False)
        self._say(self.tr("Fetching the rates from the Czech National Bank…"))
        task = self._workers.start(work, "fetch exchange rates")
        task.succeeded.connect(self._fetched)
        task.failed.connect(self._fetch_failed)
        task.cancelled.connect(lambda: self.fetch_button.setEnabled(True))

    def _fetched(self, result: cnb_rates.Imported) -> None:
        self.fetch_button.setEnabled(True)
        self._stored(result)

    def _fetch_failed(self, error: BaseException) -> None:
        self.fetch_button.setEnabled(True)
        self._say(translated(error), error=True)

    def save_rate(self) -> None:
        currency, rate = self.currency.currentText(), self.rate.text()
        first = _day(self.first_day)
        try:
            if self.fixed.isChecked():
                exchange_rates.set_fixed(currency, rate, first, _day(self.last_day))
            else:
                exchange_rates.set_manual(currency, rate, first)
        except exchange_rates.RateError as error:
            self._say(translated(error), error=True)
            return
        self.refresh()
        self.rate.clear()
        self._say(self.tr("The rate is saved."))
