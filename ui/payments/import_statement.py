"""Import a bank statement: choose the file, read and plan it off the GUI thread, show the plan,
import it on Import (off the GUI thread too), show the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from models.common.progress import CancelCheck, Progress
from models.payments import csv_memory, import_plan, statement_files, statement_import
from models.payments.statement_csv import ColumnsNotRecognised, CsvMapping
from models.payments.statements import Statement, StatementError
from ui.common.messages import translated
from ui.common.signals import AppSignals
from ui.common.worker import Task, Work, Workers


class NeedsMapping(Exception):
    """A CSV whose columns were not recognised: the user maps them, then it is read again."""


Planned = tuple[Statement, import_plan.ImportPlan]


def plan_work(data: bytes, mapping: CsvMapping | None) -> Work:
    """The work of the first task: parse the file and work out what importing it will do."""

    def work(progress: Progress, cancelled: CancelCheck) -> Planned:
        try:
            chosen = mapping or csv_memory.recall(data)
            statement = statement_files.parse_statement_file(data, chosen)
        except StatementError as error:
            if mapping is None and isinstance(error, ColumnsNotRecognised):
                raise NeedsMapping from error
            raise
        statement = import_plan.with_format(statement, data)
        return statement, import_plan.plan_import(statement)

    return work


def import_work(statement: Statement, data: bytes = b"", mapping: CsvMapping | None = None) -> Work:
    """The work of the second task: import in one transaction, the plan decided again there.

    A CSV mapping the user chose is remembered, for the next file with the same header, once
    the import has succeeded.
    """

    def work(progress: Progress, cancelled: CancelCheck) -> statement_import.ImportResult:
        result = statement_import.import_statement(statement)
        if mapping is not None and statement.format_name == "CSV":
            csv_memory.remember(data, mapping)
        return result

    return work


class ImportStatementDialog(QObject):
    """The import flow: a file dialog, a progress dialog while it runs, then the outcome."""

    def __init__(self, signals: AppSignals, workers: Workers, parent: QWidget) -> None:
        super().__init__(parent)
        self._signals = signals
        self._workers = workers
        self._parent = parent
        self._task: Task | None = None
        self._data = b""
        self._mapping: CsvMapping | None = None  # the columns the user chose, if asked
        self.progress: QProgressDialog | None = None
        self.plan: import_plan.ImportPlan | None = None
        self.result: statement_import.ImportResult | None = None
        self.cancelled = False  # the user saw the plan and chose Cancel

    def run(self, path: Path | None = None) -> None:
        if path is None:
            state = QSettings()
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent,
                self.tr("Import bank statement"),
                str(state.value("statements/folder", str(Path.home()))),
                self.tr("Bank statements (*.xml *.csv *.txt *.gpc *.abo);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
            state.setValue("statements/folder", str(path.parent))
        try:
            self._data = path.read_bytes()
        except OSError as error:
            self._fail(
                self.tr("Cannot read %1: %2")
                .replace("%1", str(path))
                .replace("%2", str(error.strerror))
            )
            return
        self.start(None)

    def start(self, mapping: CsvMapping | None) -> None:
        self._mapping = mapping
        self._show_progress(self.tr("Reading the statement…"))
        task = self._workers.start(plan_work(self._data, mapping), "statement preview")
        task.succeeded.connect(self._planned)
        task.failed.connect(self._failed)
        self._task = task

    def _show_progress(self, text: str) -> None:
        self.progress = QProgressDialog(text, "", 0, 0, self._parent)
        self.progress.setObjectName("importProgress")
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setWindowTitle(self.tr("Import bank statement"))

    def _planned(self, planned: Planned) -> None:
        from ui.payments.import_plan_dialog import ImportPlanDialog

        self._close_progress()
        statement, self.plan = planned
        if not self._workers.accepting:  # the window is closing: no new dialog, no import
            return
        accepted = ImportPlanDialog(self.plan, self._parent).exec() == QDialog.DialogCode.Accepted
        if not accepted or not self._workers.accepting:  # cancelled, or the window is closing
            self.cancelled = True
            return
        self._show_progress(self.tr("Importing the statement…"))
        task = self._workers.start(
            import_work(statement, self._data, self._mapping), "statement import"
        )
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self._task = task

    def wait(self) -> None:
        """Block until the import has ended and answered (tests)."""
        self._workers.wait()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress = None

    def _done(self, result: statement_import.ImportResult) -> None:
        self._close_progress()
        self.result = result
        self._signals.balance_changed.emit()
        self._signals.data_changed.emit()
        lines = [
            self.tr("Payments confirmed: %1").replace("%1", str(len(result.confirmed))),
            self.tr("Credits waiting for pairing: %1").replace("%1", str(len(result.waiting))),
        ]
        if result.already_imported:
            lines.append(
                self.tr("Credits imported before: %1").replace("%1", str(result.already_imported))
            )
        if result.ignored:
            lines.append(
                self.tr("Entries that are not credits: %1").replace("%1", str(result.ignored))
            )
        lines += [f"⚠ {translated(warning)}" for warning in result.warnings]
        QMessageBox.information(self._parent, self.tr("Statement imported"), "\n".join(lines))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, NeedsMapping):
            self._ask_mapping()
        elif isinstance(error, StatementError):
            self._fail(error.text(translated))  # with the rows that cannot be read
        else:
            self._fail(translated(error))

    def _fail(self, message: str) -> None:
        self._close_progress()
        QMessageBox.warning(
            self._parent,
            self.tr("The statement was not imported"),
            message + "\n\n" + self.tr("Nothing was changed."),
        )

    def _ask_mapping(self) -> None:
        from ui.payments.csv_columns import CsvColumnsDialog

        self._close_progress()
        dialog = CsvColumnsDialog(self._data, self._parent)
        if dialog.exec() and dialog.mapping is not None:
            self.start(dialog.mapping)
