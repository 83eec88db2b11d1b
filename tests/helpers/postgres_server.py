"""A throwaway PostgreSQL server for the tests: a cluster in a temporary folder, on a Unix socket.

`PostgresServer.start()` runs initdb and pg_ctl from the Debian package `postgresql`
(/usr/lib/postgresql/N/bin, or on PATH), as the `postgres` user when we are root (initdb refuses
root), with durability off (a test server loses nothing worth keeping); `create_database()` makes
an empty database and returns its postgresql:// address; `stop()` stops the server and deletes
the folder. Run this file to get a server for trying the app by hand until Ctrl+C:

    .venv/bin/python tests/helpers/postgres_server.py
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"


def find_bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: the newest Debian cluster version's, or PATH's."""
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parent.parent.name),
    )
    if versions:
        return Path(versions[-1]).parent
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    return None


class PostgresServer:
    """One server in a temporary folder, reached over a Unix socket in that folder."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="credit-desk-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self._names = itertools.count(1)
        self._running = False
        self._as_user: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            account = pwd.getpwnam(SUPERUSER)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", SUPERUSER, "--"]

    def _run(self, *command: str) -> None:
        result = subprocess.run(
            [*self._as_user, *command], capture_output=True, text=True, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
            )

    def start(self) -> PostgresServer:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        )
        self._running = True
        return self

    def address(self, database: str = SUPERUSER) -> str:
        return f"postgresql://{SUPERUSER}@{quote(str(self.socket_dir), safe='')}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement as the superuser, outside any transaction (CREATE DATABASE)."""
        import psycopg

        with psycopg.connect(self.address(), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def create_database(self, prefix: str = "test") -> str:
        """A new empty database; its address."""
        name = f"{prefix}_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return self.address(name)

    def drop_database(self, address: str) -> None:
        name = address.rpartition("/")[2]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            if self._running:
                self._run(
                    str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
                self._running = False
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":
    bin_dir = find_bin_dir()
    if bin_dir is None:
        sys.exit("No PostgreSQL found: install the Debian package postgresql (./setup.sh --dev).")
    server = PostgresServer(bin_dir).start()
    try:
        address = server.create_database("credit_desk")
        print(
            f"PostgreSQL is running; open it with\n  .venv/bin/python main.py --database '{address}'"
        )
        print("Ctrl+C stops it and deletes its folder.")
        import signal

        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
