"""Team mode's server addresses and their passwords: the password lives in the system keyring
(or libpq's PGPASSFILE / ~/.pgpass), never in the settings or an address that is shown."""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit, urlunsplit

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from models.common.messages import Message, UserError

SERVICE = "Credit Desk server"
DEFAULT_PORT = 5432


class ServerAddressError(UserError):
    """An address that cannot be made from what was entered; str() says why."""


def server_address(host: str, port: int, database: str, user: str) -> str:
    """postgresql://USER@HOST:PORT/DATABASE, each part quoted (a host may be a socket folder)."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise ServerAddressError(Message("Enter the server's host name or address."))
    if not database:
        raise ServerAddressError(Message("Enter the name of the database on the server."))
    if not user:
        raise ServerAddressError(Message("Enter the user name on the server."))
    if not 0 < port < 65536:
        raise ServerAddressError(Message("A port is a number from 1 to 65535."))
    where = quote(host, safe="") if host.startswith("/") else host
    return f"postgresql://{quote(user, safe='')}@{where}:{port}/{quote(database, safe='')}"


def address_parts(address: str) -> tuple[str, int, str, str]:
    """(host, port, database, user) of an address that server_address() made."""
    parts = urlsplit(address)
    netloc = parts.netloc.rpartition("@")[2]
    host, _, port = netloc.rpartition(":") if netloc.count(":") == 1 else (netloc, "", "")
    return (
        unquote(host),
        int(port) if port.isdigit() else DEFAULT_PORT,
        unquote(parts.path.lstrip("/")),
        unquote(parts.username or ""),
    )


def with_password(address: str, password: str | None) -> str:
    """The address to connect with: the password put in, when there is one."""
    if not password:
        return address
    parts = urlsplit(address)
    user, _, host = parts.netloc.rpartition("@")
    name = user.partition(":")[0]
    return urlunsplit(parts._replace(netloc=f"{name}:{quote(password, safe='')}@{host}"))


def without_password(address: str) -> str:
    """The address with any password taken out (what is remembered and shown)."""
    parts = urlsplit(address)
    if parts.password is None:
        return address
    user, _, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user.partition(':')[0]}@{host}"))


def stored_password(address: str) -> str | None:
    """The password kept in the keyring for the address (without password), or None."""
    try:
        return keyring.get_password(SERVICE, without_password(address))
    except KeyringError as error:
        raise ServerAddressError(
            Message("The system keyring cannot be read: {reason}", reason=str(error))
        ) from None


def store_password(address: str, password: str) -> None:
    """Keep the password for the next start; an empty one forgets what was kept."""
    key = without_password(address)
    try:
        if password:
            keyring.set_password(SERVICE, key, password)
        else:
            keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        pass
    except KeyringError as error:
        raise ServerAddressError(
            Message("The system keyring cannot store the password: {reason}", reason=str(error))
        ) from None
