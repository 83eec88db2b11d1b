"""What a GUI start loads before its first frame: not the slow libraries (phonenumbers, Babel,
ReportLab, keyring, stdnum), not the command-line commands, not the estimator or the sender, not
the ledger's verification nor QtSvg; and the core modules it needs load before PySide6.

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
    "models.ledger.verification",  # and the digest chain: when the ledger is checked
    "models.ledger.chain",
    "PySide6.QtSvg",  # with the first icon painted, after the first frame
    "psycopg",  # installed (team mode), loaded when a server is opened
)
# Lists sys.modules (in the order the imports began) at the first event-loop turn after show().
# Nothing is imported before main: a finder waits for main's own import of PySide6.QtWidgets to
# wrap exec(), so the order is the app's own.
SHOW_MODULES = """
import json, sys
sys.path.insert(0, {root!r})
class ReportOnExec:
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = next(filter(None, (f.find_spec(name, path, target) for f in sys.meta_path)))
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            real_exec = module.QApplication.exec
            def report():
                print(json.dumps(list(sys.modules)), flush=True)
                module.QApplication.instance().quit()
            def exec_then_report(*_):
                sys.modules["PySide6.QtCore"].QTimer.singleShot(0, report)
                return real_exec()
            module.QApplication.exec = exec_then_report
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, ReportOnExec())
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


def modules_at_the_first_frame(database: Path, config: Path, language: str) -> list[str]:
    """The modules a GUI start has loaded when its window is shown, in the order they began."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    result = subprocess.run(
        [sys.executable, "-c", SHOW_MODULES.format(root=str(ROOT)), str(database), language],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.splitlines()[0])
    return loaded


def within(name: str, tops: tuple[str, ...]) -> bool:
    return any(name == top or name.startswith(f"{top}.") for top in tops)


@pytest.mark.parametrize("language", ["en", "cs"])
def test_a_gui_start_loads_no_slow_library_before_the_first_frame(
    priced_database: Path, tmp_path: Path, language: str
) -> None:
    loaded = modules_at_the_first_frame(priced_database, tmp_path, language)
    assert "ui.price_list.page" in loaded  # the first page was built and shown
    assert [name for name in loaded if within(name, NOT_BEFORE_THE_FIRST_FRAME)] == []


def test_the_core_of_the_first_frame_loads_before_pyside(
    priced_database: Path, tmp_path: Path
) -> None:
    """PySide6 reads the source of each module imported after it; main imports the core the
    first frame needs first (import_first_frame_core), and this list must stay complete."""
    loaded = modules_at_the_first_frame(priced_database, tmp_path, "en")
    after_pyside = loaded[loaded.index("PySide6") :]
    assert "models.pricing.price_list" in loaded
    assert [name for name in after_pyside if within(name, ("models", "peewee"))] == []
