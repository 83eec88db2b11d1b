"""Import a bank statement: choose the file, read and match it off the GUI thread, show the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from models.common.database import database
from models.payments import statement_files, statement_import
from models.payments.statement_csv import ColumnsNotRecognised, CsvMapping
from models.payments.statements import StatementError
from ui.common.messages import translated
from ui.common.signals import AppSignals


class StatementImportWorker(QObject):
    """Parses and imports one statement in a worker thread (its own database connection).

    Signals:
        finished(object): the ImportResult.
        failed(str): a message for the user; nothing was imported.
        needs_mapping(): a CSV whose columns were not recognised.
    """

    finished = Signal(object)
    failed = Signal(str)
    needs_mapping = Signal()

    def __init__(self, data: bytes, mapping: CsvMapping | None) -> None:
        super().__init__()
        self._data = data
        self._mapping = mapping

    def run(self) -> None:
        try:
            statement = statement_files.parse_statement_file(self._data, self._mapping)
            result = statement_import.import_statement(statement)
        except StatementError as error:
            if self._mapping is None and isinstance(error, ColumnsNotRecognised):
                self.needs_mapping.emit()
            else:
                self.failed.emit(error.text(translated))  # with the rows that cannot be read
            return
        except Exception as error:  # noqa: BLE001 (a message, never a crash in a thread)
            self.failed.emit(translated(error))
            return
        finally:
            database.close()  # this thread's connection
        self.finished.emit(result)


class ImportStatementDialog(QObject):
    """The import flow: a file dialog, a progress dialog while it runs, then the outcome."""

    def __init__(self, signals: AppSignals, parent: QWidget) -> None:
        super().__init__(parent)
        self._signals = signals
        self._parent = parent
        self._thread: QThread | None = None
        self._data = b""
        self.progress: QProgressDialog | None = None
        self.result: statement_import.ImportResult | None = None

    def run(self, path: Path | None = None) -> None:
        if path is None:
            state = QSettings()
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent,
                self.tr("Import bank statement"),
                str(state.value("statements/folder", str(Path.home()))),
                self.tr("Bank statements (*.xml *.csv *.txt);;All files (*)"),
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
        self.progress = QProgressDialog(self.tr("Importing the statement…"), "", 0, 0, self._parent)
        self.progress.setObjectName("importProgress")
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.progress.setWindowTitle(self.tr("Import bank statement"))
        thread = QThread(self)
        worker = StatementImportWorker(self._data, mapping)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._done)
        worker.failed.connect(self._fail)
        worker.needs_mapping.connect(self._ask_mapping)
        for signal in (worker.finished, worker.failed, worker.needs_mapping):
            signal.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        self._worker = worker
        self._thread = thread
        thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.wait()

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
        QMessageBox.information(self._parent, self.tr("Statement imported"), "\n".join(lines))

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
