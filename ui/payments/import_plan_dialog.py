"""What a statement import will do, shown before anything is stored: Import or Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from models.payments.import_plan import ImportPlan
from ui.common.form_parts import accept_cancel_buttons
from ui.common.formatting import local_date
from ui.common.messages import translated


class ImportPlanDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPlanDialog")
        self.setWindowTitle(self.tr("Import bank statement"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Format"), QLabel(plan.format_name))
        accounts = [account or self.tr("not stated in the file") for account in plan.accounts]
        form.addRow(self.tr("Account"), QLabel(", ".join(accounts)))
        if plan.period is not None:
            start, end = plan.period
            form.addRow(self.tr("Period"), QLabel(f"{local_date(start)} – {local_date(end)}"))
        layout.addLayout(form)
        counts = [
            self.tr("Payments to confirm: %1").replace("%1", str(len(plan.to_confirm))),
            self.tr("Credits that will wait for pairing: %1").replace("%1", str(len(plan.to_wait))),
            self.tr("Entries that are not credits (ignored): %1").replace("%1", str(plan.ignored)),
            self.tr("Credits imported before: %1").replace("%1", str(plan.already_imported)),
        ]
        self.summary = QLabel("\n".join(counts))
        self.summary.setObjectName("importPlanSummary")
        layout.addWidget(self.summary)
        self.warnings = QLabel("\n".join(f"⚠ {translated(w)}" for w in plan.warnings))
        self.warnings.setObjectName("importPlanWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(plan.warnings))
        layout.addWidget(self.warnings)
        layout.addWidget(accept_cancel_buttons(self, self.accept, self.tr("Import")))

    def text(self) -> str:
        """Everything the dialog says, as lines (tests read it)."""
        labels = self.findChildren(QLabel)
        return "\n".join(label.text() for label in labels if label.isVisibleTo(self))
