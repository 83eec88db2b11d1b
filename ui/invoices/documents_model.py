"""Table model of issued documents over the rows the Invoices page fetched, shown in batches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from models.invoicing import documents, vat
from ui.common.formatting import local_date, money_text, negative_color
from ui.common.rows_model import Index, RowsTableModel

BATCH = 200


class DocumentsModel(RowsTableModel[documents.Document]):
    NUMBER, KIND, ISSUED, TOTAL, BUYER, VAT_RULE = range(6)
    AMOUNT_COLUMNS = (TOTAL,)
    MONOSPACE_COLUMNS = (TOTAL, NUMBER)

    def __init__(self) -> None:
        super().__init__()
        self._shown = 0

    def set_rows(self, rows: list[documents.Document]) -> None:
        self._shown = min(BATCH, len(rows))
        super().set_rows(rows)

    def document(self, row: int) -> documents.Document:
        return self.row(row)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        more = min(BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Document"),
            self.tr("Issued"),
            self.tr("Total"),
            self.tr("Buyer"),
            self.tr("VAT"),
        )

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

    def display(self, document: documents.Document, column: int) -> str:
        if column == self.NUMBER:
            return document.number
        if column == self.KIND:
            return self.kind_text(document.kind)
        if column == self.ISSUED:
            return local_date(document.issued_on)
        if column == self.BUYER:
            return document.buyer_name or "—"
        if column == self.TOTAL:
            return money_text(document.total_minor, document.currency)
        return self.rule_text(document.vat_rule, document.vat_rate)

    def key(self, document: documents.Document, column: int) -> object:
        return (
            document.number,
            document.kind,
            f"{document.issued_on}#{document.id:012d}",
            document.total_minor,
            document.buyer_name,
            document.vat_rule,
        )[column]

    def extra(self, document: documents.Document, column: int, role: int) -> Any:
        negative = column == self.TOTAL and document.total_minor < 0
        if role == Qt.ItemDataRole.ForegroundRole and negative:
            return negative_color()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.BUYER:
            return document.buyer_name or None  # a long name is elided in its column
        return None
