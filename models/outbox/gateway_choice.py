"""The gateway the settings choose: the simulated one, or BulkGate with its stored credentials."""

from __future__ import annotations

from decimal import Decimal

from models.common.messages import Message
from models.outbox.bulkgate import BulkGate
from models.outbox.gateway import Gateway
from models.outbox.gateway_credentials import CredentialsError, bulkgate_credentials
from models.outbox.simulated_gateway import SimulatedGateway
from models.settings import sending
from models.settings import store as settings


class GatewaySetupError(Exception):
    """The configured gateway cannot be used yet; str() tells the user what to set."""


def configured_gateway() -> Gateway:
    """The gateway chosen in Settings (outbox.gateway), ready to send."""
    name = settings.get("outbox.gateway")
    if name == "bulkgate":
        try:
            found = bulkgate_credentials()
        except CredentialsError as error:
            raise GatewaySetupError(error.args[0]) from None
        if found is None:
            raise GatewaySetupError(
                Message(
                    "Enter the BulkGate application ID and token first (they are kept in the "
                    "system keyring)."
                )
            )
        address = settings.get("gateway.bulkgate_url")
        try:  # a database may hold an address stored before https became the rule
            sending.api_address(address)
        except settings.SettingError as error:
            raise GatewaySetupError(error.args[0]) from None
        return BulkGate(
            found[0], found[1], route=settings.get("gateway.bulkgate_route"), base_url=address
        )
    return simulated_from_settings()


def simulated_from_settings() -> Gateway:
    rate = Decimal(settings.get("gateway.simulated_failure_rate"))
    return SimulatedGateway(failure_basis_points=int(rate * 100))


def gateway_for_look_up(name: str | None) -> Gateway | None:
    """A gateway that can say what became of messages sent through `name`, if there is one."""
    if name == "simulated":
        return simulated_from_settings()
    return None
