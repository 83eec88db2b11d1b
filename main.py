"""Credit Desk's entry point: parse arguments, open the database, start the GUI or a CLI command."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

APP_NAME = "Credit Desk"


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "credit-desk.sqlite3"


def build_parser() -> argparse.ArgumentParser:
    from cli import register_all

    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Credit Desk: prepaid credit for SMS campaigns. Without a command, opens the window.",
    )
    parser.add_argument(
        "--database", metavar="PATH", type=Path, help="database file to open or create"
    )
    parser.add_argument("--lang", choices=("en", "cs"), help="language of the window")
    register_all(parser.add_subparsers(dest="command", title="commands", metavar="COMMAND"))
    return parser


def open_or_report(path: Path) -> bool:
    from models.common.database import DatabaseOpenError, open_database

    try:
        open_database(path)
    except DatabaseOpenError as error:
        print(f"error: {error}", file=sys.stderr)
        return False
    return True


def build_window(  # type: ignore[no-untyped-def]
    database_path: str | os.PathLike[str], locale: str = "en", all_pages: bool = True
):
    """Open the database and build the main window, without entering the event loop.

    With all_pages=False only the page shown first is built; the app builds the rest once the
    window is on screen (see run_gui)."""
    from models.common.database import open_database
    from ui.common.formatting import use_language
    from ui.window.main_window import MainWindow

    use_language(locale)
    open_database(database_path)
    return MainWindow(Path(database_path), locale, all_pages)


def install_language(app, requested: str | None = None):  # type: ignore[no-untyped-def]
    """Install the translation of the UI language: `requested` (--lang), else the one chosen in
    View → Language, else English. Returns (language, translators); keep the translators alive.
    The GUI and the tests both start this way, then call build_window(path, language)."""
    from ui.common.translations import install_translators, startup_language

    language = startup_language(requested)
    return language, install_translators(app, language)


def run_gui(database_path: Path, language: str | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from models.common.database import DatabaseOpenError
    from ui.common.messages import translated

    app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    language, translators = install_language(app, language)  # noqa: F841 (kept alive)
    try:
        window = build_window(database_path, language, all_pages=False)
    except DatabaseOpenError as error:
        QMessageBox.critical(
            None, app.translate("main", "Cannot open the database"), translated(error)
        )
        return 1
    window.show()

    def build_the_other_pages() -> None:  # one at a time, after the window is on screen
        if window.build_next_page():
            QTimer.singleShot(20, build_the_other_pages)

    QTimer.singleShot(150, build_the_other_pages)
    code = app.exec()
    from ui.common import worker

    worker.wait_for_all()  # an unfinished import rolls back; nothing is left half-done
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    database_path = args.database or default_database_path()
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        return run_gui(database_path, args.lang)
    if not open_or_report(database_path):
        return 1
    from cli.errors import run_command

    return run_command(run, args)


if __name__ == "__main__":
    sys.exit(main())
