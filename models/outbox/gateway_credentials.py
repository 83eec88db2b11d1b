"""The BulkGate application ID and token, kept in the system keyring and never in the database."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from models.common.messages import Message

SERVICE = "Credit Desk BulkGate"
_ID = "application_id"
_TOKEN = "application_token"


class CredentialsError(Exception):
    """The keyring cannot be used; str() says why, for the user."""


def bulkgate_credentials() -> tuple[str, str] | None:
    """(application ID, token), or None when they were never stored."""
    try:
        application_id = keyring.get_password(SERVICE, _ID)
        token = keyring.get_password(SERVICE, _TOKEN)
    except KeyringError as error:
        raise CredentialsError(
            Message("The system keyring cannot be read: {reason}", reason=str(error))
        ) from None
    if not application_id or not token:
        return None
    return application_id, token


def store_bulkgate_credentials(application_id: str, token: str) -> None:
    application_id, token = application_id.strip(), token.strip()
    if not application_id or not token:
        raise CredentialsError(Message("Enter both the application ID and the token."))
    try:
        keyring.set_password(SERVICE, _ID, application_id)
        keyring.set_password(SERVICE, _TOKEN, token)
    except KeyringError as error:
        raise CredentialsError(
            Message("The system keyring cannot store them: {reason}", reason=str(error))
        ) from None


def forget_bulkgate_credentials() -> None:
    for key in (_ID, _TOKEN):
        try:
            keyring.delete_password(SERVICE, key)
        except PasswordDeleteError:
            pass
        except KeyringError as error:
            raise CredentialsError(
                Message("The system keyring cannot forget them: {reason}", reason=str(error))
            ) from None
