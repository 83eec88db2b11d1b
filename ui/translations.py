"""Loading the Czech (or other) translation; builds the .qm from the .ts when it is missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("en", "cs")


def compiled_translation(language: str) -> Path | None:
    """The .qm for `language`, compiled from its .ts with pyside6-lrelease if out of date."""
    source = TRANSLATIONS_DIR / f"credit_desk_{language}.ts"
    target = source.with_suffix(".qm")
    if not source.exists():
        return None
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        tool = Path(sys.executable).with_name("pyside6-lrelease")
        command = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
        if command is None:
            return None
        subprocess.run([command, "-silent", str(source), "-qm", str(target)], check=False)
    return target if target.exists() else None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and Credit Desk's translators; returns them so they stay alive."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    qm = compiled_translation(language)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
