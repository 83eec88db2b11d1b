"""Settings of exchange rates: where the Czech National Bank's daily file is fetched from."""

from __future__ import annotations

from models.settings.sending import api_address
from models.settings.store import SettingSpec, register

register(
    SettingSpec(
        "rates.cnb_url",
        "https://www.cnb.cz/cs/financni-trhy/devizovy-trh/kurzy-devizoveho-trhu/"
        "kurzy-devizoveho-trhu/denni_kurz.txt",
        "Czech National Bank: address of the daily exchange rate file (?date=DD.MM.YYYY is added)",
        api_address,
    ),
)
