"""The command line of the outbox: send, outbox, remove-outbox, dispatch, gateway-credentials."""

from __future__ import annotations

import io
from datetime import date
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
    assert run(database_path, "settings", "payments.minimum_top_up.EUR", "0") == 0  # any amount
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


def test_a_manual_top_up_sends_what_waits_when_resuming_is_automatic(
    database_path, tmp_path, capsys
) -> None:
    file = recipients_file(tmp_path, 3)
    assert run(database_path, "send", "--text", "Hi", "--recipients", str(file)) == 3
    assert "sent 0, queued 3, failed 0" in capsys.readouterr().out
    assert run(database_path, "top-up", "500", "CZK", "--method", "manual") == 0
    out = capsys.readouterr().out.splitlines()
    assert "payment 1: manual, paid" in out
    assert out[-2:] == [
        "outbox: sending the 3 waiting messages (outbox.auto_resume is on)",
        "sent 3, queued 0, failed 0",
    ]
    assert run(database_path, "outbox") == 0
    assert capsys.readouterr().out.splitlines()[0] == "0 queued"
    assert run(database_path, "verify") == 0


def test_without_automatic_resuming_a_top_up_leaves_them_for_dispatch(
    database_path, tmp_path, capsys
) -> None:
    assert run(database_path, "settings", "outbox.auto_resume", "no") == 0
    file = recipients_file(tmp_path, 3)
    assert run(database_path, "send", "--text", "Hi", "--recipients", str(file)) == 3
    capsys.readouterr()
    assert run(database_path, "top-up", "500", "CZK", "--method", "manual") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == (
        "outbox: 3 messages wait; outbox.auto_resume is off: run `dispatch` to send them."
    )
    assert not any(line.startswith("sent ") for line in out)
    assert run(database_path, "outbox") == 0
    assert capsys.readouterr().out.splitlines()[0] == "3 queued"
    assert run(database_path, "dispatch") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "sent 3, queued 0, failed 0"


def test_a_top_up_too_small_for_the_next_message_says_they_still_wait(
    database_path, tmp_path, capsys
) -> None:
    price = price_of_one(database_path)
    file = recipients_file(tmp_path, 2)
    assert run(database_path, "send", "--text", "Hi", "--recipients", str(file)) == 3
    capsys.readouterr()
    assert price > 10_000  # 0.01 EUR buys 0.01 credits: less than one message
    assert run(database_path, "settings", "payments.minimum_top_up.EUR", "0") == 0  # any amount
    assert run(database_path, "top-up", "0.01", "EUR", "--method", "manual") == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "outbox: 2 messages wait; the balance cannot pay the next one yet."
    )


PAUSED_LINE = (
    "Sending is paused (Outbox → Resume sending, or `settings outbox.paused no`); nothing was sent."
)


def test_while_paused_send_queues_and_dispatch_and_top_up_send_nothing(
    database_path, tmp_path, capsys
) -> None:
    assert run(database_path, "top-up", "500", "CZK", "--method", "manual") == 0
    assert run(database_path, "settings", "outbox.paused", "yes") == 0
    capsys.readouterr()
    file = recipients_file(tmp_path, 3)
    assert run(database_path, "send", "--text", "Hi", "--recipients", str(file)) == 4
    out = capsys.readouterr().out.splitlines()
    assert "3 messages queued" in out[0] and out[-1] == PAUSED_LINE
    assert run(database_path, "dispatch") == 4
    assert capsys.readouterr().out == PAUSED_LINE + "\n"
    assert run(database_path, "top-up", "100", "CZK", "--method", "manual") == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"outbox: 3 messages wait; {PAUSED_LINE}"
    session = db.open_database(database_path)
    assert outbox.summary().queued == 3
    assert not any(campaign.count(outbox.SENT) for campaign in outbox.campaigns())
    session.close()

    assert run(database_path, "settings", "outbox.paused", "no") == 0
    assert run(database_path, "dispatch") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "sent 3, queued 0, failed 0"


def test_a_statement_that_confirms_a_top_up_sends_what_waits(
    database_path, tmp_path, capsys
) -> None:
    from tests import camt_builder

    assert run(database_path, "settings", "seller.iban", "CZ6508000000192000145399") == 0
    file = recipients_file(tmp_path, 2)
    assert run(database_path, "send", "--text", "Hi", "--recipients", str(file)) == 3
    assert run(database_path, "top-up", "100", "CZK") == 0
    out = capsys.readouterr().out.splitlines()
    symbol = next(line for line in out if line.startswith("variable symbol: ")).split()[-1]
    assert not any(line.startswith("outbox: ") for line in out)  # pending: no credit yet
    statement = tmp_path / "statement.xml"
    statement.write_bytes(
        camt_builder.document(
            statements=[
                camt_builder.statement(
                    camt_builder.entry(
                        "121.00",
                        booked=date.today().isoformat(),
                        servicer_reference="X1",
                        transactions=[camt_builder.tx(end_to_end=f"VS{symbol}")],
                    ),
                    iban="CZ6508000000192000145399",
                )
            ]
        )
    )
    assert run(database_path, "import-statement", str(statement)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == [
        "outbox: sending the 2 waiting messages (outbox.auto_resume is on)",
        "sent 2, queued 0, failed 0",
    ]
    assert run(database_path, "import-statement", str(statement)) == 0  # credits nothing again
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 confirmed")


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
