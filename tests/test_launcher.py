"""`python3 main.py` with a Python that lacks the project's packages: main.py runs itself again
with the `.venv` beside it, or says in one line to run ./setup.sh, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# A Python without the packages: the interpreter the venv is made from, without site-packages.
BARE = [getattr(sys, "_base_executable", sys.executable), "-S", "-s"]


def copy_entry(folder: Path) -> None:
    """main.py and the launch.py it runs, alone in `folder`."""
    for name in ("main.py", "launch.py"):
        shutil.copy(ROOT / name, folder / name)


def run(python: list[str], script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(
        [*python, str(script), *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_without_the_packages_and_without_a_venv_it_says_to_run_setup(tmp_path: Path) -> None:
    copy_entry(tmp_path)
    result = run(BARE, tmp_path / "main.py", "balance")
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("error: this Python (")
    assert "run ./setup.sh first, then .venv/bin/python main.py" in result.stderr


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for .venv's Python")
def test_without_the_packages_it_runs_again_with_the_venv_beside_it(tmp_path: Path) -> None:
    copy_entry(tmp_path)
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text('#!/bin/sh\necho "relaunched $CREDIT_DESK_RELAUNCHED: $*"\n')
    python.chmod(0o755)
    result = run(BARE, tmp_path / "main.py", "--database", "my db.sqlite3", "balance")
    assert (result.returncode, result.stderr) == (0, "")
    assert (
        result.stdout == f"relaunched 1: {tmp_path / 'main.py'} --database my db.sqlite3 balance\n"
    )


@pytest.mark.skipif(
    not (ROOT / ".venv" / "bin" / "python").exists(), reason="no .venv beside main.py"
)
def test_the_project_runs_from_a_python_outside_its_venv() -> None:
    result = run(BARE, ROOT / "main.py", "--version")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("Credit Desk ")


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for .venv's Python")
def test_a_venv_that_lacks_the_packages_too_is_not_run_again_and_again(tmp_path: Path) -> None:
    copy_entry(tmp_path)
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(f'#!/bin/sh\nexec "{BARE[0]}" -S -s "$@"\n')  # without the packages too
    python.chmod(0o755)
    result = run(BARE, tmp_path / "main.py", "--version")
    assert result.returncode == 1 and "run ./setup.sh first" in result.stderr
