"""Show payment details: amounts, state, and for a bank transfer the instructions with the QR."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from models.common.formatting import credits_text, money_text
from models.payments import top_ups as payments
from models.payments.instructions import instructions_for
from ui.common.formatting import language, local_date, local_datetime
from ui.common.messages import translated
from ui.payments.instructions_view import PaymentInstructionsView
from ui.payments.payments_model import PaymentsModel


class PaymentDetailsDialog(QDialog):
    def __init__(self, payment: payments.Payment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDetailsDialog")
        self.setWindowTitle(self.tr("Payment %1").replace("%1", payment.variable_symbol))
        names = PaymentsModel()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        lang = language()
        form.addRow(self.tr("State"), QLabel(names.state_text(payment.state)))
        form.addRow(self.tr("Method"), QLabel(names.method_text(payment.method)))
        form.addRow(self.tr("Created"), QLabel(local_datetime(payment.created_at)))
        if payment.paid_at:  # a day when a bank booked it, a moment when recorded by hand
            paid = payment.paid_at
            shown = local_date(paid) if len(paid) == len("2026-01-31") else local_datetime(paid)
            form.addRow(self.tr("Paid"), QLabel(shown))
        form.addRow(self.tr("Credits"), QLabel(credits_text(payment.credits, lang)))
        form.addRow(self.tr("Net"), QLabel(money_text(payment.net_minor, payment.currency, lang)))
        form.addRow(
            self.tr("VAT %1 %").replace("%1", payment.vat_rate),
            QLabel(money_text(payment.vat_minor, payment.currency, lang)),
        )
        form.addRow(
            self.tr("Total"), QLabel(money_text(payment.total_minor, payment.currency, lang))
        )
        if payment.note:
            form.addRow(self.tr("Note"), QLabel(payment.note))
        if payment.bank_reference:
            form.addRow(self.tr("Bank reference"), QLabel(payment.bank_reference))
        recorder = payment.recorded_by or self.tr("not recorded (made by an earlier version)")
        form.addRow(self.tr("Recorded by"), QLabel(recorder))
        layout.addLayout(form)
        if payment.method == payments.BANK_TRANSFER and payment.state in (
            payments.PENDING,
            payments.EXPIRED,
        ):
            try:
                layout.addWidget(PaymentInstructionsView(instructions_for(payment)))
            except payments.PaymentError as error:
                problem = QLabel(translated(error))
                problem.setWordWrap(True)
                layout.addWidget(problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
