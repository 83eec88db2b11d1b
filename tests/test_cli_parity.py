"""The commands that do what the window does: billing information, payments (list, confirm,
cancel), bank credits (list, pair, dismiss), documents and credit notes; JSON for scripts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import launch
import main
from models.common.formatting import credits_text, credits_with_unit
from tests import camt_builder

IBAN = "CZ6508000000192000145399"
FOUR = credits_with_unit(4_000_000)  # what CZK 100 net buys: “4 credits”
BUYER = ["name", "Buyer a.s.", "street", "Main 1", "city", "Praha", "postal-code", "11000"]


@pytest.fixture
def cli(database_path: Path, capsys):
    """Run a command on the test's database: (exit status, standard output, standard error)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main.main(["--database", str(database_path), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    run("settings", "seller.iban", IBAN)
    run("settings", "seller.name", "Credit Desk s.r.o.")
    return run


def _json(cli, *argv: str) -> dict:
    code, out, err = cli(*argv, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)  # type: ignore[no-any-return]


def _statement(tmp_path: Path, *credits: tuple[str, str]) -> Path:
    """A camt.053 of the seller's account with credits (amount, variable symbol), booked today."""
    entries = [
        camt_builder.entry(
            amount,
            booked=date.today().isoformat(),
            servicer_reference=f"R{n}",
            transactions=[camt_builder.tx(end_to_end=f"VS{symbol}")],
        )
        for n, (amount, symbol) in enumerate(credits)
    ]
    path = tmp_path / "statement.xml"
    path.write_bytes(
        camt_builder.document(statements=[camt_builder.statement(*entries, iban=IBAN)])
    )
    return path


def test_help_lists_the_new_commands() -> None:
    text = launch.build_parser().format_help()
    for command in ("billing", "payments", "confirm", "cancel", "bank-entries", "pair"):
        assert command in text
    for command in ("dismiss", "documents", "credit-note"):
        assert command in text


def test_billing_is_shown_set_and_kept_as_versions(cli) -> None:
    code, out, _ = cli("billing")
    assert code == 0 and out.startswith("no billing information yet")
    assert _json(cli, "billing") == {"billing": None, "versions": 0}
    code, out, err = cli("billing", "set", *BUYER, "country", "cz", "vat_id", "CZ27082440")
    assert (code, err) == (0, "")
    assert "postal_code: 110 00" in out.splitlines() and "country: CZ" in out.splitlines()
    assert out.splitlines()[-1].startswith("saved as version 1")
    code, out, _ = cli("billing", "set", "city", "Praha")  # as it is: no new version
    assert (code, out) == (0, "nothing changed since the last save (version 1)\n")
    code, out, _ = cli("billing", "set", "city", "Brno", "postal_code", "60200")
    assert code == 0 and "saved as version 2" in out
    shown = _json(cli, "billing")
    assert shown["versions"] == 2
    assert shown["billing"]["city"] == "Brno" and shown["billing"]["postal_code"] == "602 00"
    assert shown["billing"]["vat_id"] == "CZ27082440" and shown["billing"]["version"] == 2
    history = _json(cli, "billing", "--history")["history"]
    assert [version["city"] for version in history] == ["Brno", "Praha"]
    code, out, _ = cli("billing")
    assert "city: Brno" in out.splitlines() and "(version 2; each save is kept)" in out


def test_billing_set_refuses_bad_fields_in_one_line_and_saves_nothing(cli) -> None:
    code, _, err = cli("billing", "set", *BUYER, "country", "XX", "email", "nope")
    assert code == 2 and len(err.splitlines()) == 1
    assert err.startswith("error: country: “XX” is not a country code") and "email: " in err
    assert _json(cli, "billing") == {"billing": None, "versions": 0}


def test_payments_lists_them_and_filters_by_state(cli) -> None:
    cli("billing", "set", *BUYER, "country", "CZ")
    cli("top-up", "100", "CZK")
    cli("top-up", "250", "CZK", "--method", "manual")
    code, out, _ = cli("payments")
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "2 payments"
    newest = lines[0].split("\t")
    assert (newest[0], newest[2], newest[3]) == ("2", "paid", "manual")
    listed = _json(cli, "payments")
    assert listed["count"] == 2
    paid, pending = listed["payments"]
    assert pending["state"] == "pending" and pending["proforma"] and pending["invoice"] is None
    assert paid["total"] == {"minor": 30250, "currency": "CZK", "text": paid["total"]["text"]}
    assert paid["credits"] == {"micro": 10_000_000, "text": credits_text(10_000_000)}
    assert paid["invoice"] and paid["paid_at"] and pending["due_on"] == pending["due_on"][:10]
    assert set(paid) == set(pending)
    only = _json(cli, "payments", "--state", "pending")["payments"]
    assert [p["id"] for p in only] == [1]


def test_confirm_credits_once_and_issues_the_invoice(cli) -> None:
    cli("billing", "set", *BUYER, "country", "CZ")
    cli("top-up", "100", "CZK")
    symbol = _json(cli, "payments")["payments"][0]["variable_symbol"]
    code, out, _ = cli("confirm", symbol)
    assert code == 0
    assert out.splitlines()[0] == (f"payment {symbol} received: {FOUR} added, balance {FOUR}")
    assert out.splitlines()[1].startswith("tax invoice ")
    code, out, _ = cli("confirm", "1")  # by its ID, again: nothing twice
    assert (code, out) == (0, f"payment {symbol} was paid before; nothing was credited again\n")
    assert cli("balance")[1] == f"{FOUR}\n"
    assert cli("verify")[0] == 0


def test_cancel_a_pending_payment_but_not_a_paid_one(cli) -> None:
    cli("top-up", "100", "CZK")
    cli("top-up", "100", "CZK", "--method", "manual")
    code, out, _ = cli("cancel", "1")
    assert code == 0 and out.endswith(" cancelled\n")
    assert _json(cli, "payments", "--state", "cancelled")["count"] == 1
    code, _, err = cli("cancel", "2")
    assert code == 2 and "cannot be cancelled" in err and "credit-note" in err
    assert _json(cli, "payments", "--state", "paid")["count"] == 1


def test_waiting_bank_credits_are_listed_paired_and_dismissed(cli, tmp_path: Path) -> None:
    cli("top-up", "100", "CZK")
    symbol = _json(cli, "payments")["payments"][0]["variable_symbol"]
    statement = _statement(tmp_path, ("121.00", "1234"), ("7.00", "999"))
    code, out, _ = cli("import-statement", str(statement))
    assert code == 0 and "0 confirmed, 2 waiting for pairing" in out
    code, out, _ = cli("bank-entries")
    assert out.splitlines()[-1] == "2 credits wait for pairing"
    assert out.splitlines()[0].split("\t")[3:5] == ["VS 1234", "unmatched"]
    waiting = _json(cli, "bank-entries")
    assert waiting["count"] == 2
    assert waiting["bank_entries"][0]["amount"]["minor"] == 12100
    assert waiting["bank_entries"][0]["booked_on"] == date.today().isoformat()
    code, out, _ = cli("pair", "1", symbol)
    assert code == 0
    assert out.splitlines()[0] == (
        f"bank entry 1 paired with payment {symbol}: {FOUR} added, balance {FOUR}"
    )
    paid = _json(cli, "payments")["payments"][0]
    assert paid["state"] == "paid" and paid["bank_reference"] == "R0"
    assert cli("dismiss", "2")[0] == 0
    assert _json(cli, "bank-entries") == {"bank_entries": [], "count": 0}
    code, _, err = cli("pair", "2", symbol)
    assert code == 2 and "already been dealt with" in err


def test_documents_are_listed_and_a_credit_note_takes_credits_back(cli) -> None:
    cli("billing", "set", *BUYER, "country", "CZ")
    cli("top-up", "100", "CZK")
    cli("top-up", "100", "CZK", "--method", "manual")
    documents = _json(cli, "documents")
    assert [d["kind"] for d in documents["documents"]] == ["invoice", "proforma"]
    invoice = documents["documents"][0]
    assert invoice["net"] == {"minor": 10000, "currency": "CZK", "text": invoice["net"]["text"]}
    assert invoice["issued_on"] == date.today().isoformat() and invoice["corrects"] is None
    code, out, err = cli(
        "credit-note", invoice["number"], "--credits", "1.5", "--reason", "Returned at request"
    )
    assert (code, err) == (0, "")
    note = out.splitlines()[0]
    assert note.startswith("credit note ") and f"corrects invoice {invoice['number']}" in note
    assert f"{credits_with_unit(1_500_000)} taken back" in note
    assert out.splitlines()[1] == f"balance: {credits_with_unit(2_500_000)}"
    notes = _json(cli, "documents", "--kind", "credit-note")["documents"]
    assert len(notes) == 1 and notes[0]["corrects"] == invoice["number"]
    assert notes[0]["credits"]["micro"] == -1_500_000 and notes[0]["net"]["minor"] == -3750
    assert notes[0]["reason"] == "Returned at request"
    code, _, _ = cli(
        "credit-note", invoice["number"], "--credits", "0", "--amount", "10", "--reason", "Price"
    )
    assert code == 0 and cli("balance")[1] == f"{credits_with_unit(2_500_000)}\n"
    code, out, _ = cli("documents", "--kind", "credit-note")
    assert out.splitlines()[-1] == "2 documents" and "corrects " in out
    tomorrow = date.fromordinal(date.today().toordinal() + 1).isoformat()
    assert _json(cli, "documents", "--from", tomorrow)["count"] == 0
    assert _json(cli, "documents", "--to", date.today().isoformat())["count"] == 4
    assert cli("verify")[0] == 0


def test_estimate_says_how_many_invalid_numbers_it_did_not_list(
    database_path: Path, tmp_path: Path, capsys
) -> None:
    numbers = tmp_path / "numbers.txt"
    invalid = [f"12{n}" for n in range(691)]
    numbers.write_text("\n".join(["+420601000001", *invalid]) + "\n", encoding="utf-8")
    argv = ["--database", str(database_path), "estimate", "--text", "Hi"]
    assert main.main([*argv, "--recipients", str(numbers)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 21 and err[0].startswith("line 2: “120”")
    assert err[-1] == "… and 671 more invalid numbers"


def test_the_readme_documents_every_command() -> None:
    readme = (Path(main.__file__).parent / "README.md").read_text(encoding="utf-8")
    parser = launch.build_parser()
    commands = {name for action in parser._actions if action.choices for name in action.choices}
    missing = {name for name in commands - {"en", "cs"} if f"`{name}" not in readme}
    assert not missing, missing


def test_one_credit_is_singular(cli) -> None:
    """The commands say “1 credit”, as `balance` does, not “1 credits”."""
    cli("billing", "set", *BUYER, "country", "CZ")
    cli("top-up", "100", "CZK", "--method", "manual")
    invoice = _json(cli, "documents")["documents"][0]["number"]
    code, out, _ = cli("credit-note", invoice, "--credits", "3", "--reason", "Returned")
    assert code == 0 and out.splitlines()[1] == "balance: 1 credit"
    assert cli("balance")[1].splitlines()[0] == "1 credit"
    code, out, _ = cli("credit-note", invoice, "--credits", "1", "--reason", "Returned")
    assert code == 0 and "1 credit taken back" in out and out.endswith("balance: 0 credits\n")
