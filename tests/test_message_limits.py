"""A message longer than an SMS can carry (255 parts) is refused before anything is queued or charged."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.outbox import queue as outbox
from models.pricing import sms
from models.pricing.campaign_estimate import load_index
from tests.helpers.outbox_data import credit, numbers, small_price_list

ROOT = Path(__file__).resolve().parent.parent


def test_255_parts_queue_and_256_do_not(database) -> None:
    small_price_list()
    longest = "a" * (sms.MULTI_PART[sms.GSM7] * sms.MAX_PARTS)
    assert sms.analyze(longest).parts == 255
    assert outbox.queue_campaign(longest, numbers(1), load_index()).queued == 1
    with pytest.raises(outbox.OutboxError, match="256 parts; an SMS can be sent in at most 255"):
        outbox.queue_campaign(longest + "a", numbers(1), load_index())
    assert outbox.Campaign.select().count() == 1


def test_send_from_the_command_line_refuses_327_parts_and_charges_nothing(
    database, database_path: Path, tmp_path: Path
) -> None:
    small_price_list()
    credit(10**12)
    database.close()
    recipients = tmp_path / "numbers.csv"
    recipients.write_text("+420601000001\n", encoding="utf-8")
    command = [sys.executable, str(ROOT / "main.py"), "--database", str(database_path), "send"]
    result = subprocess.run(
        [*command, "--text", "x" * 50_000, "--recipients", str(recipients)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "327 parts" in result.stderr
    with sqlite3.connect(database_path) as check:
        assert check.execute("SELECT count(*) FROM campaign").fetchone() == (0,)
        assert check.execute("SELECT balance FROM account").fetchone() == (10**12,)
