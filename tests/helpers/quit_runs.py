"""Running the quit driver in a subprocess: bounded in time, ended by a signal when asked, and
with whatever the app leaves behind (exit status, output, processes) collected."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.quit_scenarios import DATABASE, SIGTERM

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("quit_scenarios.py")
START_TIMEOUT = 30.0  # from launch to "started" (a loaded machine starts Qt slowly)
EXIT_TIMEOUT = 30.0  # from the end of the delay to the exit: finishing work in flight included
OTHER_NAME = "other.sqlite3"


@dataclass
class Outcome:
    """What a run of the app left: its exit status (None when it had to be killed), output,
    what it was stuck on, and processes of its group still alive after it ended."""

    returncode: int | None
    stdout: str
    stderr: str
    stuck: str = ""
    left_behind: list[str] = field(default_factory=list)
    seconds: float = 0.0


def environment(folder: Path, platform: str = "offscreen") -> dict[str, str]:
    """The app's environment: its own settings folder, no system keyring, a headless display."""
    env = dict(os.environ)
    env.update(
        {
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"),
            "QT_QPA_PLATFORM": platform,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONFAULTHANDLER": "1",  # a crash prints where it happened
        }
    )
    return env


def prepare(scenario: str, folder: Path) -> dict[str, int]:
    """The scenario's database and inputs in `folder`; returns what the checks expect."""
    done = subprocess.run(
        [sys.executable, str(DRIVER), "prepare", scenario, str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=environment(folder),
    )
    assert done.returncode == 0, f"preparing {scenario} failed:\n{done.stderr}"
    expected: dict[str, int] = json.loads(done.stdout.splitlines()[-1])
    (folder / "expected.json").write_text(json.dumps(expected))
    return expected


def copy_prepared(template: Path, folder: Path) -> None:
    shutil.copytree(template, folder, dirs_exist_ok=True)


def _read(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def _group_members(group: int) -> list[str]:
    listing = subprocess.run(
        ["ps", "-o", "pid=,args=", "-g", str(group)], capture_output=True, text=True
    ).stdout
    return [line.strip() for line in listing.splitlines() if line.strip()]


def launch(arguments: list[str], folder: Path, platform: str = "offscreen") -> subprocess.Popen:
    folder.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, str(DRIVER), *arguments]
    if platform == "xvfb":
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", *command]
    return subprocess.Popen(
        command,
        stdout=(folder / "stdout.txt").open("wb"),
        stderr=(folder / "stderr.txt").open("wb"),
        cwd=ROOT,
        env=environment(folder, "xcb" if platform == "xvfb" else platform),
        start_new_session=True,  # its own process group: whatever it starts can be found
    )


def _wait_for_line(process: subprocess.Popen, stdout: Path, line: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if line in _read(stdout).splitlines():
            return True
        if process.poll() is not None:
            return line in _read(stdout).splitlines()
        time.sleep(0.01)
    return False


def finish(process: subprocess.Popen, folder: Path, timeout: float, began: float) -> Outcome:
    """Wait for the app to exit (killing its whole group after `timeout`), then collect."""
    stuck = ""
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        stuck = f"still running {timeout:.0f} s after it was told to end: killed"
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    left_behind: list[str] = []
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        left_behind = _group_members(process.pid)
        if not left_behind:
            break
        time.sleep(0.1)
    if left_behind:
        os.killpg(process.pid, signal.SIGKILL)
    return Outcome(
        None if stuck else process.returncode,
        _read(folder / "stdout.txt"),
        _read(folder / "stderr.txt"),
        stuck,
        left_behind,
        time.monotonic() - began,
    )


def run(scenario: str, ending: str, delay: float, folder: Path) -> Outcome:
    """Run the app on folder/credit-desk.sqlite3: start the scenario, end it `delay` s later."""
    began = time.monotonic()
    other = folder / OTHER_NAME
    process = launch(
        ["run", scenario, ending, f"{delay:.3f}", str(folder), str(other)], folder / "output"
    )
    output = folder / "output"
    if not _wait_for_line(process, output / "stdout.txt", "started", START_TIMEOUT):
        if process.poll() is None:
            outcome = finish(process, output, 0, began)
            outcome.stuck = f"never printed “started” within {START_TIMEOUT:.0f} s: killed"
            return outcome
        return finish(process, output, 0, began)
    if ending == SIGTERM:
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        return finish(process, output, EXIT_TIMEOUT, began)
    return finish(process, output, delay + EXIT_TIMEOUT, began)


def database_of(folder: Path) -> Path:
    return folder / DATABASE
