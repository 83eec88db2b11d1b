"""Runs the real app (main.main) and, as a user would, starts some work and ends the app meanwhile.

Usage:
  quit_scenarios.py prepare SCENARIO FOLDER   the scenario's database and inputs in FOLDER;
                                               prints what the checks expect, as JSON
  quit_scenarios.py run SCENARIO ENDING DELAY FOLDER OTHER_DATABASE
  quit_scenarios.py export-many FOLDER ROUNDS  exports every document ROUNDS times, by turns to
                                               a folder and to a ZIP, through the Invoices page

`run` opens FOLDER/credit-desk.sqlite3 with `main.py --database`, starts the scenario's work and
prints "started"; DELAY seconds later it closes the window (ENDING "close") or opens
OTHER_DATABASE with File → Open, waits for the switch ("switched") and then closes the window
("open"). For "sigterm" the caller sends the signal. The exit status is the app's.

Everything that depends on how the window is built is in the functions under "The user's
hands" and "Scenarios" below: object names, page titles, button texts, the File → Open action.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATABASE = "credit-desk.sqlite3"
NEW_DATABASE, SENDING, STATEMENT, INVOICE_ZIP, PRICE_LIST = (
    "new-database",
    "sending",
    "statement",
    "invoice-zip",
    "price-list",
)
SCENARIOS = (NEW_DATABASE, SENDING, STATEMENT, INVOICE_ZIP, PRICE_LIST)
OTHER = "other"  # the database File → Open switches to
MANY_DOCUMENTS = "many-documents"
CLOSE, SIGTERM, OPEN = "close", "sigterm", "open"
ENDINGS = (CLOSE, SIGTERM, OPEN)
WAIT_MS = 30_000  # for a page, a dialog or a switch to appear; then the driver gives up


def say(line: str) -> None:
    print(line, flush=True)


# -- The user's hands: finding and using what is on screen ---------------------------------------


class Hands:
    """Chooses files in file dialogs, answers message boxes, finds pages and buttons."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        self.next_file = ""
        ok, yes = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes

        def answer(reply: Any) -> Callable[..., Any]:
            def box(parent: object, title: str, text: str = "", *args: object) -> Any:
                print(f"driver: message box “{title}”: {text}", file=sys.stderr, flush=True)
                return reply

            return box

        def chosen(*args: object, **kwargs: object) -> tuple[str, str]:
            return self.next_file, ""

        for name, reply in (("information", ok), ("warning", ok), ("critical", ok)):
            setattr(QMessageBox, name, answer(reply))
        QMessageBox.question = answer(yes)  # type: ignore[method-assign]
        from ui.payments.import_plan_dialog import ImportPlanDialog

        def import_it(dialog: Any) -> int:
            print("driver: import plan: Import", file=sys.stderr, flush=True)
            return 1  # QDialog.Accepted

        ImportPlanDialog.exec = import_it  # type: ignore[method-assign]
        QFileDialog.getOpenFileName = chosen  # type: ignore[method-assign]
        QFileDialog.getSaveFileName = chosen  # type: ignore[method-assign]
        QFileDialog.getExistingDirectory = lambda *a, **k: self.next_file  # type: ignore[method-assign]

    @staticmethod
    def window() -> Any:
        from PySide6.QtWidgets import QApplication

        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
        return found[0] if found else None

    @staticmethod
    def dialog(object_name: str) -> Any:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == object_name and widget.isVisible():
                return widget
        return None

    def open_page(self, title: str, object_name: str) -> Any:
        """Click the page's title in the sidebar; the page, once built."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidget, QWidget

        window = self.window()
        sidebar = window.findChild(QListWidget, "sidebar")
        sidebar.setCurrentItem(sidebar.findItems(title, Qt.MatchFlag.MatchExactly)[0])
        return window.findChild(QWidget, object_name)

    @staticmethod
    def button(parent: Any, object_name: str) -> Any:
        from PySide6.QtWidgets import QAbstractButton

        found = parent.findChild(QAbstractButton, object_name) if parent is not None else None
        if found is None:
            fail(f"no button {object_name}")
        return found

    def click_when_enabled(self, parent: Any, object_name: str, then: Callable[[], None]) -> None:
        button = self.button(parent, object_name)
        if button is not None:
            when(button.isEnabled, lambda: (button.click(), then()), f"{object_name} enabled")

    def open_database(self, path: Path) -> None:
        """File → Open (found by its standard shortcut), choosing `path`."""
        from PySide6.QtGui import QAction, QKeySequence

        self.next_file = str(path)
        wanted = QKeySequence(QKeySequence.StandardKey.Open)
        actions = [a for a in self.window().findChildren(QAction) if a.shortcut() == wanted]
        if not actions:
            fail("no File → Open action")
            return
        actions[0].trigger()


def when(condition: Callable[[], object], then: Callable[[], None], what: str) -> None:
    """Call `then` as soon as `condition()` holds (checked every 20 ms on the GUI thread)."""
    from PySide6.QtCore import QTimer

    deadline = time.monotonic() + WAIT_MS / 1000

    def check() -> None:
        if condition():
            then()
        elif time.monotonic() > deadline:
            fail(f"gave up waiting for {what}")
        else:
            QTimer.singleShot(20, check)

    check()


def fail(reason: str) -> None:
    """The scenario could not be played (a page or button changed): say so and end the app."""
    say(f"driver-error: {reason}")
    window = Hands.window()
    if window is not None:
        window.close()


# -- Scenarios: start the work; call started() once it runs ------------------------------------


def start_new_database(hands: Hands, folder: Path, started: Callable[[], None]) -> None:
    started()  # the window loads the sample price list by itself on the first start


def start_sending(hands: Hands, folder: Path, started: Callable[[], None]) -> None:
    started()  # the window sends what waits in the outbox by itself when it opens


def start_statement(hands: Hands, folder: Path, started: Callable[[], None]) -> None:
    from tests.helpers.quit_data import STATEMENT_FILE

    page = hands.open_page("Payments", "paymentsPage")
    hands.next_file = str(folder / STATEMENT_FILE)
    hands.click_when_enabled(page, "importStatementButton", started)


def start_price_list(hands: Hands, folder: Path, started: Callable[[], None]) -> None:
    from tests.helpers.quit_data import PRICE_LIST_FILE

    page = hands.open_page("Price list", "priceListPage")
    hands.next_file = str(folder / PRICE_LIST_FILE)
    hands.click_when_enabled(page, "importPriceListButton", started)


def export_documents(hands: Hands, target: Path, to_zip: bool, then: Callable[[Any], None]) -> None:
    """Invoices → Export…: choose folder or ZIP and the target, click Export, then `then(dialog)`.
    The dialog is modal: this returns when it closes."""
    from PySide6.QtWidgets import QLineEdit, QRadioButton

    page = hands.open_page("Invoices", "invoicesPage")

    def fill() -> None:
        dialog = hands.dialog("exportDocumentsDialog")
        choice = "One ZIP file" if to_zip else "Files in a folder"
        for radio in dialog.findChildren(QRadioButton):
            if radio.text() == choice:
                radio.setChecked(True)
        dialog.findChild(QLineEdit, "exportTarget").setText(str(target))
        hands.button(dialog, "startExportButton").click()
        then(dialog)

    when(lambda: hands.dialog("exportDocumentsDialog"), fill, "the export dialog")
    hands.button(page, "exportDocumentsButton").click()


def start_invoice_zip(hands: Hands, folder: Path, started: Callable[[], None]) -> None:
    from tests.helpers.quit_data import ZIP_FILE

    export_documents(hands, folder / ZIP_FILE, True, lambda _dialog: started())


STARTS = {
    NEW_DATABASE: start_new_database,
    SENDING: start_sending,
    STATEMENT: start_statement,
    INVOICE_ZIP: start_invoice_zip,
    PRICE_LIST: start_price_list,
}


def end(hands: Hands, ending: str, other: Path) -> None:
    from PySide6.QtCore import QTimer

    say(f"ending {ending}")
    if ending == CLOSE:
        hands.window().close()
    elif ending == OPEN:
        hands.open_database(other)

        def switched() -> None:
            say("switched")
            QTimer.singleShot(300, lambda: hands.window().close())

        def shows_other() -> bool:
            window = hands.window()
            return window is not None and other.name in window.windowTitle()

        when(shows_other, switched, "the window to show the other database")


# -- Running the app with a hook ---------------------------------------------------------------


def run_app(database: Path, hook: Callable[[Hands], None]) -> int:
    """main.main(--database) with `hook` called on the GUI thread once the event loop runs."""
    from PySide6.QtCore import QTimer

    import launch
    import main

    hands = Hands()  # before the app starts: a message box at start-up is answered too
    built = launch.build_window
    hooked: list[bool] = []

    def build_window(*args: Any, **kwargs: Any) -> Any:
        window = built(*args, **kwargs)
        hooked.append(True)
        QTimer.singleShot(0, lambda: hook(hands))
        return window

    launch.build_window = build_window
    code = main.main(["--database", str(database), "--lang", "en"])
    if not hooked:
        say("driver-error: the app never called launch.build_window, so no scenario ran")
    return code


def run(scenario: str, ending: str, delay: float, folder: Path, other: Path) -> int:
    from PySide6.QtCore import QTimer

    def hook(hands: Hands) -> None:
        def started() -> None:
            say("started")
            if ending != SIGTERM:
                QTimer.singleShot(round(delay * 1000), lambda: end(hands, ending, other))

        STARTS[scenario](hands, folder, started)

    return run_app(folder / DATABASE, hook)


def export_many(folder: Path, rounds: int) -> int:
    """Export every document `rounds` times, by turns to a folder and a ZIP; a line per round."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar

    def hook(hands: Hands) -> None:
        def one(number: int) -> None:
            if number == rounds:
                hands.window().close()
                return
            to_zip = number % 2 == 1
            target = folder / ("documents.zip" if to_zip else "documents")
            began = time.monotonic()
            seen: set[int] = set()
            visible = [False]

            def watch(dialog: Any) -> None:
                bar = dialog.findChild(QProgressBar, "exportProgress")
                start = hands.button(dialog, "startExportButton")

                def sample() -> None:
                    seen.add(bar.value())
                    visible[0] = visible[0] or bar.isVisible()
                    if not start.isEnabled():
                        QTimer.singleShot(25, sample)
                        return
                    message = dialog.findChild(QLabel, "exportMessage").text()
                    say(
                        f"round {number + 1} {'zip' if to_zip else 'folder'} "
                        f"seconds={time.monotonic() - began:.1f} progress_values={len(seen)} "
                        f"progress_max={max(seen)} progress_visible={visible[0]} "
                        f"message={message}"
                    )
                    buttons = dialog.findChild(QDialogButtonBox)
                    buttons.button(QDialogButtonBox.StandardButton.Close).click()

                sample()

            export_documents(hands, target, to_zip, watch)  # returns when the dialog closes
            QTimer.singleShot(0, lambda: one(number + 1))

        one(0)

    return run_app(folder / DATABASE, hook)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    command, *rest = argv
    if command == "prepare":
        from tests.helpers.quit_data import prepare

        say(json.dumps(prepare(rest[0], Path(rest[1]))))
        return 0
    if command == "run":
        scenario, ending, delay, folder, other = rest
        return run(scenario, ending, float(delay), Path(folder), Path(other))
    if command == "export-many":
        return export_many(Path(rest[0]), int(rest[1]))
    raise SystemExit(__doc__)


if __name__ == "__main__":  # spawned export workers import this file too: nothing runs then
    sys.exit(main(sys.argv[1:]))
