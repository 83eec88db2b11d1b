"""Export documents of a period to a folder or a ZIP, as PDF, ISDOC or Factur-X PDF, off the GUI
thread, with a progress bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
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

from models.common.progress import CancelCheck, Cancelled, Progress
from models.invoicing import export as invoice_export
from ui.common.formatting import error_style, short_date_format
from ui.common.messages import translated
from ui.common.worker import Task, Work, Workers


def export_documents(
    ids: list[int], target: Path, as_zip: bool, export_format: str = invoice_export.PDF
) -> Work:
    """The work of an export task: render and write, raising Cancelled when stopped."""
    export = invoice_export.export_to_zip if as_zip else invoice_export.export_to_folder

    def work(progress: Progress, cancelled: CancelCheck) -> invoice_export.ExportResult:
        result = export(
            ids,
            target,
            progress=progress,
            cancelled=cancelled,
            workers=2 if len(ids) >= 50 else 1,
            export_format=export_format,
        )
        if result.cancelled:
            raise Cancelled
        return result

    return work


class ExportDocumentsDialog(QDialog):
    def __init__(self, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDocumentsDialog")
        self.setWindowTitle(self.tr("Export documents"))
        self.setMinimumWidth(520)
        self._workers = workers
        self._task: Task | None = None
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1, 1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(short_date_format())  # 01.01.2026, not Czech's 01.01.26
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("PDF"), invoice_export.PDF)
        self.format.addItem(self.tr("ISDOC (for Czech accounting programs)"), invoice_export.ISDOC)
        self.format.addItem(
            self.tr("PDF with Factur-X (EN 16931 e-invoice inside)"), invoice_export.FACTURX
        )
        self.format.setToolTip(
            self.tr(
                "ISDOC writes an .isdoc file per document instead of its PDF, for Pohoda, Money S3, "
                "ABRA or Helios to import. Factur-X attaches the invoice's data to the PDF of "
                "every invoice and credit note; a proforma is not an invoice and stays a plain PDF."
            )
        )
        self.to_folder = QRadioButton(self.tr("Files in a folder"))
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
        form.addRow(self.tr("Format"), self.format)
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
        work = export_documents(ids, target, self.to_zip.isChecked(), self.format.currentData())
        task = self._workers.start(work, "document export")
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self._task = task

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _succeeded(self, result: invoice_export.ExportResult) -> None:
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
        if result.plain:
            plain = self.tr(
                "%1 proformas as plain PDF: a proforma is not an invoice, so it carries no Factur-X."
            )
            summary = f"{summary}. {plain.replace('%1', str(len(result.plain)))}"
        self._done(summary)

    def _failed(self, error: Exception) -> None:
        self._done(translated(error), error=True)

    def _cancelled(self) -> None:
        self._done(self.tr("Cancelled."), error=True)

    def _done(self, text: str, error: bool = False) -> None:
        self._task = None
        self._show(text, error)
        self.start.setEnabled(True)

    def is_running(self) -> bool:
        return self._task is not None

    def reject(self) -> None:
        """Close; a running export is cancelled (what it wrote stays, complete files only)."""
        if self._task is not None:
            self._task.cancel()
        super().reject()
