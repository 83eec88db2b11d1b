"""Table model of the whole ledger: a filter and a sort order, rows read on demand (any size).

It shows a `LedgerBlocks` window (see ui/transactions/ledger_blocks.py for how rows are reached);
the counts, totals and anchors that need a pass over the filtered entries are read by tasks of
the window's Workers (cancelled at once when the view changes) and arrive later: until then the
rows read from the start are all the table has, and `totals()` is None. A block read on the GUI thread gets READ_BUDGET_S; one that needs more
(a search that matches few rows scans far) is stopped and finished in the background, the rows
showing “…” meanwhile. Sorting is done in SQL: `sort()` starts a new view, never a proxy.

Signals:
    totals_changed(object): the filter's Totals, or None while they are being counted.
    view_reset(): a new filter, order or snapshot is shown (the rows start again from the top).
    rows_arrived(): rows read in the background were added or filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from models.common.database import ReadTimedOut
from models.common.progress import CancelCheck, Progress
from models.ledger import entries as ledger
from models.ledger import query as ledger_query
from models.ledger.descriptions import describe
from models.ledger.query import EntryRow, LedgerFilter, LedgerView, Order, Totals
from ui.common.columns import RAW_ROLE, SORT_ROLE
from ui.common.formatting import credits_text, negative_color
from ui.common.messages import translated
from ui.common.rows_model import LOOK_ROLES, ColumnsTableModel
from ui.common.worker import Task, Workers
from ui.transactions.ledger_blocks import BLOCK_SIZE, Deferred, LedgerBlocks, Read
from ui.transactions.ledger_text import date_text, kind_text, utc_text

Index = QModelIndex | QPersistentModelIndex
PLACEHOLDER = "…"
READ_BUDGET_S = 0.05  # a block read longer than this on the GUI thread goes to the background
MAX_DESCRIBED = 20_000  # descriptions kept (in the UI language) before they are made again


class LedgerModel(ColumnsTableModel):
    DATE, KIND, DESCRIPTION, REFERENCE, AMOUNT, BALANCE = range(6)
    SORT_KEYS = {DATE: ledger_query.DATE, KIND: ledger_query.KIND, AMOUNT: ledger_query.AMOUNT}
    AMOUNT_COLUMNS = (AMOUNT, BALANCE)

    totals_changed = Signal(object)
    view_reset = Signal()
    rows_arrived = Signal()

    def __init__(self, workers: Workers, block_size: int = BLOCK_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._block_size = block_size
        self._workers = workers
        self._filter = LedgerFilter()
        self._order = Order()
        self._blocks: LedgerBlocks | None = None
        self._retired: LedgerBlocks | None = None
        self._rows = 0
        self._totals: Totals | None = None
        self._totals_task: Task | None = None
        self._anchors_task: Task | None = None
        self._placeholders = False
        self._deferred: dict[Task, Read] = {}  # background tasks of block reads
        self._described: dict[int, str] = {}  # entry id → description in the UI language
        self.error = ""  # the last background failure, for the page to show

    # -- what is shown --------------------------------------------------------------------------

    @property
    def filter(self) -> LedgerFilter:
        return self._filter

    @property
    def order(self) -> Order:
        return self._order

    @property
    def view(self) -> LedgerView | None:
        return None if self._blocks is None else self._blocks.view

    @property
    def blocks(self) -> LedgerBlocks | None:
        return self._blocks

    def totals(self) -> Totals | None:
        return self._totals

    def set_filter(self, ledger_filter: LedgerFilter) -> None:
        self._filter = ledger_filter
        self.reload()

    def set_order(self, order: Order) -> None:
        self._order = order
        self.reload()

    def reload(self) -> None:
        """Show the current filter and order over the ledger as it is now, from the top."""
        self._cancel(self._totals_task, self._anchors_task, *self._deferred)
        self._totals_task = self._anchors_task = None
        self._deferred = {}
        view, count = ledger_query.open_view(self._filter, self._order)
        blocks = LedgerBlocks(view, count, self._block_size, run_read=self._budgeted_read)
        deferred = None
        try:
            blocks.load_start()
        except Deferred as slow:
            deferred = slow.read
        self.beginResetModel()
        # The old window (its blocks and anchors) is freed after the new rows are painted.
        self._retired = self._blocks
        self._blocks = blocks
        self._rows = blocks.row_count()
        self._placeholders = False
        self._totals = None
        self.endResetModel()
        self.view_reset.emit()
        self.totals_changed.emit(None)
        if deferred is not None:
            self._defer(deferred)
        # Counting starts on the next turn of the event loop, once the first rows are painted:
        # a worker thread starting now would compete with that for the interpreter.
        QTimer.singleShot(0, self, lambda: self._count(view))

    def _budgeted_read(self, view: LedgerView, read: Read) -> list[EntryRow]:
        """Run a block read, but raise Deferred instead of taking longer than READ_BUDGET_S."""
        try:
            return self._workers.session.read(lambda: read.rows(view), timeout=READ_BUDGET_S)
        except ReadTimedOut:
            raise Deferred(read) from None

    def _submit(self, read: Callable[[], object]) -> Task:
        """Run `read()` in the background; cancelling the task stops its query at once."""
        session = self._workers.session

        def work(progress: Progress, cancelled: CancelCheck) -> object:
            return session.read(read, cancelled=cancelled)

        task = self._workers.start(work, "ledger read")
        task.succeeded.connect(self._read_finished)
        task.failed.connect(self._read_failed)
        return task

    @staticmethod
    def _cancel(*tasks: Task | None) -> None:
        for task in tasks:
            if task is not None:
                task.cancel()

    @property
    def searching(self) -> bool:
        """Rows are being read in the background and none can be shown yet."""
        return self._rows == 0 and bool(self._deferred)

    def _row(self, position: int) -> EntryRow | None:
        assert self._blocks is not None
        try:
            return self._blocks.row(position)
        except Deferred as slow:
            self._defer(slow.read)
            return None

    def _defer(self, read: Read) -> None:
        """Finish a slow block read in the background (once); its rows show “…” meanwhile."""
        if read in self._deferred.values() or self._blocks is None:
            return
        view = self._blocks.view
        self._deferred[self._submit(lambda: read.rows(view))] = read

    def _count(self, view: LedgerView) -> None:
        self._retired = None
        if self._blocks is not None and self._blocks.view is view and self._totals is None:
            self._totals_task = self._submit(view.totals)
            self._anchor()  # already counted (no filter): no need to wait for the totals

    def _anchor(self) -> None:
        """Read the anchors of the segments that need them, once they are counted."""
        assert self._blocks is not None
        needed = self._blocks.segments_to_anchor()
        if needed and self._anchors_task is None and not self._blocks.anchored:
            view = self._blocks.view
            size = self._block_size
            self._anchors_task = self._submit(
                lambda: [(i, view.anchors(segment, size)) for i, segment in needed]
            )

    def is_current(self) -> bool:
        """Whether the ledger has no entries the view's snapshot is missing."""
        if self._blocks is None:
            return False
        return ledger_query.snapshot()[0] == self._blocks.view.upto_id

    def entry(self, row: int) -> EntryRow | None:
        if self._blocks is None or not 0 <= row < self._rows:
            return None
        return self._row(row)

    def wait_for_background(self, milliseconds: int = 10_000) -> None:
        """Let the background reads finish and deliver their results (tests, benchmarks)."""
        QCoreApplication.processEvents()  # starts a count that waits for the event loop
        self._workers.wait(milliseconds / 1000)
        QCoreApplication.processEvents()

    def shutdown(self) -> None:
        """Stop the background reads (their answers are ignored)."""
        self._cancel(self._totals_task, self._anchors_task, *self._deferred)
        self._totals_task = self._anchors_task = None
        self._deferred = {}

    # -- background results ---------------------------------------------------------------------

    def _read_finished(self, result: object) -> None:
        task = self.sender()
        if self._blocks is None or not isinstance(task, Task):
            return
        if task in self._deferred and isinstance(result, list):
            self._blocks.install(self._deferred.pop(task), result)
            self._continue_start()
            self._grow()
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self._rows - 1, self.columnCount() - 1)
                )
            self.rows_arrived.emit()
        elif task == self._totals_task and isinstance(result, Totals):
            self._totals_task = None
            self._blocks.set_totals(result)
            self._grow()
            self._totals = result
            self.totals_changed.emit(result)
            self._anchor()
        elif task == self._anchors_task and isinstance(result, list):
            self._anchors_task = None
            for index, anchors in result:
                self._blocks.set_anchors(index, anchors)
            if self._placeholders and self._rows:
                self._placeholders = False
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self._rows - 1, self.columnCount() - 1)
                )

    def _continue_start(self) -> None:
        """After a deferred read: go on reading the first screen's worth, if that is quick."""
        assert self._blocks is not None
        if self._rows == 0:
            try:
                self._blocks.load_start()
            except Deferred as slow:
                self._defer(slow.read)

    def _read_failed(self, error: Exception) -> None:
        task = self.sender()
        if not isinstance(task, Task):
            return
        self._deferred.pop(task, None)
        if task in (self._totals_task, self._anchors_task):
            self.error = translated(error)
            self.totals_changed.emit(None)

    def _grow(self) -> None:
        assert self._blocks is not None
        rows = self._blocks.row_count()
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._rows

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        if parent.isValid() or self._blocks is None or self._deferred:
            return False  # nothing more, or it is being read in the background
        return not self._blocks.complete

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            assert self._blocks is not None
            try:
                self._blocks.fetch_more()
            except Deferred as slow:
                self._defer(slow.read)
            self._grow()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: a new view from the top (before the first load, only remember it)."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return  # description, reference and balance do not sort
        descending = order == Qt.SortOrder.DescendingOrder
        collator = QCollator(QLocale())
        kinds = tuple(
            sorted(
                ledger.KINDS,
                key=cmp_to_key(lambda a, b: collator.compare(kind_text(a), kind_text(b))),
            )
        )
        wanted = Order(key, descending, kinds)
        if wanted == self._order:
            return
        self._order = wanted
        if self._blocks is not None:
            self.reload()

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
            return (
                Qt.SortOrder.AscendingOrder
                if section == self.KIND
                else Qt.SortOrder.DescendingOrder
            )
        if role == Qt.ItemDataRole.ToolTipRole and section in self.SORT_KEYS:
            return self.tr("Click to sort by this column")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._blocks is None:
            return None
        column = index.column()
        if role in LOOK_ROLES:
            return self.look(column, role)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            SORT_ROLE,
            RAW_ROLE,
        ):
            return None
        entry = self._row(index.row())
        if entry is None:
            self._placeholders = True
            if role == Qt.ItemDataRole.DisplayRole and column == self.DATE:
                return PLACEHOLDER
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DESCRIPTION:
                return self.description(entry, index.row()).replace("\n", " ")
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.AMOUNT and entry.amount < 0:
                return negative_color()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.DESCRIPTION, self.REFERENCE):
                return self.description(entry, index.row()) or None
            if column == self.DATE:
                return self.tr("%1 (UTC)").replace("%1", utc_text(entry.created_at))
            return None
        return (
            entry.created_at,
            entry.kind,
            entry.description,
            entry.reference,
            entry.amount,
            entry.balance_after,
        )[column]

    def description(self, entry: EntryRow, position: int | None = None) -> str:
        """The entry's description in the UI language, told from what it refers to (the
        stored English text is kept as posted). Made for the whole block around `position`
        at once: one query per kind of reference."""
        found = self._described.get(entry.id)
        if found is None:
            if len(self._described) > MAX_DESCRIBED:
                self._described.clear()
            near = (
                []
                if self._blocks is None or position is None
                else self._blocks.cached_block(position)
            )
            if entry not in near:
                near = [*near, entry]
            for key, text in describe(near).items():
                self._described[key] = translated(text)
            found = self._described[entry.id]
        return found

    def _display(self, entry: EntryRow, column: int) -> str:
        if column == self.DATE:
            return date_text(entry.created_at, QLocale().name())
        if column == self.KIND:
            return kind_text(entry.kind)
        if column == self.REFERENCE:
            return entry.reference
        if column == self.AMOUNT:
            return credits_text(entry.amount, signed=True)
        return credits_text(entry.balance_after)
