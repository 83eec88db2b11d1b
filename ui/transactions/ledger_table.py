"""The ledger's table view, set up for a million rows: fixed row heights, widths from font
metrics (never measured from contents), sorting handed to the model's SQL."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from models.ledger import entries as ledger
from models.ledger.export import credits_number
from models.ledger.query import EntryRow
from ui.common.formatting import amount_font, local_datetime
from ui.transactions.ledger_model import LedgerModel
from ui.transactions.ledger_text import kind_text


def size_columns(table: QTableView) -> None:
    """Widths from sample texts in the fonts used (nothing is measured from the rows); the
    columns of LedgerModel, which the grouped list shares."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    plain = QFontMetrics(table.font())
    mono = QFontMetrics(amount_font())
    pad = 24
    samples = {
        LedgerModel.DATE: plain.horizontalAdvance(local_datetime("2026-12-28T22:58:00.000000Z")),
        LedgerModel.KIND: max(plain.horizontalAdvance(kind_text(k)) for k in ledger.KINDS),
        LedgerModel.REFERENCE: plain.horizontalAdvance("campaign:0000000"),
        LedgerModel.AMOUNT: mono.horizontalAdvance("+100,000.0000"),
        LedgerModel.BALANCE: mono.horizontalAdvance("10,000,000.0000"),
    }
    for column, width in samples.items():
        header.resizeSection(column, width + pad)
    header.setSectionResizeMode(LedgerModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(plain.horizontalAdvance("Amount") + pad)


def row_height(table: QTableView) -> int:
    return max(QFontMetrics(table.font()).height(), QFontMetrics(amount_font()).height()) + 8


def set_up_rows(table: QTableView, date_column: int) -> None:
    """One selectable row per line, unwrapped and elided, fixed heights, sorted newest first."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height(table))
    size_columns(table)
    header = table.horizontalHeader()
    header.setSortIndicator(date_column, Qt.SortOrder.DescendingOrder)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)


class LedgerTable(QTableView):
    """Signals:
    entry_activated(object): an EntryRow was double-clicked or Enter was pressed on it.
    """

    entry_activated = Signal(object)

    def __init__(self, model: LedgerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transactionsTable")
        self.setModel(model)
        self._model = model
        set_up_rows(self, LedgerModel.DATE)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        self.doubleClicked.connect(self._activate)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        copy = QAction(self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_row)
        self.addAction(copy)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column in LedgerModel.SORT_KEYS:
            self._model.sort(column, order)
            return
        # Description, reference and balance do not sort: put the indicator back.
        header = self.horizontalHeader()
        current = {v: k for k, v in LedgerModel.SORT_KEYS.items()}[self._model.order.column]
        wanted = (
            Qt.SortOrder.DescendingOrder
            if self._model.order.descending
            else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(current, wanted)
        header.blockSignals(False)
        header.viewport().update()

    def selected_entry(self) -> EntryRow | None:
        rows = self.selectionModel().selectedRows()
        return self._model.entry(rows[0].row()) if rows else None

    def _activate(self, index: QModelIndex) -> None:
        found = self._model.entry(index.row())
        if found is not None:
            self.entry_activated.emit(found)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def copy_row(self) -> None:
        """The selected row as tab-separated text, amounts as plain numbers."""
        found = self.selected_entry()
        if found is None:
            return
        cells = [
            local_datetime(found.created_at),
            kind_text(found.kind),
            self._model.description(found),
            found.reference,
            credits_number(found.amount),
            credits_number(found.balance_after),
        ]
        QGuiApplication.clipboard().setText("\t".join(cells))

    def _menu(self, position) -> None:  # type: ignore[no-untyped-def]
        index = self.indexAt(position)
        found = self._model.entry(index.row()) if index.isValid() else None
        if found is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Show details…"), lambda: self.entry_activated.emit(found))
        menu.addSeparator()
        clipboard = QGuiApplication.clipboard()
        menu.addAction(self.tr("Copy row"), self.copy_row)
        menu.addAction(
            self.tr("Copy amount"), lambda: clipboard.setText(credits_number(found.amount))
        )
        menu.addAction(self.tr("Copy reference"), lambda: clipboard.setText(found.reference))
        menu.exec(self.viewport().mapToGlobal(position))
