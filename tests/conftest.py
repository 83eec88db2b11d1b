"""Shared fixtures: headless Qt, isolated QSettings, and a fresh database for every test."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Subprocesses (CLI tests) must never reach the real system keyring either.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from models.common import database as db  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def memory_keyring():
    """Credentials go to a keyring in memory, never to the system's."""
    import keyring

    from tests.helpers.fake_keyring import MemoryKeyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def no_session_left_open():
    """A test that fails half-way must not leave its session bound for the next one."""
    yield
    left = db.open_session()
    if left is not None:
        left.close()


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "credit-desk.sqlite3"


@pytest.fixture
def database(database_path: Path):
    """A fresh, migrated database session, bound to the models."""
    session = db.open_database(database_path)
    yield session
    session.close()


@pytest.fixture
def workers(qtbot, database):
    """The background tasks of the `database` session, as a window would hold them."""
    from ui.common.worker import Workers

    owned = Workers(database)
    yield owned
    owned.finish()
    assert owned.wait(30), "a task did not end"


@pytest.fixture
def window(qtbot, database_path: Path):

    import launch

    def close_as_a_user_would(window) -> None:  # before pytest-qt deletes the window
        window.close()  # finishes the window's tasks, then closes its session
        qtbot.waitUntil(lambda: window.session.closed, timeout=30_000)

    built = launch.build_window(database_path)
    qtbot.addWidget(built, before_close_func=close_as_a_user_would)
    built.show()
    qtbot.waitExposed(built)
    yield built
    assert built.session.closed


# -- PostgreSQL (team mode) -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server for the whole run (tests/helpers/postgres_server.py).

    Without PostgreSQL's programs the tests that need it skip, except in CI (CI=true), where a
    missing server is a failure: setup.sh --dev installs it."""
    from tests.helpers.postgres_server import PostgresServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = (
            "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH); "
            "./setup.sh --dev installs the Debian package postgresql"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}", pytrace=False)
        pytest.skip(reason)
    server = PostgresServer(bin_dir).start()
    yield server
    server.stop()


@pytest.fixture
def postgres_address(postgres_server) -> Iterator[str]:
    """The address of a new, empty server database for one test (dropped after it)."""
    address = postgres_server.create_database()
    yield address
    left = db.open_session()
    if left is not None:
        left.close()
    postgres_server.drop_database(address)
