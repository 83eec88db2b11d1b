"""Base of the table models over a list of rows the page fetched: headers, alignment, reset."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.common.columns import AMOUNT_ALIGNMENT, RAW_ROLE, SORT_ROLE
from ui.common.formatting import amount_font

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give `headers()`, `display(row, column)` and `key(row, column)`.

    AMOUNT_COLUMNS are right-aligned; MONOSPACE_COLUMNS (amounts by default) use a fixed font.
    SORT_ROLE and RAW_ROLE both answer the key: exact values that sort right and copy exactly.
    """

    AMOUNT_COLUMNS: tuple[int, ...] = ()
    MONOSPACE_COLUMNS: tuple[int, ...] | None = None

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def key(self, row: Row, column: int) -> object:
        raise NotImplementedError

    def extra(self, row: Row, column: int, role: int) -> Any:
        """Other roles (colours, tooltips) for subclasses; None by default."""
        return None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.AMOUNT_COLUMNS:
            return AMOUNT_ALIGNMENT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role in (SORT_ROLE, RAW_ROLE):
            return self.key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.AMOUNT_COLUMNS:
            return AMOUNT_ALIGNMENT
        monospace = (
            self.AMOUNT_COLUMNS if self.MONOSPACE_COLUMNS is None else self.MONOSPACE_COLUMNS
        )
        if role == Qt.ItemDataRole.FontRole and column in monospace:
            return amount_font()
        return self.extra(row, column, role)
