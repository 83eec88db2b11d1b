"""What the balance buys: one-part messages at the default country's price, for window and CLI."""

from __future__ import annotations

import main
from models.common import database as db
from models.pricing import price_list
from models.pricing.buying_power import WhatItBuys, what_it_buys
from models.pricing.price_list import PriceRow
from models.settings import store as settings


def prices(*rows: PriceRow) -> None:
    price_list.replace("Test prices", list(rows))


def test_whole_messages_at_the_default_country_s_own_price(database) -> None:
    prices(
        PriceRow("CZ", "420", "", "", 40_000),
        PriceRow("CZ", "420", "O2", "420601", 90_000),  # an operator's price is not the typical
        PriceRow("SK", "421", "", "", 55_000),
    )
    assert what_it_buys(10_000_000) == WhatItBuys(250, "CZ", 40_000)
    assert what_it_buys(39_999) == WhatItBuys(0, "CZ", 40_000)
    assert what_it_buys(0).messages == 0
    settings.set_value("recipients.default_country", "SK")
    assert what_it_buys(110_000) == WhatItBuys(2, "SK", 55_000)


def test_nothing_to_say_without_a_price_for_the_default_country(database) -> None:
    assert what_it_buys(10_000_000) is None  # no price list yet
    prices(PriceRow("SK", "421", "", "", 55_000))
    assert what_it_buys(10_000_000) is None


def test_the_balance_command_says_what_it_buys_on_a_second_line(database_path, capsys) -> None:
    base = ["--database", str(database_path)]
    assert main.main([*base, "top-up", "10", "EUR", "--method", "manual"]) == 0
    assert main.main([*base, "balance"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "10 credits"  # no price list yet
    session = db.open_database(database_path)
    prices(PriceRow("CZ", "420", "", "", 4_000), PriceRow("SK", "421", "", "", 10_000_000))
    session.close()
    assert main.main([*base, "balance"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "10 credits",
        "≈ 2,500 one-part messages to Czechia at 0.004 credits each",
    ]
    assert main.main([*base, "settings", "recipients.default_country", "SK"]) == 0
    capsys.readouterr()
    assert main.main([*base, "balance"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        "≈ 1 one-part message to Slovakia at 10 credits each"
    )
