"""A ledger entry's details: what is known of it, and of what its reference points to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.ledger.query import EntryRow
from ui.common.formatting import amount_font, credits_text, error_style, local_datetime
from ui.transactions.ledger_text import kind_text


def reference_parts(reference: str) -> tuple[str, str]:
    """“payment:12” → (“payment”, “12”); a reference without a colon has no kind."""
    kind, colon, rest = reference.partition(":")
    return (kind, rest) if colon else ("", reference)


class EntryDetailsDialog(QDialog):
    def __init__(
        self,
        entry: EntryRow,
        note: str = "",
        parent: QWidget | None = None,
        recorded_by: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entryDetailsDialog")
        self.setWindowTitle(self.tr("Ledger entry %1").replace("%1", str(entry.id)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self._value(local_datetime(entry.created_at)))
        form.addRow(self.tr("Kind"), self._value(kind_text(entry.kind)))
        amount = self._value(credits_text(entry.amount, signed=True), mono=True)
        if entry.amount < 0:
            amount.setStyleSheet(error_style())
        form.addRow(self.tr("Amount"), amount)
        form.addRow(self.tr("Balance after"), self._value(credits_text(entry.balance_after), True))
        description = self._value(entry.description or "—")
        description.setWordWrap(True)
        form.addRow(self.tr("Description"), description)
        form.addRow(self.tr("Reference"), self._value(self._reference_text(entry.reference)))
        form.addRow(self.tr("Entry number"), self._value(str(entry.id)))
        recorder = recorded_by or self.tr("not recorded (made by an earlier version)")
        form.addRow(self.tr("Recorded by"), self._value(recorder))
        layout.addLayout(form)
        if note:
            explanation = QLabel(note)
            explanation.setObjectName("entryDetailsNote")
            explanation.setWordWrap(True)
            layout.addWidget(explanation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _value(self, text: str, mono: bool = False) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if mono:
            label.setFont(amount_font())
        return label

    def _reference_text(self, reference: str) -> str:
        kind, key = reference_parts(reference)
        names = {
            "payment": self.tr("Payment %1"),
            "invoice": self.tr("Invoice %1"),
            "campaign": self.tr("Campaign %1"),
            "message": self.tr("Message %1"),
        }
        if kind in names:
            return f"{names[kind].replace('%1', key)}  ({reference})"
        return reference or "—"
