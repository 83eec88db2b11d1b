"""The grouped ledger's table view: a campaign's charges of a day in one row, which opens to
its messages (double click, Enter, or the menu); any other row opens its entry."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from models.ledger.groups import Group
from ui.transactions.groups_model import GroupsModel
from ui.transactions.ledger_table import set_up_rows


class GroupsTable(QTableView):
    """Signals:
    group_opened(object): a campaign's Group was opened, to show its messages.
    entry_activated(object): the EntryRow of a row that is one entry was opened.
    """

    group_opened = Signal(object)
    entry_activated = Signal(object)

    def __init__(self, model: GroupsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transactionGroupsTable")
        self.setModel(model)
        self._model = model
        set_up_rows(self, GroupsModel.DATE)
        self.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        self.doubleClicked.connect(self._activate)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        # A reload (the ledger grew) keeps the place: the rows above it are the same days.
        self._place = 0
        model.modelAboutToBeReset.connect(
            lambda: setattr(self, "_place", self.verticalScrollBar().value())
        )
        model.rowsInserted.connect(self._restore_place)

    def _restore_place(self) -> None:
        if self._place:
            bar = self.verticalScrollBar()
            bar.setValue(min(self._place, bar.maximum()))
            self._place = 0

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column == GroupsModel.DATE:
            self._model.sort(column, order)
            return
        # Groups sort by date only: put the indicator back.
        header = self.horizontalHeader()
        wanted = (
            Qt.SortOrder.DescendingOrder if self._model.descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(GroupsModel.DATE, wanted)
        header.blockSignals(False)
        header.viewport().update()

    def open_row(self, row: int) -> None:
        group = self._model.group(row)
        if group is None:
            return
        if group.is_campaign:
            self.group_opened.emit(group)
        else:
            self.entry_activated.emit(group.last)

    def _activate(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _menu(self, position) -> None:  # type: ignore[no-untyped-def]
        index = self.indexAt(position)
        group: Group | None = self._model.group(index.row()) if index.isValid() else None
        if group is None:
            return
        menu = QMenu(self)
        if group.is_campaign:
            menu.addAction(self.tr("Show the messages"), lambda: self.open_row(index.row()))
        else:
            menu.addAction(self.tr("Show details…"), lambda: self.open_row(index.row()))
        menu.exec(self.viewport().mapToGlobal(position))
