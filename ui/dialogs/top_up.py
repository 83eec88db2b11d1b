"""The Top up dialog (objectName topUpDialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class TopUpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topUpDialog")
        self.setWindowTitle(self.tr("Top up"))
        layout = QVBoxLayout(self)
        message = QLabel(
            self.tr(
                "Topping up is not available in this version yet: payments by bank transfer "
                "and recorded receipts come with the credit ledger. Your balance is unchanged."
            )
        )
        message.setWordWrap(True)
        message.setMinimumWidth(380)
        layout.addWidget(message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
