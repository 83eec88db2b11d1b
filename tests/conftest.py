"""Shared fixtures: headless Qt, isolated QSettings, and a fresh database for every test."""

from __future__ import annotations

import os
import sys
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


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "credit-desk.sqlite3"


@pytest.fixture
def database(database_path: Path):
    """A fresh, migrated database bound to the models."""
    opened = db.open_database(database_path)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, database_path: Path):
    import main

    built = main.build_window(database_path)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built
    from ui.common import worker

    worker.wait_for_all()  # no thread may still use the database when it closes
    db.database.obj.close()
