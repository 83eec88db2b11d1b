"""The seller's accounts: the setting that lists the others, and telling a statement's account
apart in every form banks write it."""

from __future__ import annotations

import pytest

from models.payments.seller_accounts import is_sellers_account, seller_accounts
from models.settings import store as settings

IBAN = "CZ6508000000192000145399"  # 19-2000145399/0800
EUR_IBAN = "DE89370400440532013000"
SK_IBAN = "SK3112000000198742637541"  # 000019-8742637541/1200


def test_other_accounts_are_stored_as_ibans_each_once(database) -> None:
    stored = settings.set_value(
        "seller.other_accounts",
        f"de89 3704 0044 0532 0130 00; 19-2000145399/0800\n{EUR_IBAN},, ",
    )
    assert stored == f"{EUR_IBAN}, {IBAN}"
    settings.set_value("seller.iban", IBAN)
    assert seller_accounts() == (IBAN, EUR_IBAN)  # the main account first, none twice
    assert settings.set_value("seller.other_accounts", " ") == ""
    assert seller_accounts() == (IBAN,)


def test_a_bad_other_account_stores_nothing(database) -> None:
    settings.set_value("seller.other_accounts", EUR_IBAN)
    with pytest.raises(settings.SettingError, match="19-2000145398/0800"):
        settings.set_value("seller.other_accounts", f"{IBAN}, 19-2000145398/0800")
    assert settings.get("seller.other_accounts") == EUR_IBAN


def test_no_account_set_means_none(database) -> None:
    assert seller_accounts() == ()
    assert not is_sellers_account(IBAN)


@pytest.mark.parametrize(
    "account",
    [
        IBAN,
        "cz65 0800 0000 1920 0014 5399",
        "19-2000145399/0800",
        "000019-2000145399/0800",
        " 19 - 2000145399 / 0800 ",
        "19-2000145399",  # GPC/ABO headers: no bank code
        "000019-2000145399",
        "0000192000145399",  # prefix and number run together
        EUR_IBAN,
        "DE89 3704 0044 0532 0130 00",
        "19-8742637541/1200",  # a Slovak account, by its domestic number
        "19-8742637541",
    ],
)
def test_the_sellers_account_in_any_form(account: str) -> None:
    assert is_sellers_account(account, (IBAN, EUR_IBAN, SK_IBAN))


@pytest.mark.parametrize(
    "account",
    [
        "CZ7908000000002000145399",  # the same number without the prefix
        "2000145399/0800",
        "2000145399",
        "19-2000145399/0100",  # another bank
        "35-2000145399",
        "DE89370400440532013001",
        "",
        "not an account",
        "19-2000145399/08000",
    ],
)
def test_other_accounts_are_not_the_sellers(account: str) -> None:
    assert not is_sellers_account(account, (IBAN, EUR_IBAN))
