"""The frame every page shares: a header (title, one-line explanation, primary action) and a body."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.icons import icon
from ui.common.signals import AppSignals


class Page(QWidget):
    """A sidebar page. Subclasses set `icon_name`, and give `title()` and `explanation()`."""

    icon_name = "empty"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._signals = signals
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)

        header = QHBoxLayout()
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self._title = QLabel(self.title())
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._explanation = QLabel(self.explanation())
        self._explanation.setForegroundRole(self._explanation.foregroundRole())
        self._explanation.setWordWrap(True)
        texts.addWidget(self._title)
        texts.addWidget(self._explanation)
        header.addLayout(texts, 1)
        self.actions_layout = QHBoxLayout()
        header.addLayout(self.actions_layout)
        header.setAlignment(self.actions_layout, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(header)

        self.body = QStackedWidget()
        layout.addWidget(self.body, 1)

    def title(self) -> str:
        raise NotImplementedError

    def explanation(self) -> str:
        raise NotImplementedError

    def add_action_button(self, text: str, icon_name: str | None = None) -> QPushButton:
        """A button in the header's right end; the first one added is the page's primary action."""
        button = QPushButton(text)
        if icon_name:
            button.setIcon(icon(icon_name))
        if self.actions_layout.count() == 0:
            button.setDefault(True)
        self.actions_layout.addWidget(button)
        return button

    def refresh(self) -> None:
        """Reload what the page shows from the database (called when it is shown or data changes)."""


class EmptyState(QWidget):
    """What a page shows before it has anything: what it will hold and the action that fills it."""

    def __init__(
        self,
        icon_name: str,
        heading: str,
        text: str,
        action_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setEnabled(False)
        layout.addWidget(picture)
        title = QLabel(heading)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(520)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(body)
        row.addStretch()
        layout.addLayout(row)
        self.action_button: QPushButton | None = None
        if action_text:
            self.action_button = QPushButton(action_text)
            button_row = QHBoxLayout()
            button_row.addStretch()
            button_row.addWidget(self.action_button)
            button_row.addStretch()
            layout.addLayout(button_row)
        layout.addStretch(3)
