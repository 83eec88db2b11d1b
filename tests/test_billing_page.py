"""The Billing information page: its subtitle once saved, Save under the form, the saved versions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.invoicing import billing
from tests.invoice_helpers import buyer

GOOD = billing.BillingDetails(
    name="Řeřicha & <Syn> s.r.o.",
    street="Dlouhá 1",
    city="Praha",
    postal_code="11000",
    country="CZ",
)


def test_versions_say_what_changed_from_the_one_before(database) -> None:
    billing.save(GOOD)
    billing.save(billing.BillingDetails(**{**GOOD.as_dict(), "city": "Brno", "street": "Nová 2"}))
    billing.save(billing.BillingDetails(**{**GOOD.as_dict(), "city": "Brno", "street": "Nová 2"}))
    newest, middle, first = billing.versions()
    assert newest.changed == ()
    assert middle.changed == ("street", "city")
    assert middle.previous is not None and middle.previous.city == "Praha"
    assert first.previous is None
    assert first.changed == ("name", "street", "city", "postal_code", "country")


def test_the_subtitle_changes_once_saved(window, qtbot) -> None:
    window.show_page_named("billingPage")
    page = window.page("billingPage")
    assert page._explanation.text().startswith("Fill in your billing information first")
    for name, value in GOOD.as_dict().items():
        editor = page.editors[name]
        if name == "country":
            editor.setCurrentIndex(editor.findData(value))
        elif name != "note":
            editor.setText(value)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert billing.current() is not None
    assert not page._explanation.text().startswith("Fill in")


def test_save_is_right_under_the_form(window, qtbot) -> None:
    window.resize(1024, 640)
    window.show_page_named("billingPage")
    page = window.page("billingPage")
    qtbot.waitUntil(page.save_button.isVisible)
    note = page.editors["note"]
    below_note = note.mapTo(page, note.rect().bottomLeft()).y()
    top_of_save = page.save_button.mapTo(page, page.save_button.rect().topLeft()).y()
    assert 0 <= top_of_save - below_note <= 40


def test_the_saved_versions_are_listed_read_only(window, qtbot) -> None:
    buyer()
    buyer(city="Brno")
    window.signals.data_changed.emit()
    window.show_page_named("billingPage")
    page = window.page("billingPage")
    listed = page.versions
    assert listed.topLevelItemCount() == 2
    assert listed.topLevelItem(0).text(1) == "City"
    assert "Praha → Brno" in listed.topLevelItem(0).toolTip(1)
    assert listed.topLevelItem(1).text(1) == "First saved"
    assert listed.editTriggers() == listed.EditTrigger.NoEditTriggers
