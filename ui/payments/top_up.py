"""The Top up dialog (objectName topUpDialog): credits ↔ money with VAT, bank transfer or receipt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.common.database_errors import DatabaseFault
from models.common.formatting import amount_text
from models.common.money import parse_credits, parse_money
from models.common.progress import CancelCheck, Progress
from models.invoicing import billing, vat
from models.payments import top_ups as payments
from models.settings import store as settings
from ui.common.amount_edit import AmountEdit
from ui.common.formatting import amount_font, credits_text, error_style, language, money_text
from ui.common.messages import translated
from ui.common.signals import AppSignals
from ui.common.worker import Task, Workers

if TYPE_CHECKING:  # the QR code machinery loads when a transfer is created
    from models.payments.instructions import PaymentInstructions


class TopUpDialog(QDialog):
    def __init__(
        self,
        signals: AppSignals,
        workers: Workers,
        prefill_credits: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topUpDialog")
        self.setWindowTitle(self.tr("Top up"))
        self._signals = signals
        self._workers = workers
        self._creating: Task | None = None
        self._submit_text = ""
        self._quote: payments.Quote | None = None
        self.payment: payments.Payment | None = None

        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = QPushButton()
        self.submit.setObjectName("createPaymentButton")
        self.submit.setDefault(True)
        self.buttons.addButton(self.submit, QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit.clicked.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if prefill_credits:
            self.credits.set_text(credits_text(prefill_credits))
            self._credits_edited(prefill_credits)
        self._method_changed()

    # -- the form -----------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        form_page = QWidget()
        layout = QVBoxLayout(form_page)
        intro = QLabel(
            self.tr(
                "Credits never expire. Your balance grows when the payment arrives; a payment "
                "received by hand is credited at once."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.bank_transfer = QRadioButton(self.tr("Bank transfer, with a QR payment code"))
        self.bank_transfer.setObjectName("methodBankTransfer")
        self.manual = QRadioButton(self.tr("Payment received by hand (cash or other)"))
        self.manual.setObjectName("methodManual")
        self.bank_transfer.setChecked(True)
        methods = QButtonGroup(self)
        methods.addButton(self.bank_transfer)
        methods.addButton(self.manual)
        methods.buttonToggled.connect(self._method_changed)

        form = QFormLayout()
        form.addRow(self.tr("Method"), self.bank_transfer)
        form.addRow("", self.manual)
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItems(list(payments.CURRENCIES))
        self.currency.setCurrentText(settings.get("account.currency"))
        self.currency.currentTextChanged.connect(self._currency_changed)
        form.addRow(self.tr("Currency"), self.currency)
        self.credits = AmountEdit(self.tr("credits"), lambda text: parse_credits(text, language()))
        self.credits.setObjectName("creditsEdit")
        self.credits.value_edited.connect(self._credits_edited)
        form.addRow(self.tr("Credits"), self.credits)
        self.net = AmountEdit(self.currency.currentText(), self._parse_net)
        self.net.setObjectName("netEdit")
        self.net.value_edited.connect(self._net_edited)
        form.addRow(self.tr("Price without VAT"), self.net)
        self.note = QLineEdit()
        self.note.setObjectName("noteEdit")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. Cash received at the office"))
        self.note_label = QLabel(self.tr("Note"))
        form.addRow(self.note_label, self.note)
        layout.addLayout(form)

        summary = QGridLayout()
        summary.setColumnStretch(0, 1)
        self.summary_values: list[QLabel] = []
        for row, caption in enumerate((self.tr("Net"), self.tr("VAT"), self.tr("Total to pay"))):
            label = QLabel(caption)
            if row == 1:
                self.vat_caption = label
            value = QLabel("—")
            value.setFont(amount_font())
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            if row == 2:
                bold = QFont(label.font())
                bold.setBold(True)
                label.setFont(bold)
                value_font = QFont(value.font())
                value_font.setBold(True)
                value.setFont(value_font)
            summary.addWidget(label, row, 0)
            summary.addWidget(value, row, 1)
            self.summary_values.append(value)
        layout.addLayout(summary)

        self.billing_notice = QWidget()
        self.billing_notice.setObjectName("billingNotice")
        notice_row = QHBoxLayout(self.billing_notice)
        notice_row.setContentsMargins(0, 0, 0, 0)
        notice_text = QLabel(
            self.tr(
                "No invoice will be issued for this top-up: your billing information is not "
                "filled in yet."
            )
        )
        notice_text.setWordWrap(True)
        fill_in = QPushButton(self.tr("Fill in billing information"))
        fill_in.setObjectName("fillBillingButton")
        fill_in.clicked.connect(self._fill_in_billing)
        notice_row.addWidget(notice_text, 1)
        notice_row.addWidget(fill_in)
        self.billing_notice.setVisible(billing.current() is None)
        layout.addWidget(self.billing_notice)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(error_style())
        layout.addWidget(self.problem)
        layout.addStretch()
        return form_page

    def _fill_in_billing(self) -> None:
        """Close the dialog and show the Billing information page."""
        self.reject()
        self._signals.page_requested.emit("billingPage")

    def _parse_net(self, text: str) -> int:
        return parse_money(text, self.currency.currentText(), language())

    # -- reacting to the user -----------------------------------------------------------------

    def _method_changed(self, *_args: object) -> None:
        manual = self.manual.isChecked()
        self.note.setVisible(manual)
        self.note_label.setVisible(manual)
        self.submit.setText(self.tr("Record payment") if manual else self.tr("Create payment"))
        self._update()

    def _currency_changed(self, currency: str) -> None:
        self.net.set_unit(currency, self._parse_net)
        credits = self.credits.value()
        if credits:
            self._credits_edited(credits)
        else:
            self._update()

    def _credits_edited(self, credits: object) -> None:
        self._quote = None
        if isinstance(credits, int) and credits > 0:
            try:
                self._quote = payments.quote_for_credits(credits, self.currency.currentText())
            except payments.PaymentError as error:
                self._show_problem(translated(error))
                return
            self.net.set_text(self._plain(self._quote.net_minor))
        self._update()

    def _net_edited(self, net: object) -> None:
        self._quote = None
        if isinstance(net, int) and net > 0:
            try:
                self._quote = payments.quote_for_net(net, self.currency.currentText())
            except payments.PaymentError as error:
                self._show_problem(translated(error))
                return
            self.credits.set_text(credits_text(self._quote.credits))
        self._update()

    def _vat_caption(self, quote: payments.Quote) -> str:
        """What the invoice will say about VAT, e.g. “VAT 21 %” or “VAT (reverse charge)”."""
        return {
            vat.REVERSE_CHARGE: self.tr("VAT (reverse charge)"),
            vat.OUTSIDE_SCOPE: self.tr("VAT (outside the scope of VAT)"),
            vat.NOT_VAT_PAYER: self.tr("VAT (seller is not a VAT payer)"),
        }.get(quote.vat_rule, self.tr("VAT %1 %").replace("%1", str(quote.vat_rate)))

    def _plain(self, units: int) -> str:
        return amount_text(units, self.currency.currentText(), language())

    def _update(self) -> None:
        """Refresh the summary and say what stops the top-up, near the fields."""
        currency = self.currency.currentText()
        quote = self._quote
        if quote is not None:
            values = (quote.net_minor, quote.vat_minor, quote.total_minor)
            for label, units in zip(self.summary_values, values, strict=True):
                label.setText(money_text(units, currency))
            self.summary_values[1].setToolTip(
                self.tr("VAT %1 %").replace("%1", str(quote.vat_rate))
            )
            self.vat_caption.setText(self._vat_caption(quote))
        else:
            for label in self.summary_values:
                label.setText("—")
        problem = ""
        if self.credits.error and self.credits.line.text().strip():
            problem = self.credits.error
        elif self.net.error and self.net.line.text().strip():
            problem = self.net.error
        elif self.bank_transfer.isChecked():
            refused = payments.method_problem(payments.BANK_TRANSFER, self.currency.currentText())
            problem = translated(refused) if refused is not None else ""
        if not problem and quote is not None:  # the core's rule: create_top_up says the same
            too_small = payments.minimum_problem(quote)
            problem = translated(too_small) if too_small is not None else ""
        self._show_problem(problem)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.submit.setEnabled(not text and self._quote is not None)

    # -- creating the payment -----------------------------------------------------------------

    def _submit(self) -> None:
        if self._quote is None or self._creating is not None or not self._workers.accepting:
            return
        from models.payments.instructions import instructions_for  # loads the QR code machinery

        quote, note = self._quote, self.note.text()
        method = payments.MANUAL if self.manual.isChecked() else payments.BANK_TRANSFER

        def create(progress: Progress, cancelled: CancelCheck) -> tuple[object, object]:
            # Off the GUI thread: another program holding the database must not freeze the window.
            payment = payments.create_top_up(quote, method, note=note)
            if method != payments.BANK_TRANSFER:
                return payment, None
            try:
                return payment, instructions_for(payment)
            except payments.PaymentError as error:  # stored all the same: say it, do not hide it
                return payment, error

        self._creating = self._workers.start(create, "top-up")
        self._creating.succeeded.connect(self._created)
        self._creating.failed.connect(self._refused)
        self._submit_text = self.submit.text()
        self.submit.setText(self.tr("Creating the payment…"))
        self.buttons.setEnabled(False)  # the payment is being written: it finishes either way

    def reject(self) -> None:
        # Esc or Cancel while the payment is written would lose its answer; but when the window
        # is quitting or switching, the write finishes on its own and no answer comes.
        if self._creating is None or not self._workers.accepting:
            super().reject()

    def _refused(self, error: Exception) -> None:
        self._creating = None
        self.buttons.setEnabled(True)
        self.submit.setText(self._submit_text)
        if isinstance(error, payments.PaymentError | DatabaseFault):
            self._show_problem(translated(error))
            self.submit.setEnabled(isinstance(error, DatabaseFault))  # busy or full: try again
        else:
            self._show_problem(
                self.tr("The payment could not be created: %1").replace("%1", translated(error))
            )

    def _created(
        self, result: tuple[payments.Payment, PaymentInstructions | payments.PaymentError | None]
    ) -> None:
        self._creating = None
        self.buttons.setEnabled(True)
        self.payment, instructions = result
        self._signals.data_changed.emit()
        if instructions is None:
            self._signals.balance_changed.emit()
            self.accept()
            return
        if isinstance(instructions, payments.PaymentError):
            QMessageBox.warning(
                self,
                self.tr("Top up"),
                self.tr(
                    "Payment %1 was created; its payment code cannot be made: %2 "
                    "Its proforma on the Invoices page names the account and the symbol."
                )
                .replace("%1", self.payment.variable_symbol)
                .replace("%2", translated(instructions)),
            )
            self.accept()
            return
        from ui.payments.instructions_view import PaymentInstructionsView

        page = QWidget()
        page_layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Pay by bank transfer"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        page_layout.addWidget(heading)
        page_layout.addWidget(PaymentInstructionsView(instructions))
        hint = QLabel(
            self.tr(
                "Scan the code in your banking app or copy the details. Your balance grows when "
                "the payment arrives: import your bank statement on the Payments page."
            )
        )
        hint.setWordWrap(True)
        page_layout.addWidget(hint)
        self.steps.addWidget(page)
        self.steps.setCurrentWidget(page)
        self.buttons.clear()
        done = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        done.clicked.connect(self.accept)
