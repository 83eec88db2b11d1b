"""Where the user sends: the countries of the latest campaigns' recipients, then the default."""

from __future__ import annotations

from models.common.database import database
from models.settings import store as settings

RECENT_CAMPAIGNS = 10


def countries_sent_to(campaigns: int = RECENT_CAMPAIGNS) -> list[str]:
    """The recipients' countries of the latest campaigns, the most messages first."""
    # Plain SQL over the outbox's tables: the price list's first page asks this at start-up,
    # which then need not load the outbox's models (and the message rules they bring).
    cursor = database.execute_sql(
        "SELECT country FROM message WHERE campaign_id IN "
        "(SELECT id FROM campaign ORDER BY id DESC LIMIT ?) "
        "GROUP BY country ORDER BY COUNT(id) DESC, country",
        (campaigns,),
    )
    return [str(row[0]) for row in cursor.fetchall()]


def usual_countries() -> list[str]:
    """The countries a list of them should start with: those sent to, then the default
    recipients' country (the seller's own, as a rule) when it is not among them."""
    found = countries_sent_to()
    default = settings.get("recipients.default_country")
    if default and default not in found:
        found.append(default)
    return found
