"""Billing information page: who the invoices are made out to; each save is kept as a version."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.common import countries
from models.invoicing import billing
from ui.common.form_parts import with_error_below
from ui.common.formatting import language, local_datetime, sorted_by_name
from ui.common.messages import translated
from ui.common.page import Page
from ui.common.signals import AppSignals


class BillingPage(Page):
    icon_name = "billing"

    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(signals, parent)
        self.setObjectName("billingPage")
        self.editors: dict[str, QLineEdit | QComboBox | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}

        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)
        self.status = QLabel()
        self.status.setObjectName("billingStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = labels = {
            "name": self.tr("Company or person name"),
            "street": self.tr("Street and number"),
            "city": self.tr("City"),
            "postal_code": self.tr("Postal code"),
            "country": self.tr("Country"),
            "company_id": self.tr("Company ID"),
            "vat_id": self.tr("VAT ID"),
            "email": self.tr("Invoice e-mail"),
            "note": self.tr("Note"),
        }
        hints = {
            "company_id": self.tr("Optional; in Czechia and Slovakia the IČO (8 digits)"),
            "vat_id": self.tr("Optional; with the country prefix, e.g. CZ12345678"),
            "email": self.tr("Optional; where invoices are sent"),
            "note": self.tr("Optional; for your own reference, not printed"),
        }
        for name in billing.FIELDS:
            editor: QLineEdit | QComboBox | QPlainTextEdit
            if name == "country":
                editor = self._country_combo()
            elif name == "note":
                editor = QPlainTextEdit()
                editor.setFixedHeight(70)
                editor.setPlaceholderText(hints[name])
            else:
                editor = QLineEdit()
                editor.setMaxLength(billing.LIMITS.get(name, 40) + 10)
                editor.setPlaceholderText(hints.get(name, ""))
            editor.setObjectName(f"billing_{name}")
            field, error = with_error_below(editor, f"billing_{name}_error")
            form.addRow(labels[name], field)
            self.editors[name] = editor
            self.errors[name] = error
        outer.addLayout(form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveBillingButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addSpacing(12)
        heading = QLabel(self.tr("Saved versions"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)
        outer.addWidget(self._versions_list())
        outer.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_widget.setMaximumWidth(720)
        scroll.setWidget(form_widget)
        self.body.addWidget(scroll)
        signals.data_changed.connect(self.refresh)
        self.refresh()

    def _versions_list(self) -> QTreeWidget:
        self.versions = QTreeWidget()
        self.versions.setObjectName("billingVersions")
        self.versions.setHeaderLabels([self.tr("Saved"), self.tr("What changed")])
        self.versions.setRootIsDecorated(False)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.versions.setMinimumHeight(140)
        self.versions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        return self.versions

    def title(self) -> str:
        return self.tr("Billing information")

    def explanation(self) -> str:
        return self.tr(
            "Fill in your billing information first if you want us to generate invoices for you."
        )

    def _country_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(False)
        names = countries.names(language())
        combo.addItem(self.tr("Choose…"), "")
        for code in sorted_by_name(names, names.__getitem__):
            combo.addItem(names[code], code)
        combo.setMaxVisibleItems(20)
        return combo

    # -- loading and saving -------------------------------------------------------------------

    def refresh(self) -> None:
        info = billing.current()
        details = billing.details_of(info) if info is not None else billing.BillingDetails()
        for name, editor in self.editors.items():
            value = getattr(details, name)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
        for label in self.errors.values():
            label.hide()
        self._explanation.setText(
            self.explanation()
            if info is None
            else self.tr("Who your invoices are made out to. Change it here and save.")
        )
        self._show_versions()
        if info is None:
            self.status.setText(
                self.tr(
                    "No billing information yet: top-ups are credited, but no tax invoices are "
                    "issued until it is filled in."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Saved %1. Each save is kept; an invoice shows the information that was "
                    "current when it was issued."
                ).replace("%1", local_datetime(info.saved_at))
            )

    def _show_versions(self) -> None:
        self.versions.clear()
        for version in billing.versions():
            if version.previous is None:
                what = self.tr("First saved")
            else:
                what = ", ".join(self.labels[name] for name in version.changed)
            item = QTreeWidgetItem([local_datetime(version.saved_at), what])
            item.setToolTip(1, self._differences(version))
            self.versions.addTopLevelItem(item)

    def _differences(self, version: billing.Version) -> str:
        """Each changed field, “before → after”, one a line."""
        lines = []
        for name in version.changed:
            before = getattr(version.previous, name, "") if version.previous else ""
            after = getattr(version.details, name)
            lines.append(f"{self.labels[name]}: {before or '—'} → {after or '—'}")
        return "\n".join(lines)

    def details(self) -> billing.BillingDetails:
        values: dict[str, str] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                values[name] = str(editor.currentData() or "")
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            else:
                values[name] = editor.text()
        return billing.BillingDetails(**values)

    def save(self) -> bool:
        """Store a new version when every field is valid; otherwise show each error at its field."""
        for label in self.errors.values():
            label.hide()
        details = self.details()
        current = billing.current()
        try:
            if current is not None and billing.validate(details) == billing.details_of(current):
                self.status.setText(self.tr("Nothing changed since the last save."))
                return True
            billing.save(details)
        except billing.BillingError as problem:
            for name, message in problem.errors.items():
                self.errors[name].setText(translated(message))
                self.errors[name].show()
            self.editors[next(iter(problem.errors))].setFocus()
            return False
        self._signals.data_changed.emit()
        return True
