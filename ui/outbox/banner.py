"""The notice above the outbox: why sending stopped, and what brings it back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.common.icons import icon

WARNING_STYLE = (
    "QFrame#outboxBanner { background: rgba(217, 72, 15, 28); border: 1px solid #d9480f; "
    "border-radius: 4px; }"
)
INFO_STYLE = (
    "QFrame#outboxBanner { background: palette(alternate-base); border: 1px solid palette(mid); "
    "border-radius: 4px; }"
)


class OutboxBanner(QFrame):
    """Signals:
    top_up_clicked: Top up the difference was clicked.
    resume_clicked: Resume sending was clicked.
    """

    top_up_clicked = Signal()
    resume_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel()
        self.text.setObjectName("outboxBannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text, 1)
        self.top_up = QPushButton(icon("top-up"), self.tr("Top up the difference"))
        self.top_up.setObjectName("outboxTopUpButton")
        self.top_up.clicked.connect(self.top_up_clicked)
        self.resume = QPushButton(self.tr("Resume sending"))
        self.resume.setObjectName("bannerResumeButton")
        self.resume.clicked.connect(self.resume_clicked)
        layout.addWidget(self.top_up)
        layout.addWidget(self.resume)
        self.hide()

    def show_notice(self, text: str, warning: bool, top_up: bool, resume: bool) -> None:
        self.text.setText(text)
        self.setStyleSheet(WARNING_STYLE if warning else INFO_STYLE)
        self.top_up.setVisible(top_up)
        self.resume.setVisible(resume)
        self.show()
