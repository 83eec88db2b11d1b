"""XML Schema dates and date-times as camt.053 writes them, read as calendar days.

An xs:date's time zone (“2017-04-11+02:00”, “2017-04-11Z”) does not move its day. An
xs:dateTime with a time zone is the instant it names, so its day is the day it falls on in this
computer's time zone; one without a zone is the bank's local time, taken as written.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from models.payments.statements import StatementError

_ZONE = r"(Z|[+-][0-9]{2}:[0-9]{2})?"
_DATE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})" + _ZONE)
_DATE_TIME = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(\.[0-9]+)?" + _ZONE
)


def _not_a_date(text: str) -> StatementError:
    return StatementError("“{value}” is not a date.", value=text)


def _zone_ok(zone: str | None) -> bool:
    """xs:date and xs:dateTime allow offsets from -14:00 to +14:00."""
    if zone is None or zone == "Z":
        return True
    hours, minutes = int(zone[1:3]), int(zone[4:6])
    return minutes < 60 and hours * 60 + minutes <= 14 * 60


def xml_date(text: str) -> date:
    """“2017-04-11”, “2017-04-11Z” or “2017-04-11+02:00” → 11 April 2017, or StatementError."""
    match = _DATE.fullmatch(text)
    if match is None or not _zone_ok(match[2]):
        raise _not_a_date(text)
    try:
        return date.fromisoformat(match[1])
    except ValueError:
        raise _not_a_date(text) from None


def xml_date_time(text: str) -> date:
    """The day of “2017-04-11T23:30:00+02:00” here (astimezone); of a naive one, as written."""
    match = _DATE_TIME.fullmatch(text)
    if match is None or not _zone_ok(match[3]):
        raise _not_a_date(text)
    fraction = (match[2] or "")[:7]  # datetime keeps microseconds; finer digits cannot move the day
    zone = "+00:00" if match[3] == "Z" else match[3] or ""
    try:
        moment = datetime.fromisoformat(match[1] + fraction + zone)
    except ValueError:
        raise _not_a_date(text) from None
    return (moment.astimezone() if moment.tzinfo else moment).date()


def xml_day(text: str) -> date:
    """A date or a date-time, whichever `text` is (statement periods are written both ways)."""
    return xml_date_time(text) if "T" in text else xml_date(text)
