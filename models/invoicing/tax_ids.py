"""Company and VAT identification numbers, validated offline with python-stdnum, per country."""

from __future__ import annotations

import re

from stdnum.exceptions import ValidationError

from models.common.countries import EU_MEMBERS
from models.common.messages import UserError


class TaxIdError(UserError):
    """An ID that is not valid; str() is the message to show."""


def vat_prefix(country: str) -> str:
    """The VAT ID prefix of a member state: the ISO code, except Greece (EL)."""
    return "EL" if country == "GR" else country


def _compact(text: str) -> str:
    return re.sub(r"[\s.\-/]", "", text).upper()


def validate_vat_id(text: str, country: str | None = None) -> str:
    """A VAT ID in its compact form (“CZ25596641”), or TaxIdError.

    In the EU the ID carries its member state's prefix and is checked with stdnum.eu.vat; it
    must belong to `country` when one is given. Elsewhere the country's own stdnum module checks
    it when there is one (e.g. GB, CH, NO); otherwise any plausible ID is accepted as written.
    """
    from stdnum import get_cc_module
    from stdnum.eu import vat as eu_vat

    compact = _compact(text)
    if not compact:
        raise TaxIdError("Enter the VAT ID.")
    in_eu = country is None or country in EU_MEMBERS
    if in_eu:
        if country is not None and not compact.startswith(vat_prefix(country)):
            if compact[:2].isalpha():
                raise TaxIdError(
                    "“{value}” is not a VAT ID of {country}: it must start with {prefix}.",
                    value=text.strip(),
                    country=country,
                    prefix=vat_prefix(country),
                )
            compact = vat_prefix(country) + compact
        try:
            return str(eu_vat.validate(compact))
        except ValidationError:
            pass
        if country is not None:
            raise TaxIdError(
                "“{value}” is not a valid VAT ID of {country} (check the digits).",
                value=text.strip(),
                country=country,
            )
        # Without a country, a non-EU ID with its own checker may still be valid.
    code = country or compact[:2]
    module = get_cc_module(code.lower(), "vat") if code.isalpha() and len(code) == 2 else None
    if module is not None:
        try:
            module.validate(compact)
            return compact
        except ValidationError:
            raise TaxIdError(
                "“{value}” is not a valid VAT ID (check the digits).", value=text.strip()
            ) from None
    if country is None:
        raise TaxIdError(
            "“{value}” is not a valid EU VAT ID (check the prefix and digits).", value=text.strip()
        )
    if not re.fullmatch(r"[A-Z0-9]{4,20}", compact):
        raise TaxIdError("“{value}” does not look like a VAT ID.", value=text.strip())
    return compact


def vat_id_is_valid_in(vat_id: str, country: str) -> bool:
    """True for a valid EU VAT ID of that member state (what reverse charge needs)."""
    if country not in EU_MEMBERS or not vat_id:
        return False
    try:
        return validate_vat_id(vat_id, country).startswith(vat_prefix(country))
    except TaxIdError:
        return False


def _czech_company_id_ok(digits: str) -> bool:
    weights = (8, 7, 6, 5, 4, 3, 2)
    remainder = sum(w * int(d) for w, d in zip(weights, digits[:7], strict=True)) % 11
    return int(digits[7]) == (11 - remainder) % 10


def validate_company_id(text: str, country: str) -> str:
    """A company ID (IČO in CZ and SK: eight digits with a check digit); elsewhere as written."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return ""
    if country in ("CZ", "SK"):
        digits = cleaned.replace(" ", "")
        if not digits.isdigit() or len(digits) > 8:
            raise TaxIdError(
                "“{value}” is not a company ID (IČO): use eight digits.", value=cleaned
            )
        digits = digits.zfill(8)
        if not _czech_company_id_ok(digits):
            raise TaxIdError(
                "“{value}” is not a valid company ID (IČO): its check digit is wrong.",
                value=cleaned,
            )
        return digits
    if len(cleaned) > 30:
        raise TaxIdError("A company ID has at most 30 characters.")
    return cleaned
