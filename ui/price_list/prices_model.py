"""The price list as a table model that fetches rows from the database page by page."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import Qt

from models.common import countries
from models.common.formatting import country_name, credits_text, currency_sign, money_text
from models.common.money import currency_decimals, unit_price
from models.outbox import destinations
from models.pricing import price_list
from models.pricing.price_list import PriceRow
from ui.common.formatting import sorted_by_name
from ui.common.paged_rows import KeysetPagedModel
from ui.price_list.number_type_text import number_type_text

COUNTRY, DIALLING_CODE, OPERATOR, PREFIX, NUMBER_TYPE, CREDITS, MONEY = range(7)


def unit_money_text(micro: int, minor_per_credit: int, currency: str, locale: str) -> str:
    """What one part costs in the account currency, to four decimals: “€0.0361” (en),
    “0,9050 Kč” (cs), as every amount of money reads."""
    value = unit_price(micro, minor_per_credit, currency_decimals(currency))
    return money_text(int(value.scaleb(4)), currency, locale, decimals=4)


def prefix_text(row: PriceRow) -> str:
    """“+420 601” (code, then the operator's digits), or “” for the country's price."""
    if not row.prefix:
        return ""
    return f"+{row.dialling_code} {row.prefix[len(row.dialling_code) :]}"


@cache
def countries_by_name(locale: str) -> tuple[str, ...]:
    """Every country, in the order of its name in `locale`; the page lists those its price list
    prices in this order (no read of the list needed for it)."""
    names = countries.names(locale)
    return tuple(sorted_by_name(names, names.__getitem__, locale))


class PriceListModel(KeysetPagedModel[PriceRow]):
    """Rows matching the search, fetched a page at a time as the view scrolls."""

    AMOUNT_COLUMNS = (CREDITS, MONEY)
    MONOSPACE_COLUMNS = (CREDITS, MONEY, DIALLING_CODE, PREFIX)

    def __init__(self, locale: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._search = ""
        self._currency = "EUR"
        self._per_credit = 100
        # Those the user sends to first, then the rest in the order of their names in the UI language
        self._countries: list[str] = []

    # -- loading ------------------------------------------------------------------------------

    def reload(self, search: str, currency: str, per_credit: int) -> None:
        """Start again from the first page for `search` (empty: every row)."""
        self._search = search
        self._currency, self._per_credit = currency, per_credit
        usual = destinations.usual_countries()
        self._countries = usual + [c for c in countries_by_name(self._locale) if c not in usual]
        self.load_first_page()

    def fetch_page(self, after: PriceRow | None) -> list[PriceRow]:
        key = None if after is None else (after.country, after.prefix, after.number_type)
        return price_list.rows_page(self._search, key, self.PAGE, self._countries)

    def row_at(self, row: int) -> PriceRow:
        return self._rows[row]

    # -- the model ----------------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Country"),
            self.tr("Dialling code"),
            self.tr("Operator"),
            self.tr("Number prefix"),
            self.tr("Number type"),
            self.tr("Credits per part"),
            self.tr("%1 per part").replace("%1", currency_sign(self._currency, self._locale)),
        )

    def key(self, row: PriceRow, column: int) -> object:
        return row.price if column in (CREDITS, MONEY) else self.display(row, column)

    def extra(self, row: PriceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COUNTRY:
            return row.country
        if role == Qt.ItemDataRole.ToolTipRole and column == NUMBER_TYPE and not row.number_type:
            return self.tr(
                "Mobile numbers and the other types that receive SMS; fixed lines, toll-free, "
                "premium-rate and shared-cost numbers only by rows of their own type"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == OPERATOR and row.is_fallback:
            return self.tr("Numbers that match no operator prefix of this country")
        return None

    def display(self, row: PriceRow, column: int) -> str:
        if column == COUNTRY:
            return country_name(row.country, self._locale)
        if column == DIALLING_CODE:
            return f"+{row.dialling_code}"
        if column == OPERATOR:
            return row.operator if not row.is_fallback else self.tr("Other networks")
        if column == PREFIX:
            return prefix_text(row) or self.tr("all numbers")
        if column == NUMBER_TYPE:
            return number_type_text(row.number_type)
        if column == CREDITS:
            return credits_text(row.price, self._locale)
        return unit_money_text(row.price, self._per_credit, self._currency, self._locale)
