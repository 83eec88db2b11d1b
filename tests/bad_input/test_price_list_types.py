"""Bad number types in a price list file: a clear message naming the line, nothing imported."""

from __future__ import annotations

import pytest

from models.pricing import price_list
from models.pricing.price_list_csv import PriceListImportError, read_price_list

HEADER = "country,dialling_code,operator,prefix,price,number_type\n"


@pytest.mark.parametrize(
    ("rows", "says"),
    [
        (
            "CZ,420,,,0.03,\nCZ,420,,,0.05,satellite\n",
            "Row 3: unknown number type “satellite” (write e.g. mobile, fixed-line",
        ),
        ("CZ,420,,,0.03,mobile phone\n", "Row 2: unknown number type “mobile phone”"),
        ("CZ,420,,,0.03,0.04\n", "Row 2: unknown number type “0.04”"),
        (
            "CZ,420,,,0.03,toll-free\nCZ,420,,,0.04,Toll free\n",
            "Row 3: CZ's price for toll-free numbers is already on row 2",
        ),
        (
            "CZ,420,,420601,0.03,mobile\nCZ,420,,420601,0.04,MOBILE\n",
            "Row 3: prefix +420601 for mobile numbers is already priced on row 2",
        ),
    ],
)
def test_a_bad_type_is_refused_with_its_line_and_nothing_is_imported(
    database, rows: str, says: str
) -> None:
    before = price_list.ensure_loaded()
    with pytest.raises(PriceListImportError) as error:
        price_list.replace("Bad", read_price_list((HEADER + rows).encode()))
    assert says in str(error.value)
    assert price_list.current() == before


def test_the_type_column_given_twice_is_refused(database) -> None:
    with pytest.raises(PriceListImportError) as error:
        read_price_list(b"country,price,type,number_type\nCZ,0.03,mobile,mobile\n")
    assert "Column(s) given twice: number_type" in str(error.value)
