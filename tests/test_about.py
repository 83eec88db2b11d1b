"""What Credit Desk says of itself: --version, and Help → About with the data folder and licences."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from PySide6.QtCore import QUrl

from models.common import about

ROOT = Path(__file__).resolve().parent.parent


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def test_version_on_the_command_line_is_the_projects() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout == f"Credit Desk {project_version()}\n"


def test_about_shows_version_data_folder_and_what_is_bundled(
    window, qtbot, monkeypatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    from ui.window.about_dialog import AboutDialog

    folder = tmp_path / "Credit Desk"  # not the real user data folder
    monkeypatch.setattr(about, "data_folder", lambda: folder)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        "ui.window.about_dialog.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    dialog = AboutDialog(window.database_path, window)
    qtbot.addWidget(dialog)
    assert project_version() in dialog.findChild(object, "aboutVersion").text()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert str(folder) in texts and str(window.database_path) in texts
    shown = {dialog.licences.item(row, 0).text() for row in range(dialog.licences.rowCount())}
    assert {"Qt 6 and PySide6 (Qt for Python)", "ReportLab", "DejaVu fonts"} <= shown
    assert any("LGPL" in dialog.licences.item(r, 1).text() for r in range(len(about.BUNDLED)))
    dialog.open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(folder))] and folder.is_dir()
