"""Issue a credit note for a tax invoice: the reason, credits taken back, the amount credited."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.common.formatting import amount_text, credits_text, credits_with_unit, money_text
from models.common.money import currency_decimals, parse_credits, parse_money
from models.invoicing import documents, issuing
from models.ledger import entries as ledger
from ui.common.amount_edit import AmountEdit
from ui.common.formatting import error_style, language
from ui.common.messages import translated


class CreditNoteDialog(QDialog):
    def __init__(self, invoice: documents.Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("creditNoteDialog")
        self.setWindowTitle(self.tr("Credit note for %1").replace("%1", invoice.number))
        self.invoice = invoice
        self.document: documents.Document | None = None
        lang = language()
        left = issuing.remaining(invoice)
        intro = QLabel(
            self.tr(
                "A credit note corrects invoice %1 and is a tax document itself. Credits taken "
                "back leave your balance (now %2); when they have been spent, correct "
                "the price only (0 credits)."
            )
            .replace("%1", invoice.number)
            .replace("%2", credits_with_unit(ledger.balance(), lang))
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("creditNoteReason")
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("e.g. Credits returned at the customer's request"))
        hint = self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText())
        self.reason.setMinimumWidth(hint + 24)  # the example whole, not elided
        self.credits = AmountEdit(self.tr("credits"), lambda text: parse_credits(text, lang))
        self.credits.setObjectName("creditNoteCredits")
        self.credits.set_text(credits_text(min(left.credits, ledger.balance()), lang))
        self.credits.value_edited.connect(self._credits_edited)
        decimals = currency_decimals(invoice.currency)
        self.amount = AmountEdit(
            invoice.currency, lambda text: parse_money(text, invoice.currency, lang)
        )
        self.amount.setObjectName("creditNoteAmount")
        self._credits_edited(self.credits.value())
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Credits taken back"), self.credits)
        form.addRow(self.tr("Amount credited without VAT"), self.amount)
        form.addRow(
            self.tr("Left on the invoice"),
            QLabel(
                self.tr("%1, %2 without VAT")
                .replace("%1", credits_with_unit(left.credits, lang))
                .replace("%2", money_text(left.net_minor, invoice.currency, lang))
            ),
        )
        self._decimals = decimals
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(error_style())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = buttons.addButton(
            self.tr("Issue credit note"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit.setObjectName("issueCreditNoteButton")
        self.submit.clicked.connect(self._issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _credits_edited(self, credits: object) -> None:
        if isinstance(credits, int) and credits >= 0:
            try:
                net = issuing.credit_note_net(self.invoice, credits)
            except (ZeroDivisionError, ValueError):
                return
            self.amount.set_text(amount_text(net, self.invoice.currency, language()))

    def _issue(self) -> None:
        credits = self.credits.value()
        net = self.amount.value()
        if not isinstance(credits, int) or not isinstance(net, int):
            self.problem.setText(
                self.credits.error or self.amount.error or self.tr("Enter amounts.")
            )
            return
        try:
            self.document = issuing.issue_credit_note(
                self.invoice.id, self.reason.text(), credits, net_minor=net
            )
        except issuing.CreditNoteError as error:
            self.problem.setText(translated(error))
            return
        self.accept()
