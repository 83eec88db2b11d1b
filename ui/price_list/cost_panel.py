"""The cost of the campaign: breakdown, totals in credits and money, against the balance."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.common.formatting import credits_with_unit, money_text
from models.pricing.campaign_estimate import Estimate, credits_to_money
from ui.common.columns import AMOUNT_ALIGNMENT
from ui.common.formatting import amount_font, warning_style
from ui.common.icons import icon
from ui.price_list.breakdown_model import BreakdownModel


class CostPanel(QWidget):
    """Signals:
    top_up_requested(int): Top up the difference was clicked; the missing micro-credits.
    cancel_requested: the user stopped the pricing of a long list.
    """

    top_up_requested = Signal(object)
    cancel_requested = Signal()

    def __init__(self, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.missing = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = BreakdownModel(locale, self)
        self.table = QTableView()
        self.table.setObjectName("breakdownTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # operator names vary
        layout.addWidget(self.table, 1)

        busy = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("estimateProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelEstimateButton")
        self.cancel_button.clicked.connect(self.cancel_requested)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout.addLayout(busy)
        self.status = QLabel()
        self.status.setObjectName("estimateStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        totals = QFormLayout()
        totals.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.total_credits = self._amount_label("totalCredits", bold=True)
        self.total_money = self._amount_label("totalMoney")
        self.balance = self._amount_label("balanceCredits")
        self.missing_label = self._amount_label("missingCredits", bold=True)
        totals.addRow(self.tr("Total"), self.total_credits)
        totals.addRow(self.tr("In the account currency"), self.total_money)
        totals.addRow(self.tr("Your balance"), self.balance)
        self._missing_caption = QLabel(self.tr("Missing"))
        totals.addRow(self._missing_caption, self.missing_label)
        layout.addLayout(totals)

        buttons = QHBoxLayout()
        buttons.addStretch()
        self.top_up_button = QPushButton(icon("top-up"), self.tr("Top up the difference"))
        self.top_up_button.setObjectName("topUpDifferenceButton")
        self.top_up_button.clicked.connect(lambda: self.top_up_requested.emit(self.missing))
        self.send_button = QPushButton(self.tr("Send as campaign"))
        self.send_button.setObjectName("sendCampaignButton")
        self.send_button.setEnabled(False)
        self.send_button.setToolTip(
            self.tr("Queue one message per priced recipient and send them while credit lasts.")
        )
        buttons.addWidget(self.top_up_button)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.show_busy(False)
        for label in (self.total_credits, self.total_money, self.balance):
            label.setText("—")  # filled when the calculator is first shown
        self._missing_caption.setVisible(False)
        self.missing_label.setVisible(False)
        self.top_up_button.setVisible(False)

    def _amount_label(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        font = QFont(amount_font())
        font.setBold(bold)
        label.setFont(font)
        label.setAlignment(AMOUNT_ALIGNMENT)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_busy(self, busy: bool, done: int = 0, total: int = 0) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if busy:
            self.progress.setFormat(
                self.tr("Checking numbers: %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

    def show_estimate(
        self, estimate: Estimate | None, balance: int, currency: str, per_credit: int, unpriced: int
    ) -> None:
        """Show `estimate` (None: nothing to price yet) against `balance` (micro-credits)."""
        credits = lambda micro: credits_with_unit(micro, self._locale)  # noqa: E731
        self.balance.setText(credits(balance))
        total = estimate.total if estimate is not None else 0
        self.model.set_lines(list(estimate.lines) if estimate is not None else [])
        self.total_credits.setText(credits(total))
        self.total_money.setText(
            money_text(credits_to_money(total, per_credit), currency, self._locale)
        )
        self.missing = estimate.missing(balance) if estimate is not None else 0
        self.missing_label.setText(credits(self.missing))
        short = self.missing > 0
        self.missing_label.setStyleSheet(warning_style() if short else "")
        self.missing_label.setVisible(short)
        self._missing_caption.setVisible(short)
        self.top_up_button.setVisible(short)
        self.top_up_button.setDefault(short)
        notes = []
        if estimate is None:
            notes.append(self.tr("Type the message and add recipients to see what it will cost."))
        elif not short:
            notes.append(self.tr("Your balance covers this campaign."))
        if unpriced:
            notes.append(
                self.tr(
                    "%1 valid number(s) are in countries the price list does not cover; "
                    "they are not counted."
                ).replace("%1", str(unpriced))
            )
        self.status.setText(" ".join(notes))
