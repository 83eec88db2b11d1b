"""Edit → Exchange rates…: the stored rates listed; a CNB file, a fetch and a typed rate added."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from models.invoicing import exchange_rates
from models.settings import store as settings
from tests.test_cnb_rates import BEFORE_CHRISTMAS, cnb  # noqa: F401 (the stand-in server)
from ui.invoices.exchange_rates import ExchangeRatesDialog, RatesModel


def open_dialog(window, qtbot) -> ExchangeRatesDialog:
    dialog = ExchangeRatesDialog(window.workers, window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_edit_menu_opens_the_dialog(window, qtbot, monkeypatch) -> None:
    opened: list[ExchangeRatesDialog] = []
    monkeypatch.setattr(ExchangeRatesDialog, "exec", lambda self: opened.append(self) or 0)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    next(a for a in edit.actions() if a.text() == "E&xchange rates…").trigger()
    assert len(opened) == 1 and opened[0].objectName() == "exchangeRatesDialog"


def test_importing_a_cnb_file_lists_its_rates(window, qtbot, tmp_path: Path) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.model.rowCount() == 0
    path = tmp_path / "denni_kurz.txt"  # of a day past, whatever the day the test runs
    path.write_bytes(BEFORE_CHRISTMAS.read_bytes().replace(b"23.12.2026 #248", b"06.03.2026 #47"))
    dialog.import_file(path)
    assert dialog.model.rowCount() == 30
    assert dialog.status.text().startswith("Stored 30 rate")
    jpy = next(row for row in dialog.model._rows if row.currency == "JPY")
    assert dialog.model.display(jpy, RatesModel.AMOUNT) == "100"
    assert dialog.model.display(jpy, RatesModel.RATE) == "15.632"


def test_a_bad_file_is_reported_in_the_dialog(window, qtbot, tmp_path: Path) -> None:
    dialog = open_dialog(window, qtbot)
    bad = tmp_path / "page.html"
    bad.write_text("<html>Not found</html>", encoding="utf-8")
    dialog.import_file(bad)
    assert "web page" in dialog.status.text() and dialog.model.rowCount() == 0


def test_fetching_runs_in_the_background(window, qtbot, cnb: str) -> None:  # noqa: F811
    settings.set_value("rates.cnb_url", f"{cnb}/denni_kurz.txt")
    dialog = open_dialog(window, qtbot)
    dialog.fetch_date.setDate(QDate(2026, 3, 7))
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.fetch_button.isEnabled(), timeout=10000)
    assert dialog.status.text().startswith("Stored 1 rate")
    assert exchange_rates.find("EUR", date(2026, 3, 7)).valid_from == "2026-03-06"


def test_a_rate_entered_by_hand_and_a_fixed_one(window, qtbot) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.currency.setCurrentText("EUR")
    dialog.first_day.setDate(QDate(2026, 3, 9))
    dialog.rate.setText("25,1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert exchange_rates.find("EUR", date(2026, 3, 9)).source == "manual"
    dialog.rate.setText("abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not an exchange rate" in dialog.status.text()
    dialog.fixed.setChecked(True)
    dialog.first_day.setDate(QDate(2026, 1, 1))
    dialog.last_day.setDate(QDate(2026, 6, 30))
    dialog.rate.setText("24.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert exchange_rates.find("EUR", date(2026, 3, 9)).source == "fixed"
    assert dialog.model.rowCount() == 2
