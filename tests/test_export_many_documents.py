"""Invoices → Export… of 1,000 documents, again and again, by turns to a folder and to a ZIP: the
real app in a subprocess (a crash must not take pytest with it), with the progress bar watched."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.helpers import quit_checks, quit_runs
from tests.helpers.quit_scenarios import CLOSE, MANY_DOCUMENTS

DOCUMENTS = 1000
ROUND = re.compile(
    r"round (\d+) (folder|zip) seconds=\S+ progress_values=(\d+) progress_max=(\d+) "
    r"progress_visible=(\w+) message=(.*)"
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many-documents")
    assert quit_runs.prepare(MANY_DOCUMENTS, folder) == {"documents": DOCUMENTS}
    return folder


def zip_problems(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.testzip() is None and len(archive.namelist()) == DOCUMENTS:
                return []
            return [f"the ZIP holds {len(archive.namelist())} of {DOCUMENTS} PDFs"]
    except (OSError, zipfile.BadZipFile) as error:
        return [f"no whole ZIP: {error}"]


def export_rounds(template: Path, folder: Path, rounds: int, platform: str) -> None:
    quit_runs.copy_prepared(template, folder)
    process = quit_runs.launch(
        ["export-many", str(folder), str(rounds)], folder / "output", platform
    )
    outcome = quit_runs.finish(process, folder / "output", 60.0 * rounds, 0.0)

    problems = quit_checks.process_problems(outcome, CLOSE)
    rounds_seen = [ROUND.fullmatch(line) for line in outcome.stdout.splitlines()]
    done = [found for found in rounds_seen if found is not None]
    if len(done) != rounds:
        problems.append(f"{len(done)} of {rounds} exports finished")
    for found in done:
        number, kind, values, maximum, visible, message = found.groups()
        if not message.startswith(f"{DOCUMENTS} documents:"):
            problems.append(f"export {number} to a {kind} ended with “{message}”")
        if int(maximum) != DOCUMENTS or visible != "True" or int(values) < 3:
            problems.append(
                f"export {number} to a {kind}: the progress bar was visible={visible}, showed "
                f"{values} values, up to {maximum} of {DOCUMENTS}"
            )
    pdfs = list((folder / "documents").glob("*.pdf"))
    if len(pdfs) != DOCUMENTS:
        problems.append(f"the folder holds {len(pdfs)} of {DOCUMENTS} PDFs")
    if rounds > 1:
        problems += zip_problems(folder / "documents.zip")
    stderr = "\n".join(outcome.stderr.splitlines()[-30:])
    assert not problems, (
        f"{rounds} exports of {DOCUMENTS} documents ({platform}), exit status "
        f"{outcome.returncode}:\n  - " + "\n  - ".join(problems) + f"\nstdout:\n{outcome.stdout}"
        f"\nstderr (end):\n{stderr}"
    )


def test_export_to_a_folder_and_a_zip_offscreen(template: Path, tmp_path: Path) -> None:
    export_rounds(template, tmp_path / "run", rounds=2, platform="offscreen")


@pytest.mark.slow
def test_export_twenty_times_each_under_xvfb(template: Path, tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None or shutil.which("Xvfb") is None:
        pytest.skip("needs xvfb-run and Xvfb (./setup.sh --dev installs them)")
    export_rounds(template, tmp_path / "run", rounds=40, platform="xvfb")
