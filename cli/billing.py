"""`billing`: show the billing information invoices are made out to, or save a new version."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from cli.errors import fail
from cli.listing import add_json_option, print_json

if TYPE_CHECKING:  # the core loads when a command runs
    from models.common.messages import Message
    from models.invoicing.billing import BillingInfo

FIELDS = (  # models.invoicing.billing.FIELDS, known without loading the core
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


def _version_json(info: BillingInfo) -> dict[str, object]:
    return {
        "version": info.id,
        **{name: getattr(info, name) for name in FIELDS},
        "saved_at": info.saved_at,
    }


def _print_version(info: BillingInfo) -> None:
    for name in FIELDS:
        value = str(getattr(info, name))
        print(f"{name}: {value}".rstrip().replace("\n", "\n  "))


def command_show(args: argparse.Namespace, session: object) -> int:
    from models.invoicing import billing

    versions = billing.history()
    if args.history:
        if args.json:
            print_json({"history": [_version_json(info) for info in versions]})
            return 0
        for info in versions:
            print(f"version {info.id}, saved {info.saved_at}")
            _print_version(info)
        print(f"{len(versions)} {'version' if len(versions) == 1 else 'versions'}")
        return 0
    if args.json:
        latest = _version_json(versions[0]) if versions else None
        print_json({"billing": latest, "versions": len(versions)})
        return 0
    if not versions:
        print(
            "no billing information yet: top-ups are credited, but no tax invoices are issued "
            "until it is filled in (`billing set name NAME street STREET city CITY "
            "postal_code CODE country CZ`)"
        )
        return 0
    _print_version(versions[0])
    print(f"saved {versions[0].saved_at} (version {versions[0].id}; each save is kept)")
    return 0


def _field(text: str) -> str:
    name = text.strip().lower().replace("-", "_")
    if name not in FIELDS:
        raise ValueError(
            f"“{text}” is not a field of the billing information; the fields are "
            f"{', '.join(FIELDS)}."
        )
    return name


def _problems(errors: dict[str, Message], country: str) -> str:
    shown: dict[str, str] = dict(errors)
    if "country" in shown:  # the page's wording is about its list; here a code is typed
        shown["country"] = (
            f"“{country}” is not a country code; write its two letters (ISO 3166), e.g. CZ."
            if country.strip()
            else "Give the country as its two-letter code (ISO 3166), e.g. CZ."
        )
    return "; ".join(f"{name}: {message}" for name, message in shown.items())


def command_set(args: argparse.Namespace, session: object) -> int:
    from dataclasses import replace

    from models.invoicing import billing

    pairs: list[str] = args.pairs
    if len(pairs) % 2:
        return fail("give FIELD VALUE pairs, e.g. `billing set city Praha postal_code 11000`.")
    changes: dict[str, str] = {}
    try:
        for field, value in zip(pairs[::2], pairs[1::2], strict=True):
            name = _field(field)
            if name in changes:
                raise ValueError(f"{name} is given twice.")
            changes[name] = value
    except ValueError as error:
        return fail(str(error))
    current = billing.current()
    before = billing.details_of(current) if current is not None else billing.BillingDetails()
    wanted = replace(before, **changes)
    try:
        clean = billing.validate(wanted)
        if current is not None and clean == before:
            print(f"nothing changed since the last save (version {current.id})")
            return 0
        saved = billing.save(wanted)
    except billing.BillingError as error:
        return fail(_problems(error.errors, wanted.country))
    _print_version(saved)
    print(f"saved as version {saved.id} (earlier versions are kept; issued documents keep theirs)")
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `billing` and `billing set` to the parser."""
    shown = commands.add_parser(
        "billing",
        help="print the billing information invoices are made out to; `billing set FIELD VALUE "
        "…` saves a new version",
    )
    shown.add_argument("--history", action="store_true", help="every saved version, newest first")
    add_json_option(shown)
    shown.set_defaults(run=command_show)
    actions = shown.add_subparsers(dest="action", metavar="ACTION")
    changed = actions.add_parser(
        "set",
        help="change fields and save the result as a new version, checked as the Billing "
        "information page checks it (the VAT ID for its country); an empty VALUE clears a field",
    )
    changed.add_argument(
        "pairs",
        nargs="+",
        metavar="FIELD VALUE",
        help=f"fields: {', '.join(FIELDS)} (country as its code, e.g. CZ)",
    )
    changed.set_defaults(run=command_set)
