"""Invoices page: proformas, tax invoices and credit notes; filters, preview, export, credit notes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.invoicing import billing, documents
from ui.common.messages import translated
from ui.common.page import EmptyState, Page
from ui.common.signals import AppSignals
from ui.common.views import make_table, sorted_proxy
from ui.common.worker import Workers
from ui.invoices.documents_model import DocumentsModel

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView


class InvoicesPage(Page):
    icon_name = "invoices"

    def __init__(
        self, signals: AppSignals, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, parent)
        self._workers = workers
        self.setObjectName("invoicesPage")
        self.bulk_button = self.add_action_button(self.tr("Export…"))
        self.bulk_button.setObjectName("exportDocumentsButton")
        self.bulk_button.setToolTip(
            self.tr("Export the documents of a period to a folder or a ZIP")
        )
        self.bulk_button.clicked.connect(self.export_period)
        self.empty = EmptyState(
            self.icon_name,
            self.tr("No invoices yet"),
            self.tr(
                "A proforma appears here for every bank transfer, and a tax invoice for every "
                "paid top-up once your billing information is filled in."
            ),
            self.tr("Fill in billing information"),
        )
        assert self.empty.action_button is not None
        self.empty.action_button.setObjectName("fillBillingButton")
        self.empty.action_button.clicked.connect(lambda: signals.page_requested.emit("billingPage"))
        self.body.addWidget(self.empty)
        self.body.addWidget(self._build_content())
        self._pdf_bytes = b""
        self._buffer: QBuffer | None = None
        signals.data_changed.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Invoices")

    def explanation(self) -> str:
        return self.tr("Tax documents for your payments, ready to hand to your accountant.")

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("yearFilter")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All documents"), None)
        names = DocumentsModel()
        for kind in documents.KINDS:
            self.kind_filter.addItem(names.kind_text(kind), kind)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setPlaceholderText(self.tr("Search number, buyer or variable symbol"))
        self.text_filter.setClearButtonEnabled(True)
        filters.addWidget(QLabel(self.tr("Year")))
        filters.addWidget(self.year_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.text_filter, 1)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("exportPdfButton")
        self.export_button.clicked.connect(self.export_selected)
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.credit_button.setObjectName("creditNoteButton")
        self.credit_button.setToolTip(self.tr("Correct the selected tax invoice"))
        self.credit_button.clicked.connect(self.issue_credit_note)
        filters.addWidget(self.export_button)
        filters.addWidget(self.credit_button)
        layout.addLayout(filters)

        self.model = DocumentsModel()
        self.proxy = sorted_proxy(self.model)
        self.table = make_table(self.proxy, "documentsTable")
        self.table.sortByColumn(DocumentsModel.ISSUED, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.pdf: QPdfDocument | None = None  # the PDF machinery loads with the first preview
        self.preview: QPdfView | None = None
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(QWidget())  # where the preview goes
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.year_filter.currentIndexChanged.connect(self._reload)
        self.kind_filter.currentIndexChanged.connect(self._reload)
        self.text_filter.textChanged.connect(self._reload)
        return content

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        years = documents.years()
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)
        self.body.setCurrentIndex(1 if years else 0)
        self.empty.action_button.setVisible(billing.current() is None)  # type: ignore[union-attr]
        self._reload()

    def _reload(self, *_args: object) -> None:
        rows = documents.list_documents(
            year=self.year_filter.currentData(),
            kind=self.kind_filter.currentData(),
            text=self.text_filter.text(),
        )
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> documents.Document | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.document(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, *_args: object) -> None:
        document = self.selected()
        self.export_button.setEnabled(document is not None)
        self.credit_button.setEnabled(document is not None and document.kind == documents.INVOICE)
        self._show_preview(document)

    def _ensure_preview(self) -> tuple[QPdfDocument, QPdfView]:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        if self.pdf is None or self.preview is None:
            self.pdf = QPdfDocument(self)
            self.preview = QPdfView(self)
            self.preview.setObjectName("documentPreview")
            self.preview.setDocument(self.pdf)
            self.preview.setPageMode(QPdfView.PageMode.MultiPage)
            self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            # Fit-to-width with a scroll bar that comes and goes relayouts forever (each fit
            # shows or hides the bar, which changes the width): keep the bar, and the width, fixed.
            self.preview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.splitter.replaceWidget(1, self.preview)
        return self.pdf, self.preview

    def _show_preview(self, document: documents.Document | None) -> None:
        from models.invoicing.pdf import render_document

        if document is None and self.pdf is None:
            return
        pdf, _preview = self._ensure_preview()
        pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self._pdf_bytes = render_document(documents.load(document.id)) if document else b""
        if not self._pdf_bytes:
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        pdf.load(self._buffer)

    # -- actions ------------------------------------------------------------------------------

    def export_selected(self) -> None:
        from models.invoicing import export as invoice_export

        document = self.selected()
        if document is None:
            return
        suggested = invoice_export.file_name(document.kind, document.number)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(Path.home() / suggested), self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_pdf(document, Path(path))

    def write_pdf(self, document: documents.Document, path: Path) -> bool:
        from models.common.pdf_base import PdfWriteError, write_atomically
        from models.invoicing.pdf import render_document

        try:
            write_atomically(render_document(documents.load(document.id)), path)
        except PdfWriteError as error:
            QMessageBox.warning(self, self.tr("Export failed"), translated(error))
            return False
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 6000)
        return True

    def export_period(self) -> None:
        from ui.invoices.export_documents import ExportDocumentsDialog

        ExportDocumentsDialog(self._workers, self).exec()

    def issue_credit_note(self) -> None:
        from ui.invoices.credit_note import CreditNoteDialog

        document = self.selected()
        if document is None or document.kind != documents.INVOICE:
            return
        if CreditNoteDialog(document, self).exec():
            self._signals.balance_changed.emit()
            self._signals.data_changed.emit()
