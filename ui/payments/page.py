"""Payments page: top-ups and their state; Top up, statement import, details, receipt, cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.payments import statement_import
from models.payments import top_ups as payments
from ui.common.messages import translated
from ui.common.page import EmptyState, Page
from ui.common.signals import AppSignals
from ui.common.views import make_table, sorted_proxy
from ui.common.worker import Workers
from ui.payments.bank_entries_model import BankEntriesModel
from ui.payments.payments_model import PaymentsModel


class PaymentsPage(Page):
    icon_name = "payments"

    def __init__(
        self, signals: AppSignals, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, parent)
        self._workers = workers
        self.setObjectName("paymentsPage")
        top_up = self.add_action_button(self.tr("Top up"), "top-up")
        top_up.setObjectName("topUpButton")
        top_up.clicked.connect(signals.top_up_requested)
        self.import_button = self.add_action_button(self.tr("Import statement…"))
        self.import_button.setObjectName("importStatementButton")
        self.import_button.clicked.connect(self.import_statement)

        self.empty = EmptyState(
            self.icon_name,
            self.tr("No payments yet"),
            self.tr(
                "Every top-up you make appears here with its state: pending until the money "
                "arrives, then paid. Import your bank statement to confirm transfers."
            ),
            self.tr("Top up"),
        )
        assert self.empty.action_button is not None
        self.empty.action_button.clicked.connect(signals.top_up_requested)
        self.body.addWidget(self.empty)
        self.body.addWidget(self._build_lists())
        signals.data_changed.connect(self.refresh)

    def _build_lists(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(self.tr("All payments"), None)
        for state in payments.STATES:
            self.state_filter.addItem(PaymentsModel().state_text(state), state)
        self.state_filter.currentIndexChanged.connect(self.refresh)
        filters.addWidget(self.state_filter)
        filters.addStretch()
        self.details_button = QPushButton(self.tr("Show payment details"))
        self.details_button.setObjectName("paymentDetailsButton")
        self.details_button.clicked.connect(self.show_details)
        self.received_button = QPushButton(self.tr("Mark as received"))
        self.received_button.setObjectName("markReceivedButton")
        self.received_button.clicked.connect(self.mark_received)
        self.cancel_button = QPushButton(self.tr("Cancel payment"))
        self.cancel_button.setObjectName("cancelPaymentButton")
        self.cancel_button.clicked.connect(self.cancel_payment)
        for button in (self.details_button, self.received_button, self.cancel_button):
            filters.addWidget(button)
        layout.addLayout(filters)

        self.model = PaymentsModel()
        self.proxy = sorted_proxy(self.model)
        self.table = make_table(self.proxy, "paymentsTable")
        self.table.sortByColumn(PaymentsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.show_details)
        layout.addWidget(self.table, 3)

        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setWordWrap(True)
        layout.addWidget(self.waiting_label)
        self.bank_model = BankEntriesModel()
        self.bank_proxy = sorted_proxy(self.bank_model)
        self.bank_table = make_table(self.bank_proxy, "waitingBankEntries")
        self.bank_table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.bank_table, 1)
        pairing = QHBoxLayout()
        pairing.addStretch()
        self.pair_button = QPushButton(self.tr("Pair with a payment…"))
        self.pair_button.setObjectName("pairButton")
        self.pair_button.clicked.connect(self.pair_entry)
        self.dismiss_button = QPushButton(self.tr("Not a top-up"))
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.setToolTip(self.tr("Set this credit aside; it stays recorded."))
        self.dismiss_button.clicked.connect(self.dismiss_entry)
        pairing.addWidget(self.pair_button)
        pairing.addWidget(self.dismiss_button)
        layout.addLayout(pairing)
        self._pairing_widgets = (
            self.waiting_label,
            self.bank_table,
            self.pair_button,
            self.dismiss_button,
        )
        return content

    def title(self) -> str:
        return self.tr("Payments")

    def explanation(self) -> str:
        return self.tr("Top-ups paid by bank transfer or recorded by hand.")

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        state = self.state_filter.currentData()
        rows = payments.list_payments(state)
        self.model.set_rows(rows)
        waiting = statement_import.waiting_entries()
        self.bank_model.set_rows(waiting)
        anything = bool(rows) or bool(waiting) or state is not None
        self.body.setCurrentIndex(1 if anything else 0)
        for widget in self._pairing_widgets:
            widget.setVisible(bool(waiting))
        self.waiting_label.setText(
            self.tr(
                "Bank credits that matched no pending payment exactly: %1. Pair each with the "
                "payment it pays, or set it aside."
            ).replace("%1", str(len(waiting)))
        )
        self._update_buttons()

    def selected_payment(self) -> payments.Payment | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.payment(self.proxy.mapToSource(rows[0]).row())

    def selected_entry(self) -> statement_import.BankEntry | None:
        rows = self.bank_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.bank_model.entry(self.bank_proxy.mapToSource(rows[0]).row())

    def _update_buttons(self, *_args: object) -> None:
        payment = self.selected_payment()
        open_state = payment is not None and payment.state in (payments.PENDING, payments.EXPIRED)
        self.details_button.setEnabled(payment is not None)
        self.received_button.setEnabled(open_state)
        self.cancel_button.setEnabled(payment is not None and payment.state == payments.PENDING)
        entry_selected = self.selected_entry() is not None
        self.pair_button.setEnabled(entry_selected)
        self.dismiss_button.setEnabled(entry_selected)

    # -- actions ------------------------------------------------------------------------------

    def show_details(self, *_args: object) -> None:
        from ui.payments.payment_details import PaymentDetailsDialog

        payment = self.selected_payment()
        if payment is not None:
            PaymentDetailsDialog(payment, self).exec()

    def mark_received(self) -> None:
        payment = self.selected_payment()
        if payment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mark as received"),
            self.tr(
                "Has the money for payment %1 arrived? Its credits are added to your balance."
            ).replace("%1", payment.variable_symbol),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: payments.confirm(payment.id))

    def cancel_payment(self) -> None:
        payment = self.selected_payment()
        if payment is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel payment"),
            self.tr(
                "Cancel payment %1? If its money arrives later, the credit waits here to be paired "
                "with a new top-up or set aside."
            ).replace("%1", payment.variable_symbol),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: payments.cancel(payment.id))

    def pair_entry(self) -> None:
        from ui.payments.pair_payment import PairPaymentDialog

        entry = self.selected_entry()
        if entry is None:
            return
        dialog = PairPaymentDialog(entry, self)
        if dialog.exec() and dialog.chosen is not None:
            chosen = dialog.chosen
            self._run(lambda: statement_import.pair(entry.id, chosen.id))

    def dismiss_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._run(lambda: statement_import.dismiss(entry.id))

    def import_statement(self) -> None:
        from ui.payments.import_statement import ImportStatementDialog

        ImportStatementDialog(self._signals, self._workers, self).run()

    def _run(self, change: object) -> None:
        """Apply a change; say what went wrong, or refresh everything that shows it."""
        try:
            change()  # type: ignore[operator]
        except ValueError as error:  # PaymentError, PairingError: messages for the user
            QMessageBox.warning(self, self.tr("Not possible"), translated(error))
            return
        self._signals.balance_changed.emit()
        self._signals.data_changed.emit()
