"""The window owns its database session: File → Open and closing finish the tasks first."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

import launch
import main
from models.common import database as db
from models.common.money import MICRO
from models.common.progress import Cancelled
from tests.helpers.outbox_data import CZ_O2, credit, queue, small_price_list

ROOT = Path(__file__).resolve().parent.parent


def task_threads(before: set[threading.Thread]) -> list[str]:
    """Task threads alive now that were not before (other tests' windows may still finish)."""
    return [
        thread.name
        for thread in threading.enumerate()
        if thread.name.startswith("task ") and thread not in before
    ]


def open_window(qtbot, path: Path):  # type: ignore[no-untyped-def]
    window = launch.build_window(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.close()
    qtbot.waitUntil(lambda: window.session.closed, timeout=30_000)


def test_open_database_while_a_task_runs_finishes_it_then_shows_the_new_one(
    qtbot, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    session = db.open_database(other)
    credit(5 * MICRO)
    session.close()
    window = open_window(qtbot, tmp_path / "first.sqlite3")
    window.sidebar.setCurrentRow(2)
    old_page = window.page("transactionsPage")
    assert old_page.body.currentWidget().objectName() == "emptyState"
    old_session = window.session
    seen_at_the_end: list[tuple[bool, bool]] = []
    old_threads: list[threading.Thread] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        old_threads.append(threading.current_thread())
        while not cancelled():
            time.sleep(0.005)
        time.sleep(0.2)  # the step in hand is finished after the cancel
        seen_at_the_end.append((old_session.closed, db.database.obj is old_session.db))
        raise Cancelled

    window.workers.start(work, "long")
    assert window.open_database_file(other)
    assert window.session is old_session  # not while the task runs
    qtbot.waitUntil(lambda: window.session.path == other, timeout=10_000)
    assert seen_at_the_end == [(False, True)]  # it ended on its own database, still open
    assert old_session.closed and not old_threads[0].is_alive()
    page = window.page("transactionsPage")
    assert page is not old_page
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=5_000)
    assert window.balance_indicator.text() == "5 credits"
    assert window.windowTitle().endswith("other.sqlite3")
    close_window(qtbot, window)


def test_closing_while_a_campaign_sends_waits_for_it_and_loses_nothing(
    qtbot, database_path: Path, monkeypatch
) -> None:
    from models.outbox import gateway_choice as gateway
    from models.outbox.simulated_gateway import SimulatedGateway

    session = db.open_database(database_path)
    small_price_list()
    credit(2000 * CZ_O2)
    queue(2000)
    session.close()
    slow = lambda: SimulatedGateway(latency_seconds=0.02)  # noqa: E731
    monkeypatch.setattr(gateway, "simulated_from_settings", slow)
    before = set(threading.enumerate())
    window = open_window(qtbot, database_path)
    qtbot.waitUntil(lambda: sent() > 0, timeout=10_000)
    window.close()
    assert not window.session.closed  # it waits for the batch in flight
    qtbot.waitUntil(lambda: window.session.closed, timeout=10_000)
    assert task_threads(before) == []
    connection = sqlite3.connect(database_path)
    try:
        states = dict(connection.execute("SELECT state, count(*) FROM message GROUP BY state"))
        charges = connection.execute(
            "SELECT count(*) FROM ledger_entry WHERE kind = 'message-charge'"
        ).fetchone()[0]
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    assert "sending" not in states and 0 < states["sent"] < 2000
    assert charges == states["sent"]
    assert main.main(["--database", str(database_path), "verify"]) == 0


def sent() -> int:
    from models.outbox import queue as outbox

    return outbox.count_messages(outbox.SENT)


def test_a_slow_task_at_close_shows_the_finishing_notice(qtbot, database_path: Path) -> None:
    window = open_window(qtbot, database_path)
    window.workers.wait()
    release = threading.Event()
    window.workers.start(lambda progress, cancelled: release.wait(5), "stubborn")
    window.close()
    label = window.findChild(QLabel, "finishingNotice")
    qtbot.waitUntil(label.isVisible, timeout=2_000)
    assert label.text().startswith("Finishing 1 task")
    assert window.isVisible() and not window.session.closed
    release.set()
    qtbot.waitUntil(lambda: window.session.closed, timeout=5_000)
    assert not window.isVisible()


def test_closing_while_a_dialog_is_open_dismisses_it_then_closes(qtbot, database_path) -> None:
    from PySide6.QtCore import QTimer

    window = open_window(qtbot, database_path)
    QTimer.singleShot(200, window.close)  # as SIGTERM does, from the dialog's own event loop
    window.open_settings()  # returns once the close has dismissed the dialog
    qtbot.waitUntil(lambda: window.session.closed, timeout=10_000)
    assert not window.isVisible()


@pytest.mark.parametrize("delay", [0.3, 2.0])
def test_sigterm_closes_the_gui_with_exit_status_0(tmp_path: Path, delay: float) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    database = tmp_path / "gui.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "main.py", "--database", str(database)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGTERM)
    try:
        _, errors = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0, errors.decode()
    assert b"Traceback" not in errors and b"QThread" not in errors


def test_quitting_while_a_top_up_waits_for_a_lock_closes_and_keeps_the_payment(
    qtbot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from ui.payments.top_up import TopUpDialog

    path = tmp_path / "locked.sqlite3"
    window = open_window(qtbot, path)
    dialog = TopUpDialog(window.signals, window.workers, 25 * MICRO, window)
    dialog.manual.setChecked(True)
    dialog.show()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(dialog.submit, Qt.MouseButton.LeftButton)
        window.close()  # Ctrl+Q or SIGTERM while the payment waits for the lock
        assert not window.session.closed  # the write in flight is waited for
        qtbot.wait(300)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: window.session.closed, timeout=15_000)
    assert not dialog.isVisible() and not window.isVisible()
    check = sqlite3.connect(path)
    assert check.execute("SELECT count(*), min(state) FROM payment").fetchone() == (1, "paid")
    check.close()


def test_no_dialog_opens_on_a_session_that_is_finishing(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialog

    window = open_window(qtbot, tmp_path / "first.sqlite3")

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():
            time.sleep(0.005)
        time.sleep(0.3)  # a step that finishes after the cancel
        raise Cancelled

    window.workers.start(work, "long")
    assert window.open_database_file(tmp_path / "second.sqlite3")
    window.open_top_up()  # exec() would block if a dialog opened
    window.open_settings()
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: window.session.path.name == "second.sqlite3", timeout=10_000)
    close_window(qtbot, window)
