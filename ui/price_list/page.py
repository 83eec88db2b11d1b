"""Price list page: prices per country and operator, the campaign cost calculator, Top up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QScrollArea, QTabWidget, QWidget

from models.common.progress import CancelCheck, Progress
from models.pricing import price_list
from models.pricing.price_list import PriceListInfo
from models.settings import store as settings
from ui.common.formatting import language
from ui.common.messages import translated
from ui.common.page import Page
from ui.common.signals import AppSignals
from ui.common.worker import Task, Work, Workers
from ui.price_list.prices_view import PricesView

if TYPE_CHECKING:
    from ui.price_list.calculator import Calculator


class PriceListPage(Page):
    icon_name = "price-list"

    def __init__(
        self,
        signals: AppSignals,
        workers: Workers,
        parent: QWidget | None = None,
        locale: str | None = None,
    ) -> None:
        super().__init__(signals, parent)
        self._workers = workers
        locale = locale or language()  # the UI language main set as the default QLocale
        self.setObjectName("priceListPage")
        top_up = self.add_action_button(self.tr("Top up"), "top-up")
        top_up.setObjectName("topUpButton")
        top_up.clicked.connect(signals.top_up_requested)
        self.import_button = self.add_action_button(self.tr("Import…"))
        self.import_button.setObjectName("importPriceListButton")
        self.import_button.setToolTip(self.tr("Replace the price list with a CSV file"))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = self.add_action_button(self.tr("Export…"))
        self.export_button.setObjectName("exportPriceListButton")
        self.export_button.clicked.connect(self.choose_export)
        # Top up stays the primary action, at the header's right end.
        for button in (self.export_button, self.import_button):
            self.actions_layout.removeWidget(button)
            self.actions_layout.insertWidget(0, button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("priceListTabs")
        self.prices = PricesView(locale)
        self._locale = locale
        self._calculator: Calculator | None = None  # built when its tab is first opened
        self.tabs.addTab(self.prices, self.tr("Prices"))
        scroller = QScrollArea()  # a narrow window scrolls the calculator instead of growing
        scroller.setObjectName("calculatorScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroller, self.tr("Campaign cost calculator"))
        self._calculator_tab = scroller
        self.tabs.currentChanged.connect(self._tab_changed)
        self.body.addWidget(self.tabs)
        self._stale = True
        self._task: Task | None = None

    @property
    def calculator(self) -> Calculator:
        if self._calculator is None:
            from ui.price_list.calculator import Calculator

            self._calculator = Calculator(self._signals, self._workers, self._locale)
            self._calculator_tab.setWidget(self._calculator)
        return self._calculator

    def title(self) -> str:
        return self.tr("Price list")

    def explanation(self) -> str:
        return self.tr(
            "What one message part costs in each country, and what a campaign will cost."
        )

    # -- loading: only when the page is on screen, never while the window is being built -------

    def refresh(self) -> None:
        """Reload now when on screen, else once the window is (at start-up: its first turn).
        (Not a showEvent: an event handler in Python makes QEvent's enums before the first frame.)"""
        self._stale = True
        if self.isVisible():
            self._load()
        else:
            QTimer.singleShot(0, self, self._load_if_shown)  # not after the page is gone

    def _load_if_shown(self) -> None:
        if self.isVisible():
            self._load()

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self._calculator_tab:
            self.calculator.refresh()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _load(self) -> None:
        if self._task is not None or not self._stale:
            return
        self._stale = False
        info = price_list.current()  # one row
        if info is None:
            self._run(price_list.ensure_loaded)
            return
        self._show(info)

    def _show(self, info: PriceListInfo) -> None:
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(info.price_count > 0)
        self.prices.show_list(info, *settings.account_currency())
        if self.tabs.currentWidget() is self._calculator_tab:
            self.calculator.refresh()

    def _run(self, work: Work, loading: bool = True) -> None:
        """Load or import in a worker; the table shows progress meanwhile."""
        task = self._workers.start(work, "price list")
        task.progressed.connect(self.prices.show_loading)
        task.succeeded.connect(self._loaded)
        task.failed.connect(self._load_failed)
        task.cancelled.connect(self._loaded)
        self._task = task
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        if loading:
            self.prices.show_loading()

    def _loaded(self, _result: object = None) -> None:
        self._task = None
        info = price_list.current()
        if info is not None:
            self._show(info)

    def _load_failed(self, error: Exception) -> None:
        self._task = None
        info = price_list.current()
        if info is not None:
            self._show(info)
        from PySide6.QtWidgets import QMessageBox

        from models.pricing.price_list_csv import PriceListImportError

        if isinstance(error, PriceListImportError):
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Price list not imported"),
                self.tr(
                    "The file has %1 problem(s), listed below. Nothing was changed: the "
                    "current price list stays in force."
                ).replace("%1", str(len(error.problems))),
                QMessageBox.StandardButton.Close,
                self,
            )
            box.setObjectName("importProblems")
            box.setDetailedText(
                "\n".join(translated(problem.as_message()) for problem in error.problems)
            )
            box.exec()
        else:
            QMessageBox.critical(self, self.tr("Price list"), translated(error))

    # -- import and export -------------------------------------------------------------------

    def choose_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs load when first used

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import price list"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read, check and put the file in force in a worker; all or nothing."""
        try:
            data = path.read_bytes()
        except OSError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self, self.tr("Price list not imported"), f"{path}: {error.strerror}"
            )
            return

        from models.pricing.price_list_csv import read_price_list

        def work(progress: Progress, cancelled: CancelCheck) -> PriceListInfo:
            rows = read_price_list(data, cancelled)
            return price_list.replace(path.stem, rows, progress=progress, cancelled=cancelled)

        self._run(work, loading=False)

    def choose_export(self) -> None:
        info = price_list.current()
        suggested = f"{info.name if info else 'price-list'}.csv"
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export price list"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_file(Path(path))

    def _exported(self, path: Path) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Price list exported to %1").replace("%1", str(path)), 6000
            )

    def export_file(self, path: Path) -> None:
        from models.common import atomic_files
        from models.pricing.price_list_csv import write_price_list

        def work(progress: Progress, cancelled: CancelCheck) -> Path:
            text = write_price_list(price_list.all_rows())
            return atomic_files.write_bytes(text.encode("utf-8"), path)

        task = self._workers.start(work, "price list export")
        task.succeeded.connect(self._exported)
        task.failed.connect(self._export_failed)

    def _export_failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, self.tr("Export failed"), translated(error))
