"""How number types read in the GUI: the names of the types price rows and refusals carry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.pricing import numbering_plan as plan


def number_type_text(kind: str) -> str:
    """The translated name of a number type; “any type” for a row without one."""
    names = {
        "": QCoreApplication.translate("NumberTypes", "any type"),
        plan.MOBILE: QCoreApplication.translate("NumberTypes", "mobile"),
        plan.FIXED_LINE: QCoreApplication.translate("NumberTypes", "fixed line"),
        plan.TOLL_FREE: QCoreApplication.translate("NumberTypes", "toll-free"),
        plan.PREMIUM_RATE: QCoreApplication.translate("NumberTypes", "premium rate"),
        plan.SHARED_COST: QCoreApplication.translate("NumberTypes", "shared cost"),
        plan.VOIP: QCoreApplication.translate("NumberTypes", "VoIP"),
        plan.PERSONAL_NUMBER: QCoreApplication.translate("NumberTypes", "personal number"),
        plan.PAGER: QCoreApplication.translate("NumberTypes", "pager"),
        plan.UAN: QCoreApplication.translate("NumberTypes", "universal access number"),
        plan.VOICEMAIL: QCoreApplication.translate("NumberTypes", "voicemail"),
    }
    return names.get(kind, kind)
