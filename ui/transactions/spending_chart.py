"""Credits in and spent per day, week or month of the chosen period: a bar chart in palette colours.

The sums come from one SQL query per period (models/ledger/periods.py), run off the GUI thread.
Bar heights are drawn from floats (a chart needs them); every number shown is exact.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from models.common.money import MICRO
from models.common.progress import CancelCheck, Progress
from models.ledger import periods as ledger_periods
from models.ledger.periods import Bucket
from models.ledger.query import LedgerFilter
from ui.common.formatting import credits_text, language, local_date, negative_color
from ui.common.worker import Task, Workers


def bar_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(credits in, credits spent): the palette's highlight, and a red that suits its base."""
    return palette.color(QPalette.ColorRole.Highlight), negative_color()


class SpendingChart(QWidget):
    def __init__(self, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spendingChart")
        self._workers = workers
        self._task: Task | None = None
        self._buckets: list[Bucket] = []
        self._unit = ledger_periods.DAY
        self._wanted: tuple[LedgerFilter, date | None, date | None] | None = None

        self.unit = QComboBox()
        self.unit.setObjectName("chartUnit")
        self.unit.addItem(self.tr("Automatic"), "")
        self.unit.addItem(self.tr("Per day"), ledger_periods.DAY)
        self.unit.addItem(self.tr("Per week"), ledger_periods.WEEK)
        self.unit.addItem(self.tr("Per month"), ledger_periods.MONTH)
        chosen = self.unit.findData(QSettings().value("transactions/chartUnit", ""))
        self.unit.setCurrentIndex(max(chosen, 0))
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.status = QLabel()
        self.status.setObjectName("chartStatus")

        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setLocalizeNumbers(True)
        self.view = QChartView(self.chart)
        self.view.setObjectName("chartView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.unit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._apply_palette()

    # -- data -----------------------------------------------------------------------------------

    def show_filter(
        self, ledger_filter: LedgerFilter, first: date | None, last: date | None
    ) -> None:
        """Chart the entries of this filter over the local days first…last (None: all time)."""
        self._wanted = (ledger_filter, first, last)
        if self._task is not None:
            self._task.cancel()
        self.status.setText(self.tr("Adding up…"))
        week_start = (QLocale().firstDayOfWeek().value - 1) % 7
        unit = self.unit.currentData() or ""

        def sums() -> tuple[str, list[Bucket]]:
            span = (first, last) if first and last else ledger_periods.ledger_days()
            if span is None:
                return ledger_periods.DAY, []
            low, high = span[0], min(span[1], max(date.today(), span[0]))
            chosen = unit or _automatic_unit(low, high)
            chosen = ledger_periods.fitting_unit(low, high, chosen)
            spans = ledger_periods.buckets(low, high, chosen, week_start)
            return chosen, ledger_periods.series(ledger_filter, spans)

        session = self._workers.session

        def work(progress: Progress, cancelled: CancelCheck) -> tuple[str, list[Bucket]]:
            return session.read(sums, cancelled=cancelled)

        self._task = self._workers.start(work, "chart sums")
        self._task.succeeded.connect(self._arrived)

    def wait(self) -> None:
        """Let a pending sum arrive (tests)."""
        self._workers.wait(10)
        QApplication.processEvents()

    def shutdown(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _unit_changed(self) -> None:
        QSettings().setValue("transactions/chartUnit", self.unit.currentData() or "")
        if self._wanted is not None:
            self.show_filter(*self._wanted)

    def _arrived(self, result: object) -> None:
        if self.sender() is not self._task or not isinstance(result, tuple):
            return
        self._task = None
        self._unit, self._buckets = result
        self._draw()

    # -- drawing --------------------------------------------------------------------------------

    def _label(self, first: date, long: bool = False) -> str:
        locale = QLocale()
        day = QDate(first.year, first.month, first.day)
        if self._unit == ledger_periods.MONTH:
            return locale.toString(day, "MMMM yyyy" if long else "MMM yyyy")
        if not long:
            return locale.toString(day, "d. M." if language() == "cs" else "d MMM")
        text = local_date(first)
        if self._unit == ledger_periods.WEEK:
            return f"{text} – {local_date(first + timedelta(days=6))}"
        return text

    def _draw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        buckets = self._buckets
        spent_any = any(b.credits_in or b.credits_out for b in buckets)
        if not spent_any:
            self.status.setText(self.tr("No credits came in or went out in this period."))
        else:
            self.status.setText(
                {
                    ledger_periods.DAY: self.tr("Credits in and spent per day"),
                    ledger_periods.WEEK: self.tr("Credits in and spent per week"),
                    ledger_periods.MONTH: self.tr("Credits in and spent per month"),
                }[self._unit]
            )
        came_in = QBarSet(self.tr("Credits in"))
        spent = QBarSet(self.tr("Credits spent"))
        for bucket in buckets:
            came_in.append(bucket.credits_in / MICRO)
            spent.append(-bucket.credits_out / MICRO)
        series = QBarSeries()
        series.append(came_in)
        series.append(spent)
        series.setBarWidth(0.8)
        series.hovered.connect(self._hovered)
        self.chart.addSeries(series)

        days = self._x_axis()
        values = QValueAxis()
        top = max([b.credits_in for b in buckets] + [-b.credits_out for b in buckets] + [0])
        values.setRange(0, max(top / MICRO, 1.0))
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f" if top >= 10 * MICRO else "%.2f")
        self.chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(days)
        series.attachAxis(values)
        self._apply_palette()

    def _x_axis(self) -> QCategoryAxis:
        """Bucket i sits at x = i; labels at every few buckets, as many as fit side by side."""
        axis = QCategoryAxis()
        axis.setRange(-0.5, len(self._buckets) - 0.5)
        axis.setStartValue(-0.5)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setGridLineVisible(False)
        labels = [self._label(bucket.first_day) for bucket in self._buckets]
        widest = max((self.fontMetrics().horizontalAdvance(t) for t in labels), default=0)
        room = max(self.view.width() - 90, 100) / max(len(labels), 1)
        step = max(1, math.ceil((widest + 18) / room))
        used: set[str] = set()
        for index in range(0, len(labels), step):
            label = labels[index]
            if label in used:  # the same day of another year
                label = self._label(self._buckets[index].first_day, long=True)
            used.add(label)
            axis.append(label, index)
        return axis

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._buckets and self.chart.series():
            old = self.chart.axes(Qt.Orientation.Horizontal)
            series = self.chart.series()[0]
            for axis in old:
                self.chart.removeAxis(axis)
            axis = self._x_axis()
            self.chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(axis)
            self._apply_palette()

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self._buckets):
            QToolTip.hideText()
            return
        bucket = self._buckets[index]
        QToolTip.showText(
            QCursor.pos(),
            "\n".join(
                [
                    self._label(bucket.first_day, long=True),
                    self.tr("In: %1").replace("%1", credits_text(bucket.credits_in, signed=True)),
                    self.tr("Spent: %1").replace("%1", credits_text(-bucket.credits_out)),
                ]
            ),
            self.view,
        )

    def _apply_palette(self) -> None:
        """Colours from the palette, so the chart reads well in light and dark."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        self.chart.setBackgroundBrush(QBrush(base))
        self.chart.setBackgroundRoundness(0)
        self.chart.setPlotAreaBackgroundVisible(False)
        self.chart.setTitleBrush(QBrush(text))
        self.chart.legend().setLabelColor(text)
        self.chart.setLocale(QLocale())
        self.view.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        for axis in self.chart.axes():
            axis.setLabelsBrush(QBrush(text))
            axis.setLinePen(QPen(grid))
            axis.setGridLinePen(QPen(grid, 0.6, Qt.PenStyle.DotLine))
        came_in, spent = bar_colors(palette)
        for series in self.chart.series():
            if isinstance(series, QBarSeries):
                sets = series.barSets()
                for bar_set, color in zip(sets, (came_in, spent), strict=False):
                    bar_set.setColor(color)
                    bar_set.setBorderColor(color)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)


def _automatic_unit(first: date, last: date) -> str:
    days = (last - first).days + 1
    if days <= 62:
        return ledger_periods.DAY
    if days <= 366:
        return ledger_periods.WEEK
    return ledger_periods.MONTH
