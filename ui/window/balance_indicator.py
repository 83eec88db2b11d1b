"""The balance in the toolbar's right end; hovering or clicking it offers Top up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from models.common.formatting import country_name, credits_with_unit
from ui.common.formatting import warning_style
from ui.common.icons import icon

if TYPE_CHECKING:  # the events' classes are not made before the first frame (QEvent's enums)
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QEnterEvent


class BalancePopup(QFrame):
    """The small popup under the balance: the amount, a hint, and Top up."""

    top_up_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("balancePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.caption = caption = QLabel(self.tr("Credit balance"))
        caption.setObjectName("balanceCaption")
        self.amount = QLabel()
        font = QFont(self.amount.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.amount.setFont(font)
        self.buys = QLabel()
        self.buys.setObjectName("balanceBuys")
        self.buys.setWordWrap(True)
        self.buys.setMinimumWidth(240)
        self.hint = QLabel()
        self.hint.setObjectName("balanceHint")
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(240)
        self.top_up = QPushButton(icon("top-up"), self.tr("Top up"))
        self.top_up.setObjectName("topUpButton")
        self.top_up.setDefault(True)
        self.top_up.clicked.connect(self.hide)
        self.top_up.clicked.connect(self.top_up_clicked)
        for widget in (caption, self.amount, self.buys, self.hint, self.top_up):
            layout.addWidget(widget)


class BalanceIndicator(QToolButton):
    """Shows “1,234.5678 credits”; warns below the low-balance threshold.

    Signals:
        top_up_requested: the popup's Top up was clicked.
    """

    top_up_requested = Signal()

    def __init__(
        self,
        read_balance: Callable[[], tuple[int, int | None]],
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("balanceIndicator")
        self._read_balance = read_balance
        self._locale = locale
        self.setIcon(icon("credits"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoRaise(True)
        self.popup = BalancePopup(self)
        self.popup.top_up_clicked.connect(self.top_up_requested)
        self._hover_timer = QTimer(self, singleShot=True, interval=350)
        self._hover_timer.timeout.connect(self.show_popup)
        self.clicked.connect(self.show_popup)
        self.low = False
        self.notice: str | None = None  # why sending waits, shown in the tooltip and popup
        self.refresh()

    def refresh(self) -> None:
        balance, threshold = self._read_balance()
        text = credits_with_unit(balance, self._locale)
        self.setText(text)
        self.low = threshold is not None and balance < threshold
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        warn = self.low or self.notice is not None
        # Scoped to the button: the popup is its child and would inherit a bare style, caption
        # and all. In the popup only the hint, which says why, takes the warning colour.
        self.setStyleSheet(f"QToolButton#balanceIndicator {{ {warning_style()} }}" if warn else "")
        self.popup.hint.setStyleSheet(f"QLabel#balanceHint {{ {warning_style()} }}" if warn else "")
        if self.notice is not None:
            self.setToolTip(self.notice)
        else:
            self.setToolTip(
                self.tr("Your balance is below the low-balance warning. Top up to keep sending.")
                if self.low
                else self.tr("Your credit balance. Click to top up.")
            )
        self.popup.amount.setText(text)
        if self.notice is not None:
            self.popup.hint.setText(self.notice)
        else:
            self.popup.hint.setText(
                self.tr("Below your low-balance warning: top up to keep campaigns going.")
                if self.low
                else self.tr("Credits never expire; they go only when you send messages.")
            )

    def set_notice(self, notice: str | None) -> None:
        """Say why sending waits (None: it does not); the balance shows in the warning colour."""
        self.notice = notice
        self.refresh()

    def show_popup(self) -> None:
        self._hover_timer.stop()
        if self.popup.isVisible():
            return
        self.popup.buys.setText(self._what_it_buys())
        self.popup.buys.setVisible(bool(self.popup.buys.text()))
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(self.width() - self.popup.width(), self.height()))
        self.popup.move(below)
        self.popup.show()

    def _what_it_buys(self) -> str:
        """“≈ 2,345 one-part messages to Czechia at 0.0426 credits”: the core's what_it_buys."""
        from models.pricing.buying_power import what_it_buys

        found = what_it_buys(self._read_balance()[0])
        if found is None:
            return ""
        if found.messages == 0:  # “≈ 0 messages” says nothing: say what to do, and the price
            return (
                self.tr("Top up to send messages: one to %1 costs %2.")
                .replace("%1", country_name(found.country, self._locale))
                .replace("%2", credits_with_unit(found.price, self._locale))
            )
        messages = min(found.messages, 2**31 - 1)  # tr() counts in a C int
        # %Ln: the count with the UI language's grouping, and the plural form it needs in Czech.
        return (
            self.tr("≈ %Ln one-part messages to %1 at %2 each", "", messages)
            .replace("%1", country_name(found.country, self._locale))
            .replace("%2", credits_with_unit(found.price, self._locale))
        )

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt override)
        self._hover_timer.start()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._hover_timer.stop()
        super().leaveEvent(event)
