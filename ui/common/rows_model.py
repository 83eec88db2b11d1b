"""Bases of the table models: headers, alignment, fonts and roles once; rows from a list."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.common.columns import AMOUNT_ALIGNMENT, RAW_ROLE, SORT_ROLE, TEXT_ALIGNMENT
from ui.common.formatting import amount_font

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
LOOK_ROLES = (Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole)
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole


class ColumnsTableModel(QAbstractTableModel):
    """The columns of a table: `headers()`, their alignment and font, other header roles.

    AMOUNT_COLUMNS are right-aligned; MONOSPACE_COLUMNS (amounts by default) use a fixed font.
    """

    AMOUNT_COLUMNS: tuple[int, ...] = ()
    MONOSPACE_COLUMNS: tuple[int, ...] | None = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._column_count: int | None = None  # headers() is translated; views ask often

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def header_extra(self, section: int, role: int) -> Any:
        """Other roles of a column's header for subclasses; None by default."""
        return None

    def look(self, column: int, role: int) -> Any:
        """A column's alignment or font (LOOK_ROLES), the same for every row."""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return AMOUNT_ALIGNMENT if column in self.AMOUNT_COLUMNS else TEXT_ALIGNMENT
        monospace = (
            self.AMOUNT_COLUMNS if self.MONOSPACE_COLUMNS is None else self.MONOSPACE_COLUMNS
        )
        if role == Qt.ItemDataRole.FontRole and column in monospace:
            return amount_font()
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        if self._column_count is None:
            self._column_count = len(self.headers())
        return self._column_count

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.look(section, role)
        return self.header_extra(section, role)


class ListTableModel(ColumnsTableModel, Generic[Row]):
    """Rows held in `_rows`; subclasses give `display(row, column)`, `key(row, column)` and
    `extra(row, column, role)` for other roles (colours, tooltips).

    SORT_ROLE and RAW_ROLE both answer the key: exact values that sort right and copy exactly.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def key(self, row: Row, column: int) -> object:
        raise NotImplementedError

    def extra(self, row: Row, column: int, role: int) -> Any:
        """Other roles of a cell for subclasses; None by default."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for ~7 roles of every cell they paint: the fewest calls into Qt per ask.
        number = index.row()  # -1 for an invalid index
        if not 0 <= number < len(self._rows):
            return None
        column = index.column()
        if role == DISPLAY_ROLE:
            return self.display(self._rows[number], column)
        if role in LOOK_ROLES:
            return self.look(column, role)
        row = self._rows[number]
        if role in (SORT_ROLE, RAW_ROLE):
            return self.key(row, column)
        return self.extra(row, column, role)


class RowsTableModel(ListTableModel[Row]):
    """A table over a list of rows the page fetched, replaced whole by `set_rows`."""

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]
