"""Invoices page: proformas, tax invoices and credit notes; filters, preview, export, credit notes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
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

SPLITTER_KEY = "invoices/splitter"  # QSettings: the list's and the preview's widths
LIST_MINIMUM_WIDTH = 300
PREVIEW_MINIMUM_WIDTH = 200
LIST_COLUMNS = range(DocumentsModel.VAT_RULE)  # number, kind, date, total, buyer: kept in view
BUYER_MAXIMUM_WIDTH = 200  # longer names are elided (the whole name is the tooltip)


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
        self.table.setMinimumWidth(LIST_MINIMUM_WIDTH)
        self.table.horizontalHeader().setSectionResizeMode(
            DocumentsModel.BUYER, QHeaderView.ResizeMode.Interactive
        )
        self.pdf: QPdfDocument | None = None  # the PDF machinery loads with the first preview
        self.preview: QPdfView | None = None
        self.splitter = splitter = QSplitter()
        splitter.setObjectName("documentsSplitter")
        splitter.addWidget(self.table)
        placeholder = QWidget()  # where the preview goes
        placeholder.setMinimumWidth(PREVIEW_MINIMUM_WIDTH)
        splitter.addWidget(placeholder)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)  # the list keeps its width
        splitter.splitterMoved.connect(self._remember_widths)
        self._widths_set = False
        layout.addWidget(splitter, 1)
        self.recorded_by = QLabel()  # who issued the selected document
        self.recorded_by.setObjectName("documentRecordedBy")
        self.recorded_by.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.recorded_by)
        self.year_filter.currentIndexChanged.connect(self._reload)
        self.kind_filter.currentIndexChanged.connect(self._reload)
        self.text_filter.textChanged.connect(self._reload)
        return content

    # -- the list's width ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._settle_widths()

    def _settle_widths(self) -> None:
        """Once, when the list is first on screen: the widths the user left, else fit the list."""
        if self._widths_set or not self.splitter.isVisible():
            return
        saved = QSettings().value(SPLITTER_KEY)
        if saved is not None and self.splitter.restoreState(saved):
            self._widths_set = True
        elif self.model.rowCount():
            self._widths_set = True
            self._fit_list()

    def list_width_wanted(self) -> int:
        """What the list needs to show number, kind, date, buyer and total without cutting."""
        self._fit_buyer_column()
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(column) for column in LIST_COLUMNS)
        chrome = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        return max(LIST_MINIMUM_WIDTH, columns + chrome)

    def _fit_buyer_column(self) -> None:
        wanted = max(
            self.table.sizeHintForColumn(DocumentsModel.BUYER),
            self.table.horizontalHeader().sectionSizeHint(DocumentsModel.BUYER),
        )
        self.table.setColumnWidth(DocumentsModel.BUYER, min(wanted, BUYER_MAXIMUM_WIDTH))

    def _fit_list(self) -> None:
        total = self.splitter.width() - self.splitter.handleWidth()
        wanted = self.list_width_wanted()
        width = max(min(wanted, total - PREVIEW_MINIMUM_WIDTH), LIST_MINIMUM_WIDTH)
        self.splitter.setSizes([width, max(total - width, PREVIEW_MINIMUM_WIDTH)])
        if width < wanted:  # a narrow window: the buyer's name is elided, the rest stays whole
            buyer = self.table.columnWidth(DocumentsModel.BUYER)
            self.table.setColumnWidth(DocumentsModel.BUYER, max(buyer - (wanted - width), 80))

    def _remember_widths(self, *_args: object) -> None:
        QSettings().setValue(SPLITTER_KEY, self.splitter.saveState())

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
        self.bulk_button.setEnabled(bool(years))
        self.empty.action_button.setVisible(billing.current() is None)  # type: ignore[union-attr]
        self._reload()
        self._settle_widths()

    def _reload(self, *_args: object) -> None:
        rows = documents.list_documents(
            year=self.year_filter.currentData(),
            kind=self.kind_filter.currentData(),
            text=self.text_filter.text(),
        )
        self.model.set_rows(rows)
        self._fit_buyer_column()
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
        self.recorded_by.setText(self._recorded_by_text(document))
        self._show_preview(document)

    def _recorded_by_text(self, document: documents.Document | None) -> str:
        if document is None:
            return ""
        recorder = document.recorded_by or self.tr("not recorded (made by an earlier version)")
        return self.tr("%1 recorded by: %2").replace("%1", document.number).replace("%2", recorder)

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
            self.preview.setMinimumWidth(PREVIEW_MINIMUM_WIDTH)
            self.splitter.replaceWidget(1, self.preview)
            self.splitter.setStretchFactor(1, 1)  # the preview takes what a wider window adds
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
