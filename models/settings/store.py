"""Application settings stored in the database under dotted keys, each validated by its kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from peewee import CharField, TextField

from models.common import countries
from models.common.catalog import upsert
from models.common.database import BaseModel, retried, write_transaction
from models.common.formatting import amount_text, credits_text
from models.common.messages import Message, UserError
from models.common.money import (
    AmountError,
    parse_credits,
    parse_decimal,
    parse_money,
)
from models.common.typed_text import has_control_characters, is_ascii_digits

# The validators of IBANs, tax IDs, logos and number patterns (stdnum, Pillow's checks…) load
# when a value is checked, not with the settings: every start reads settings, few write them.

MAX_OTHER_ACCOUNTS = 20


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class SettingError(UserError):
    """A key that does not exist or a value that does not fit; str() is the message to show."""


# A NamedTuple, not a dataclass: defined on every start, at a sixth of a dataclass's cost.
class SettingSpec(NamedTuple):
    key: str
    default: str
    description: str
    # Turns what a user typed into the canonical stored text, or raises SettingError.
    normalize: Callable[[str], str] = lambda value: value.strip()
    # Turns the stored text into what a person reads (e.g. micro-credits → “12.5”).
    show: Callable[[str], str] = lambda value: value
    choices: tuple[str, ...] = ()  # the allowed values, when it is a choice
    # For long lists that are costly to build at start-up (countries): the choices, on demand.
    choices_from: Callable[[], tuple[str, ...]] | None = None

    def allowed_choices(self) -> tuple[str, ...]:
        return self.choices_from() if self.choices_from is not None else self.choices


_REGISTRY: dict[str, SettingSpec] = {}


def register(*specs: SettingSpec) -> None:
    """Called by each area of the core for the settings it owns."""
    for spec in specs:
        _REGISTRY[spec.key] = spec


def choice(*allowed: str) -> Callable[[str], str]:
    def normalize(value: str) -> str:
        cleaned = value.strip().lower()
        if cleaned not in allowed:
            raise SettingError("Choose one of: {choices}.", choices=", ".join(allowed))
        return cleaned

    return normalize


def spec(key: str) -> SettingSpec:
    try:
        return _REGISTRY[key]
    except KeyError:
        raise SettingError(
            "There is no setting “{key}”. See `settings` for the list.", key=key
        ) from None


def all_specs() -> list[SettingSpec]:
    return sorted(_REGISTRY.values(), key=lambda s: s.key)


def specs_in_order() -> list[SettingSpec]:
    """In the order they were registered: related settings together, as a form shows them."""
    return list(_REGISTRY.values())


def get(key: str) -> str:
    found = spec(key)
    # Plain SQL: issuing one document reads some thirty settings, and building each query
    # through Peewee cost ten times the lookup itself.
    database = Setting._meta.database
    sql = f'SELECT "value" FROM "{Setting._meta.table_name}" WHERE "key" = {database.param}'
    row = database.execute_sql(sql, (key,)).fetchone()
    return str(row[0]) if row is not None else found.default


def display(key: str, stored: str) -> str:
    return spec(key).show(stored)


def account_currency() -> tuple[str, int]:
    """(currency, minor units one credit costs in it): how prices are shown in money."""
    currency = get("account.currency")
    return currency, int(get(f"credit_price.{currency}"))


def get_all() -> dict[str, str]:
    stored = {row.key: row.value for row in Setting.select()}
    return {s.key: stored.get(s.key, s.default) for s in all_specs()}


class SettingsErrors(SettingError):
    """Several values did not fit; `errors` maps each key to its message."""

    def __init__(self, errors: dict[str, Message]) -> None:
        super().__init__("; ".join(f"{key}: {message}" for key, message in errors.items()))
        self.errors = errors


# Rules over several settings (a register entry's court, section and file go together): each
# reads any key as it would be after the change and returns messages by key.
_TOGETHER: list[Callable[[Callable[[str], str]], dict[str, Message]]] = []


def register_together(check: Callable[[Callable[[str], str]], dict[str, Message]]) -> None:
    _TOGETHER.append(check)


def problems_together(changed: dict[str, str]) -> dict[str, Message]:
    """What the rules over several settings say of the stored values with `changed` applied."""
    problems: dict[str, Message] = {}
    for check in _TOGETHER:
        problems.update(check(lambda key: changed[key] if key in changed else get(key)))
    return problems


@retried
def set_values(values: dict[str, str]) -> None:
    """Validate every value, then store them all in one transaction, or none of them."""
    canonical: dict[str, str] = {}
    errors: dict[str, Message] = {}
    for key, value in values.items():
        try:
            canonical[key] = spec(key).normalize(value)
        except SettingError as error:
            errors[key] = error.args[0]
    if not errors:
        errors = problems_together(canonical)
    if errors:
        raise SettingsErrors(errors)
    with write_transaction():
        for key, value in canonical.items():
            upsert(Setting, [Setting.key], key=key, value=value)


@retried
def set_value(key: str, value: str) -> str:
    """Validate and store; returns the stored (canonical) value. Nothing is stored if invalid.
    Rules over several keys wait (the others may follow): problems_together({}) tells."""
    canonical = spec(key).normalize(value)
    with write_transaction():
        upsert(Setting, [Setting.key], key=key, value=canonical)
    return canonical


def credits_or_off(value: str) -> str:
    """A credit amount such as “100” or “12.5”, or “off”; stored as micro-credits."""
    cleaned = value.strip().lower()
    if cleaned in ("off", "0", ""):
        return "off"
    try:
        return str(parse_credits(cleaned))
    except AmountError as error:
        raise SettingError(error.args[0]) from None  # its Message, passed on whole


def money_in(currency: str) -> Callable[[str], str]:
    """An amount of `currency` above zero, stored as minor units."""

    def normalize(value: str) -> str:
        try:
            units = parse_money(value.strip().removesuffix(currency), currency)
        except AmountError as error:
            raise SettingError(error.args[0]) from None  # its Message, passed on whole
        if units <= 0:
            raise SettingError("The price must be above zero.")
        return str(units)

    return normalize


def shown_in(currency: str) -> Callable[[str], str]:
    return lambda stored: f"{amount_text(int(stored), currency)} {currency}"


def percent(value: str) -> str:
    try:
        rate = parse_decimal(value.strip().removesuffix("%"), 2)
    except AmountError as error:
        raise SettingError(error.args[0]) from None  # its Message, passed on whole
    if not 0 <= rate <= 100:
        raise SettingError("A rate is between 0 and 100 %.")
    return f"{rate.normalize():f}" if rate else "0"  # fixed-point: 20, never 2E+1


def text(limit: int) -> Callable[[str], str]:
    def normalize(value: str) -> str:
        cleaned = " ".join(value.split())
        if has_control_characters(cleaned):
            raise SettingError("Control characters (such as Escape or NUL) are not allowed.")
        if len(cleaned) > limit:
            raise SettingError("At most {limit} characters.", limit=limit)
        return cleaned

    return normalize


def whole_number(low: int, high: int) -> Callable[[str], str]:
    def normalize(value: str) -> str:
        cleaned = value.strip()
        # ASCII digits only (int() also takes “²” or “٣”); the length check keeps int() cheap.
        if not is_ascii_digits(cleaned) or len(cleaned) > 9 or not low <= int(cleaned) <= high:
            raise SettingError("Enter a whole number from {low} to {high}.", low=low, high=high)
        return str(int(cleaned))

    return normalize


def country_code(value: str) -> str:
    """A country whose numbers can be dialled (it has a dialling code)."""
    cleaned = value.strip().upper()
    if cleaned not in countries.calling_codes():
        raise SettingError("“{value}” is not a country code such as CZ or SK.", value=value.strip())
    return cleaned


def bank_account(value: str) -> str:
    """An IBAN (spaces allowed) or a Czech account “prefix-number/bank”, stored as an IBAN."""
    from models.payments.bank_account import AccountError, account_to_iban

    cleaned = value.strip()
    if not cleaned:
        return ""
    try:
        return account_to_iban(cleaned)
    except AccountError as error:
        raise SettingError(error.args[0]) from None  # its Message, passed on whole


def bank_accounts(value: str) -> str:
    """Accounts as `bank_account` takes them, separated by commas, semicolons or line breaks;
    stored as IBANs joined by “, ”, each once."""
    ibans: list[str] = []
    for part in re.split(r"[,;\n]", value):
        if part.strip() and (iban := bank_account(part)) not in ibans:
            ibans.append(iban)
    if len(ibans) > MAX_OTHER_ACCOUNTS:
        raise SettingError("At most {limit} accounts.", limit=MAX_OTHER_ACCOUNTS)
    return ", ".join(ibans)


def number_pattern(value: str) -> str:
    from models.invoicing.numbering import PatternError, check_pattern

    try:
        return check_pattern(value)
    except PatternError as error:
        raise SettingError(error.args[0]) from None  # its Message, passed on whole


def country(value: str) -> str:
    code = value.strip().upper()
    if not countries.is_country(code):
        raise SettingError(
            "“{value}” is not an ISO 3166 country code (e.g. CZ).", value=value.strip()
        )
    return code


def show_country(stored: str) -> str:
    return f"{stored} – {countries.name(stored)}" if stored else ""


def country_codes() -> tuple[str, ...]:
    return tuple(sorted(countries.names("en")))


def vat_id(value: str) -> str:
    from models.invoicing.tax_ids import TaxIdError, validate_vat_id

    if not value.strip():
        return ""
    try:
        return validate_vat_id(value)
    except TaxIdError as error:
        raise SettingError(error.args[0]) from None  # its Message, passed on whole


def company_id(value: str) -> str:
    from models.invoicing.tax_ids import TaxIdError, validate_company_id

    try:
        return validate_company_id(value, get("seller.country"))
    except TaxIdError as error:
        raise SettingError(error.args[0]) from None  # its Message, passed on whole


def logo(value: str) -> str:
    """A PNG or JPEG file for the invoices' header, stored as its absolute path; empty = none."""
    from models.invoicing.logo import LogoError, check_logo

    if not value.strip():
        return ""
    try:
        return check_logo(value.strip())
    except LogoError as error:
        raise SettingError(error.args[0]) from None  # its Message, passed on whole


def bic(value: str) -> str:
    from stdnum import bic as stdnum_bic
    from stdnum.exceptions import ValidationError

    cleaned = value.strip()
    if not cleaned:
        return ""
    try:
        return str(stdnum_bic.validate(cleaned))
    except ValidationError:
        raise SettingError("“{value}” is not a valid BIC (SWIFT code).", value=cleaned) from None


register(
    SettingSpec(
        "credit_price.EUR",
        "100",
        "Price of one credit in EUR, without VAT",
        money_in("EUR"),
        shown_in("EUR"),
    ),
    SettingSpec(
        "credit_price.CZK",
        "2500",
        "Price of one credit in CZK, without VAT",
        money_in("CZK"),
        shown_in("CZK"),
    ),
    SettingSpec("seller.name", "", "Seller's name, as on invoices and payment orders", text(140)),
    SettingSpec(
        "seller.iban", "", "Seller's bank account (IBAN) that top-ups are paid to", bank_account
    ),
    SettingSpec("seller.bic", "", "Seller's bank BIC (SWIFT), optional", bic),
    SettingSpec(
        "seller.other_accounts",
        "",
        "Seller's other accounts that receive top-ups, e.g. a EUR account (IBANs or Czech "
        "account numbers, separated by commas)",
        bank_accounts,
    ),
    SettingSpec(
        "seller.vat_payer",
        "yes",
        "Is the seller a VAT payer (yes, no)",
        choice("yes", "no"),
        choices=("yes", "no"),
    ),
    SettingSpec("seller.vat_rate", "21", "Seller's VAT rate in percent", percent),
    SettingSpec("seller.street", "", "Seller's street and number", text(140)),
    SettingSpec("seller.city", "", "Seller's city", text(80)),
    SettingSpec("seller.postal_code", "", "Seller's postal code", text(20)),
    SettingSpec(
        "seller.country",
        "CZ",
        "Seller's country (ISO code, e.g. CZ); decides which buyers are domestic",
        country,
        show_country,
        choices_from=country_codes,
    ),
    SettingSpec("seller.company_id", "", "Seller's company ID (IČO)", company_id),
    SettingSpec("seller.vat_id", "", "Seller's VAT ID (DIČ), e.g. CZ25596641", vat_id),
    SettingSpec("seller.logo", "", "Logo on invoices: a PNG or JPEG file (empty = none)", logo),
    SettingSpec(
        "seller.invoice_language",
        "en",
        "Default language of new invoices (en, cs)",
        choice("en", "cs"),
        choices=("en", "cs"),
    ),
    SettingSpec(
        "seller.number_pattern.proforma",
        "PF{year}-{number:06}",
        "Proforma numbers: {year} or {yy} and {number:06}; they restart each year",
        number_pattern,
    ),
    SettingSpec(
        "seller.number_pattern.invoice",
        "{year}-{number:06}",
        "Tax invoice numbers: {year} or {yy} and {number:06}; they restart each year",
        number_pattern,
    ),
    SettingSpec(
        "seller.number_pattern.credit_note",
        "CN{year}-{number:06}",
        "Credit note numbers: {year} or {yy} and {number:06}; they restart each year",
        number_pattern,
    ),
    SettingSpec(
        "payments.due_days", "14", "Days a bank transfer has to arrive", whole_number(1, 365)
    ),
    SettingSpec(
        "payments.expire_after_days",
        "30",
        "Days after the due date when an unpaid bank transfer expires",
        whole_number(1, 365),
    ),
    SettingSpec(
        "account.currency",
        "EUR",
        "Currency in which prices and top-ups are shown (EUR, CZK)",
        lambda value: choice("eur", "czk")(value).upper(),
        choices=("EUR", "CZK"),
    ),
    SettingSpec(
        "balance.low_threshold",
        "off",
        "Warn when the balance falls below this many credits (off = never)",
        credits_or_off,
        lambda stored: stored if stored == "off" else credits_text(int(stored)),
    ),
    SettingSpec(
        "messages.max_parts",
        "6",
        "Warn when a message needs more parts than this (1–255)",
        whole_number(1, 255),
    ),
    SettingSpec(
        "recipients.default_country",
        "CZ",
        "Country of numbers written without a country code (ISO code, e.g. CZ)",
        country_code,
    ),
)
