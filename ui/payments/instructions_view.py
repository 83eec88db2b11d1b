"""Payment instructions for a bank transfer: account, amount, variable symbol, due date and QR."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from models.common.money import currency_decimals, from_units
from models.payments.instructions import PaymentInstructions
from ui.common.formatting import amount_font, local_date, money_text
from ui.common.qr_code import QRCodeWidget


class PaymentInstructionsView(QWidget):
    def __init__(self, instructions: PaymentInstructions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentInstructions")
        layout = QHBoxLayout(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        decimals = currency_decimals(instructions.currency)
        # (caption, what is shown, what Copy puts on the clipboard)
        rows = [
            (self.tr("Account (IBAN)"), _spaced_iban(instructions.iban), instructions.iban),
            (self.tr("BIC"), instructions.bic or "—", instructions.bic),
            (self.tr("Beneficiary"), instructions.beneficiary or "—", instructions.beneficiary),
            (
                self.tr("Amount"),
                money_text(instructions.amount_minor, instructions.currency),
                str(from_units(instructions.amount_minor, decimals)),
            ),
            (
                self.tr("Variable symbol"),
                instructions.variable_symbol,
                instructions.variable_symbol,
            ),
            (
                self.tr("Due date"),
                local_date(instructions.due_on),
                local_date(instructions.due_on),
            ),
        ]
        self.values: dict[str, QLabel] = {}
        for row, (caption, value, clipboard_text) in enumerate(rows):
            grid.addWidget(QLabel(caption), row, 0)
            shown = QLabel(value)
            shown.setFont(amount_font())
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, row, 1)
            copy = QToolButton()
            copy.setText(self.tr("Copy"))
            copy.setAutoRaise(True)
            copy.setEnabled(bool(clipboard_text))
            copy.clicked.connect(
                lambda _=False, text=clipboard_text: QGuiApplication.clipboard().setText(text)
            )
            grid.addWidget(copy, row, 2)
            self.values[caption] = shown
        layout.addLayout(grid, 1)

        code = QVBoxLayout()
        self.qr = QRCodeWidget()
        self.qr.set_payload(instructions.qr_payload)
        code.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        caption = QLabel(instructions.qr_kind)
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        code.addWidget(caption)
        code.addStretch()
        layout.addLayout(code)


def _spaced_iban(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
