"""Czech working days: the days the Czech National Bank publishes its exchange rates.

A rate the CNB publishes on a working day is valid for that day and for the days off that follow
it, so the rate valid on a Saturday or on Christmas Day is the last working day's.
"""

from __future__ import annotations

from datetime import date, timedelta

# Public holidays (Act No. 245/2000 Coll.) that fall on the same day every year.
_FIXED_HOLIDAYS = {
    (1, 1),
    (5, 1),
    (5, 8),
    (7, 5),
    (7, 6),
    (9, 28),
    (10, 28),
    (11, 17),
    (12, 24),
    (12, 25),
    (12, 26),
}


def easter_sunday(year: int) -> date:
    """The Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def is_working_day(day: date) -> bool:
    if day.weekday() >= 5 or (day.month, day.day) in _FIXED_HOLIDAYS:
        return False
    easter = easter_sunday(day.year)
    good_friday = easter - timedelta(days=2)  # a holiday since 2016
    if day == easter + timedelta(days=1) or (day == good_friday and day.year >= 2016):
        return False
    return True


def last_working_day(day: date) -> date:
    """`day` itself when it is a working day, else the working day before it."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
