"""Billing information: validation with the error at its field, a new version per save."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from models.invoicing import billing

GOOD = billing.BillingDetails(
    name="Řeřicha & <Syn> s.r.o.",
    street="Dlouhá 1",
    city="Praha",
    postal_code="11000",
    country="cz",
    company_id="27082440",
    vat_id="cz 270 82 440",
    email="ucetni@rericha.cz",
)


def with_(**changes: str) -> billing.BillingDetails:
    return billing.BillingDetails(**{**GOOD.as_dict(), **changes})


def test_good_details_are_made_canonical() -> None:
    clean = billing.validate(GOOD)
    assert (clean.country, clean.postal_code, clean.vat_id) == ("CZ", "110 00", "CZ27082440")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "Enter the company or person name"),
        ({"street": ""}, "street", "Enter the street"),
        ({"city": ""}, "city", "Enter the city"),
        ({"country": ""}, "country", "Choose the country"),
        ({"country": "XY"}, "country", "Choose the country"),
        ({"email": "ucetni@"}, "email", "not an e-mail address"),
        ({"email": "a b@c.cz"}, "email", "not an e-mail address"),
        ({"email": "ucetni@rericha"}, "email", "not an e-mail address"),
        ({"postal_code": "1100"}, "postal_code", "not a postal code of Czechia (e.g. 110 00)"),
        ({"postal_code": "110 000"}, "postal_code", "not a postal code of Czechia"),
        ({"postal_code": "ABC12"}, "postal_code", "not a postal code of Czechia"),
        ({"postal_code": ""}, "postal_code", "Enter the postal code"),
        ({"vat_id": "CZ27082441"}, "vat_id", "not a valid VAT ID of Czechia"),
        ({"vat_id": "DE136695976"}, "vat_id", "must start with CZ"),
        (
            {"country": "DE", "postal_code": "10115", "company_id": "", "vat_id": "DE136695977"},
            "vat_id",
            "not a valid VAT ID of Germany",
        ),
        (
            {"country": "SK", "postal_code": "81101", "company_id": "", "vat_id": "SK2020317069"},
            "vat_id",
            "not a valid VAT ID of Slovakia",
        ),
        (
            {"country": "AT", "postal_code": "1010", "company_id": "", "vat_id": "ATU1234567"},
            "vat_id",
            "not a valid VAT ID of Austria",
        ),
        (
            {"country": "PL", "postal_code": "00950", "company_id": "", "vat_id": "PL1234567890"},
            "vat_id",
            "not a valid VAT ID of Poland",
        ),
        (
            {"country": "GR", "postal_code": "10431", "company_id": "", "vat_id": "GR094259216"},
            "vat_id",
            "must start with EL",
        ),
        (
            {"country": "GB", "postal_code": "SW1A 1AA", "company_id": "", "vat_id": "GB123456789"},
            "vat_id",
            "not a valid VAT ID",
        ),
        ({"company_id": "27082441"}, "company_id", "check digit is wrong"),
        ({"company_id": "12345abc"}, "company_id", "use eight digits"),
        ({"name": "x" * 141}, "name", "At most 140 characters"),
    ],
)
def test_bad_input_is_reported_at_its_field(
    changes: dict[str, str], field: str, message: str
) -> None:
    with pytest.raises(billing.BillingError) as raised:
        billing.validate(with_(**changes))
    assert field in raised.value.errors, raised.value.errors
    assert message in raised.value.errors[field]


def test_valid_ids_of_other_countries_pass() -> None:
    for country, postal, vat_id in [
        ("DE", "10115", "DE136695976"),
        ("GR", "10431", "EL094259216"),
        ("SK", "81101", "SK2020317068"),
        ("GB", "SW1A 1AA", "GB980780684"),
        ("US", "10001", ""),
    ]:
        clean = billing.validate(
            with_(country=country, postal_code=postal, company_id="", vat_id=vat_id)
        )
        assert clean.country == country


def test_nothing_is_saved_when_invalid(database) -> None:
    with pytest.raises(billing.BillingError):
        billing.save(with_(name=""))
    assert billing.current() is None


def test_each_save_is_a_new_dated_version(database) -> None:
    first = billing.save(GOOD)
    second = billing.save(with_(city="Brno", postal_code="602 00"))
    assert billing.current().id == second.id
    assert [row.city for row in billing.history()] == ["Brno", "Praha"]
    assert first.saved_at <= second.saved_at


def test_saved_versions_cannot_be_changed_or_deleted(database) -> None:
    saved = billing.save(GOOD)
    with pytest.raises(IntegrityError, match="kept as it was saved"):
        database.execute_sql("UPDATE billing_info SET name = 'X' WHERE id = ?", (saved.id,))
    with pytest.raises(IntegrityError, match="kept as it was saved"):
        database.execute_sql("DELETE FROM billing_info")
