"""Outbox page: messages waiting for credit, campaigns and their messages, pause, Remove outbox."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.common.progress import CancelCheck, Progress
from models.ledger import entries as ledger
from models.outbox import queue as outbox
from models.outbox import sending_policy
from ui.common.formatting import count_text, credits_with_unit
from ui.common.messages import translated
from ui.common.page import EmptyState, Page
from ui.common.signals import AppSignals
from ui.common.views import make_table, sorted_proxy
from ui.common.worker import Workers
from ui.outbox import sender as sending
from ui.outbox.banner import OutboxBanner
from ui.outbox.campaigns_model import CampaignsModel
from ui.outbox.messages_model import CAMPAIGN, SENDER, STATE, TEXT, OutboxMessagesModel
from ui.outbox.sender import OutboxSender

REFRESH_MS = 1000


def _lazy_table(model: OutboxMessagesModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    for column, width in enumerate((160, 130, 100, 50, 110, 130, 90, 100)):
        table.setColumnWidth(column, width)
    return table


class OutboxPage(Page):
    icon_name = "outbox"

    def __init__(
        self,
        signals: AppSignals,
        workers: Workers,
        sender: OutboxSender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signals, parent)
        self.setObjectName("outboxPage")
        self._workers = workers
        self.outbox_sender = sender if sender is not None else OutboxSender(signals, workers, self)
        self.pause_button = self.add_action_button(self.tr("Pause sending"))
        self.pause_button.setObjectName("pauseSendingButton")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.remove_button = self.add_action_button(self.tr("Remove outbox"))
        self.remove_button.setObjectName("removeOutboxButton")
        self.remove_button.clicked.connect(lambda: self.remove_outbox(None))
        self.pause_button.setDefault(False)
        self.pause_button.setEnabled(False)  # until refresh() finds something to pause
        self.summary = outbox.OutboxSummary(0, 0, 0, None)

        self.empty = EmptyState(
            self.icon_name,
            self.tr("The outbox is empty"),
            self.tr(
                "Messages that wait for credit during a campaign will wait here until you "
                "top up or remove them. Send a campaign from the Price list's calculator."
            ),
            self.tr("Open the campaign calculator"),
        )
        assert self.empty.action_button is not None
        self.empty.action_button.clicked.connect(
            lambda: signals.page_requested.emit("priceListPage")
        )
        self.body.addWidget(self.empty)
        self.body.addWidget(self._build_content())

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.outbox_sender.changed.connect(self.refresh)
        self.outbox_sender.progressed.connect(self._progressed)
        signals.data_changed.connect(self._refresh_if_shown)
        signals.balance_changed.connect(self._refresh_if_shown)

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = OutboxBanner()
        self.banner.top_up_clicked.connect(
            lambda: self._signals.top_up_credits_requested.emit(
                max(1, self.summary.missing(ledger.balance()))
            )
        )
        self.banner.resume_clicked.connect(self.resume)
        layout.addWidget(self.banner)
        status = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("outboxStatus")
        self.status.setWordWrap(True)
        status.addWidget(self.status, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("sendingProgress")
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        status.addWidget(self.progress)
        layout.addLayout(status)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("outboxTabs")
        self.queued_model = OutboxMessagesModel(self)
        self.queued_table = _lazy_table(self.queued_model, "queuedMessages")
        self.queued_table.setColumnHidden(STATE, True)
        self.queued_stack = QStackedWidget()
        self.queued_stack.addWidget(
            EmptyState(
                self.icon_name,
                self.tr("Nothing waits to be sent"),
                self.tr("Every message of your campaigns has been sent, failed or removed."),
            )
        )
        self.queued_stack.addWidget(self.queued_table)
        self.tabs.addTab(self.queued_stack, self.tr("Waiting"))
        self.tabs.addTab(self._build_campaigns(), self.tr("Campaigns"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.tabs, 1)
        return content

    def _build_campaigns(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        self.campaigns_model = CampaignsModel()
        self.campaigns_proxy = sorted_proxy(self.campaigns_model)
        self.campaigns_table = make_table(self.campaigns_proxy, "campaignsTable")
        self.campaigns_table.selectionModel().selectionChanged.connect(self._campaign_selected)
        self.campaigns_table.horizontalHeader().setStretchLastSection(False)
        header = self.campaigns_table.horizontalHeader()
        header.setSectionResizeMode(CampaignsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.campaigns_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.campaigns_table.setWordWrap(False)
        column.addWidget(self.campaigns_table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("messageStateFilter")
        self.state_filter.addItem(self.tr("All messages"), None)
        for state in (outbox.QUEUED, outbox.SENT, outbox.FAILED, outbox.REMOVED):
            self.state_filter.addItem(self.queued_model.state_text(state), state)
        self.state_filter.currentIndexChanged.connect(self._campaign_selected)
        row.addWidget(self.state_filter)
        row.addStretch()
        self.remove_campaign_button = QPushButton(
            self.tr("Remove this campaign's waiting messages")
        )
        self.remove_campaign_button.setObjectName("removeCampaignQueueButton")
        self.remove_campaign_button.clicked.connect(
            lambda: self.remove_outbox(self.selected_campaign())
        )
        row.addWidget(self.remove_campaign_button)
        column.addLayout(row)
        splitter.addWidget(top)
        self.campaign_messages = OutboxMessagesModel(self)
        messages = _lazy_table(self.campaign_messages, "campaignMessages")
        for column in (CAMPAIGN, SENDER, TEXT):  # of the campaign chosen above
            messages.setColumnHidden(column, True)
        splitter.addWidget(messages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return splitter

    def title(self) -> str:
        return self.tr("Outbox")

    def explanation(self) -> str:
        return self.tr("Messages waiting to be sent, and what became of your campaigns.")

    # -- loading ------------------------------------------------------------------------------

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("Sent %1 of %2")
            .replace("%1", count_text(done))
            .replace("%2", count_text(total))
        )
        self._refresh_if_shown()

    def refresh(self) -> None:
        self.summary = outbox.summary()
        balance = ledger.balance()
        campaigns = outbox.campaigns()
        self.body.setCurrentIndex(1 if campaigns else 0)
        self._show_status(balance)
        if self.tabs.currentIndex() == 0:
            if self.summary.queued:
                self.queued_model.reload(outbox.QUEUED)
            else:
                self.queued_model.clear()
            self.queued_stack.setCurrentIndex(1 if self.summary.queued else 0)
        selected = self.selected_campaign()
        self.campaigns_model.set_rows(campaigns)
        self._select_campaign(selected)
        self._update_buttons()

    def _show_status(self, balance: int) -> None:
        credits = lambda micro: credits_with_unit(micro)  # noqa: E731
        found = self.summary
        self.tabs.setTabText(0, self.tr("Waiting (%1)").replace("%1", count_text(found.queued)))
        self.status.setText(
            self.tr(
                "%Ln message(s) wait · %1 needed to send them all · balance %2", "", found.queued
            )
            .replace("%1", credits(found.needed))
            .replace("%2", credits(balance))
        )
        state = self.outbox_sender.state
        self.progress.setVisible(state == sending.SENDING)
        if state == sending.WAITING_FOR_CREDIT and found.queued:
            self.banner.show_notice(
                self.tr(
                    "Sending stopped: your balance (%1) cannot pay the next message "
                    "(%2). %Ln message(s) wait; top up %3 to send them all, or "
                    "remove them with Remove outbox.",
                    "",
                    found.queued,
                )
                .replace("%1", credits(balance))
                .replace("%2", credits(found.next_price or 0))
                .replace("%3", credits(found.missing(balance))),
                warning=True,
                top_up=True,
                resume=sending_policy.pays_next(found.next_price, balance),
            )
        elif state == sending.PROBLEM:
            self.banner.show_notice(
                self.tr("Sending stopped: %1").replace("%1", self.outbox_sender.problem),
                warning=True,
                top_up=False,
                resume=True,
            )
        elif state == sending.PAUSED and found.queued:
            self.banner.show_notice(
                self.tr("Sending is paused. %Ln message(s) wait.", "", found.queued),
                warning=False,
                top_up=False,
                resume=False,  # the header's Resume sending is right above
            )
        else:
            self.banner.hide()

    def _update_buttons(self) -> None:
        found = self.summary
        self.remove_button.setEnabled(found.queued > 0)
        self.remove_button.setToolTip(
            self.tr("Remove every waiting message; nothing is charged for them.")
            if found.queued
            else self.tr("The outbox is empty.")
        )
        paused = self.outbox_sender.state == sending.PAUSED
        self.pause_button.setText(self.tr("Resume sending") if paused else self.tr("Pause sending"))
        self.pause_button.setEnabled(
            paused or self.outbox_sender.busy or found.queued > 0 or found.sending > 0
        )
        stats = self.campaigns_model.find(self.selected_campaign())
        self.remove_campaign_button.setEnabled(stats is not None and stats.count(outbox.QUEUED) > 0)

    # -- campaigns ----------------------------------------------------------------------------

    def selected_campaign(self) -> int | None:
        rows = self.campaigns_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.campaigns_model.campaign(self.campaigns_proxy.mapToSource(rows[0]).row()).id

    def _select_campaign(self, campaign_id: int | None) -> None:
        for row in range(self.campaigns_model.rowCount()):
            if self.campaigns_model.campaign(row).id == campaign_id or (
                campaign_id is None and row == 0
            ):
                index = self.campaigns_proxy.mapFromSource(self.campaigns_model.index(row, 0))
                self.campaigns_table.selectRow(index.row())
                return
        self.campaign_messages.clear()

    def _campaign_selected(self, *_args: object) -> None:
        campaign = self.selected_campaign()
        if campaign is None:
            self.campaign_messages.clear()
        else:
            self.campaign_messages.reload(self.state_filter.currentData(), campaign)
        self._update_buttons()

    # -- actions ------------------------------------------------------------------------------

    def toggle_pause(self) -> None:
        if self.outbox_sender.state == sending.PAUSED:
            self.resume()
        else:
            self.outbox_sender.pause()

    def resume(self) -> None:
        self.outbox_sender.resume()
        self.refresh()

    def remove_outbox(self, campaign_id: int | None) -> None:
        """Ask, then remove the waiting messages (of one campaign) in a worker; no charge."""
        if campaign_id is None:
            count, needed = self.summary.queued, self.summary.needed
        else:
            stats = self.campaigns_model.find(campaign_id)
            if stats is None:
                return
            count, needed = stats.count(outbox.QUEUED), stats.credits.get(outbox.QUEUED, 0)
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove outbox"),
            self.tr(
                "Remove %Ln waiting message(s) (%1)? They will not be sent and nothing is "
                "charged for them. Messages already being sent finish sending.",
                "",
                count,
            ).replace("%1", credits_with_unit(needed)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(progress: Progress, cancelled: CancelCheck) -> int:
            return outbox.remove_queued(campaign_id)

        task = self._workers.start(work, "remove outbox")
        task.succeeded.connect(self._removed)
        task.failed.connect(self._remove_failed)
        self.remove_button.setEnabled(False)

    def _remove_failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Remove outbox"), translated(error))
        self.refresh()

    def _removed(self, count: int) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Removed %Ln waiting message(s); nothing was charged for them.", "", count),
                8000,
            )
        self._signals.data_changed.emit()
        self._signals.balance_changed.emit()
        self.refresh()
