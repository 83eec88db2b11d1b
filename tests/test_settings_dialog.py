"""The Settings dialog's size: every section reachable, nothing scrolls sideways on a small screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea

from ui.settings.settings_dialog import SettingsDialog

SMALL_SCREEN = QSize(1024, 640)


@pytest.fixture
def czech_translator(qapp):
    """Czech installed as launch.run_gui installs it; English again afterwards."""

    import launch
    from ui.common.formatting import use_language
    from ui.common.translations import remove_translators

    language, translators = launch.install_language(qapp, "cs")
    use_language(language)
    yield language
    remove_translators(qapp, translators)
    use_language("en")


@pytest.mark.parametrize("language", ["en", "cs"])
def test_at_1024x640_no_section_scrolls_sideways(window, qtbot, language, request) -> None:
    if language == "cs":
        request.getfixturevalue("czech_translator")
    dialog = SettingsDialog(window.signals, window)
    qtbot.addWidget(dialog)
    dialog.setMaximumSize(SMALL_SCREEN - QSize(16, 48))  # the screen, less the window's frame
    dialog.resize(dialog.maximumSize().boundedTo(dialog.sizeHint().expandedTo(QSize(900, 600))))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SMALL_SCREEN.width() and dialog.height() <= SMALL_SCREEN.height()
    sections = dialog.sections
    assert sections.count() == dialog.tabs.count() >= 10
    for row in range(sections.count()):
        item = sections.item(row)
        assert sections.viewport().rect().contains(sections.visualItemRect(item)), item.text()
        sections.setCurrentRow(row)
        assert dialog.tabs.currentIndex() == row
        scroll = dialog.tabs.currentWidget()
        assert isinstance(scroll, QScrollArea)
        qtbot.waitUntil(lambda scroll=scroll: scroll.viewport().width() > 0)
        assert not scroll.horizontalScrollBar().isVisible(), item.text()
        assert scroll.widget().width() <= scroll.viewport().width(), item.text()


def test_the_size_hint_fits_the_screen(window, qtbot) -> None:
    dialog = SettingsDialog(window.signals, window)
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry().size()
    assert dialog.sizeHint().width() <= available.width()
    assert dialog.sizeHint().height() <= available.height()
    assert dialog.sizeHint().width() >= min(800, available.width() - 16)  # room for the fields


def test_choosing_a_section_in_the_list_shows_its_fields(window, qtbot) -> None:
    dialog = SettingsDialog(window.signals, window)
    qtbot.addWidget(dialog)
    dialog.open_area("outbox")
    assert dialog.sections.currentItem().text() == "Outbox"
    editor = dialog.editors["seller.iban"]
    dialog.sections.setCurrentRow(dialog._tab_of(editor))
    assert dialog.tabs.currentWidget().isAncestorOf(editor)
