"""BulkGate credentials: the application ID and token go to the system keyring, never the database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.outbox import gateway_credentials as credentials
from ui.common.form_parts import accept_cancel_buttons, error_label
from ui.common.messages import translated


class GatewayCredentialsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gatewayCredentialsDialog")
        self.setWindowTitle(self.tr("BulkGate credentials"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The application ID and token of your BulkGate API application. They are kept "
                "in the system keyring, not in the database. Choose the gateway in Settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.application_id = QLineEdit()
        self.application_id.setObjectName("bulkgateApplicationId")
        self.token = QLineEdit()
        self.token.setObjectName("bulkgateToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Application ID"), self.application_id)
        form.addRow(self.tr("Application token"), self.token)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel_buttons(self, self.save, save=True))
        try:
            found = credentials.bulkgate_credentials()
        except credentials.CredentialsError as error:
            self._show_error(translated(error))
            found = None
        if found is not None:
            self.application_id.setText(found[0])
            self.token.setPlaceholderText(self.tr("Stored; type to replace it"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        token = self.token.text()
        try:
            if not token:
                found = credentials.bulkgate_credentials()
                token = found[1] if found is not None else ""
            credentials.store_bulkgate_credentials(self.application_id.text(), token)
        except credentials.CredentialsError as error:
            self._show_error(translated(error))
            return
        self.accept()
