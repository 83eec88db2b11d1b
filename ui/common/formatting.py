"""How the GUI shows values: the core's formatters in the UI language, monospace fonts, colours.

models/common/formatting.py decides how a value reads; this layer adds the UI language and the look.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from models.common import formatting

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

NEGATIVE_COLOR = QColor("#c92a2a")
NEGATIVE_ON_DARK = QColor("#ff8787")
WARNING_COLOR = QColor("#d9480f")  # a low balance, a message over its parts, credits missing


def language() -> str:
    """The UI language code ("en" or "cs"), from the default QLocale that main sets."""
    return "cs" if QLocale().language() == QLocale.Language.Czech else "en"


def use_language(code: str) -> None:
    """Make `code` ("en" or "cs") the default locale for dates and numbers in the GUI."""
    QLocale.setDefault(QLocale("cs_CZ" if code == "cs" else "en_GB"))


@cache
def amount_font() -> QFont:
    from PySide6.QtGui import QFontDatabase  # its classes are made with the first amount painted

    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def negative_color() -> QColor:
    """Red for negative amounts, lightened on a dark background so it stays readable."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return NEGATIVE_ON_DARK if base.lightness() < 128 else NEGATIVE_COLOR


def error_style() -> str:
    """The style sheet of a label that says what is wrong, near its cause."""
    return f"color: {negative_color().name()};"


def warning_style() -> str:
    """The style sheet of a label that warns (low balance, credits missing)."""
    return f"color: {WARNING_COLOR.name()};"


def credits_text(micro: int, signed: bool = False) -> str:
    """Credits in the UI language, with the decimals that matter: “40”, “40.5”, “0.0724”."""
    return formatting.credits_text(micro, language(), signed=signed)


def credits_with_unit(micro: int, signed: bool = False) -> str:
    """Credits and the word, in the UI language: “1 credit”, “40 credits” / “2 kredity”."""
    return formatting.credits_with_unit(micro, language(), signed=signed)


def money_text(units: int, currency: str, decimals: int | None = None) -> str:
    """Minor units with the currency, in the UI language: “CZK 1,210.00” / “1 210,00 Kč”."""
    return formatting.money_text(units, currency, language(), decimals)


def currency_sign(currency: str) -> str:
    """How the UI language writes a currency: “CZK” (en), “Kč” (cs), “€”."""
    return formatting.currency_sign(currency, language())


def count_text(count: int) -> str:
    """A whole number grouped as the UI language groups it."""
    return formatting.count_text(count, language())


def country_name(code: str) -> str:
    """A country's name in the UI language."""
    return formatting.country_name(code, language())


def local_date(day: date | str) -> str:
    """“2026-11-30” → “30 Nov 2026” (en) or “30. 11. 2026” (cs)."""
    return formatting.date_text(day, language())


def local_datetime(iso_utc: str) -> str:
    """“2026-11-28T09:30:00.000000Z” → local date and time: “28 Nov 2026 10:30” (en)."""
    return formatting.datetime_text(iso_utc, language())


def short_date_format() -> str:
    """The pattern of date fields (QDateEdit), so that they read like `local_date`."""
    return "d. M. yyyy" if language() == "cs" else "d MMM yyyy"


def sorted_by_name(codes: Iterable[str], name: Callable[[str], str], locale: str = "") -> list[str]:
    """The codes in the order of their names as the language sorts them (in Czech Č follows C
    and Ch follows H); `locale` "en" or "cs", else the UI's."""
    collator = QCollator(QLocale(locale) if locale else QLocale())
    return sorted(codes, key=lambda code: collator.sortKey(name(code)))
