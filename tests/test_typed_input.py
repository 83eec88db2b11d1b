"""What a person types into settings and billing information is stored as they meant it, or refused
with a message: no exponent notation, no control characters, no digits from other scripts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.common.typed_text import has_control_characters, is_ascii_digits
from models.invoicing import billing
from models.settings import store as settings
from tests.test_billing import GOOD

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("20", "20"), ("10", "10"), ("100", "100"), ("0", "0"), ("20.50", "20.5"), ("12.5 %", "12.5")],
)
def test_rates_read_back_as_typed_never_in_exponent_notation(database, typed, stored) -> None:
    assert settings.set_value("seller.vat_rate", typed) == stored
    assert settings.get("seller.vat_rate") == stored
    assert settings.set_value("gateway.simulated_failure_rate", typed) == stored


@pytest.mark.parametrize("typed", ["²", "١٤", "１４", "1" * 5000, "14.0", "-3", ""])
def test_whole_numbers_take_ascii_digits_only(database, typed) -> None:
    before = settings.get("payments.due_days")
    with pytest.raises(settings.SettingError, match="whole number from 1 to 365"):
        settings.set_value("payments.due_days", typed)
    assert settings.get("payments.due_days") == before


@pytest.mark.parametrize("typed", ["٤٢٠٦٠٢١٢٣٤٥٦", "+４２０６０２１２３４５６"])
def test_a_sender_number_in_other_scripts_is_refused(database, typed) -> None:
    with pytest.raises(settings.SettingError):
        settings.set_value("messages.sender", typed)
    assert settings.get("messages.sender") == ""


@pytest.mark.parametrize("key", ["seller.name", "seller.street", "seller.city"])
@pytest.mark.parametrize("control", ["\x1b[31m", "\x07", "\x00", "\x7f", "\x9b"])
def test_control_characters_are_refused_in_seller_texts(database, key, control) -> None:
    with pytest.raises(settings.SettingError, match="Control characters"):
        settings.set_value(key, f"ACME{control} s.r.o.")
    assert settings.get(key) == ""


@pytest.mark.parametrize("field", ["name", "street", "city", "email", "note"])
def test_control_characters_are_refused_in_billing_information(field) -> None:
    with pytest.raises(billing.BillingError) as raised:
        billing.validate(billing.BillingDetails(**{**GOOD.as_dict(), field: "x\x1by"}))
    assert "Control characters" in str(raised.value.errors[field])


def test_a_billing_note_keeps_its_line_breaks() -> None:
    note = "PO 1234\n\tattn. accounts"
    assert billing.validate(billing.BillingDetails(**{**GOOD.as_dict(), "note": note})).note == note


def test_the_command_line_refuses_them_without_a_traceback(database_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, str(ROOT / "main.py"), "--database", str(database_path)]
        return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60)

    assert run("settings", "seller.vat_rate", "20").stdout == "seller.vat_rate = 20\n"
    for key, value in [
        ("payments.due_days", "²"),
        ("messages.max_parts", "9" * 5000),
        ("seller.name", "ACME\x1b[2J"),
    ]:
        result = run("settings", key, value)
        assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.startswith("error: ")
    assert run("settings", "seller.name").stdout == "\n"


def test_helpers() -> None:
    assert has_control_characters("a\x1bb") and not has_control_characters("Řeřicha & syn")
    assert has_control_characters("a\nb") and not has_control_characters("a\nb", True)
    assert is_ascii_digits("0123456789") and not is_ascii_digits("²") and not is_ascii_digits("")


@pytest.mark.parametrize(
    "typed",
    [
        "http://portal.bulkgate.com/api/1.0/simple",
        "ftp://portal.bulkgate.com",
        "https://",
        "https://host:port/api",
        "portal.bulkgate.com/api",
        "http://127.0.0.1.evil.example/api",
        "http://localhost.evil.example/api",
    ],
)
def test_the_gateway_address_is_https_only(database, typed) -> None:
    with pytest.raises(settings.SettingError, match="https://"):
        settings.set_value("gateway.bulkgate_url", typed)
    assert settings.get("gateway.bulkgate_url").startswith("https://portal.bulkgate.com")


@pytest.mark.parametrize(
    "typed", ["https://portal.bulkgate.com/api/1.0/simple/", "http://127.0.0.1:8080/api"]
)
def test_https_and_a_local_test_server_are_accepted(database, typed) -> None:
    assert settings.set_value("gateway.bulkgate_url", typed) == typed.rstrip("/")


def test_an_http_address_stored_before_the_rule_sends_nothing(database, memory_keyring) -> None:
    from models.common.database import write_transaction
    from models.outbox.gateway_choice import GatewaySetupError, configured_gateway
    from models.outbox.gateway_credentials import store_bulkgate_credentials

    store_bulkgate_credentials("12345", "secret-token")
    settings.set_value("outbox.gateway", "bulkgate")
    with write_transaction():  # as an older version stored it, unchecked
        settings.Setting.replace(
            key="gateway.bulkgate_url", value="http://example.com/api"
        ).execute()
    with pytest.raises(GatewaySetupError, match="https://"):
        configured_gateway()
