"""The Price list page driven like a user would: search, import/export, the cost calculator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.common.formatting import credits_with_unit
from models.pricing import price_list
from models.pricing.campaign_estimate import EstimateLine
from models.settings import store as settings
from ui.price_list.breakdown_model import BreakdownModel
from ui.price_list.prices_model import CREDITS, OPERATOR, PriceListModel

LOAD_TIMEOUT = 20_000


@pytest.fixture
def page(window, qtbot):
    found = window.page("priceListPage")
    qtbot.waitUntil(
        lambda: not found.busy and found.prices.model.rowCount() > 0, timeout=LOAD_TIMEOUT
    )
    return found


def test_window_start_reads_no_price_rows(qtbot, database_path: Path) -> None:

    import launch

    built = launch.build_window(database_path)  # built, not shown: nothing loaded yet
    qtbot.addWidget(built)
    assert price_list.current() is None
    assert built.page("priceListPage").prices.model.rowCount() == 0
    built.shut_down()


def test_price_list_model_passes_the_model_tester(database, qtmodeltester) -> None:
    price_list.ensure_loaded()
    model = PriceListModel()
    model.reload("", "EUR", 100)
    qtmodeltester.check(model)
    searched = PriceListModel()
    searched.reload("vodafone", "CZK", 2500)
    qtmodeltester.check(searched)
    searched.reload("+421", "EUR", 100)  # a reset while the tester watches


@pytest.mark.parametrize("locale", ["en", "cs"])
def test_countries_come_in_the_order_of_their_names(database, locale: str) -> None:
    from models.common.formatting import country_name

    price_list.ensure_loaded()
    model = PriceListModel(locale)
    model.reload("", "EUR", 100)
    while model.canFetchMore():
        model.fetchMore()
    shown = [model.row_at(row) for row in range(model.rowCount())]
    assert len(shown) == price_list.current().price_count  # every row once, none skipped
    order = list(dict.fromkeys(row.country for row in shown))
    assert len(order) == 245
    for country in order:  # each country's rows together, by prefix
        prefixes = [row.prefix for row in shown if row.country == country]
        assert prefixes == sorted(prefixes)
    assert order[0] == settings.get("recipients.default_country")  # where the user sends: first
    names = [country_name(code, locale) for code in order[1:]]
    if locale == "cs":  # Czech: Č after C, Ch after H
        assert names.index("Cookovy ostrovy") < names.index("Čad") < names.index("Čína")
        assert names.index("Hongkong – ZAO Číny") < names.index("Chile") < names.index("Indie")
    else:
        assert names.index("Afghanistan") == 0
        assert names.index("Chile") < names.index("China") < names.index("Colombia")


def test_price_list_model_fetches_more_as_needed(database) -> None:
    price_list.ensure_loaded()
    model = PriceListModel()
    model.reload("", "EUR", 100)
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    first_cz = model.index(0, CREDITS)
    assert model.data(first_cz, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_breakdown_model_passes_the_model_tester(qtmodeltester) -> None:
    model = BreakdownModel()
    model.set_lines(
        [EstimateLine("CZ", "O2", 10, 2, 36_100, 722_000), EstimateLine("SK", "", 1, 2, 1, 2)]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "Other networks"


def test_sample_is_loaded_on_first_show_and_named(page) -> None:
    assert "Sample price list" in page.prices.info.text()
    assert page.prices.sample_note.isVisible()
    assert page.prices.model.data(page.prices.model.index(0, 1)).startswith("+")


def test_search_filters_rows_as_you_type(page, qtbot) -> None:
    model = page.prices.model
    qtbot.keyClicks(page.prices.search, "vodafone")
    qtbot.waitUntil(
        lambda: model.rowCount() < 200 or model.data(model.index(0, OPERATOR)) != "Other networks"
    )
    rows = [model.data(model.index(r, OPERATOR)) for r in range(model.rowCount())]
    assert rows and all("vodafone" in r.lower() for r in rows)
    page.prices.search.clear()
    qtbot.keyClicks(page.prices.search, "+420")
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Czechia")
    page.prices.search.clear()
    qtbot.keyClicks(page.prices.search, "xyzzy")
    qtbot.waitUntil(lambda: page.prices.stack.currentWidget() is page.prices.no_match)
    assert model.rowCount() == 0


def _wait_priced(qtbot, calculator) -> None:
    qtbot.waitUntil(
        lambda: calculator.priced is not None and not calculator.busy, timeout=LOAD_TIMEOUT
    )


@pytest.fixture
def english(qapp):
    """The English translation main installs: its plural forms ("1 part", "2 parts")."""

    import launch
    from ui.common.translations import remove_translators

    _, translators = launch.install_language(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_calculator_lists_numbers_that_cannot_receive_sms(window, page, qtbot) -> None:
    page.tabs.setCurrentIndex(1)
    calculator = page.calculator
    qtbot.keyClicks(calculator.message.edit, "Hi")
    calculator.recipients.edit.setPlainText("601 123 456\n800 123 456\n")
    _wait_priced(qtbot, calculator)
    problems = calculator.recipients.problems.toPlainText()
    assert (
        "Line 2: “+420800123456” — a toll-free number: not priced by the price list "
        "(it cannot receive SMS)" in problems
    )
    assert calculator.priced is not None and calculator.priced.priced_count == 1


def test_calculator_shows_cost_and_top_up_the_difference(english, window, page, qtbot) -> None:
    page.tabs.setCurrentIndex(1)
    calculator = page.calculator
    qtbot.keyClicks(calculator.message.edit, "a" * 161)  # two parts
    assert calculator.message.stats.text().startswith("161 characters · GSM-7 · 2 parts ·")
    calculator.recipients.edit.setPlainText("+420 601 123 456\n601123456\n777 123 456\n12345\n")
    _wait_priced(qtbot, calculator)
    assert "2 valid · 1 invalid · 1 duplicate (not priced)" in calculator.recipients.summary.text()
    calculator.recipients.edit.setPlainText("601123456\n601123456\n601123456\n")
    qtbot.waitUntil(lambda: "2 duplicates (not priced)" in calculator.recipients.summary.text())
    calculator.recipients.edit.setPlainText("+420 601 123 456\n601123456\n777 123 456\n12345\n")
    qtbot.waitUntil(lambda: "Line 4" in calculator.recipients.problems.toPlainText())
    _wait_priced(qtbot, calculator)
    assert "Line 4: “12345” — too short" in calculator.recipients.problems.toPlainText()
    index = price_list.rows_page("+420601", limit=1)[0]
    vodafone = price_list.rows_page("+420777", limit=1)[0]
    total = 2 * (index.price + vodafone.price)
    assert calculator.cost.missing == total
    assert calculator.cost.total_credits.text() == credits_with_unit(total)
    assert calculator.cost.total_money.text().startswith("€")
    button = calculator.cost.top_up_button
    assert button.isVisible()
    prefilled: list[int | None] = []

    def read_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "topUpDialog":
            QTimer.singleShot(20, read_the_dialog)
            return
        prefilled.append(dialog.credits.value())
        dialog.reject()

    QTimer.singleShot(0, read_the_dialog)
    with qtbot.waitSignal(window.signals.top_up_credits_requested) as emitted:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert emitted.args == [total]
    assert prefilled == [total]  # the Top up dialog opened with the difference filled in
    send = calculator.cost.send_button
    assert send.isEnabled() and "while credit lasts" in send.toolTip()  # see test_outbox_page


def test_unicode_is_flagged_and_replaced(page, qtbot) -> None:
    editor = page.calculator.message
    editor.edit.insertPlainText("Příliš „drahé“…")  # QTest types ASCII only
    assert editor.analysis.encoding == "UCS-2"
    assert "“ř”" in editor.unicode_note.text()
    assert not editor.replace_button.isHidden()
    qtbot.mouseClick(editor.replace_button, Qt.MouseButton.LeftButton)
    assert editor.text() == 'Prilis "drahé"...'
    assert editor.analysis.encoding == "GSM-7"
    assert editor.replace_button.isHidden()


def test_messages_over_the_maximum_of_parts_are_flagged(page, qtbot) -> None:
    settings.set_value("messages.max_parts", "2")
    page.calculator.refresh()
    editor = page.calculator.message
    editor.edit.setPlainText("a" * 307)  # three parts
    assert not editor.parts_warning.isHidden()
    assert "3 parts is more than the maximum of 2" in editor.parts_warning.text()
    editor.edit.setPlainText("a" * 306)
    assert editor.parts_warning.isHidden()


def test_import_replaces_the_list_and_a_bad_file_changes_nothing(
    page, qtbot, tmp_path, monkeypatch
) -> None:
    good = tmp_path / "provider-2026.csv"
    good.write_text(
        "country;operator;prefix;price\nCZ;;;0,03\nCZ;O2;420601;0,035\n", encoding="cp1250"
    )
    page.import_file(good)
    qtbot.waitUntil(
        lambda: not page.busy and page.prices.model.rowCount() == 2, timeout=LOAD_TIMEOUT
    )
    assert "provider-2026" in page.prices.info.text()
    assert not page.prices.sample_note.isVisible()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    bad = tmp_path / "broken.csv"
    bad.write_text("country,price\nCZ,0.03\nXX,1\nSK,-2\n")
    page.import_file(bad)
    qtbot.waitUntil(lambda: not page.busy and bool(shown), timeout=LOAD_TIMEOUT)
    assert shown[0].splitlines() == [
        "Row 3: unknown country “XX” (write its ISO code, e.g. CZ)",
        "Row 4: the price “-2” is negative",
    ]
    assert price_list.current().name == "provider-2026"
    assert page.prices.model.rowCount() == 2


def test_export_writes_what_import_reads(page, qtbot, tmp_path) -> None:
    target = tmp_path / "export.csv"
    page.export_file(target)
    qtbot.waitUntil(target.exists, timeout=LOAD_TIMEOUT)
    page.window().workers.wait()
    from models.pricing.price_list_csv import read_price_list

    assert read_price_list(target.read_bytes()) == price_list.all_rows()


@pytest.mark.parametrize("locale", ["en", "cs"])
def test_the_countries_of_recent_campaigns_come_first(database, locale: str) -> None:
    from models.common.formatting import country_name
    from models.outbox import queue as outbox
    from models.pricing.campaign_estimate import load_index
    from models.pricing.phone_numbers import Normalized

    price_list.ensure_loaded()
    settings.set_values({"recipients.default_country": "DE"})
    recipients = [Normalized("+421905123456", "SK"), Normalized("+421905123457", "SK")]
    recipients.append(Normalized("+420601123456", "CZ"))
    outbox.queue_campaign("Hello", recipients, load_index())
    model = PriceListModel(locale)
    model.reload("", "EUR", 100)
    while model.canFetchMore():
        model.fetchMore()
    order = list(dict.fromkeys(model.row_at(row).country for row in range(model.rowCount())))
    assert order[:3] == ["SK", "CZ", "DE"]  # most messages first, then the default country
    rest = [country_name(code, locale) for code in order[3:]]
    assert rest[0] == ("Afghánistán" if locale == "cs" else "Afghanistan")
    assert len(order) == 245
