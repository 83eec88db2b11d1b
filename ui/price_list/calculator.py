"""The campaign cost calculator: prices the recipients off the GUI thread as the lists change."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.common.progress import CancelCheck, Progress
from models.ledger import entries as ledger
from models.outbox.queue import QueuedCampaign, queue_campaign
from models.pricing.campaign_estimate import (
    PricedRecipients,
    estimate,
    load_index,
    price_recipients,
)
from models.pricing.recipients import normalize_entries, split_pasted
from models.settings import store as settings
from ui.common.messages import translated
from ui.common.signals import AppSignals
from ui.common.worker import Task, Workers
from ui.price_list.cost_panel import CostPanel
from ui.price_list.message_editor import MessageEditor
from ui.price_list.recipients_editor import RecipientsEditor

DEBOUNCE_MS = 350


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class Calculator(QWidget):
    def __init__(
        self,
        signals: AppSignals,
        workers: Workers,
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("campaignCalculator")
        self._signals = signals
        self._workers = workers
        self.priced: PricedRecipients | None = None
        self._task: Task | None = None
        self._queueing: Task | None = None
        self._locale = locale
        self._default_country = "CZ"
        self.message = MessageEditor()
        self.recipients = RecipientsEditor()
        self.recipients.locale = locale
        self.cost = CostPanel(locale)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(_heading(self.tr("Message")))
        column.addWidget(self.message, 2)
        column.addWidget(_heading(self.tr("Recipients")))
        column.addWidget(self.recipients, 3)
        right = QWidget()
        cost_column = QVBoxLayout(right)
        cost_column.setContentsMargins(8, 0, 0, 0)
        cost_column.addWidget(_heading(self.tr("Cost")))
        cost_column.addWidget(self.cost, 1)
        self._splitter = splitter = QSplitter()
        self._halved = False
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.price_now)
        self.recipients.edited.connect(self._debounce.start)
        self.message.changed.connect(lambda _analysis: self.update_cost())
        self.cost.cancel_requested.connect(self.cancel)
        self.cost.top_up_requested.connect(signals.top_up_credits_requested)
        self.cost.send_button.clicked.connect(self.send_as_campaign)
        signals.balance_changed.connect(self.update_cost)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._halved:  # halves, whatever the texts' size hints (Czech ones are wider)
            self._halved = True
            half = self._splitter.width() // 2
            self._splitter.setSizes([half, self._splitter.width() - half])

    def refresh(self) -> None:
        """Settings or the price list may have changed: read them again and re-price."""
        self.message.set_max_parts(int(settings.get("messages.max_parts")))
        country = settings.get("recipients.default_country")
        if country != self._default_country or self.priced is not None:
            self._default_country = country
            self.price_now()
        self.update_cost()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def price_now(self) -> None:
        """Normalise and price the recipients in a worker thread; a newer list replaces it."""
        self._debounce.stop()
        self.cancel()
        text = self.recipients.text()
        if not text.strip():
            self.priced = None
            self.recipients.show_summary(None, self._default_country)
            self.update_cost()
            return
        country = self._default_country

        def work(progress: Progress, cancelled: CancelCheck) -> PricedRecipients:
            found = normalize_entries(split_pasted(text), country, progress, cancelled)
            return price_recipients(found, load_index(), cancelled)

        task = self._workers.start(work, "pricing")
        task.progressed.connect(self._progress)
        task.succeeded.connect(self._finished)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._stopped)
        self._task = task
        self.cost.show_busy(True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.cost.show_busy(False)

    # Answers of an older list (replaced by a newer one) are ignored: their task is not _task.

    def _progress(self, done: int, total: int) -> None:
        if self.sender() is self._task:
            self.cost.show_busy(True, done, total)

    def _finished(self, priced: PricedRecipients) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        self.cost.show_busy(False)
        self.priced = priced
        self.recipients.show_summary(priced.recipients, self._default_country, priced.refused)
        self.update_cost()

    def _failed(self, error: Exception) -> None:
        if self.sender() is self._task:
            self._task = None
            self.cost.show_busy(False)
            self.cost.status.setText(
                self.tr("The recipients could not be priced: %1").replace("%1", translated(error))
            )

    def _stopped(self) -> None:
        if self._task is None:  # stopped by Cancel, not replaced by a newer list
            self.cost.show_busy(False)
            self.cost.status.setText(self.tr("Stopped. Edit the recipients to price them again."))

    def update_cost(self) -> None:
        currency, per_credit = settings.account_currency()
        parts = self.message.analysis.parts
        self.cost.send_button.setEnabled(
            self.priced is not None
            and self.priced.priced_count > 0
            and parts > 0
            and self._task is None
            and self._queueing is None
        )
        if self.priced is None or parts == 0:
            self.cost.show_estimate(None, ledger.balance(), currency, per_credit, 0)
            return
        self.cost.show_estimate(
            estimate(self.priced, parts),
            ledger.balance(),
            currency,
            per_credit,
            len(self.priced.unpriced),
        )

    # -- Send as campaign ------------------------------------------------------------------------

    def send_as_campaign(self) -> None:
        """Confirm cost against the balance, then queue the campaign in a worker and send it."""
        from ui.price_list.send_campaign import SendCampaignDialog

        priced, analysis = self.priced, self.message.analysis
        if priced is None or analysis.parts == 0 or self._queueing is not None:
            return
        text = self.message.edit.toPlainText()
        dialog = SendCampaignDialog(
            estimate(priced, analysis.parts), analysis, ledger.balance(), self._locale, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, sender = dialog.name.text(), dialog.chosen_sender
        valid = priced.recipients.valid

        def work(progress: Progress, cancelled: CancelCheck) -> QueuedCampaign:
            return queue_campaign(text, valid, load_index(), sender, name, cancelled)

        task = self._workers.start(work, "queue campaign")
        task.succeeded.connect(self._queued)
        task.failed.connect(self._queue_failed)
        self._queueing = task
        self.cost.send_button.setEnabled(False)
        self.cost.status.setText(self.tr("Queueing the campaign…"))

    def _queued(self, queued: QueuedCampaign) -> None:
        self._queueing = None
        self.cost.status.setText(
            self.tr("Campaign “%1” queued: %2 messages. Follow it in the Outbox.")
            .replace("%1", queued.name)
            .replace("%2", str(queued.queued))
        )
        self.update_cost()
        self._signals.outbox_changed.emit()
        self._signals.page_requested.emit("outboxPage")

    def _queue_failed(self, error: Exception) -> None:
        self._queueing = None
        self.update_cost()
        QMessageBox.warning(self, self.tr("Send as campaign"), translated(error))
