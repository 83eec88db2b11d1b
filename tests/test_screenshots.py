"""Every page and dialog of the screenshot tour (docs/make_screenshots.py), in English and Czech
at 1280×800 and 1024×640: nothing clipped, cut or scrolling sideways.

What is checked on each shown widget tree:
- the window or dialog is not smaller than its layout's minimum (squeezed widgets overlap), and a
  dialog fits in the window's size (the screen at the small size is 1024×640);
- no visible horizontal scroll bar, except on the tables listed in SCROLL_SIDEWAYS, whose many
  columns of data may need it; the calculator's tab scrolls only vertically;
- no label without word wrap narrower than its text (elided or cut), no button or tab narrower
  than its text, no empty field whose example text (placeholder) is elided.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)

from tests.helpers import screen_tour

SIZES = ((1280, 800), (1024, 640))
# The Outbox's message and campaign tables: eight or nine columns of data a reader needs whole
# (recipient, country, parts, price, time, sender, counts) and the message text, elided last;
# at 1024 px they are wider than the page and scroll sideways rather than cut a number. Every
# other scroll area (forms, the price list, the ledger) must fit. The Invoices list keeps number,
# kind, date, total and buyer in view beside the PDF preview; its last column, the VAT rule (on
# the PDF too), is deliberately beyond them, reached by scrolling.
SCROLL_SIDEWAYS = {"queuedMessages", "campaignsTable", "campaignMessages", "documentsTable"}


def _name(widget: QWidget) -> str:
    path = []
    while widget is not None:
        path.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(path[:4]))


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isVisible()


def problems(top: QWidget, screen: tuple[int, int]) -> list[str]:
    """What is clipped, cut or scrolls sideways in `top` and the widgets it shows."""
    found = []
    minimum = top.minimumSizeHint()
    if minimum.width() > top.width() or minimum.height() > top.height():
        found.append(f"squeezed: minimum {minimum.toTuple()} > size {top.size().toTuple()}")
    if top.width() > screen[0] or top.height() > screen[1]:
        found.append(f"larger than the screen: {top.size().toTuple()} > {screen}")
    for area in top.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if _shown(area, top) and bar.isVisible() and area.objectName() not in SCROLL_SIDEWAYS:
            found.append(f"scrolls sideways: {_name(area)}")
    for scroll in top.findChildren(QScrollArea):
        inner = scroll.widget()
        if _shown(scroll, top) and inner is not None and scroll.widgetResizable():
            if inner.minimumSizeHint().width() > scroll.viewport().width():
                found.append(f"clipped sideways: {_name(scroll)}")
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or label.wordWrap() or not label.text():
            continue
        if label.sizeHint().width() > label.width() + 1:
            found.append(
                f"label cut: {_name(label)} {label.text()[:40]!r} "
                f"{label.sizeHint().width()} > {label.width()}"
            )
    for button in top.findChildren(QAbstractButton):
        if _shown(button, top) and button.text() and button.sizeHint().width() > button.width():
            found.append(
                f"button cut: {_name(button)} {button.text()!r} "
                f"{button.sizeHint().width()} > {button.width()}"
            )
    for line in top.findChildren(QLineEdit):
        hint = line.placeholderText()
        if _shown(line, top) and hint and not line.text():
            room = line.contentsRect().width() - 8  # the frame's and the text's margins
            if line.fontMetrics().horizontalAdvance(hint) > room:
                found.append(f"placeholder cut: {_name(line)} {hint!r}")
    for bar in top.findChildren(QTabBar):
        if not _shown(bar, top):
            continue
        for index in range(bar.count()):
            if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                found.append(f"tab cut: {_name(bar)} {bar.tabText(index)!r}")
    return found


@pytest.fixture(scope="module")
def app() -> QApplication:
    return QApplication.instance() or QApplication([])


@pytest.mark.parametrize("language", ["en", "cs"])
def test_nothing_is_clipped_cut_or_scrolls_sideways(app, tmp_path: Path, language: str) -> None:

    import launch
    from ui.common.translations import remove_translators

    language, translators = launch.install_language(app, language)
    found: dict[str, list[str]] = {}
    try:
        for size in SIZES:
            folder = tmp_path / f"{size[0]}x{size[1]}"
            folder.mkdir()
            window, plan = screen_tour.open_window(folder, language, size)
            try:
                assert window.size().toTuple() == size
                for name, widget in screen_tour.tour(window, plan):
                    wrong = problems(widget, size)
                    if wrong:
                        found[f"{language}-{size[0]}x{size[1]}/{name}"] = wrong
            finally:
                window.close()
                screen_tour.settle(window)
    finally:
        remove_translators(app, translators)
    assert not found, "\n".join(f"{name}: {'; '.join(p)}" for name, p in found.items())


def test_the_checks_find_a_cut_label_a_cut_button_and_a_sideways_scroll(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QTableWidget, QVBoxLayout

    dialog = QWidget()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("A label far too long for the narrow dialog it is in")
    button = QPushButton("A button whose text is long")
    table = QTableWidget(3, 12)
    table.setObjectName("wideTable")
    for widget in (label, button, table):
        widget.setMinimumWidth(10)
        layout.addWidget(widget)
    dialog.setMinimumSize(10, 10)
    dialog.resize(120, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = " ".join(problems(dialog, (1024, 640)))
    assert "label cut" in found and "button cut" in found
    assert "scrolls sideways: QWidget/wideTable" in found
