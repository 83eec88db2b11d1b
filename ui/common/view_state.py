"""Keep what the user selected and where a list was scrolled across a reload of its rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QWidget

MAX_ROWS_SEARCHED = 5000  # a longer list (loaded on demand) keeps its own place when reloaded


@contextmanager
def kept_view_state(container: QWidget | None) -> Iterator[None]:
    """Around a reload of the lists in `container`: the rows selected before (known by their
    first column's text) are selected again, and each list scrolls back to where it was."""
    saved = []
    views = [] if container is None else container.findChildren(QAbstractItemView)
    for view in views:
        model, selection = view.model(), view.selectionModel()
        if model is None or selection is None:
            continue
        keys = {model.index(index.row(), 0).data() for index in selection.selectedRows()}
        scroll = (view.verticalScrollBar().value(), view.horizontalScrollBar().value())
        saved.append((view, keys, scroll))
    yield
    for view, keys, (vertical, horizontal) in saved:
        model, selection = view.model(), view.selectionModel()
        if model is None or selection is None:
            continue
        if keys and model.rowCount() <= MAX_ROWS_SEARCHED:
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if {model.index(i.row(), 0).data() for i in selection.selectedRows()} != keys:
                selection.clearSelection()
                for row in range(model.rowCount()):
                    if model.index(row, 0).data() in keys:
                        selection.select(model.index(row, 0), flags)
        view.verticalScrollBar().setValue(vertical)
        view.horizontalScrollBar().setValue(horizontal)
