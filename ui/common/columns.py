"""How table columns look and sort: amounts right-aligned, the raw value a role away."""

from __future__ import annotations

from PySide6.QtCore import Qt

AMOUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (numbers, ISO dates)
RAW_ROLE = Qt.ItemDataRole.UserRole + 2  # the unformatted value (micro-credits, counts) for copying
