"""Shared roles and looks for table models: sort keys, raw values, amount columns."""

from __future__ import annotations

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (numbers, ISO dates)
RAW_ROLE = Qt.ItemDataRole.UserRole + 2  # the exact value, e.g. integer units, for copying
AMOUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
