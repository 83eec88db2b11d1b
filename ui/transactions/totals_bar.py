"""What the filtered entries add up to: count, credits in, credits out and net, always in view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from models.ledger.query import Totals
from ui.common.formatting import amount_font, count_text, credits_text, error_style

PENDING = "…"


class TotalsBar(QFrame):
    """Shows a filter's Totals; “…” while they are being counted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        self.count = self._pair(layout, self.tr("Entries"), "totalsCount")
        self.credits_in = self._pair(layout, self.tr("In"), "totalsIn")
        self.credits_out = self._pair(layout, self.tr("Out"), "totalsOut")
        self.net = self._pair(layout, self.tr("Net"), "totalsNet")
        font = self.net.font()
        font.setBold(True)
        self.net.setFont(font)
        unit = QLabel(self.tr("credits"))
        unit.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(unit)
        layout.addStretch()
        self.notice = QLabel()
        self.notice.setObjectName("totalsNotice")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notice.setOpenExternalLinks(True)
        layout.addWidget(self.notice)
        self._totals: Totals | None = None
        self.set_totals(None)

    def _pair(self, layout: QHBoxLayout, caption: str, name: str) -> QLabel:
        if layout.count():
            layout.addSpacing(14)
        label = QLabel(caption)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        value = QLabel()
        value.setObjectName(name)
        value.setFont(amount_font())
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        layout.addWidget(value)
        return value

    def set_totals(self, totals: Totals | None) -> None:
        self._totals = totals
        values = (self.count, self.credits_in, self.credits_out, self.net)
        if totals is None:
            for label in values:
                label.setText(PENDING)
                label.setStyleSheet("")
            self.setToolTip(self.tr("Adding up the entries…"))
            return
        self.setToolTip("")
        self.count.setText(count_text(totals.count))
        self.credits_in.setText(credits_text(totals.credits_in, signed=True))
        self.credits_out.setText(credits_text(totals.credits_out))
        self.net.setText(credits_text(totals.net, signed=True))
        red = error_style()
        self.credits_out.setStyleSheet(red if totals.credits_out < 0 else "")
        self.net.setStyleSheet(red if totals.net < 0 else "")

    def show_notice(self, html: str) -> None:
        self.notice.setText(html)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self.set_totals(self._totals)  # the red suits the new background
        super().changeEvent(event)
