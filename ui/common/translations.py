"""The UI language: the saved choice, and loading its translation (the .qm is built from the .ts
when it is missing or older)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("en", "cs")
# Each language's name in itself, as the View → Language menu lists them (never translated).
LANGUAGE_NAMES = {"en": "English", "cs": "Čeština"}
LANGUAGE_KEY = "ui/language"  # QSettings key of the language chosen in View → Language
DEFAULT_LANGUAGE = "en"


def saved_language() -> str | None:
    """The language chosen in View → Language, or None when none (or an unknown one) is saved."""
    value = QSettings().value(LANGUAGE_KEY)
    return value if value in LANGUAGES else None


def save_language(language: str) -> None:
    """Remember `language` for the next start (the running window keeps its language)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; one of {', '.join(LANGUAGES)}")
    QSettings().setValue(LANGUAGE_KEY, language)


def startup_language(requested: str | None = None) -> str:
    """--lang when given, else the saved choice, else English."""
    return requested or saved_language() or DEFAULT_LANGUAGE


def compiled_translation(language: str) -> Path | None:
    """The .qm for `language`, compiled from its .ts with pyside6-lrelease if out of date."""
    source = TRANSLATIONS_DIR / f"credit_desk_{language}.ts"
    target = source.with_suffix(".qm")
    if not source.exists():  # an installed app ships the .qm alone
        return target if target.exists() else None
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        import shutil
        import subprocess

        tool = Path(sys.executable).with_name("pyside6-lrelease")
        command = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
        if command is None:
            return None
        subprocess.run([command, "-silent", str(source), "-qm", str(target)], check=False)
    return target if target.exists() else None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and Credit Desk's translators; returns them so they stay alive."""
    installed: list[QTranslator] = []
    if language == "en":  # English only needs its plural forms ("1 entry"), from our .ts
        return _install_ours(app, language, installed)
    from PySide6.QtCore import QLibraryInfo  # its enums cost an English start 1.5 ms

    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    return _install_ours(app, language, installed)


def _install_ours(
    app: QCoreApplication, language: str, installed: list[QTranslator]
) -> list[QTranslator]:
    qm = compiled_translation(language)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo install_translators (tests switch languages within one process)."""
    for translator in translators:
        app.removeTranslator(translator)
