"""Table model of issued documents over the rows the Invoices page fetched, shown in batches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models.common.money import format_money
from models.invoicing import documents, vat
from ui.common.columns import AMOUNT_ALIGNMENT, RAW_ROLE, SORT_ROLE
from ui.common.formatting import NEGATIVE_COLOR, amount_font, language, local_date

Index = QModelIndex | QPersistentModelIndex
BATCH = 200


class DocumentsModel(QAbstractTableModel):
    NUMBER, KIND, ISSUED, BUYER, TOTAL, VAT_RULE = range(6)

    def __init__(self) -> None:
        super().__init__()
        self._all: list[documents.Document] = []
        self._shown = 0

    def set_rows(self, rows: list[documents.Document]) -> None:
        self.beginResetModel()
        self._all = rows
        self._shown = min(BATCH, len(rows))
        self.endResetModel()

    def document(self, row: int) -> documents.Document:
        return self._all[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = min(BATCH, len(self._all) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Number"),
                self.tr("Document"),
                self.tr("Issued"),
                self.tr("Buyer"),
                self.tr("Total"),
                self.tr("VAT"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.TOTAL:
            return AMOUNT_ALIGNMENT
        return None

    def kind_text(self, kind: str) -> str:
        return {
            documents.PROFORMA: self.tr("Proforma"),
            documents.INVOICE: self.tr("Tax invoice"),
            documents.CREDIT_NOTE: self.tr("Credit note"),
        }[kind]

    def rule_text(self, rule: str, rate: str) -> str:
        return {
            vat.DOMESTIC: self.tr("%1 %").replace("%1", rate),
            vat.REVERSE_CHARGE: self.tr("Reverse charge"),
            vat.OUTSIDE_SCOPE: self.tr("Outside the scope of VAT"),
            vat.NOT_VAT_PAYER: self.tr("No VAT (not a VAT payer)"),
        }[rule]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        document = self._all[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return document.number
            if column == self.KIND:
                return self.kind_text(document.kind)
            if column == self.ISSUED:
                return local_date(document.issued_on)
            if column == self.BUYER:
                return document.buyer_name or "—"
            if column == self.TOTAL:
                return format_money(document.total_minor, document.currency, language())
            return self.rule_text(document.vat_rule, document.vat_rate)
        if role in (SORT_ROLE, RAW_ROLE):
            return (
                document.number,
                document.kind,
                f"{document.issued_on}#{document.id:012d}",
                document.buyer_name,
                document.total_minor,
                document.vat_rule,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TOTAL:
            return AMOUNT_ALIGNMENT
        if role == Qt.ItemDataRole.FontRole and column in (self.TOTAL, self.NUMBER):
            return amount_font()
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.TOTAL
            and document.total_minor < 0
        ):
            return NEGATIVE_COLOR
        return None
