"""Table model of bank credits that wait for pairing, with why each waits."""

from __future__ import annotations

from models.payments import bank_entries, statement_import
from ui.common.formatting import local_date, money_text
from ui.common.rows_model import RowsTableModel


class BankEntriesModel(RowsTableModel[statement_import.BankEntry]):
    BOOKED, AMOUNT, SYMBOL, COUNTERPARTY, MESSAGE, STATUS = range(6)
    AMOUNT_COLUMNS = (AMOUNT,)
    MONOSPACE_COLUMNS = (AMOUNT, SYMBOL)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Booked"),
            self.tr("Amount"),
            self.tr("Variable symbol"),
            self.tr("From"),
            self.tr("Message"),
            self.tr("Why it waits"),
        )

    def entry(self, row: int) -> statement_import.BankEntry:
        return self.row(row)

    def status_text(self, reason: str) -> str:
        return {
            bank_entries.PARTIAL: self.tr("Less than the payment"),
            bank_entries.OVER: self.tr("More than the payment"),
            bank_entries.UNMATCHED: self.tr("No matching payment"),
            bank_entries.CURRENCY: self.tr("Another currency than its payment"),
            bank_entries.EARLY: self.tr("Booked before its payment was made"),
        }.get(reason, reason)

    def display(self, entry: statement_import.BankEntry, column: int) -> str:
        return (
            local_date(entry.booked_on),
            money_text(entry.amount_minor, entry.currency),
            entry.variable_symbol or "",
            entry.counterparty,
            entry.remittance,
            self.status_text(bank_entries.waiting_reason(entry)),
        )[column]

    def key(self, entry: statement_import.BankEntry, column: int) -> object:
        return (
            entry.booked_on,
            entry.amount_minor,
            entry.variable_symbol or "",
            entry.counterparty,
            entry.remittance,
            bank_entries.waiting_reason(entry),
        )[column]
