"""Every CSV the app writes opens in a spreadsheet without running a cell as a formula."""

from __future__ import annotations

import csv
import io

import pytest

from models.common.csv_cells import read_safe_text, safe_text
from models.pricing.price_list import PriceRow
from models.pricing.price_list_csv import read_price_list, write_price_list

FORMULAS = ['=HYPERLINK("http://x","y")', "+SUM(1)", "@cmd", "-1+2", "\tTab", "\rCR"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_cells_are_written_as_text_and_read_back_unchanged(text: str) -> None:
    assert safe_text(text) == "'" + text
    assert read_safe_text(safe_text(text)) == text


@pytest.mark.parametrize("text", ["O2", "T-Mobile", "'quoted'", "", "Vodafone = best"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert safe_text(text) == text and read_safe_text(text) == text


def test_price_list_export_neutralises_operator_formulas_and_round_trips() -> None:
    rows = [PriceRow("CZ", "420", name, f"42060{i}", 35_000) for i, name in enumerate(FORMULAS)]
    written = write_price_list(rows)
    cells = [line[2] for line in list(csv.reader(io.StringIO(written)))[1:]]
    assert all(cell.startswith("'") for cell in cells), cells
    assert [row.operator for row in read_price_list(written.encode())] == FORMULAS


def test_price_prefixes_in_other_scripts_are_refused() -> None:
    from models.pricing.price_list_csv import PriceListImportError

    data = "country,dialling_code,operator,prefix,price\nCZ,420,O2,٤٢٠٦٠١,0.035\n"
    with pytest.raises(PriceListImportError, match="not a number prefix"):
        read_price_list(data.encode())
