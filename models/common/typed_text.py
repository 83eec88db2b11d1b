"""Text a person typed: what may be stored and printed on documents, and plain ASCII numbers."""

from __future__ import annotations

LINE_BREAKS = frozenset("\n\r\t")


def has_control_characters(text: str, allow_line_breaks: bool = False) -> bool:
    """C0/C1 controls and DEL (ESC, BEL, NUL…): they print raw to a terminal and would end up
    on immutable documents."""
    return any(
        (ord(char) < 32 or 127 <= ord(char) < 160)
        and not (allow_line_breaks and char in LINE_BREAKS)
        for char in text
    )


def is_ascii_digits(text: str) -> bool:
    """Only 0–9: str.isdigit() also accepts “²”, “٣” or “１”, which int() may refuse or misread."""
    return text.isascii() and text.isdigit()
