"""Quit or switch databases at any moment: the real app, in a subprocess, ended at a random moment
while it works, then the process and the database it leaves are checked.

Each run starts one scenario's work (first start on a new database, a campaign sending, a bank
statement importing, a ZIP of invoices being written, a price list importing) and ends the app
a random delay later: closing the window, SIGTERM, or File → Open of another database followed
by a normal close. Delays are seeded: QUIT_SEED=N picks other ones, and a failure prints its own.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.helpers import quit_checks, quit_runs
from tests.helpers.quit_scenarios import (
    DATABASE,
    ENDINGS,
    INVOICE_ZIP,
    NEW_DATABASE,
    OPEN,
    OTHER,
    PRICE_LIST,
    SCENARIOS,
    SENDING,
    STATEMENT,
)

SEED = int(os.environ.get("QUIT_SEED", "11"))
# Longest delay per scenario: about as long as its work takes, so most ends land in the middle.
MAX_DELAY = {NEW_DATABASE: 2.0, SENDING: 2.0, STATEMENT: 4.0, INVOICE_ZIP: 3.0, PRICE_LIST: 2.0}
# The slow runs go two at a time: on a two-core machine that halves their time, and two apps
# competing for the cores end at other moments of their work than one alone.
SLOW_AT_ONCE = int(os.environ.get("QUIT_PARALLEL", "2"))
COMBINATIONS = [(scenario, ending) for scenario in SCENARIOS for ending in ENDINGS]

Prepared = Callable[[str], tuple[Path, dict[str, int]]]


def default_runs() -> list[tuple[str, str, int]]:
    """Ten runs: each scenario twice, the endings taking turns (each ending three or four times)."""
    return [
        (scenario, ENDINGS[(2 * number + index) % len(ENDINGS)], index)
        for number, scenario in enumerate(SCENARIOS)
        for index in range(2)
    ]


def slow_runs() -> list[tuple[str, str, int]]:
    """A hundred runs, every scenario with every ending six or seven times."""
    return [(*COMBINATIONS[index % len(COMBINATIONS)], index) for index in range(100)]


def params(runs: list[tuple[str, str, int]]) -> list[object]:
    return [pytest.param(*run, id="-".join(map(str, run))) for run in runs]


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    """Each scenario's database and inputs, made once per session and copied for every run."""
    made: dict[str, tuple[Path, dict[str, int]]] = {}

    def template(scenario: str) -> tuple[Path, dict[str, int]]:
        if scenario not in made:
            folder = tmp_path_factory.mktemp(f"template-{scenario}")
            made[scenario] = folder, quit_runs.prepare(scenario, folder)
        return made[scenario]

    return template


def scenario_problems(scenario: str, folder: Path, expected: dict[str, int]) -> list[str]:
    database = folder / DATABASE
    problems = quit_checks.sound_database(database)
    if not database.exists():
        return problems
    problems += quit_checks.charges(database)
    if scenario == STATEMENT:
        problems += quit_checks.statement_whole(database, expected["credits"])
    if scenario == INVOICE_ZIP:
        problems += quit_checks.zip_whole(folder, expected["documents"])
    if scenario == PRICE_LIST:
        problems += quit_checks.price_list_whole(database, expected)
    return problems


def run_and_check(
    scenario: str, ending: str, index: int, prepared: Prepared, folder: Path, kind: str
) -> str:
    """One run, then its checks: what went wrong, or "" when nothing did."""
    delay = round(
        random.Random(f"{SEED}:{kind}:{scenario}:{ending}:{index}").uniform(0, MAX_DELAY[scenario]),
        3,
    )
    template, expected = prepared(scenario)
    other, other_expected = prepared(OTHER)
    quit_runs.copy_prepared(template, folder)
    shutil.copy(other / DATABASE, folder / quit_runs.OTHER_NAME)

    outcome = quit_runs.run(scenario, ending, delay, folder)

    problems = quit_checks.process_problems(outcome, ending)
    problems += scenario_problems(scenario, folder, expected)
    if ending == OPEN:
        problems += quit_checks.untouched_other(
            folder / quit_runs.OTHER_NAME, other_expected["sample_rows"]
        )
    if not problems:
        return ""
    stderr = "\n".join(outcome.stderr.splitlines()[-30:])
    return (
        f"{scenario}, ended by {ending} {delay:.3f} s after the work started "
        f"(QUIT_SEED={SEED}, {kind} run {index}; the app ran {outcome.seconds:.1f} s, "
        f"exit status {outcome.returncode}):\n  - "
        + "\n  - ".join(problems)
        + f"\nstdout:\n{outcome.stdout}\nstderr (end):\n{stderr}"
    )


@pytest.fixture(scope="module")
def slow_results(prepared: Prepared, tmp_path_factory: pytest.TempPathFactory) -> dict[int, str]:
    """The hundred slow runs, SLOW_AT_ONCE at a time (each is one app process, mostly on one
    core), keyed by their index; each test then reports its own."""
    for scenario in (*SCENARIOS, OTHER):
        prepared(scenario)  # made here, once, before the threads share them
    runs = [(*run, tmp_path_factory.mktemp(f"slow-{run[2]}")) for run in slow_runs()]
    with ThreadPoolExecutor(SLOW_AT_ONCE) as pool:
        futures = {
            index: pool.submit(run_and_check, scenario, ending, index, prepared, folder, "slow")
            for scenario, ending, index, folder in runs
        }
    return {index: future.result() for index, future in futures.items()}


@pytest.mark.parametrize(("scenario", "ending", "index"), params(default_runs()))
def test_quit_at_a_random_moment(
    scenario: str, ending: str, index: int, prepared: Prepared, tmp_path: Path
) -> None:
    problems = run_and_check(scenario, ending, index, prepared, tmp_path / "run", "default")
    assert not problems, problems


@pytest.mark.slow
@pytest.mark.parametrize(("scenario", "ending", "index"), params(slow_runs()))
def test_quit_at_a_random_moment_many_times(
    scenario: str, ending: str, index: int, slow_results: dict[int, str]
) -> None:
    problems = slow_results[index]
    assert not problems, problems
