"""Base of table models that read their rows a page at a time, each page after the last row shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from ui.common.rows_model import Index, ListTableModel, Row


class KeysetPagedModel(ListTableModel[Row]):
    """Subclasses give `fetch_page(after)`: up to PAGE rows following `after` (None: the first
    page), one indexed read; the view asks for more as it scrolls (canFetchMore/fetchMore)."""

    PAGE = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._exhausted = True

    def fetch_page(self, after: Row | None) -> list[Row]:
        raise NotImplementedError

    def load_first_page(self) -> None:
        """Start again from the first page (after the subclass changed what it shows)."""
        self.beginResetModel()
        self._rows = self.fetch_page(None)
        self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._exhausted = [], True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted or not self._rows:
            return
        more = self.fetch_page(self._rows[-1])
        self._exhausted = len(more) < self.PAGE
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
