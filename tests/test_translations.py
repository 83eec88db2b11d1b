"""The Czech translation: complete, placeholders and markup kept, in sync with the code, and the
window in Czech; the language chosen in View → Language."""

from __future__ import annotations

import pkgutil
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QMenu, QMessageBox

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "credit_desk_cs.ts"
UPDATE = "run resources/translations/update.sh and add the missing texts to translations/czech/"

PLACEHOLDER = re.compile(r"%L?\d+|%L?n|\{[A-Za-z_][^{}]*\}")  # %1, %n, %Ln, {year}, {number:06}
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
CZECH_TITLES = ["Ceník", "Platby", "Transakce", "Faktury", "Fakturační údaje", "Odchozí zprávy"]
BUYS = "≈ %Ln one-part messages to %1 at %2 each"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]  # one, or Czech's three plural forms

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_messages(path: Path = TS_FILE) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            found.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.get("numerus") == "yes",
                    translation.get("type") is None,
                    tuple(forms) if forms else (translation.text or "",),
                )
            )
    return found


def differences(source: str, translation: str) -> list[str]:
    """What a translation changed that it must keep: placeholders, HTML tags, accelerators."""
    found = []
    if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
        found.append("placeholders")
    if Counter(TAG.findall(source)) != Counter(TAG.findall(translation)):
        found.append("HTML tags")
    if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translation)):
        found.append("accelerators")
    if source.endswith("…") and not translation.endswith("…"):
        found.append("trailing …")
    return found


# -- the .ts file -------------------------------------------------------------------------------


def test_the_ts_file_holds_the_gui_s_messages() -> None:
    messages = read_messages()
    assert len(messages) > 300
    assert len({(m.context, m.source) for m in messages}) == len(messages)


def test_every_message_is_translated() -> None:
    unfinished = [
        str(m)
        for m in read_messages()
        if not m.finished or not all(text.strip() for text in m.translations)
    ]
    assert not unfinished, f"{UPDATE}:\n" + "\n".join(unfinished)


def test_placeholders_tags_and_accelerators_survive_translation() -> None:
    broken = [
        f"{m}: {', '.join(problems)} differ in {text!r}"
        for m in read_messages()
        for text in m.translations
        if (problems := differences(m.source, text))
    ]
    assert not broken, "\n".join(broken)


def test_plural_messages_have_czech_three_forms() -> None:
    plural = [m for m in read_messages() if m.numerus]
    assert plural, "the balance popup counts messages with %Ln"
    for message in plural:
        assert len(message.translations) == 3, message  # 1; 2–4; 0 and 5 and more


@pytest.mark.parametrize(
    ("source", "translation", "problem"),
    [
        ("%1 credits", "kreditů", "placeholders"),
        ("%1 of %2", "%1 z %1", "placeholders"),
        ("{year}-{number:06}", "{rok}-{number:06}", "placeholders"),
        ("<b>%1</b> imported", "<b>%1 importováno", "HTML tags"),
        ("&File", "Soubor", "accelerators"),
        ("Import statement…", "Importovat výpis", "trailing …"),
    ],
)
def test_the_check_catches_broken_translations(source: str, translation: str, problem: str) -> None:
    assert differences(source, translation) == [problem]


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def test_the_ts_file_is_in_sync_with_the_code(tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (setup.sh --dev installs PySide6's tools)")
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    sources = ["launch.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))]
    subprocess.run(
        [lupdate, *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    committed = {(m.context, m.source) for m in read_messages()}
    extracted = {(m.context, m.source) for m in read_messages(copy)}
    assert not extracted - committed, f"texts new in the code; {UPDATE}: {extracted - committed}"
    assert not committed - extracted, f"texts gone from the code; {UPDATE}: {committed - extracted}"


def test_every_setting_of_the_core_has_a_translatable_description() -> None:
    import models
    from models.settings import store as settings
    from ui.settings.settings_texts import DESCRIPTIONS

    for module in pkgutil.walk_packages(models.__path__, "models."):  # areas register settings
        import_module(module.name)
    missing = {spec.description for spec in settings.specs_in_order()} - set(DESCRIPTIONS)
    assert not missing, f"add these to ui/settings/settings_texts.py: {missing}"


# -- the window in Czech ------------------------------------------------------------------------


@pytest.fixture
def czech(qapp):
    """Czech installed the way launch.run_gui installs it; English again afterwards."""

    import launch
    from ui.common.formatting import use_language
    from ui.common.translations import remove_translators

    language, translators = launch.install_language(qapp, "cs")
    assert len(translators) == 2, "Qt's and Credit Desk's Czech translations (pyside6-lrelease?)"
    use_language(language)
    yield language
    remove_translators(qapp, translators)
    use_language("en")


@pytest.fixture
def czech_window(qtbot, czech, database_path: Path):

    import launch

    window = launch.build_window(database_path, czech)
    qtbot.addWidget(window, before_close_func=lambda built: built.shut_down())
    window.show()
    qtbot.waitExposed(window)
    yield window


def test_the_window_speaks_czech(czech_window) -> None:
    sidebar = czech_window.findChild(QListWidget, "sidebar")
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == CZECH_TITLES
    assert czech_window.balance_indicator.text() == "0 kreditů"
    menus = [action.text() for action in czech_window.menuBar().actions()]
    assert menus == ["&Soubor", "Úpr&avy", "&Zobrazení", "&Nápověda"]
    assert czech_window.windowTitle() == f"Credit Desk — {czech_window.database_path.name}"
    assert czech_window.page("outboxPage").findChild(object, "removeOutboxButton").text() == (
        "Odstranit odchozí zprávy"
    )


def _mnemonic(text: str) -> str | None:
    found = ACCELERATOR.search(text)
    return text[found.end()].lower() if found else None


def test_czech_menu_accelerators_are_unique_in_each_menu(czech_window) -> None:
    bar = czech_window.menuBar()
    menus: list[tuple[str, list[QAction]]] = [("menu bar", bar.actions())]
    for menu in bar.findChildren(QMenu):
        menus.append((menu.title(), menu.actions()))
    for title, actions in menus:
        letters = [letter for a in actions if (letter := _mnemonic(a.text())) is not None]
        assert len(letters) == len(set(letters)), f"{title}: {letters}"


def test_czech_plural_forms_and_grouping(czech) -> None:
    def buys(count: int) -> str:
        return QCoreApplication.translate("BalanceIndicator", BUYS, "", count)

    assert buys(1).startswith("≈ 1 jednodílná zpráva do země %1")
    assert buys(3).startswith("≈ 3 jednodílné zprávy")
    assert buys(5).startswith("≈ 5 jednodílných zpráv")
    assert buys(0).startswith("≈ 0 jednodílných zpráv")
    assert buys(12_345).startswith("≈ 12\u00a0345 jednodílných zpráv")


PARTS = "%Ln part(s), %1"
DUPLICATES = "%1 valid · %2 invalid · %Ln duplicate(s) (not priced) · default country %3"


def test_czech_counts_parts_and_duplicates(czech_window) -> None:
    def counted(context: str, source: str, count: int) -> str:
        return QCoreApplication.translate(context, source, "", count)

    parts = [counted("SendCampaignDialog", PARTS, n) for n in (1, 2, 4, 5, 21)]
    assert parts == ["1 část, %1", "2 části, %1", "4 části, %1", "5 částí, %1", "21 částí, %1"]
    assert "· 1 duplicita (bez ceny) ·" in counted("RecipientsEditor", DUPLICATES, 1)
    assert "· 3 duplicity (bez ceny) ·" in counted("RecipientsEditor", DUPLICATES, 3)
    assert "· 0 duplicit (bez ceny) ·" in counted("RecipientsEditor", DUPLICATES, 0)


def test_english_says_one_message_and_one_entry(qapp) -> None:

    import launch
    from ui.common.translations import remove_translators

    _, translators = launch.install_language(qapp, "en")
    try:

        def counted(context: str, source: str, count: int) -> str:
            return QCoreApplication.translate(context, source, "", count)

        assert counted("BalanceIndicator", BUYS, 1).startswith("≈ 1 one-part message to %1")
        assert counted("BalanceIndicator", BUYS, 2).startswith("≈ 2 one-part messages to %1")
        assert counted("Exports", "Saved %n entry(ies) to %1.", 1) == "Saved 1 entry to %1."
        assert counted("Exports", "Saved %n entry(ies) to %1.", 7) == "Saved 7 entries to %1."
        assert counted("SendCampaignDialog", PARTS, 1) == "1 part, %1"
        assert counted("SendCampaignDialog", PARTS, 2) == "2 parts, %1"
        assert "· 1 duplicate (not priced) ·" in counted("RecipientsEditor", DUPLICATES, 1)
        assert "· 2 duplicates (not priced) ·" in counted("RecipientsEditor", DUPLICATES, 2)
    finally:
        remove_translators(qapp, translators)


def test_every_counted_message_has_english_forms(tmp_path: Path) -> None:
    english = read_messages(TS_FILE.with_name("credit_desk_en.ts"))
    counted_in_czech = {(m.context, m.source) for m in read_messages() if m.numerus}
    assert {(m.context, m.source) for m in english} == counted_in_czech, UPDATE
    for message in english:
        assert message.finished and len(message.translations) == 2, message  # one; more


def test_the_balance_popup_counts_in_czech(czech_window) -> None:
    from models.payments import top_ups as payments
    from models.pricing import price_list

    price_list.ensure_loaded()
    payments.create_top_up(payments.quote_for_credits(10 * 1_000_000, "EUR"), payments.MANUAL)
    czech_window.signals.balance_changed.emit()
    messages = 10 * 1_000_000 // price_list.country_price("CZ").price
    czech_window.balance_indicator.show_popup()
    assert czech_window.balance_indicator.text() == "10 kreditů"
    grouped = f"{messages:,}".replace(",", "\u00a0")
    assert czech_window.balance_indicator.popup.buys.text().startswith(
        f"≈ {grouped} jednodílných zpráv do země Česko ("
    )


def test_the_top_up_dialog_gives_the_core_s_iban_rule_in_czech(czech_window, qtbot) -> None:
    from models.payments import top_ups as payments
    from ui.common.messages import translated
    from ui.payments.top_up import TopUpDialog

    dialog = TopUpDialog(czech_window.signals, czech_window.workers, 10 * 1_000_000, czech_window)
    qtbot.addWidget(dialog)
    refused = payments.method_problem(payments.BANK_TRANSFER)
    assert refused is not None
    assert dialog.problem.text() == translated(refused)
    assert dialog.problem.text().startswith("Bankovní převod vyžaduje bankovní účet dodavatele")


def test_the_settings_dialog_speaks_czech(czech_window, qtbot) -> None:
    from ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(czech_window.signals, czech_window)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Dodavatel" in tabs and "Zprávy" in tabs
    vat_payer = dialog.editors["seller.vat_payer"]
    assert [vat_payer.itemText(i) for i in range(vat_payer.count())] == ["Ano", "Ne"]
    assert vat_payer.currentData() == "yes"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Je dodavatel plátcem DPH?" in labels  # a description from the core, translated


# -- the language choice ------------------------------------------------------------------------


def test_the_language_at_start_is_lang_then_the_saved_choice_then_english() -> None:
    from ui.common.translations import LANGUAGE_KEY, save_language, startup_language

    assert startup_language(None) == "en"
    save_language("cs")
    assert QSettings().value(LANGUAGE_KEY) == "cs"
    assert startup_language(None) == "cs"
    assert startup_language("en") == "en"  # --lang wins
    QSettings().setValue(LANGUAGE_KEY, "xx")  # an unknown saved value is ignored
    assert startup_language(None) == "en"
    with pytest.raises(ValueError):
        save_language("xx")


def test_view_language_saves_the_choice_and_says_it_applies_after_a_restart(
    window, monkeypatch
) -> None:
    from ui.common.translations import LANGUAGE_KEY

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    english = window.findChild(QAction, "language_en")
    czech = window.findChild(QAction, "language_cs")
    assert (english.text(), czech.text()) == ("English", "Čeština")
    assert english.isChecked() and not czech.isChecked()
    czech.trigger()
    assert QSettings().value(LANGUAGE_KEY) == "cs"
    assert czech.isChecked()
    assert len(said) == 1 and "restart" in said[0]
    english.trigger()  # back to the language the window already speaks: nothing to restart
    assert QSettings().value(LANGUAGE_KEY) == "en"
    assert len(said) == 1


def test_the_saved_language_is_installed_when_no_lang_is_given(qapp) -> None:

    import launch
    from ui.common.translations import remove_translators, save_language

    save_language("cs")
    language, translators = launch.install_language(qapp, None)
    try:
        assert language == "cs"
        assert QCoreApplication.translate("PaymentsPage", "Payments") == "Platby"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("PaymentsPage", "Payments") == "Payments"


def test_run_gui_builds_the_window_in_the_language_it_installed(monkeypatch, tmp_path) -> None:
    from PySide6 import QtWidgets

    import launch

    class FakeApp:
        instance = staticmethod(QtWidgets.QApplication.instance)  # pytest-qt asks for the real one

        def __init__(self, argv: list[str]) -> None:
            pass

        def setOrganizationName(self, name: str) -> None:  # noqa: N802
            pass

        setApplicationName = setApplicationDisplayName = setOrganizationName  # noqa: N815

        def exec(self) -> int:
            return 0

    class FakeWindow:
        def show(self) -> None:
            pass

        def build_next_page(self) -> bool:  # run_gui's timer calls it after the test is over
            return False

        def shut_down(self) -> None:
            pass

    calls: list[object] = []
    monkeypatch.setattr(QtWidgets, "QApplication", FakeApp)
    monkeypatch.setattr(
        launch, "install_language", lambda app, requested: (calls.append(requested), ("cs", []))[1]
    )
    monkeypatch.setattr(
        launch,
        "build_window",
        lambda path, language, all_pages=True: (calls.append(language), FakeWindow())[1],
    )
    assert launch.run_gui(tmp_path / "db.sqlite3", None) == 0
    assert calls == [None, "cs"]  # no --lang: install_language decides, the window follows
