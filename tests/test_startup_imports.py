"""What a GUI start loads before its first frame: not the slow libraries (phonenumbers, Babel,
ReportLab, keyring, stdnum), not the command-line commands, not the estimator or the sender.

The real app runs in a subprocess on a database whose price list is loaded (the first page shows
it, country names and all), and lists sys.modules at the first event-loop turn after show().
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOT_BEFORE_THE_FIRST_FRAME = (
    "phonenumbers",
    "babel",
    "reportlab",
    "keyring",
    "stdnum",
    "cli",
    "models.pricing.campaign_estimate",
    "ui.outbox.sender",
)
SHOW_MODULES = """
import json, sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def report():
    print(json.dumps(sorted(sys.modules)), flush=True)
    QApplication.instance().quit()
def exec_then_report(*_):
    QTimer.singleShot(0, report)
    return real_exec()
QApplication.exec = exec_then_report
import main
sys.exit(main.main(["--database", sys.argv[1], "--lang", sys.argv[2]]))
"""


@pytest.fixture
def priced_database(database_path: Path) -> Path:
    from models.common import database as db
    from models.pricing import price_list

    session = db.open_database(database_path)
    price_list.ensure_loaded()
    session.close()
    return database_path


@pytest.mark.parametrize("language", ["en", "cs"])
def test_a_gui_start_loads_no_slow_library_before_the_first_frame(
    priced_database: Path, tmp_path: Path, language: str
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SHOW_MODULES.format(root=str(ROOT)), str(priced_database), language],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[0])
    assert "ui.price_list.page" in loaded  # the first page was built and shown
    early = [
        name
        for name in loaded
        if any(name == top or name.startswith(f"{top}.") for top in NOT_BEFORE_THE_FIRST_FRAME)
    ]
    assert early == []
