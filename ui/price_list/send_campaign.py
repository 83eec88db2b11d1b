"""Send as campaign: name and sender, and what it costs against the balance, before anything is queued."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.common.formatting import count_text, credits_with_unit
from models.outbox.queue import default_name
from models.pricing.campaign_estimate import Estimate
from models.pricing.sms import MessageAnalysis
from models.settings import sending
from models.settings import store as settings
from ui.common.formatting import amount_font, error_style
from ui.common.messages import translated


class SendCampaignDialog(QDialog):
    def __init__(
        self,
        estimate: Estimate,
        analysis: MessageAnalysis,
        balance: int,
        locale: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendCampaignDialog")
        self.setWindowTitle(self.tr("Send as campaign"))
        self.setMinimumWidth(480)
        credits = lambda micro: credits_with_unit(micro, locale)  # noqa: E731
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(default_name())
        self.name.setObjectName("campaignName")
        self.name.setMaxLength(120)
        self.sender = QLineEdit(settings.get("messages.sender"))
        self.sender.setObjectName("campaignSender")
        self.sender.setPlaceholderText(self.tr("The gateway's system number"))
        self.sender.setToolTip(
            self.tr("A name of up to 11 letters and digits, or your own phone number.")
        )
        self.sender.textChanged.connect(self._check_sender)
        form.addRow(self.tr("Campaign name"), self.name)
        form.addRow(self.tr("Sender"), self.sender)
        self.sender_error = QLabel()
        self.sender_error.setStyleSheet(error_style())
        self.sender_error.hide()
        form.addRow("", self.sender_error)
        form.addRow(self.tr("Messages"), self._amount(count_text(estimate.recipients, locale)))
        form.addRow(
            self.tr("Each message"),
            QLabel(self.tr("%Ln part(s), %1", "", analysis.parts).replace("%1", analysis.encoding)),
        )
        total = self._amount(credits(estimate.total), bold=True)
        total.setObjectName("campaignTotal")
        form.addRow(self.tr("Total"), total)
        form.addRow(self.tr("Your balance"), self._amount(credits(balance)))
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setObjectName("campaignCostNote")
        self.note.setWordWrap(True)
        missing = estimate.missing(balance)
        if missing:
            self.note.setStyleSheet(error_style())
            self.note.setText(
                self.tr(
                    "Your balance is %1 short. Messages are charged one by one as they are "
                    "sent; when the balance cannot pay the next one, sending stops and the rest "
                    "wait in the Outbox until you top up or remove them."
                ).replace("%1", credits(missing))
            )
        else:
            self.note.setText(
                self.tr("Your balance covers the campaign. Each message is charged as it is sent.")
            )
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("Send campaign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("confirmSendCampaignButton")
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.chosen_sender = ""
        self._check_sender()

    def _amount(self, text: str, bold: bool = False) -> QLabel:
        label = QLabel(text)
        font = QFont(amount_font())
        font.setBold(bold)
        label.setFont(font)
        return label

    def _check_sender(self) -> None:
        try:
            self.chosen_sender = sending.sender_id(self.sender.text())
        except settings.SettingError as error:
            self.sender_error.setText(translated(error))
            self.sender_error.show()
            self.send_button.setEnabled(False)
            return
        self.sender_error.hide()
        self.send_button.setEnabled(True)
