"""Export documents of a period to a folder or a ZIP, off the GUI thread, with a progress bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.invoicing import export as invoice_export
from ui.common.formatting import error_style, short_date_format
from ui.common.messages import translated


class ExportWorker(QObject):
    """Renders and writes in a QThread. Signals: progress(done, total), finished(summary),
    failed(message)."""

    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, ids: list[int], target: Path, as_zip: bool) -> None:
        super().__init__()
        self._ids = ids
        self._target = target
        self._as_zip = as_zip
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        export = invoice_export.export_to_zip if self._as_zip else invoice_export.export_to_folder
        try:
            result = export(
                self._ids,
                self._target,
                progress=self.progress.emit,
                cancelled=lambda: self._cancel,
                workers=2 if len(self._ids) >= 50 else 1,
            )
        except OSError as error:  # ExportError, PdfWriteError
            self.failed.emit(translated(error))
            return
        if result.cancelled:
            self.failed.emit(self.tr("Cancelled."))
            return
        written = result.count(invoice_export.WRITTEN) + result.count(invoice_export.RENAMED)
        summary = self.tr("%1 documents: %2 written, %3 unchanged, %4 saved under a new name")
        for number, value in enumerate(
            (
                len(result.files),
                written,
                result.count(invoice_export.UNCHANGED),
                result.count(invoice_export.RENAMED),
            ),
            start=1,
        ):
            summary = summary.replace(f"%{number}", str(value))
        self.finished.emit(summary)


class ExportDocumentsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDocumentsDialog")
        self.setWindowTitle(self.tr("Export documents"))
        self.setMinimumWidth(520)
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1, 1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(short_date_format())  # 01.01.2026, not Czech's 01.01.26
        self.to_folder = QRadioButton(self.tr("PDF files in a folder"))
        self.to_zip = QRadioButton(self.tr("One ZIP file"))
        self.to_folder.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.to_folder)
        group.addButton(self.to_zip)
        self.target = QLineEdit()
        self.target.setObjectName("exportTarget")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Export as"), self.to_folder)
        form.addRow("", self.to_zip)
        form.addRow(self.tr("Save to"), target_row)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Every proforma, invoice and credit note issued in the period. Existing files are "
                "never overwritten: a file with other content gets a new name beside it."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start.setObjectName("startExportButton")
        self.start.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def choose_target(self) -> None:
        if self.to_zip.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save ZIP"), str(Path.home() / "documents.zip"), "ZIP (*.zip)"
            )
        else:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a folder"), str(Path.home())
            )
        if path:
            self.target.setText(path)

    def _show(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(error_style() if error else "")
        self.message.setText(text)

    def start_export(self) -> None:
        first: date = self.date_from.date().toPython()  # type: ignore[assignment]
        last: date = self.date_to.date().toPython()  # type: ignore[assignment]
        if first > last:
            self._show(self.tr("The period ends before it starts."), error=True)
            return
        if not self.target.text().strip():
            self._show(self.tr("Choose where to save the documents."), error=True)
            return
        ids = invoice_export.select(first, last)
        if not ids:
            self._show(self.tr("No documents were issued in that period."), error=True)
            return
        target = Path(self.target.text().strip()).expanduser()
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.start.setEnabled(False)
        self._show(self.tr("Exporting…"))
        self._thread = QThread(self)
        self._worker = ExportWorker(ids, target, self.to_zip.isChecked())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(lambda done, _total: self.progress.setValue(done))
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(lambda text: self._done(text, error=True))
        self._thread.start()

    def _done(self, text: str, error: bool = False) -> None:
        self._show(text, error)
        self.start.setEnabled(True)
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None

    def is_running(self) -> bool:
        return self._thread is not None

    def reject(self) -> None:
        if self._worker is not None and self._thread is not None:
            self._worker.cancel()
            self._thread.quit()
            self._thread.wait()
            self._thread = None
        super().reject()
