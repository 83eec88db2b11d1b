"""Where the user sends: the countries of the latest campaigns' recipients, then the default."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from peewee import fn

from models.outbox.queue import Campaign, Message
from models.settings import store as settings

RECENT_CAMPAIGNS = 10


def countries_sent_to(campaigns: int = RECENT_CAMPAIGNS) -> list[str]:
    """The recipients' countries of the latest campaigns, the most messages first."""
    recent = Campaign.select(Campaign.id).order_by(Campaign.id.desc()).limit(campaigns)
    count = fn.COUNT(Message.id)
    query = (
        Message.select(Message.country, count)
        .where(Message.campaign.in_(recent))
        .group_by(Message.country)
        .order_by(count.desc(), Message.country)
    )
    # .tuples() yields tuples, whatever peewee's hints say of the query's type.
    return [row[0] for row in cast(Iterable[tuple[str, int]], query.tuples())]


def usual_countries() -> list[str]:
    """The countries a list of them should start with: those sent to, then the default
    recipients' country (the seller's own, as a rule) when it is not among them."""
    found = countries_sent_to()
    default = settings.get("recipients.default_country")
    if default and default not in found:
        found.append(default)
    return found
