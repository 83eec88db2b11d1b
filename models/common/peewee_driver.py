"""Peewee without its PostgreSQL driver until a server is opened (a file-only start never loads it).

Peewee imports psycopg at its own import whenever psycopg is installed, some 60 ms of every start
and every command, though only a postgresql:// address needs it. The entry point imports Peewee
with the drivers hidden (`import_peewee_without_drivers`); opening a server hands Peewee psycopg
3 as its import would have (`attach_psycopg`). Peewee imported some other way (the tests, a
tool) has psycopg already, and `attach_psycopg` leaves it as it is.
"""

from __future__ import annotations

import sys

# What Peewee's import tries: psycopg2cffi's compatibility shim, psycopg2, psycopg 3.
DRIVERS = ("psycopg2cffi", "psycopg2", "psycopg")


def import_peewee_without_drivers() -> None:
    """Import Peewee as if no PostgreSQL driver were installed (a no-op once it is imported)."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in DRIVERS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` raises ImportError
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


def attach_psycopg() -> None:
    """Give Peewee psycopg 3 and what its import takes from it, unless it has it already.
    Raises ImportError when psycopg is not installed."""
    import peewee

    names = vars(peewee)  # Peewee's module globals, which its adapter reads when it runs
    if names.get("psycopg") is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    names.update(TransactionStatus=TransactionStatus, Json_pg3=Json, Jsonb_pg3=Jsonb)
    adapter = peewee.Psycopg3Adapter  # its class body sets these only when psycopg was there
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    names["psycopg"] = psycopg  # last: Peewee looks at it to choose the driver
