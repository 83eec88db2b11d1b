"""The fonts a PDF uses, as pdffonts (poppler-utils) lists them."""

from __future__ import annotations

import subprocess
from pathlib import Path


def fonts_of(pdf: bytes, folder: Path) -> dict[str, bool]:
    """Each font's name (without its subset tag) → whether the PDF embeds it."""
    path = folder / "fonts.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]  # below the heading and its rule
    fonts = {}
    for line in listing:
        fields = line.split()
        fonts[fields[0].partition("+")[2] or fields[0]] = fields[-5] == "yes"
    return fonts
