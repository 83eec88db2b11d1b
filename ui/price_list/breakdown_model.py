"""A campaign's cost per country and operator, as a table model."""

from __future__ import annotations

from typing import Any

from models.common.formatting import count_text, country_name, credits_text
from models.pricing.campaign_estimate import EstimateLine
from ui.common.rows_model import RowsTableModel
from ui.price_list.number_type_text import number_type_text

COUNTRY, OPERATOR, RECIPIENTS, PARTS, PRICE, CREDITS = range(6)


class BreakdownModel(RowsTableModel[EstimateLine]):
    AMOUNT_COLUMNS = (RECIPIENTS, PARTS, PRICE, CREDITS)

    def __init__(self, locale: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._locale = locale

    def set_lines(self, lines: list[EstimateLine]) -> None:
        self.set_rows(list(lines))

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Country"),
            self.tr("Operator"),
            self.tr("Recipients"),
            self.tr("Parts"),
            self.tr("Credits per part"),
            self.tr("Credits"),
        )

    def key(self, line: EstimateLine, column: int) -> object:
        raw = (line.country, line.operator, line.recipients, line.parts, line.price, line.credits)
        return raw[column]

    def display(self, line: EstimateLine, column: int) -> str:
        if column == COUNTRY:
            return country_name(line.country, self._locale)
        if column == OPERATOR:
            operator = line.operator or self.tr("Other networks")
            if not line.number_type:
                return operator
            return (
                self.tr("%1 (%2)")
                .replace("%1", operator)
                .replace("%2", number_type_text(line.number_type))
            )
        if column == RECIPIENTS:
            return count_text(line.recipients, self._locale)
        if column == PARTS:
            return str(line.parts)
        if column == PRICE:
            return credits_text(line.price, self._locale)
        return credits_text(line.credits, self._locale)
