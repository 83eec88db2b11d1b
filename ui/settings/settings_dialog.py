"""Edit → Settings…: every setting of the core, grouped by area, validated before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.settings import store as settings
from ui.common.form_parts import accept_cancel_buttons, with_error_below
from ui.common.formatting import country_name
from ui.common.messages import translated
from ui.common.signals import AppSignals
from ui.settings.settings_texts import CHOICES

LABEL_WIDTH = 320
PREFERRED_SIZE = QSize(900, 600)  # every section's title in the list, fields at a usable width


class SettingsDialog(QDialog):
    def __init__(self, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._signals = signals
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._original = settings.get_all()

        # The pages are a QTabWidget's, chosen from a list on the left: ten titles do not fit
        # in a row of tabs at a small screen's width.
        self.tabs = QTabWidget()
        self.tabs.tabBar().hide()
        self.tabs.setDocumentMode(True)
        self.sections = QListWidget()
        self.sections.setObjectName("settingsSections")
        self.sections.setSpacing(3)
        forms: dict[str, QFormLayout] = {}
        for spec in settings.specs_in_order():
            area = spec.key.split(".")[0]
            if area not in forms:
                page = QWidget()
                forms[area] = form = QFormLayout(page)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QScrollArea.Shape.NoFrame)
                scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                scroll.setWidget(page)
                self.tabs.addTab(scroll, self._area_title(area))
                self.sections.addItem(self._area_title(area))
            editor = self._editor(spec)
            field, error = with_error_below(editor)
            label = QLabel(self.tr(spec.description))  # listed in settings_texts.py
            label.setWordWrap(True)
            # A wrapped label in a form gets too little height unless told its width.
            label.setFixedWidth(LABEL_WIDTH)
            label.setMinimumHeight(label.heightForWidth(LABEL_WIDTH))
            label.setToolTip(spec.key)
            forms[area].addRow(label, field)
            self.editors[spec.key] = editor
            self.errors[spec.key] = error

        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 24)
        self.sections.currentRowChanged.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self.sections.setCurrentRow)
        self.sections.setCurrentRow(0)
        buttons = accept_cancel_buttons(self, self.save, save=True)
        row = QHBoxLayout()
        row.addWidget(self.sections)
        row.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """The preferred size, within the screen's available area (the fields then get narrower)."""
        screen = self.screen().availableGeometry().size() if self.screen() else PREFERRED_SIZE
        frame = QSize(16, 48)  # the window manager's title bar and borders
        return PREFERRED_SIZE.boundedTo(screen - frame)

    def _area_title(self, area: str) -> str:
        titles = {
            "seller": self.tr("Seller"),
            "credit_price": self.tr("Prices of credits"),
            "payments": self.tr("Payments"),
            "account": self.tr("Account"),
            "balance": self.tr("Balance"),
            "messages": self.tr("Messages"),
            "outbox": self.tr("Outbox"),
            "gateway": self.tr("Gateway"),
            "recipients": self.tr("Recipients"),
            "rates": self.tr("Exchange rates"),
        }
        return titles.get(area, area.replace("_", " ").capitalize())

    def _editor(self, spec: settings.SettingSpec) -> QLineEdit | QComboBox:
        shown = spec.show(self._original[spec.key])
        choices = spec.allowed_choices()
        if choices:
            combo = QComboBox()
            for value in choices:
                shown_value = spec.show(value)
                if spec.show is settings.show_country:  # “CZ – Česko”: the UI's language
                    shown_value = f"{value} – {country_name(value)}"
                if shown_value in CHOICES:
                    shown_value = self.tr(CHOICES[shown_value])
                combo.addItem(shown_value, value)
            combo.setCurrentIndex(max(0, combo.findData(self._original[spec.key])))
            # As wide as the form gives it, not as its longest choice (a court's full name).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setObjectName(spec.key)
            return combo
        line = QLineEdit(shown)
        line.setObjectName(spec.key)
        return line

    def _tab_of(self, editor: QWidget) -> int:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(editor):
                return index
        return 0

    def open_area(self, area: str) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == self._area_title(area):
                self.tabs.setCurrentIndex(index)

    def _text(self, key: str) -> str:
        editor = self.editors[key]
        return str(editor.currentData()) if isinstance(editor, QComboBox) else editor.text()

    def _shown_original(self, key: str) -> str:
        """What the editor held when the dialog opened, in the form _text() returns."""
        if isinstance(self.editors[key], QComboBox):
            return self._original[key]
        return settings.spec(key).show(self._original[key])

    def save(self) -> None:
        """Store what changed, all or nothing; errors are shown under their fields."""
        changed = {
            key: self._text(key)
            for key in self.editors
            if self._text(key) != self._shown_original(key)
        }
        for label in self.errors.values():
            label.hide()
        try:
            settings.set_values(changed)
        except settings.SettingsErrors as problem:
            for key, message in problem.errors.items():
                self.errors[key].setText(translated(message))
                self.errors[key].show()
            first = next(iter(problem.errors))
            self.tabs.setCurrentIndex(self._tab_of(self.editors[first]))
            self.editors[first].setFocus()
            return
        if changed:
            self._signals.data_changed.emit()
        self.accept()
