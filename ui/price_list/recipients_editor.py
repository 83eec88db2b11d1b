"""Where recipients are pasted or imported from CSV, with what was refused and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.common.formatting import count_text
from models.common.text_files import TextFileError
from models.pricing.campaign_estimate import Refused, refusal_reason
from models.pricing.phone_numbers import REASONS
from models.pricing.recipients import (
    RecipientList,
    Table,
    column_entries,
    guess_column,
    read_recipient_table,
)
from ui.common.form_parts import accept_cancel_buttons
from ui.common.messages import translated

MAX_PROBLEMS_SHOWN = 500


class ColumnDialog(QDialog):
    """Which column of a CSV file holds the phone numbers; shows the first values of each."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnDialog")
        self.setWindowTitle(self.tr("Choose the phone number column"))
        self._table = table
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.column = QComboBox()
        self.column.addItems(table.columns)
        self.column.setCurrentIndex(guess_column(table))
        form.addRow(self.tr("Numbers are in:"), self.column)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setObjectName("columnPreview")
        layout.addWidget(self.preview)
        layout.addWidget(accept_cancel_buttons(self, self.accept))
        self.column.currentIndexChanged.connect(self._preview)
        self._preview()

    def _preview(self) -> None:
        entries = column_entries(self._table, self.column.currentIndex())
        sample = ", ".join(entries.texts[:4]) or self.tr("(empty)")
        self.preview.setText(
            self.tr("%1 values, e.g. %2").replace("%1", str(len(entries))).replace("%2", sample)
        )


class RecipientsEditor(QWidget):
    """Signals:
    edited: the list of numbers changed (typed, pasted, imported or cleared).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("recipientsEdit")
        self.edit.setPlaceholderText(
            self.tr(
                "Paste phone numbers, one a line (commas and semicolons also separate). "
                "Numbers without a country code are taken as the default country's."
            )
        )
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.edit.textChanged.connect(self.edited)
        layout.addWidget(self.edit, 1)

        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("recipientsSummary")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setObjectName("importRecipientsButton")
        self.import_button.clicked.connect(self.choose_file)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.edit.clear)
        row.addWidget(self.import_button)
        row.addWidget(clear)
        layout.addLayout(row)

        self.problems = QPlainTextEdit()
        self.problems.setObjectName("recipientProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(90)
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        self.show_summary(None, "CZ")

    def text(self) -> str:
        return self.edit.toPlainText()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import recipients"),
            "",
            self.tr("CSV or text files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Read the file, ask which column holds the numbers (when there are several)."""
        try:
            table = read_recipient_table(path.read_bytes())
        except (OSError, TextFileError) as error:
            QMessageBox.warning(self, self.tr("Cannot import recipients"), f"{path.name}: {error}")
            return False
        column = guess_column(table)
        if len(table.columns) > 1:
            dialog = ColumnDialog(table, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            column = dialog.column.currentIndex()
        self.edit.setPlainText("\n".join(column_entries(table, column).texts))
        return True

    def show_summary(
        self, found: RecipientList | None, default_country: str, refused: Sequence[Refused] = ()
    ) -> None:
        if found is None:
            self.summary.setText(
                self.tr("No recipients yet. Default country: %1.").replace("%1", default_country)
            )
            self.problems.setVisible(False)
            return
        number = lambda n: count_text(n, self.locale)  # noqa: E731
        self.summary.setText(
            self.tr(
                "%1 valid · %2 invalid · %Ln duplicate(s) (not priced) · default country %3",
                "",
                len(found.duplicates),
            )
            .replace("%1", number(len(found.valid)))
            .replace("%2", number(len(found.invalid)))
            .replace("%3", default_country)
        )
        lines = [
            self.tr("Line %1: “%2” — %3")
            .replace("%1", str(bad.line))
            .replace("%2", bad.text)
            .replace("%3", self._reason(bad.reason))
            for bad in found.invalid[:MAX_PROBLEMS_SHOWN]
        ]
        lines += [  # valid numbers of a type the list does not price: their type says why
            self.tr("Line %1: “%2” — %3")
            .replace("%1", str(number.line))
            .replace("%2", number.e164)
            .replace("%3", translated(refusal_reason(number.kind)))
            for number in refused[: max(0, MAX_PROBLEMS_SHOWN - len(lines))]
        ]
        lines += [
            self.tr("Line %1: “%2” — repeats line %3")
            .replace("%1", str(dup.line))
            .replace("%2", dup.text)
            .replace("%3", str(dup.first_line))
            for dup in found.duplicates[: max(0, MAX_PROBLEMS_SHOWN - len(lines))]
        ]
        hidden = len(found.invalid) + len(refused) + len(found.duplicates) - len(lines)
        if hidden > 0:
            lines.append(self.tr("… and %1 more").replace("%1", str(hidden)))
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _reason(self, code: str) -> str:
        translated = {
            "not-a-number": self.tr("not a phone number"),
            "unknown-country-code": self.tr("unknown country calling code"),
            "too-short": self.tr("too short"),
            "too-long": self.tr("too long"),
            "wrong-length": self.tr("wrong number of digits for the country"),
            "not-a-valid-number": self.tr("not a valid number in the country's numbering plan"),
        }
        return translated.get(code, REASONS.get(code, code))
