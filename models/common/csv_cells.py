"""CSV cells that spreadsheets open safely: text that would run as a formula is written as text."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text: str) -> str:
    """Text a spreadsheet shows as text: a leading apostrophe before a formula's first sign."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


def read_safe_text(cell: str) -> str:
    """What `safe_text` wrote, back as it was (so an export imports unchanged)."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in FORMULA_STARTS else cell
