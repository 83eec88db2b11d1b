"""Bundled SVG icons, tinted with the palette's text colour so they stay crisp in light and dark."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPalette

if TYPE_CHECKING:  # painting's classes are made when the first icon is painted (their enums)
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


class _SvgEngine(QIconEngine):
    """Renders the SVG at whatever size is asked for, when it is asked for (nothing at start-up)."""

    def __init__(self, source: bytes) -> None:
        super().__init__()
        self._source = source
        self._renderer: QSvgRenderer | None = None

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        from PySide6.QtCore import QRectF

        if self._renderer is None:
            from PySide6.QtCore import QByteArray
            from PySide6.QtSvg import QSvgRenderer  # QtSvg loads with the first icon painted

            self._renderer = QSvgRenderer(QByteArray(self._source))
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        from PySide6.QtCore import QRect, Qt
        from PySide6.QtGui import QPainter, QPixmap

        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._source)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon `name` (a file in resources/icons without .svg) in the given or the text colour."""
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _tinted(name, color.name())


@cache
def _tinted(name: str, color: str) -> QIcon:
    source = (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8").replace("#000000", color)
    return QIcon(_SvgEngine(source.encode("utf-8")))


def app_icon() -> QIcon:
    """The app's own colours; drawn by the engine above, so that no icon plug-in loads at start."""
    return QIcon(_SvgEngine((ICON_DIR / "app.svg").read_bytes()))
