"""Paints a QR code from its modules (the same matrix the PDF shows), black on white, crisp."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class QRCodeWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._modules: list[list[bool]] = []
        self.payload = ""
        self.setMinimumSize(QSize(180, 180))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_payload(self, payload: str) -> None:
        from models.payments.qr import qr_matrix

        self.payload = payload
        self._modules = qr_matrix(payload) if payload else []
        self.setToolTip(payload)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(220, 220)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(
            0, 0, side, side, QColor("white")
        )  # scanners need white, even in dark mode
        if not self._modules:
            return
        from models.payments.qr import QUIET_ZONE  # loaded by set_payload already

        count = len(self._modules) + 2 * QUIET_ZONE
        module = max(1, side // count)  # whole pixels per module keep the edges sharp
        offset = (side - module * count) // 2 + QUIET_ZONE * module
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, line in enumerate(self._modules):
            for column, dark in enumerate(line):
                if dark:
                    painter.drawRect(
                        offset + column * module, offset + row * module, module, module
                    )
        painter.end()
