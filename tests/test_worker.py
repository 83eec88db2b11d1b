"""The one background-work module: results, errors, progress and cancel reach the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject

from models.common.progress import Cancelled
from models.settings import store as settings


class Receiver(QObject):
    """A GUI-thread object with bound-method slots, as pages connect them."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, object]] = []
        self.threads: set[threading.Thread] = set()

    def _note(self, kind: str, value: object) -> None:
        self.threads.add(threading.current_thread())
        self.seen.append((kind, value))

    def progressed(self, done: int, total: int) -> None:
        self._note("progress", (done, total))

    def succeeded(self, result: object) -> None:
        self._note("result", result)

    def failed(self, error: Exception) -> None:
        self._note("error", error)

    def cancelled(self) -> None:
        self._note("cancelled", None)


def watch(task, receiver: Receiver) -> None:  # type: ignore[no-untyped-def]
    task.progressed.connect(receiver.progressed)
    task.succeeded.connect(receiver.succeeded)
    task.failed.connect(receiver.failed)
    task.cancelled.connect(receiver.cancelled)


def test_the_result_arrives_on_the_gui_thread_from_its_own_connection(workers, qtbot) -> None:
    receiver = Receiver()
    settings.set_value("account.currency", "CZK")
    gui_connection = workers.session.db.connection()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        assert workers.session.db.connection() is not gui_connection
        return settings.get("account.currency"), threading.current_thread().name

    watch(workers.start(work, "read"), receiver)
    assert workers.count == 1
    with qtbot.waitSignal(workers.idle, timeout=5000):
        pass
    [(kind, (currency, thread_name))] = receiver.seen
    assert kind == "result" and currency == "CZK" and thread_name == "task read"
    assert receiver.threads == {threading.main_thread()}
    assert workers.count == 0


def test_an_error_is_handed_over_not_raised(workers, qtbot) -> None:
    receiver = Receiver()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ValueError("broken file")

    watch(workers.start(work), receiver)
    with qtbot.waitSignal(workers.idle, timeout=5000):
        pass
    [(kind, error)] = receiver.seen
    assert kind == "error" and isinstance(error, ValueError) and str(error) == "broken file"


def test_progress_arrives_in_order_and_ends_with_the_last_figures(workers, qtbot) -> None:
    receiver = Receiver()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        for done in range(1, 2001):
            progress(done, 2000)
        return "done"

    watch(workers.start(work), receiver)
    with qtbot.waitSignal(workers.idle, timeout=5000):
        pass
    figures = [value for kind, value in receiver.seen if kind == "progress"]
    assert figures and figures[-1] == (2000, 2000)
    assert figures == sorted(figures)  # coalesced, never out of order
    assert receiver.seen[-1] == ("result", "done")
    assert receiver.threads == {threading.main_thread()}


def test_cancel_stops_the_work_and_says_so(workers, qtbot) -> None:
    receiver = Receiver()
    started = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            time.sleep(0.005)
        raise Cancelled

    task = workers.start(work)
    watch(task, receiver)
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(workers.idle, timeout=5000):
        pass
    assert receiver.seen == [("cancelled", None)]


def test_an_interruptible_read_stops_a_running_query(workers, qtbot) -> None:
    receiver = Receiver()
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return workers.session.read(
            lambda: workers.session.execute_sql(endless).fetchone(), cancelled=cancelled
        )

    task = workers.start(work)
    watch(task, receiver)
    time.sleep(0.1)
    task.cancel()
    with qtbot.waitSignal(workers.idle, timeout=5000):
        pass
    assert receiver.seen == [("cancelled", None)]


def test_finish_cancels_drops_answers_and_wait_lets_every_thread_end(workers, qtbot) -> None:
    receiver = Receiver()
    running = threading.Event()

    def long_work(progress, cancelled):  # type: ignore[no-untyped-def]
        running.set()
        while not cancelled():
            progress(1, 2)
            time.sleep(0.005)
        raise Cancelled

    def stubborn_work(progress, cancelled):  # type: ignore[no-untyped-def]
        time.sleep(0.3)  # a step that cannot stop half-way (a charge in flight) finishes
        return "finished"

    watch(workers.start(long_work, "long"), receiver)
    watch(workers.start(stubborn_work, "stubborn"), receiver)
    assert running.wait(5) and workers.count == 2
    workers.finish()
    late = workers.start(long_work, "late")  # after finish nothing starts
    watch(late, receiver)
    assert workers.count == 2 and not late.running
    assert workers.wait(10)
    assert workers.count == 0
    assert [t.name for t in threading.enumerate() if t.name.startswith("task ")] == []
    qtbot.wait(50)
    assert receiver.seen == []  # nobody waits for their answers any more


def test_wait_delivers_answers_of_tasks_that_were_not_cancelled(workers) -> None:
    receiver = Receiver()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        time.sleep(0.05)
        return 42

    watch(workers.start(work), receiver)
    assert workers.wait(10)
    assert receiver.seen == [("result", 42)]


def test_wait_gives_up_after_its_timeout(workers) -> None:
    release = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        release.wait(5)

    workers.start(work)
    assert not workers.wait(0.05)
    release.set()
    assert workers.wait(10)
