"""The rows of a ledger view, held as blocks of row positions and read by keyset seeks on demand.

How any row of a million is reached without reading the rows before it:

* Rows are numbered 0…N-1 in the view's order and read in blocks of `block_size` positions
  (block b holds rows b·B … b·B+B-1). Only a few dozen blocks stay cached; the farthest from
  the rows being looked at are dropped.
* A block is read by one indexed seek from a known key: after the last row of the block before
  it, before the first row of the block after it (read backwards), from the start of the view
  (block 0), or from the end (the last block; it holds N mod B rows, so N must be known).
  Blocks a few steps away from a cached one or from an end are reached by chaining such seeks.
* N comes from the account row for the unfiltered ledger (free) or from the view's aggregate
  query, run off the GUI thread. Until it arrives, the rows read so far from the start are all
  there is (and `fetch_more` reads the next block, as lists that load on scrolling do).
* For a jump far from anything cached (dragging the scroll bar to the middle) the view's
  *anchors* — the key of every block's first row, 1 key per B rows, read in one background
  pass over the index — turn every block into a single seek. Until they arrive such rows are
  not available yet (`row()` returns None; the table shows a placeholder).

A read that would take long (a search that matches few rows scans far) can be cut short by the
caller's `run_read`, which raises Deferred with the `Read`: the same seek, to be run off the
GUI thread and handed back with `install()`. The block stays missing meanwhile.

A view is an ordered list of segments (one for date or amount order, one per kind for the kind
order); each keeps its own blocks, count and anchors, and positions run through them in turn.
The snapshot id in the view keeps positions stable while entries are being appended.
Nothing here knows Qt: ui/transactions/ledger_model.py wraps it for the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from models.ledger.query import EntryRow, Key, LedgerView, Segment, Totals

BLOCK_SIZE = 200
MAX_BLOCKS = 60  # 12,000 rows in memory at most
CHAIN = 4  # blocks read one after another to reach a block near a cached one or an end


@dataclass(frozen=True)
class Read:
    """One block's seek: which block of which segment, and LedgerView.page()'s arguments."""

    run: int
    number: int
    segment: Segment
    limit: int
    key: Key | None = None
    inclusive: bool = False
    backwards: bool = False

    def rows(self, view: LedgerView) -> list[EntryRow]:
        return view.page(self.segment, self.limit, self.key, self.inclusive, self.backwards)


class Deferred(Exception):  # noqa: N818 (a signal to the caller, not an error)
    """A read was cut short; run `read` elsewhere and `install()` its rows."""

    def __init__(self, read: Read) -> None:
        super().__init__(read)
        self.read = read


@dataclass
class _Run:
    """One segment's rows: its count when known, cached blocks, anchors when read."""

    segment: Segment
    count: int | None = None
    reached: int = 0  # rows read one block after another from the first (while not counted)
    blocks: dict[int, list[EntryRow]] = field(default_factory=dict)
    anchors: list[Key] | None = None

    @property
    def size(self) -> int:
        return self.count if self.count is not None else self.reached


class LedgerBlocks:
    """Row positions of one view, loaded block by block (see the module docstring)."""

    def __init__(
        self,
        view: LedgerView,
        count: int | None = None,
        block_size: int = BLOCK_SIZE,
        max_blocks: int = MAX_BLOCKS,
        run_read: Callable[[LedgerView, Read], list[EntryRow]] | None = None,
    ) -> None:
        self.view = view
        self.run_read = run_read or (lambda view, read: read.rows(view))
        self.block_size = block_size
        self.max_blocks = max(max_blocks, 2 * CHAIN + 2)
        self._runs = [_Run(segment) for segment in view.segments]
        if count is not None and len(self._runs) == 1:
            self._runs[0].count = count
        self._recent = (0, 0)
        self.seeks = 0  # queries run, for tests and the benchmark

    # -- what is known --------------------------------------------------------------------------

    @property
    def complete(self) -> bool:
        """Every segment's count is known, so every position exists."""
        return all(run.count is not None for run in self._runs)

    @property
    def anchored(self) -> bool:
        return all(run.anchors is not None for run in self._runs)

    def row_count(self) -> int:
        """The rows that exist now: all of them once counted, else those read from the start."""
        rows = 0
        for run in self._runs:
            rows += run.size
            if run.count is None:
                break
        return rows

    def set_totals(self, totals: Totals) -> None:
        """Take the counts from the view's aggregate query."""
        if len(self._runs) == 1:
            self._runs[0].count = totals.count
            return
        for run in self._runs:
            assert run.segment.kind is not None
            run.count = totals.counts_by_kind.get(run.segment.kind, 0)

    def segments_to_anchor(self) -> list[tuple[int, Segment]]:
        """Segments too long to reach every block by chaining, which need anchors."""
        reach = (2 * CHAIN + 2) * self.block_size
        return [
            (i, run.segment)
            for i, run in enumerate(self._runs)
            if run.anchors is None and run.count is not None and run.count > reach
        ]

    def set_anchors(self, segment_index: int, anchors: list[Key]) -> None:
        self._runs[segment_index].anchors = anchors

    # -- reading --------------------------------------------------------------------------------

    def fetch_more(self) -> int:
        """While the count is unknown: read the next block from the start; returns new rows."""
        before = self.row_count()
        size = self.block_size
        for index, run in enumerate(self._runs):
            if run.count is not None:
                continue
            number = run.reached // size
            if number and self._block(run, index, number - 1) is None:
                return 0  # cannot happen: the block before the frontier is never dropped
            self._read(run, number)
            if self.row_count() > before:
                break
        self._evict()
        return self.row_count() - before

    def load_start(self) -> None:
        """Read the first rows: at least a block's worth, across short segments."""
        while not self.complete and self.row_count() < self.block_size:
            self.fetch_more()
        for index, run in enumerate(self._runs):  # counted from the account row, not read yet
            if run.count:
                self._block(run, index, 0)
                break

    def row(self, position: int) -> EntryRow | None:
        """The row at `position` (0 ≤ position < row_count()), or None while not reachable."""
        offset = 0
        for index, run in enumerate(self._runs):
            if position < offset + run.size:
                local = position - offset
                block = self._block(run, index, local // self.block_size)
                if block is None:
                    return None
                return block[local % self.block_size]
            offset += run.size
        raise IndexError(position)

    def cached_block(self, position: int) -> list[EntryRow]:
        """The rows of the cached block that holds `position` (none when it is not cached)."""
        offset = 0
        for run in self._runs:
            if position < offset + run.size:
                return run.blocks.get((position - offset) // self.block_size, [])
            offset += run.size
        return []

    def install(self, read: Read, rows: list[EntryRow]) -> None:
        """Take the rows of a read that was deferred and run elsewhere."""
        self._store(self._runs[read.run], read.number, rows)
        self._evict()

    def cached_rows(self) -> int:
        return sum(len(block) for run in self._runs for block in run.blocks.values())

    # -- blocks ---------------------------------------------------------------------------------

    def _block(self, run: _Run, index: int, number: int) -> list[EntryRow] | None:
        found = run.blocks.get(number)
        if found is not None:
            return found
        self._recent = (index, number)
        if run.anchors is not None and number < len(run.anchors):
            self._read(run, number, anchor=run.anchors[number])
        else:
            self._chain(run, number)
        self._evict()
        return run.blocks.get(number)

    def _chain(self, run: _Run, number: int) -> None:
        """Reach `number` from the nearest cached block or end within CHAIN blocks, if any."""
        last = None if run.count is None else max(0, (run.count - 1) // self.block_size)
        for distance in range(1, CHAIN + 1):
            below = number - distance
            if below == -1 or below in run.blocks:
                for step in range(below + 1, number + 1):
                    if step not in run.blocks:
                        self._read(run, step)
                return
            above = number + distance
            if above in run.blocks or (last is not None and above == last + 1):
                for step in range(above - 1, number - 1, -1):
                    if step not in run.blocks:
                        self._read(run, step)
                return

    def _read(self, run: _Run, number: int, anchor: Key | None = None) -> list[EntryRow]:
        """Read block `number` with one seek (its neighbours or an end must be known)."""
        size = self.block_size
        segment = run.segment
        place = (self._runs.index(run), number, segment)
        if anchor is not None:
            read = Read(*place, size, anchor, inclusive=True)
        elif number == 0:
            read = Read(*place, size)
        elif (before := run.blocks.get(number - 1)) is not None:
            read = Read(*place, size, segment.key(before[-1]))
        elif (after := run.blocks.get(number + 1)) is not None:
            read = Read(*place, size, segment.key(after[0]), backwards=True)
        else:  # the last block, read backwards from the end
            assert run.count is not None
            read = Read(*place, run.count - number * size, backwards=True)
        self.seeks += 1
        rows = self.run_read(self.view, read)
        self._store(run, number, rows)
        return rows

    def _store(self, run: _Run, number: int, rows: list[EntryRow]) -> None:
        run.blocks[number] = rows
        size = self.block_size
        if run.count is None and number * size == run.reached:  # the frontier moves on
            run.reached += len(rows)
            if len(rows) < size:
                run.count = run.reached

    def _evict(self) -> None:
        """Drop the blocks farthest from the last one asked for; keep each frontier block."""
        size = self.block_size
        frontiers = {
            (i, run.reached // size - (run.reached % size == 0))
            for i, run in enumerate(self._runs)
            if run.count is None
        }
        cached = [
            (i, n)
            for i, run in enumerate(self._runs)
            for n in run.blocks
            if (i, n) not in frontiers
        ]
        if len(cached) + len(frontiers) <= self.max_blocks:
            return
        recent_run, recent_block = self._recent
        cached.sort(
            key=lambda place: (abs(place[0] - recent_run), abs(place[1] - recent_block)),
            reverse=True,
        )
        for run_index, number in cached[: len(cached) + len(frontiers) - self.max_blocks]:
            del self._runs[run_index].blocks[number]
