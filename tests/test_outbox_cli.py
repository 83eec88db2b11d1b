"""The command line of the outbox: send, outbox, remove-outbox, dispatch, gateway-credentials."""

from __future__ import annotations

import io
from pathlib import Path

import main
from models.common import database as db
from models.ledger import entries as ledger
from models.outbox import queue as outbox
from models.pricing.campaign_estimate import load_index


def run(database_path: Path, *args: str) -> int:
    return main.main(["--database", str(database_path), *args])


def recipients_file(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "numbers.csv"
    lines = ["name;phone"] + [f"Person {i};+420 601 {i:06d}" for i in range(count)] + ["Bad;123"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def price_of_one(database_path: Path) -> int:
    db.open_database(database_path)
    try:
        return load_index().price_for("+420601000000", "CZ").price
    finally:
        db.open_session().close()


def test_send_sends_while_credit_lasts_then_reports(database_path, tmp_path, capsys) -> None:
    price = price_of_one(database_path)
    assert run(database_path, "top-up", "0.25", "EUR", "--method", "manual") == 0
    capsys.readouterr()
    file = recipients_file(tmp_path, 10)
    code = run(
        database_path, "send", "--text", "Hello", "--recipients", str(file), "--sender", "Shop"
    )
    out = capsys.readouterr().out.splitlines()
    paid = 250_000 // price
    assert code == 3
    assert out[0].startswith("campaign 1 “Campaign ") and "10 messages queued" in out[0]
    assert out[1] == "not queued: 1 invalid, 0 duplicates, 0 not in the price list"
    assert out[2] == f"sent {paid}, queued {10 - paid}, failed 0"
    assert out[3].startswith("stopped: the balance")

    assert run(database_path, "outbox", "--messages") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{10 - paid} queued"
    assert any(line.startswith("campaign 1 “") and f"{paid} sent" in line for line in out)
    assert sum(line.startswith("message ") for line in out) == 10 - paid

    assert run(database_path, "remove-outbox") == 0
    assert capsys.readouterr().out == f"removed {10 - paid} queued messages\n"
    assert run(database_path, "outbox") == 0
    assert capsys.readouterr().out.splitlines()[0] == "0 queued"
    assert run(database_path, "verify") == 0
    db.open_database(database_path)
    assert ledger.balance() == 250_000 - paid * price
    assert outbox.campaigns()[0].sender == "Shop"


def test_dispatch_sends_what_waits_after_a_top_up(database_path, tmp_path, capsys) -> None:
    file = recipients_file(tmp_path, 3)
    assert run(database_path, "send", "--text", "Hi", "--recipients", str(file)) == 3
    assert "sent 0, queued 3, failed 0" in capsys.readouterr().out
    assert run(database_path, "top-up", "1", "EUR", "--method", "manual") == 0
    assert run(database_path, "dispatch") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "sent 3, queued 0, failed 0"


def test_send_refuses_bad_input_and_queues_nothing(database_path, tmp_path, capsys) -> None:
    file = recipients_file(tmp_path, 2)
    assert run(database_path, "send", "--text", " ", "--recipients", str(file)) == 2
    assert run(database_path, "send", "--text", "x", "--recipients", str(tmp_path / "no")) == 2
    assert (
        run(database_path, "send", "--text", "x", "--recipients", str(file), "--sender", "Ä" * 12)
        == 2
    )
    assert "--sender" in capsys.readouterr().err
    assert run(database_path, "outbox") == 0
    assert capsys.readouterr().out.splitlines()[0] == "0 queued"


def test_bulkgate_without_credentials_is_an_error(database_path, tmp_path, capsys) -> None:
    assert run(database_path, "settings", "outbox.gateway", "bulkgate") == 0
    file = recipients_file(tmp_path, 1)
    assert run(database_path, "send", "--text", "x", "--recipients", str(file)) == 2
    assert "application ID" in capsys.readouterr().err


def test_gateway_credentials_read_the_token_from_standard_input(
    database_path, monkeypatch, memory_keyring, capsys
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("token-from-stdin\n"))
    assert run(database_path, "gateway-credentials", "4242") == 0
    assert run(database_path, "gateway-credentials") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "application ID: 4242"
    assert ("Credit Desk BulkGate", "application_token") in memory_keyring.passwords
    assert run(database_path, "gateway-credentials", "--forget") == 0
    assert memory_keyring.passwords == {}
