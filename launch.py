"""How Credit Desk starts (main.py calls it): parse arguments, open the database session, start the GUI or a CLI command."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from cli import Command
    from models.common.database import Session

APP_NAME = "Credit Desk"
EXIT_BROKEN_PIPE = 141  # as a shell reports a command ended by SIGPIPE
QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)
QUIT_CHECK_MS = 100  # how often the event loop hands control to Python's signal handlers
PACKAGES = ("peewee", "platformdirs", "PySide6")  # without them nothing starts (pyproject.toml)
RELAUNCHED = "CREDIT_DESK_RELAUNCHED"  # set when main.py ran itself again with .venv's Python
SETUP_HINT = "run ./setup.sh first, then .venv/bin/python main.py"
GUI_OPTIONS = ("--database", "--lang")  # all that a start which opens the window takes
LANGUAGES = ("en", "cs")


def missing_package() -> str | None:
    """The first of the project's packages this Python cannot import, or None (nothing is
    imported: the window's start-up stays as fast)."""
    from importlib.util import find_spec

    return next((name for name in PACKAGES if find_spec(name) is None), None)


def environment_python(folder: Path) -> Path:
    """The Python of the virtual environment setup.sh makes beside main.py."""
    if os.name == "nt":
        return folder / ".venv" / "Scripts" / "python.exe"
    return folder / ".venv" / "bin" / "python"


def find_environment(argv: Sequence[str]) -> int | None:
    """Started by a Python without the project's packages (`python3 main.py …`): run again with
    the Python of the `.venv` beside main.py when there is one, else say in one line what to
    do (exit status 1). None: this Python has them (or the app is frozen); carry on."""
    missing = missing_package()
    if missing is None or getattr(sys, "frozen", False):
        os.environ.pop(RELAUNCHED, None)  # not passed on to the programs this one starts
        return None
    script = Path(__file__).absolute().with_name("main.py")
    python = environment_python(script.parent)
    if python.is_file() and not os.environ.get(RELAUNCHED) and Path(sys.executable) != python:
        os.environ[RELAUNCHED] = "1"  # a .venv without the packages must not loop
        if os.name == "nt":  # Windows has no real exec: run it and pass its status on
            import subprocess

            return subprocess.call([str(python), str(script), *argv])
        os.execv(python, [str(python), str(script), *argv])
    print(
        f"error: this Python ({sys.executable}) lacks Credit Desk's packages (no module "
        f"“{missing}”): {SETUP_HINT}",
        file=sys.stderr,
    )
    return 1


def default_database_path() -> Path:
    from models.common.about import data_folder

    return data_folder() / "credit-desk.sqlite3"


def plain_gui_start(argv: Sequence[str]) -> dict[str, str] | None:
    """The options of a start that only opens the window (`--database PATH`, `--lang en|cs`),
    read without building the command-line parser, which imports every command. None when
    `argv` asks for anything else (a command, --help, --version, a mistake to report): the
    parser reads it then, as always."""
    found: dict[str, str] = {}
    rest = list(argv)
    while rest:
        name, given, value = rest.pop(0).partition("=")
        if name not in GUI_OPTIONS:
            return None
        if not given:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        found[name] = value  # the last one counts, as with argparse
    return found if found.get("--lang", LANGUAGES[0]) in LANGUAGES else None


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from cli import register_all
    from models.common.about import version

    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Credit Desk: prepaid credit for SMS campaigns. Without a command, opens the window.",
    )
    parser.add_argument(
        "--database",
        metavar="PATH",
        help="database file to open or create, or a server: postgresql://USER@HOST:PORT/NAME",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {version()}")
    register_all(parser.add_subparsers(dest="command", title="commands", metavar="COMMAND"))
    return parser


def open_or_report(path: str | os.PathLike[str]) -> Session | None:
    from models.common.database import DatabaseOpenError, open_database

    try:
        return open_database(path)
    except DatabaseOpenError as error:
        print(f"error: {error}", file=sys.stderr)
        return None


def build_window(  # type: ignore[no-untyped-def]
    database_path: str | os.PathLike[str], locale: str = "en", all_pages: bool = True
):
    """Open the database session and build the main window on it, without entering the event
    loop. The window owns the session and closes it when it closes.

    With all_pages=False only the page shown first is built; the app builds the rest once the
    window is on screen (see run_gui)."""
    from models.common.database import open_database
    from ui.common.formatting import use_language
    from ui.window.main_window import MainWindow

    use_language(locale)
    session = open_database(database_path)
    try:
        return MainWindow(session, locale, all_pages, os.fspath(database_path))
    except BaseException:
        session.close()
        raise


def install_language(app, requested: str | None = None):  # type: ignore[no-untyped-def]
    """Install the translation of the UI language: `requested` (--lang), else the one chosen in
    View → Language, else English. Returns (language, translators); keep the translators alive.
    The GUI and the tests both start this way, then call build_window(path, language)."""
    from ui.common.translations import install_translators, startup_language

    language = startup_language(requested)
    return language, install_translators(app, language)


def import_first_frame_core() -> None:
    """Import the core modules that the window's first frame uses, before PySide6: PySide6 reads
    the source of every module imported after it (looking for `from __feature__ import`), which
    cost a start some 10 ms. tests/test_startup_imports.py checks that the list is complete."""
    import models.common.country_table
    import models.common.formatting
    import models.common.migrations
    import models.ledger.entries
    import models.outbox.destinations
    import models.pricing.price_list
    import models.settings  # noqa: F401


@contextmanager
def quit_signals() -> Iterator[threading.Event]:
    """While in the block, SIGTERM and SIGINT ask the window to close (they set the event)
    instead of killing the process; the GUI looks at the event a few times a second and closes
    the window as Ctrl+Q does. The previous handlers come back after the block."""
    requested = threading.Event()

    def ask_to_quit(signum: int, frame: object) -> None:
        requested.set()

    previous = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
    for number in QUIT_SIGNALS:
        signal.signal(number, ask_to_quit)
    try:
        yield requested
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)


def run_gui(
    database_path: str | os.PathLike[str] | None,
    language: str | None,
    quit_requested: threading.Event | None = None,
) -> int:
    """Run the window until it closes; `quit_requested` set (SIGTERM, SIGINT) closes it.
    Without a database the window opens the one it had open last (File → Open database file…,
    Connect to server…), or the default file; when the remembered one cannot be opened, it
    says why and opens the default file."""
    if quit_requested is None:
        with quit_signals() as requested:
            return run_gui(database_path, language, requested)
    # The window collects garbage on a timer in the GUI thread (ui/common/garbage_collector.py);
    # automatic collection off from here already spares the start-up's imports ~8 ms of it.
    gc.disable()
    import_first_frame_core()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from models.common.database import DatabaseOpenError
    from ui.common.refusals import show_refusals

    app = QApplication(sys.argv[:1])
    sys.excepthook = show_refusals(sys.excepthook)  # a refused change (a team role) is a message
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    language, translators = install_language(app, language)  # noqa: F841 (kept alive)
    window = None

    def close_when_asked() -> None:
        if quit_requested.is_set():
            quit_requested.clear()
            if window is None:
                app.exit(1)  # the start-up error message is showing
            else:
                window.close()  # finishes the tasks first, then closes the session

    quit_check = QTimer()
    quit_check.timeout.connect(close_when_asked)
    quit_check.start(QUIT_CHECK_MS)
    fallback = None
    if database_path is None:
        from ui.window.database_switch import address_to_open, remembered_database

        remembered = remembered_database()
        fallback = default_database_path() if remembered else None
        database_path = address_to_open(remembered) if remembered else default_database_path()
    while window is None:
        try:
            window = build_window(database_path, language, all_pages=False)
        except DatabaseOpenError as error:
            from PySide6.QtWidgets import QMessageBox

            from ui.common.messages import translated

            QMessageBox.critical(
                None, app.translate("main", "Cannot open the database"), translated(error)
            )
            if fallback is None or os.fspath(fallback) == os.fspath(database_path):
                return 1
            database_path, fallback = fallback, None
    window.show()

    def build_the_other_pages() -> None:  # one at a time, after the window is on screen
        if window.build_next_page():
            QTimer.singleShot(20, build_the_other_pages)

    QTimer.singleShot(150, build_the_other_pages)
    code = app.exec()
    quit_check.stop()
    window.shut_down()  # normally done when the window closed; the loop may have ended otherwise
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from models.common.peewee_driver import import_peewee_without_drivers

    # Before anything else: a SIGTERM while the window is being built closes it once it is up.
    with quit_signals() as quit_requested:
        import_peewee_without_drivers()  # psycopg loads when a server is opened, not every start
        gui = plain_gui_start(sys.argv[1:] if argv is None else argv)
        if gui is not None:
            return run_gui(gui.get("--database"), gui.get("--lang"), quit_requested)
        args = build_parser().parse_args(argv)
        database_path = args.database or default_database_path()
        run: Command | None = getattr(args, "run", None)
        if run is None:
            return run_gui(args.database, args.lang, quit_requested)
    if quit_requested.is_set():  # asked to stop before the command started
        return 1
    from cli.errors import run_command

    session = open_or_report(database_path)
    if session is None:
        return 1
    try:
        code = run_command(run, args, session)
        sys.stdout.flush()  # here, where a reader that left can be told apart
        return code
    except BrokenPipeError:  # the reader left (`… | head`): what was done stays done, quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        session.close()
