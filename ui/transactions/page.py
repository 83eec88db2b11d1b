"""Transactions page: every ledger entry, newest first; filters, totals, a chart, CSV and PDF exports."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from models.ledger import query as ledger_query
from ui.common.page import EmptyState, Page
from ui.common.signals import AppSignals
from ui.common.worker import Workers

if TYPE_CHECKING:
    from models.ledger.query import EntryRow
    from ui.transactions.exports import Exports
    from ui.transactions.ledger_panel import LedgerPanel


class TransactionsPage(Page):
    icon_name = "transactions"

    def __init__(
        self, signals: AppSignals, workers: Workers, parent: QWidget | None = None
    ) -> None:
        super().__init__(signals, parent)
        self.setObjectName("transactionsPage")
        self._workers = workers
        self.export_button = self.add_action_button(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportCsvButton")
        self.export_button.setToolTip(self.tr("Save the entries shown, as filtered, to a CSV file"))
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.statement_button = self.add_action_button(self.tr("Statement (PDF)…"))
        self.statement_button.setObjectName("statementButton")
        self.statement_button.setToolTip(
            self.tr("A statement of the chosen period: opening balance, entries, closing balance")
        )
        self.statement_button.clicked.connect(lambda: self.export_statement())

        self.empty = EmptyState(
            self.icon_name,
            self.tr("No transactions yet"),
            self.tr(
                "Every change of your credit balance will be listed here: top-ups in, messages out."
            ),
            self.tr("Top up"),
        )
        assert self.empty.action_button is not None
        self.empty.action_button.clicked.connect(signals.top_up_requested)
        self.body.addWidget(self.empty)
        self._panel: LedgerPanel | None = None  # built when first shown
        self._exports: Exports | None = None

        # While messages are being sent the ledger changes many times a second: reload at most
        # twice a second, not on every entry.
        self._changed = QTimer(self)
        self._changed.setSingleShot(True)
        self._changed.setInterval(500)
        self._changed.timeout.connect(self._ledger_changed)
        signals.balance_changed.connect(self._changed_soon)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)

    def title(self) -> str:
        return self.tr("Transactions")

    def explanation(self) -> str:
        return self.tr("Where your credits came from and where they went.")

    @property
    def panel(self) -> LedgerPanel:
        if self._panel is None:
            from ui.transactions.exports import Exports
            from ui.transactions.ledger_panel import LedgerPanel

            self._panel = LedgerPanel(self._workers)
            self._panel.entry_activated.connect(self.open_entry)
            self._panel.has_rows.connect(self.export_button.setEnabled)
            self.body.addWidget(self._panel)
            self._exports = Exports(self._workers, self)
            self._exports.saved.connect(self._panel.totals.show_notice)
        return self._panel

    @property
    def exports(self) -> Exports:
        assert self._exports is not None, "the page has not been shown yet"
        return self._exports

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the ledger as it is now, keeping the filters and the place in the list."""
        panel = self.panel
        if panel.is_current():
            return
        has_entries = ledger_query.snapshot()[1] > 0
        self.statement_button.setEnabled(has_entries)  # no statement of an empty ledger
        if not has_entries and not panel.filters.is_filtered():
            self.body.setCurrentWidget(self.empty)
        else:
            self.body.setCurrentWidget(panel)
        panel.load()

    def _changed_soon(self) -> None:
        if not self._changed.isActive():
            self._changed.start()

    def _ledger_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _focus_search(self) -> None:
        if self._panel is not None:
            self._panel.filters.search.setFocus()
            self._panel.filters.search.selectAll()

    def wait_for_background(self) -> None:
        if self._panel is not None:
            self._panel.wait_for_background()

    def shutdown(self) -> None:
        """Stop the background reads (the window finishes every task before it closes)."""
        if self._panel is not None:
            self._panel.shutdown()

    # -- actions ------------------------------------------------------------------------------

    def open_entry(self, entry: EntryRow) -> None:
        """Show what the entry's reference points to: a payment's details, or what is known."""
        from models.ledger import entries as ledger
        from models.payments import top_ups as payments
        from ui.transactions.entry_details import EntryDetailsDialog, reference_parts

        kind, key = reference_parts(entry.reference)
        note = ""
        if kind == "payment" and key.isdigit():
            from ui.payments.payment_details import PaymentDetailsDialog

            payment = payments.Payment.get_or_none(payments.Payment.id == int(key))
            if payment is not None:
                self._show(PaymentDetailsDialog(payment, self))
                return
            note = self.tr("Payment %1 is not in this database.").replace("%1", key)
        self._show(EntryDetailsDialog(entry, note, self, ledger.recorded_by(entry.id)))

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    def export_csv(self, path=None) -> None:  # type: ignore[no-untyped-def]
        model = self.panel.model
        if model.view is None:
            return
        totals = model.totals()
        self.exports.export_csv(model.view, None if totals is None else totals.count, path)

    def export_statement(self, path=None) -> None:  # type: ignore[no-untyped-def]
        from models.ledger import periods as ledger_periods

        first, last = self.panel.filters.period_days()
        if first is None or last is None:
            days = ledger_periods.ledger_days()
            first, last = days if days else (date.today(), date.today())
        self.exports.export_statement(first, min(last, max(date.today(), first)), path)
