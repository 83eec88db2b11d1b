"""The main window driven like a user would: sidebar, balance indicator, Top up, remembered state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QPushButton, QStackedWidget

from models.settings import store as settings

PAGE_NAMES = [
    "priceListPage",
    "paymentsPage",
    "transactionsPage",
    "invoicesPage",
    "billingPage",
    "outboxPage",
]
TITLES = ["Price list", "Payments", "Transactions", "Invoices", "Billing information", "Outbox"]


def test_object_names_of_the_contract_exist(window) -> None:
    assert window.objectName() == "mainWindow"
    for name in ["sidebar", "pages", "balanceIndicator", "removeOutboxButton", *PAGE_NAMES]:
        assert window.findChild(object, name) is not None, name


def test_sidebar_lists_the_pages_and_switches_them(window, qtbot) -> None:
    sidebar = window.findChild(QListWidget, "sidebar")
    pages = window.findChild(QStackedWidget, "pages")
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == TITLES
    for row, name in enumerate(PAGE_NAMES):
        rect = sidebar.visualItemRect(sidebar.item(row))
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert pages.currentWidget().objectName() == name


def test_ctrl_number_switches_pages(window, qtbot) -> None:
    pages = window.findChild(QStackedWidget, "pages")
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert pages.currentWidget().objectName() == "billingPage"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert pages.currentWidget().objectName() == "priceListPage"


def test_new_database_shows_zero_balance(window) -> None:
    assert window.balance_indicator.text() == "0 credits"
    assert not window.balance_indicator.low


def test_low_balance_threshold_warns_and_off_means_off(window) -> None:
    settings.set_value("balance.low_threshold", "10")
    window.signals.data_changed.emit()
    assert window.balance_indicator.low
    assert "color" in window.balance_indicator.styleSheet()
    settings.set_value("balance.low_threshold", "off")
    window.signals.data_changed.emit()
    assert not window.balance_indicator.low
    assert window.balance_indicator.styleSheet() == ""


def _close_top_up_when_it_opens(found: list[str]) -> None:
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            found.append(dialog.objectName())
            dialog.reject()
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def test_every_top_up_button_opens_the_top_up_dialog(window, qtbot) -> None:
    buttons = window.findChildren(QPushButton, "topUpButton")
    owners = set()
    for button in buttons:
        parent = button.parent()
        while parent is not None and not parent.objectName():
            parent = parent.parent()
        owners.add(parent.objectName())
    assert {"priceListPage", "paymentsPage", "balancePopup"} <= owners
    for name in ("priceListPage", "paymentsPage"):
        window.sidebar.setCurrentRow(PAGE_NAMES.index(name))
        button = window.page(name).findChild(QPushButton, "topUpButton")
        found: list[str] = []
        _close_top_up_when_it_opens(found)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert found == ["topUpDialog"]


def test_balance_popup_offers_top_up(window, qtbot) -> None:
    indicator = window.balance_indicator
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(indicator.popup.isVisible)
    assert indicator.popup.amount.text() == "0 credits"
    found: list[str] = []
    _close_top_up_when_it_opens(found)
    qtbot.mouseClick(indicator.popup.top_up, Qt.MouseButton.LeftButton)
    assert found == ["topUpDialog"]
    assert not indicator.popup.isVisible()


def test_low_balance_warns_on_the_button_not_the_whole_popup(window, qtbot) -> None:
    from PySide6.QtGui import QPalette

    from tests.helpers.outbox_data import small_price_list
    from ui.common.formatting import WARNING_COLOR

    small_price_list()
    settings.set_value("balance.low_threshold", "10")
    window.signals.data_changed.emit()
    indicator = window.balance_indicator
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(indicator.popup.isVisible)

    def colour(widget) -> str:
        widget.ensurePolished()
        return widget.palette().color(QPalette.ColorRole.WindowText).name()

    assert indicator.low
    assert colour(indicator.popup.caption) != WARNING_COLOR.name()
    assert colour(indicator.popup.amount) != WARNING_COLOR.name()
    assert colour(indicator.popup.hint) == WARNING_COLOR.name()  # it says why
    assert indicator.popup.caption.styleSheet() == ""
    assert "#balanceIndicator" in indicator.styleSheet()
    # At zero, the popup says what to do instead of “≈ 0 one-part messages”.
    buys = indicator.popup.buys.text()
    assert "≈ 0" not in buys
    assert buys.startswith("Top up to send messages: one to Czechia costs ")
    indicator.popup.hide()


def test_ctrl_t_opens_top_up(window, qtbot) -> None:
    found: list[str] = []
    _close_top_up_when_it_opens(found)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert found == ["topUpDialog"]


def test_geometry_and_last_page_are_remembered(qtbot, database_path: Path) -> None:

    import launch

    first = launch.build_window(database_path)
    qtbot.addWidget(first)
    first.show()
    size = (first.minimumSizeHint().width() + 10, 520)  # within the 800×600 offscreen screen
    first.resize(*size)
    first.sidebar.setCurrentRow(3)
    first.close()
    assert QSettings().value("mainWindow/lastPage") in (3, "3")
    assert first.session.closed  # the window closed its session

    second = launch.build_window(database_path)
    qtbot.addWidget(second)
    second.show()
    assert second.pages.currentWidget().objectName() == "invoicesPage"
    assert (second.width(), second.height()) == size
    second.shut_down()


def test_pages_of_a_new_database_show_an_empty_state_not_data(window) -> None:
    # The price list holds the bundled sample; billing information is a form from the start.
    for name in ("paymentsPage", "transactionsPage", "invoicesPage", "outboxPage"):
        window.sidebar.setCurrentRow(PAGE_NAMES.index(name))
        page = window.page(name)
        assert page.body.currentWidget().objectName() == "emptyState", name


def test_open_database_that_is_not_one_keeps_the_current(window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database")
    window.workers.wait()  # nothing runs: the switch is tried at once
    assert not window.open_database_file(bogus)
    assert "not a Credit Desk database" in shown[0]
    assert window.balance_indicator.text() == "0 credits"
    assert settings.get("account.currency") == "EUR"  # the old database still answers


def test_back_up_database_from_the_menu(window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.back_up_database()
    import sqlite3

    copy = sqlite3.connect(target)
    assert copy.execute("SELECT balance FROM account").fetchone() == (0,)
    copy.close()


def test_balance_popup_says_what_the_balance_buys(window, qtbot) -> None:
    from models.payments import top_ups as payments
    from models.pricing import price_list

    price_list.ensure_loaded()
    payments.create_top_up(payments.quote_for_credits(10 * 1_000_000, "EUR"), payments.MANUAL)
    window.signals.balance_changed.emit()
    czech = price_list.country_price("CZ")
    window.balance_indicator.show_popup()
    expected = f"{10 * 1_000_000 // czech.price:,}"
    assert window.balance_indicator.popup.buys.text().startswith(
        f"≈ {expected} one-part messages to Czechia"
    )
