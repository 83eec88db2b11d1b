"""Choose which CSV column holds what, for a bank export whose header was not recognised."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.payments.statement_csv import CsvMapping, preview_rows
from models.payments.statements import StatementError
from ui.common.form_parts import accept_cancel_buttons
from ui.common.formatting import error_style
from ui.common.messages import translated

DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%y")


class CsvColumnsDialog(QDialog):
    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvColumnsDialog")
        self.setWindowTitle(self.tr("Columns of the statement"))
        self.mapping: CsvMapping | None = None
        self._rows = preview_rows(data)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The columns of this CSV file were not recognised. Choose which holds what; the "
                "choice is remembered for the next file with the same columns."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, max(1, len(self._rows)))
        self.header_row.valueChanged.connect(self._fill_columns)
        form.addRow(self.tr("Header row"), self.header_row)
        self.columns: dict[str, QComboBox] = {}
        fields = (
            ("date", self.tr("Booking date"), True),
            ("amount", self.tr("Amount"), True),
            ("currency", self.tr("Currency"), False),
            ("variable_symbol", self.tr("Variable symbol"), False),
            ("reference", self.tr("Transaction ID"), False),
            ("counterparty", self.tr("Sender"), False),
            ("message", self.tr("Message"), False),
            ("account", self.tr("Your account (IBAN or number)"), False),
        )
        for name, caption, required in fields:
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.setProperty("required", required)
            self.columns[name] = combo
            form.addRow(caption, combo)
        self.default_currency = QComboBox()
        self.default_currency.addItems(["", "CZK", "EUR"])
        form.addRow(self.tr("Currency of the account (no currency column)"), self.default_currency)
        self.date_format = QComboBox()
        self.date_format.addItems(list(DATE_FORMATS))
        form.addRow(self.tr("Date format"), self.date_format)
        self.decimal = QComboBox()
        self.decimal.addItems([",", "."])
        form.addRow(self.tr("Decimal mark"), self.decimal)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        layout.addWidget(accept_cancel_buttons(self, self._accept, self.tr("Import")))
        self._fill_columns()

    def _fill_columns(self) -> None:
        header = self._rows[self.header_row.value() - 1] if self._rows else []
        for combo in self.columns.values():
            combo.clear()
            if not combo.property("required"):
                combo.addItem(self.tr("(none)"), None)
            for name in header:
                if name.strip():
                    combo.addItem(name.strip(), name.strip())

    def _accept(self) -> None:
        chosen = {name: combo.currentData() for name, combo in self.columns.items()}
        if not chosen["date"] or not chosen["amount"]:
            self.problem.setText(self.tr("Choose the date and the amount columns."))
            return
        try:
            self.mapping = CsvMapping(
                **chosen,
                date_format=self.date_format.currentText(),
                decimal_separator=self.decimal.currentText(),
                default_currency=self.default_currency.currentText() or None,
            )
        except StatementError as error:
            self.problem.setText(translated(error))
            return
        self.accept()
