"""The price list page and the cost breakdown show each price's number type, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.pricing import price_list
from models.pricing.campaign_estimate import EstimateLine
from models.pricing.price_list_csv import read_price_list
from ui.price_list.breakdown_model import OPERATOR, BreakdownModel
from ui.price_list.prices_model import NUMBER_TYPE, PriceListModel

TYPED_CSV = (
    b"country,dialling_code,operator,prefix,price,number_type\n"
    b"CZ,420,,,0.03,\n"
    b"CZ,420,,,0.05,fixed-line\n"
    b"CZ,420,Prague,420221,0.045,fixed-line\n"
    b"CZ,420,,,0.09,toll-free\n"
)


def _types_shown(locale: str) -> tuple[str, list[str]]:
    model = PriceListModel(locale)
    model.reload("", "EUR", 100)
    header = model.headerData(NUMBER_TYPE, Qt.Orientation.Horizontal)
    return header, [model.data(model.index(row, NUMBER_TYPE)) for row in range(model.rowCount())]


def test_the_price_list_shows_each_rows_type(database, qtmodeltester) -> None:
    price_list.replace("Typed", read_price_list(TYPED_CSV))
    header, shown = _types_shown("en")
    assert header == "Number type"
    assert shown == ["any type", "fixed line", "toll-free", "fixed line"]
    model = PriceListModel()
    model.reload("fixed line", "EUR", 100)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_the_type_column_and_the_breakdown_read_in_czech(database, qapp) -> None:

    import launch
    from ui.common.formatting import use_language
    from ui.common.translations import remove_translators

    price_list.replace("Typed", read_price_list(TYPED_CSV))
    _, translators = launch.install_language(qapp, "cs")
    use_language("cs")
    try:
        header, shown = _types_shown("cs")
        assert header == "Typ čísla"
        assert shown[:3] == ["jakýkoli typ", "pevná linka", "bezplatná linka"]
        breakdown = BreakdownModel("cs")
        breakdown.set_lines([EstimateLine("CZ", "", 3, 1, 50_000, 150_000, "fixed-line")])
        assert breakdown.data(breakdown.index(0, OPERATOR)) == "Ostatní sítě (pevná linka)"
    finally:
        remove_translators(qapp, translators)
        use_language("en")
