"""Exports of the Transactions page: the shown rows as CSV, a period's statement as PDF.

Both run off the GUI thread with a cancellable progress dialog and write through a temporary
file renamed into place, so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from models.common.formatting import count_text
from models.common.progress import CancelCheck, Progress
from models.ledger import entries as ledger
from models.ledger.export import CsvText, write_csv
from models.ledger.query import LedgerView
from ui.common.formatting import language
from ui.common.messages import translated
from ui.common.worker import Task, Work, Workers
from ui.transactions.ledger_text import kind_text


class Exports(QObject):
    """Signals:
    saved(str): rich text saying what was saved where (with a link to open it).
    """

    saved = Signal(str)

    def __init__(self, workers: Workers, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._workers = workers
        self.job: Task | None = None
        self.progress: QProgressDialog | None = None
        self._kind = ""
        self._path = Path()

    # -- CSV ------------------------------------------------------------------------------------

    def csv_text(self) -> CsvText:
        return CsvText(
            headers=(
                self.tr("Entry"),
                self.tr("Date"),
                self.tr("Time (UTC)"),
                self.tr("Kind"),
                self.tr("Description"),
                self.tr("Reference"),
                self.tr("Amount (credits)"),
                self.tr("Balance after (credits)"),
            ),
            kinds={kind: kind_text(kind) for kind in ledger.KINDS},
        )

    def export_csv(self, view: LedgerView, count: int | None, path: Path | None = None) -> None:
        """Write the view's rows (as shown: filter, order, snapshot) to a CSV file."""
        if self.busy():
            return
        path = path or self._ask(
            self.tr("Export transactions"),
            f"transactions-{date.today().isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        text = self.csv_text()

        def work(progress: Progress, cancelled: CancelCheck) -> int:
            total = count if count is not None else view.totals().count
            progress(0, total)
            return write_csv(view.rows(), path, text, total, progress, cancelled)

        self._start(work, self.tr("Exporting entries…"), "csv", path)

    # -- PDF statement --------------------------------------------------------------------------

    def statement_text(self):  # type: ignore[no-untyped-def]  # ReportLab loads on first use
        from models.ledger.statement import StatementText

        return StatementText(
            title=self.tr("Credit statement"),
            period=self.tr("Period"),
            issued=self.tr("Issued"),
            opening=self.tr("Opening balance"),
            credits_in=self.tr("Credits in"),
            credits_out=self.tr("Credits out"),
            closing=self.tr("Closing balance"),
            entries=self.tr("Entries"),
            nothing=self.tr("There were no entries in this period."),
            headers=(
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Description"),
                self.tr("Reference"),
                self.tr("Amount"),
                self.tr("Balance"),
            ),
            page=self.tr("Page %1 of %2"),
            kinds={kind: kind_text(kind) for kind in ledger.KINDS},
            messages=self.campaign_messages,
            describe=translated,
        )

    def campaign_messages(self, campaign: str, count: int) -> str:
        """A campaign's row of the statement: “Spring sale · 1,300 messages” (tr() is safe
        from the worker's thread)."""
        n = min(count, 2**31 - 1)
        return self.tr("%1 · %Ln message(s)", "", n).replace("%1", campaign)

    def export_statement(self, first: date, last: date, path: Path | None = None) -> None:
        """Write the statement of the local days first…last to a PDF file."""
        if self.busy():
            return
        path = path or self._ask(
            self.tr("Save statement"),
            f"statement-{first.isoformat()}-{last.isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return
        from models.common.pdf_base import write_atomically
        from models.ledger.statement import MAX_ENTRIES, gather, render_statement

        text, lang = self.statement_text(), language()
        too_long = self.tr(
            "The period holds %1 entries; a statement lists at most %2. Choose a shorter "
            "period, or export the entries as CSV."
        )

        def work(progress: Progress, cancelled: CancelCheck) -> int:
            data = gather(first, last)
            if data.count > MAX_ENTRIES:
                raise ValueError(
                    too_long.replace("%1", count_text(data.count, lang)).replace(
                        "%2", count_text(MAX_ENTRIES, lang)
                    )
                )
            pdf = render_statement(data, text, lang, None, progress, cancelled)
            write_atomically(pdf, path)
            return data.count

        self._start(work, self.tr("Laying out the statement…"), "statement", path)

    # -- running --------------------------------------------------------------------------------

    def _ask(self, title: str, name: str, kinds: str) -> Path | None:
        state = QSettings()
        folder = Path(str(state.value("transactions/folder", str(Path.home()))))
        chosen, _ = QFileDialog.getSaveFileName(self._parent, title, str(folder / name), kinds)
        if not chosen:
            return None
        state.setValue("transactions/folder", str(Path(chosen).parent))
        return Path(chosen)

    def busy(self) -> bool:
        return self.job is not None

    def _start(self, work: Work, label: str, kind: str, path: Path) -> None:
        if self.busy():
            return
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        job = self._workers.start(work, f"{kind} export")
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._close)
        progress.canceled.connect(job.cancel)
        self.job, self.progress = job, progress
        self._kind, self._path = kind, path

    def wait(self) -> None:
        """Block until the running export has ended and answered (tests)."""
        self._workers.wait()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _link(self, path: Path) -> str:
        url = QUrl.fromLocalFile(str(path)).toString()
        return f'<a href="{url}">{path.name.replace("&", "&amp;").replace("<", "&lt;")}</a>'

    def _close(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, rows: int) -> None:
        self._close()
        if self._kind == "csv":
            done = self.tr("Saved %n entry(ies) to %1.", "", rows)
        else:
            done = self.tr("Saved the statement of %n entry(ies) to %1.", "", rows)
        self.saved.emit(done.replace("%1", self._link(self._path)))

    def _failed(self, error: Exception) -> None:
        self._close()
        QMessageBox.warning(self._parent, self.tr("Export failed"), translated(error))
