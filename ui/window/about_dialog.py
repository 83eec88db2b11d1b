"""Help → About: the version, where the data lives (with a way to open it), what is bundled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.common import about


class AboutDialog(QDialog):
    def __init__(self, database_path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Credit Desk"))
        self.data_folder = about.data_folder()
        title = QLabel(f"<b>{about.APP_NAME}</b> {about.version()}")
        title.setObjectName("aboutVersion")
        summary = QLabel(
            self.tr(
                "Prepaid credit for SMS campaigns: price list, top-ups, credit ledger, invoices "
                "and the outbox."
            )
        )
        summary.setWordWrap(True)

        places = QFormLayout()
        places.addRow(self.tr("Database:"), self._path_label(database_path))
        places.addRow(self.tr("Data folder:"), self._path_label(self.data_folder))
        self.open_folder = QPushButton(self.tr("Open data folder"))
        self.open_folder.setObjectName("openDataFolderButton")
        self.open_folder.clicked.connect(self._open_data_folder)
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_folder)
        button_row.addStretch(1)
        places.addRow("", button_row)

        self.licences = QTableWidget(len(about.BUNDLED), 2)
        self.licences.setObjectName("bundledLicences")
        self.licences.setHorizontalHeaderLabels([self.tr("Included"), self.tr("Licence")])
        for row, (component, licence) in enumerate(about.BUNDLED):
            self.licences.setItem(row, 0, QTableWidgetItem(component))
            self.licences.setItem(row, 1, QTableWidgetItem(licence))
        self.licences.resizeColumnsToContents()
        self.licences.horizontalHeader().setStretchLastSection(True)
        self.licences.verticalHeader().hide()
        self.licences.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(places)
        layout.addWidget(QLabel(self.tr("Credit Desk includes, under their own licences:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    @staticmethod
    def _path_label(path: Path | str) -> QLabel:
        label = QLabel(str(path))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _open_data_folder(self) -> None:
        self.data_folder.mkdir(parents=True, exist_ok=True)  # a new install may have none yet
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
