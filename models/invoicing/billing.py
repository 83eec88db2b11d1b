"""Billing information: who invoices are made out to, validated, kept as a dated version per save."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from peewee import AutoField, CharField, TextField

from models.common.addresses import PostalCodeError, normalize_postal_code
from models.common.countries import is_country
from models.common.database import BaseModel, retried, write_transaction
from models.common.messages import Message
from models.common.typed_text import has_control_characters
from models.invoicing.tax_ids import TaxIdError, validate_company_id, validate_vat_id
from models.ledger import entries as ledger

FIELDS = (
    "name",
    "street",
    "city",
    "postal_code",
    "country",
    "company_id",
    "vat_id",
    "email",
    "note",
)
LIMITS = {"name": 140, "street": 140, "city": 80, "email": 254, "note": 500}
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


class BillingInfo(BaseModel):
    """One saved version; rows are never updated (the database refuses it), only added."""

    id = AutoField()
    name = TextField()
    street = TextField()
    city = TextField()
    postal_code = CharField()
    country = CharField()
    company_id = CharField(default="")
    vat_id = CharField(default="")
    email = CharField(default="")
    note = TextField(default="")
    saved_at = CharField()

    class Meta:
        triggers = (
            """CREATE TRIGGER billing_info_is_kept_update BEFORE UPDATE ON billing_info
            BEGIN
                SELECT RAISE(ABORT, 'billing information is kept as it was saved: save a new version');
            END""",
            """CREATE TRIGGER billing_info_is_kept_delete BEFORE DELETE ON billing_info
            BEGIN
                SELECT RAISE(ABORT, 'billing information is kept as it was saved: save a new version');
            END""",
        )


@dataclass(frozen=True)
class BillingDetails:
    """What the form holds, before or after validation."""

    name: str = ""
    street: str = ""
    city: str = ""
    postal_code: str = ""
    country: str = ""
    company_id: str = ""
    vat_id: str = ""
    email: str = ""
    note: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


class BillingError(ValueError):
    """Some fields do not fit; `errors` maps each field name to the message to show at it."""

    def __init__(self, errors: dict[str, Message]) -> None:
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = errors


def _one_line(text: str) -> str:
    return " ".join(text.split())


def validate(details: BillingDetails) -> BillingDetails:
    """The canonical details, or BillingError naming every field that does not fit."""
    errors: dict[str, Message] = {}
    values = {name: _one_line(getattr(details, name)) for name in FIELDS if name != "note"}
    values["note"] = details.note.strip()
    for name, value in values.items():
        if has_control_characters(value, allow_line_breaks=name == "note"):
            errors[name] = Message("Control characters (such as Escape or NUL) are not allowed.")
    for name, limit in LIMITS.items():
        if name not in errors and len(values[name]) > limit:
            errors[name] = Message("At most {limit} characters.", limit=limit)
    for name, message in (
        ("name", Message("Enter the company or person name.")),
        ("street", Message("Enter the street and number.")),
        ("city", Message("Enter the city.")),
    ):
        if not values[name]:
            errors[name] = message
    country = values["country"].upper()
    values["country"] = country
    if not is_country(country):
        errors["country"] = Message("Choose the country.")
    else:
        try:
            values["postal_code"] = normalize_postal_code(country, values["postal_code"])
        except PostalCodeError as error:
            errors["postal_code"] = error.args[0]
        try:
            values["company_id"] = validate_company_id(values["company_id"], country)
        except TaxIdError as error:
            errors["company_id"] = error.args[0]
        if values["vat_id"]:
            try:
                values["vat_id"] = validate_vat_id(values["vat_id"], country)
            except TaxIdError as error:
                errors["vat_id"] = error.args[0]
    if values["email"] and "email" not in errors and not _EMAIL.fullmatch(values["email"]):
        errors["email"] = Message("“{value}” is not an e-mail address.", value=values["email"])
    if errors:
        raise BillingError(errors)
    return BillingDetails(**values)


@retried
def save(details: BillingDetails) -> BillingInfo:
    """Validate and store as a new version (the older ones stay, with their dates)."""
    clean = validate(details)
    with write_transaction():
        return BillingInfo.create(**clean.as_dict(), saved_at=ledger.now_iso())


def current() -> BillingInfo | None:
    """The latest saved version, or None before any was saved."""
    return BillingInfo.select().order_by(BillingInfo.id.desc()).first()  # type: ignore[no-any-return]


def details_of(info: BillingInfo) -> BillingDetails:
    return BillingDetails(**{name: getattr(info, name) for name in FIELDS})


def history() -> list[BillingInfo]:
    """Every saved version, newest first."""
    return list(BillingInfo.select().order_by(BillingInfo.id.desc()))


@dataclass(frozen=True)
class Version:
    """One save as the Billing information page lists it."""

    saved_at: str
    details: BillingDetails
    previous: BillingDetails | None  # the version before it; None for the first save

    @property
    def changed(self) -> tuple[str, ...]:
        """The fields that differ from the previous version (the filled ones for the first)."""
        before = self.previous or BillingDetails()
        return tuple(
            name for name in FIELDS if getattr(self.details, name) != getattr(before, name)
        )


def versions() -> list[Version]:
    """Every save, newest first, each with the one before it to compare."""
    saved = list(reversed(history()))
    found: list[Version] = []
    previous: BillingDetails | None = None
    for info in saved:
        details = details_of(info)
        found.append(Version(info.saved_at, details, previous))
        previous = details
    return list(reversed(found))
