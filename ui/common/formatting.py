"""How the GUI shows amounts and times: the UI language's conventions, monospace amounts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QTimeZone
from PySide6.QtGui import QColor, QFont, QFontDatabase

NEGATIVE_COLOR = QColor("#c92a2a")


def language() -> str:
    """The UI language code ("en" or "cs"), from the default QLocale that main sets."""
    return "cs" if QLocale().language() == QLocale.Language.Czech else "en"


@cache
def amount_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def use_language(code: str) -> None:
    """Make `code` ("en" or "cs") the default locale for dates and numbers in the GUI."""
    QLocale.setDefault(QLocale("cs_CZ" if code == "cs" else "en_GB"))


def _four_digit_years(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def local_datetime(iso_utc: str) -> str:
    """“2026-11-28T09:30:00.000000Z” → local date and time, e.g. “28/11/2026 10:30” (en)."""
    moment = datetime.strptime(iso_utc, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    value = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    pattern = _four_digit_years(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(value, pattern)


def short_date_format() -> str:
    """The UI language's short date pattern with four-digit years (Czech's own has two)."""
    return _four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def local_date(iso_date: str) -> str:
    """“2026-12-12” → “12/12/2026” (en) or “12.12.2026” (cs)."""
    return QLocale().toString(QDate.fromString(iso_date, "yyyy-MM-dd"), short_date_format())


def sorted_by_name(codes: Iterable[str], name: Callable[[str], str], locale: str = "") -> list[str]:
    """The codes in the order of their names as the language sorts them (in Czech Č follows C
    and Ch follows H); `locale` "en" or "cs", else the UI's."""
    collator = QCollator(QLocale(locale) if locale else QLocale())
    return sorted(codes, key=lambda code: collator.sortKey(name(code)))
