"""Settings of sending: the sender recipients see, the outbox, and the gateways."""

from __future__ import annotations

from models.common.typed_text import is_ascii_digits
from models.settings.store import SettingError, SettingSpec, choice, percent, register


def sender_id(value: str) -> str:
    """A sender shown to recipients: up to 11 letters and digits, or a phone number (own number)."""
    cleaned = value.strip()
    digits = cleaned.removeprefix("+")
    if not cleaned:
        return ""
    if digits.isdigit():
        if not is_ascii_digits(digits) or not 6 <= len(digits) <= 15:
            raise SettingError("A sender number has 6 to 15 digits.")
        return digits
    if len(cleaned) > 11 or not all(
        char.isascii() and (char.isalnum() or char in " .-") for char in cleaned
    ):
        raise SettingError("A sender name has at most 11 letters, digits, spaces, dots or dashes.")
    return cleaned


def api_address(value: str) -> str:
    """An https:// address, so the token never travels unencrypted; plain http only to this
    computer (127.0.0.1), where tests run a stand-in server."""
    from urllib.parse import urlsplit

    cleaned = value.strip().rstrip("/")
    try:
        parts = urlsplit(cleaned)
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError:
        parts = urlsplit("")
    local = parts.scheme == "http" and parts.hostname == "127.0.0.1"
    if not (parts.scheme == "https" or local) or not parts.hostname or " " in cleaned:
        raise SettingError("Enter an address starting with https://.")
    return cleaned


register(
    SettingSpec(
        "messages.sender",
        "",
        "Sender of campaign messages: a name of up to 11 characters, or your own number "
        "(empty = the gateway's system number)",
        sender_id,
    ),
    SettingSpec(
        "outbox.gateway",
        "simulated",
        "Gateway that sends messages (simulated: nothing leaves this computer; bulkgate)",
        choice("simulated", "bulkgate"),
        choices=("simulated", "bulkgate"),
    ),
    SettingSpec(
        "outbox.auto_resume",
        "yes",
        "Resume sending by itself after a top-up (yes, no)",
        choice("yes", "no"),
        choices=("yes", "no"),
    ),
    SettingSpec(
        "outbox.paused",
        "no",
        "Sending is paused (yes, no)",
        choice("yes", "no"),
        choices=("yes", "no"),
    ),
    SettingSpec(
        "gateway.simulated_failure_rate",
        "0",
        "Simulated gateway: percent of numbers it rejects, for trying things out",
        percent,
    ),
    SettingSpec(
        "gateway.bulkgate_route",
        "promotional",
        "BulkGate: send campaigns as promotional or transactional SMS",
        choice("promotional", "transactional"),
        choices=("promotional", "transactional"),
    ),
    SettingSpec(
        "gateway.bulkgate_url",
        "https://portal.bulkgate.com/api/1.0/simple",
        "BulkGate: address of the Simple API",
        api_address,
    ),
)
