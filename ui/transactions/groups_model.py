"""Table model of the ledger grouped: a campaign's charges of a day in one row, other entries one
by one (models/ledger/groups.py does it in SQL). Pages of whole days are read by the window's
Workers as the list is scrolled (canFetchMore / fetchMore), so no read blocks the GUI.

Signals:
    rows_arrived(): a page of groups was added (or the view turned out empty).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal

from models.common.progress import CancelCheck, Progress
from models.ledger import groups as ledger_groups
from models.ledger.descriptions import describe
from models.ledger.groups import Group, GroupPage
from models.ledger.query import LedgerView
from ui.common.columns import RAW_ROLE, SORT_ROLE
from ui.common.formatting import credits_text, local_date, negative_color
from ui.common.messages import translated
from ui.common.rows_model import LOOK_ROLES, ColumnsTableModel, Index
from ui.common.worker import Task, Workers
from ui.transactions.ledger_text import date_text, kind_text


class GroupsModel(ColumnsTableModel):
    """The columns of LedgerModel, a row per group; sorted by date only (newest first)."""

    DATE, KIND, DESCRIPTION, REFERENCE, AMOUNT, BALANCE = range(6)
    AMOUNT_COLUMNS = (AMOUNT, BALANCE)

    rows_arrived = Signal()

    def __init__(self, workers: Workers, parent: Any = None) -> None:
        super().__init__(parent)
        self._workers = workers
        self._view: LedgerView | None = None
        self._groups: list[Group] = []
        self._described: dict[int, str] = {}  # entry id → description, in the UI language
        self._cursor: str | None = None
        self._done = True
        self._task: Task | None = None
        self._fresh = False
        self.descending = True
        self.error = ""

    # -- what is shown --------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._task is not None

    def reload(self, view: LedgerView) -> None:
        """Show the groups of `view` from the top. Its first page is read in the background;
        the rows shown stay until it arrives (no flicker while a campaign is being charged)."""
        self.shutdown()
        self._view = view
        self._cursor = None
        self._done = False
        self._fresh = True  # the next page replaces the rows
        self._read_page()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column != self.DATE or descending == self.descending:
            return
        self.descending = descending
        if self._view is not None:
            self.reload(self._view)

    def group(self, row: int) -> Group | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def description(self, group: Group) -> str:
        """A campaign's name and how many messages, or the entry's own description."""
        if group.is_campaign:
            return self.tr("%1 · %Ln message(s)", "", min(group.count, 2**31 - 1)).replace(
                "%1", group.campaign
            )
        return self._described.get(group.last.id, group.last.description)

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def wait_for_background(self, milliseconds: int = 10_000) -> None:
        QCoreApplication.processEvents()
        self._workers.wait(milliseconds / 1000)
        QCoreApplication.processEvents()

    # -- reading --------------------------------------------------------------------------------

    def _read_page(self) -> None:
        if self._view is None or self._done or self._task is not None:
            return
        view, cursor, descending = self._view, self._cursor, self.descending
        session = self._workers.session

        def read() -> tuple[GroupPage, dict[int, str]]:
            page = ledger_groups.groups_page(view, cursor, descending=descending)
            singles = [group.last for group in page.groups if not group.is_campaign]
            return page, describe(singles)

        def work(progress: Progress, cancelled: CancelCheck) -> object:
            return session.read(read, cancelled=cancelled)

        task = self._workers.start(work, "ledger groups")
        task.succeeded.connect(self._arrived)
        task.failed.connect(self._failed)
        self._task = task

    def _arrived(self, result: object) -> None:
        if self.sender() is not self._task or not isinstance(result, tuple):
            return
        self._task = None
        page, described = result
        if self._fresh:
            self._fresh = False
            self.beginResetModel()
            self._groups = []
            self._described = {}
            self.endResetModel()
        self._described.update({key: translated(text) for key, text in described.items()})
        self._cursor = page.cursor
        self._done = page.cursor is None
        if page.groups:
            start = len(self._groups)
            self.beginInsertRows(QModelIndex(), start, start + len(page.groups) - 1)
            self._groups += page.groups
            self.endInsertRows()
        self.rows_arrived.emit()

    def _failed(self, error: Exception) -> None:
        if self.sender() is self._task:
            self._task = None
            self._done = True
            self.error = translated(error)
            self.rows_arrived.emit()

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._groups)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._done and self._task is None

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._read_page()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Description"),
            self.tr("Reference"),
            self.tr("Amount"),
            self.tr("Balance after"),
        )

    def header_extra(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.DescendingOrder
        if role == Qt.ItemDataRole.ToolTipRole and section == self.DATE:
            return self.tr("Click to sort by this column")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.group(index.row()) if index.isValid() else None
        if group is None:
            return None
        column = index.column()
        if role in LOOK_ROLES:
            return self.look(column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(group, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return negative_color() if column == self.AMOUNT and group.amount < 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(group, column)
        if role in (SORT_ROLE, RAW_ROLE):
            return (
                group.last.created_at,
                group.kind,
                self.description(group),
                self._reference(group),
                group.amount,
                group.balance_after,
            )[column]
        return None

    def _reference(self, group: Group) -> str:
        return f"campaign:{group.campaign_id}" if group.is_campaign else group.last.reference

    def _display(self, group: Group, column: int) -> str:
        if column == self.DATE:
            if group.is_campaign:
                return local_date(group.day)
            return date_text(group.last.created_at, QLocale().name())
        if column == self.KIND:
            return kind_text(group.kind)
        if column == self.DESCRIPTION:
            return self.description(group).replace("\n", " ")
        if column == self.REFERENCE:
            return self._reference(group)
        if column == self.AMOUNT:
            return credits_text(group.amount, signed=True)
        return credits_text(group.balance_after)

    def _tooltip(self, group: Group, column: int) -> str | None:
        if group.is_campaign and column in (self.DESCRIPTION, self.REFERENCE):
            return self.tr("Double-click to show each of the %Ln message(s)", "", group.count)
        if column in (self.DESCRIPTION, self.REFERENCE):
            return self.description(group) or None
        return None
