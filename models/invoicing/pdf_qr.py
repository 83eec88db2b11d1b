"""The payment QR code in a PDF: its dark modules filled as one path."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

from reportlab.platypus import Flowable

from models.payments.qr import QUIET_ZONE


def dark_runs(row: list[bool]) -> Iterator[tuple[int, int]]:
    """(first column, length) of each run of dark modules in a row."""
    column = 0
    for dark, run in groupby(row):
        length = len(list(run))
        if dark:
            yield column, length
        column += length


class QrCode(Flowable):
    """A square QR code `size` points wide, quiet zone included, from its modules (True = dark).

    One filled path of horizontal runs in module units: far fewer drawing operators than a
    square per module, and no seams between neighbouring squares in a viewer.
    """

    def __init__(self, modules: list[list[bool]], size: float) -> None:
        super().__init__()
        self.modules = modules
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        count = len(self.modules) + 2 * QUIET_ZONE
        canvas.saveState()
        canvas.scale(self.width / count, self.height / count)
        canvas.setFillColorRGB(0, 0, 0)
        # whole-module coordinates written as integers: a code has hundreds of runs, and
        # ReportLab's path API would format four floats for each
        rectangles = [
            f"{QUIET_ZONE + column} {count - QUIET_ZONE - 1 - row} {length} 1 re"
            for row, line in enumerate(self.modules)  # PDF's y grows upwards; row 0 is the top
            for column, length in dark_runs(line)
        ]
        canvas.addLiteral("\n".join([*rectangles, "f"]))
        canvas.restoreState()
