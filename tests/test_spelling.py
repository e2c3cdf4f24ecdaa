"""Spell checking in prose fields: what is checked, underlines as typed, suggestions, the user's words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from app.spelling import SpellChecker, language_for_locale, make_backend, words_to_check
from tests.test_window_fixtures import make_window, sample_document
from widgets.panes.fields import ProseLineEdit, TextField
from widgets.spelling import spell_service


@pytest.fixture(scope="module")
def english() -> SpellChecker:
    return SpellChecker(make_backend("en"))


def checked(text: str) -> list[str]:
    return [word.text for word in words_to_check(text)]


def test_hostnames_ids_code_and_units_are_not_checked():
    text = (
        "The job on ns1.example.com rewrote `zone_file.tmpl` for OPS-1412 at 11:20, 500ms later; "
        "renew_cert, myHost, DNSSEC and https://status.example.com/x stayed."
    )
    assert checked(text) == ["The", "job", "on", "rewrote", "for", "at", "later", "and", "stayed"]
    assert checked("pre-deploymnt check") == ["deploymnt", "check"]
    assert checked("didn’t") == ["didn’t"]


def test_misspelt_words_are_found_with_their_places(english):
    text = "The zone was rewriten by teh renewal job."
    assert [(w.text, text[w.start : w.end]) for w in english.misspelt(text)] == [
        ("rewriten", "rewriten"),
        ("teh", "teh"),
    ]
    assert english.misspelt("It didn’t resolve, and it wasn't the CDN.") == []
    assert english.misspelt("This post-mortem covers the roll-back.") == []  # written solid, they are words
    assert "rewritten" in english.suggestions("rewriten")


def test_words_added_to_the_dictionary_are_kept_in_the_users_word_list(tmp_path):
    words = tmp_path / "data" / "dictionary.txt"
    checker = SpellChecker(make_backend("en"), words)
    assert checker.misspelt("runbook") != []
    checker.add_to_dictionary("runbook")
    assert checker.misspelt("Runbook runbook") == []
    assert words.read_text(encoding="utf-8").splitlines() == ["runbook"]
    assert SpellChecker(make_backend("en"), words).misspelt("runbook") == []  # the next start knows it


def test_the_language_follows_the_system_locale():
    languages = ["en", "de", "fr"]
    assert language_for_locale("en_GB", languages) == "en"
    assert language_for_locale("de_AT", languages) == "de"
    assert language_for_locale("ja_JP", languages) is None
    assert language_for_locale("en_GB", ["en_US", "en_GB"]) == "en_GB"


def test_a_server_c_locale_checks_english(monkeypatch):
    from PySide6.QtCore import QLocale

    from widgets import spelling

    monkeypatch.setattr(spelling.QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    assert spelling.system_locale_name() == "en"


def underlined(field: TextField) -> list[str]:
    block = field.document().firstBlock()
    return [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


@pytest.fixture
def service(qtbot):
    service = spell_service()
    enabled, language = service.enabled(), service.language()
    service.set_enabled(True)
    service.set_language("en")
    assert service.wait_ready()
    yield service
    service.set_enabled(enabled)
    if language:
        service.set_language(language)
        service.wait_ready()


def test_a_prose_field_underlines_a_misspelt_word_as_it_is_typed(qtbot, tmp_path, service):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    intro = window.sections.show_section("introduction").editor
    intro.setPlainText("")
    qtbot.keyClicks(intro, "The zone was rewriten by ns1.example.com")
    assert underlined(intro) == ["rewriten"]


def test_the_context_menu_offers_suggestions_and_add_to_dictionary(qtbot, tmp_path, service):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    cause = window.sections.show_section("root_cause").cause_field
    cause.setPlainText("The job rewrote the zone from a stale templat.")
    qtbot.waitExposed(cause)
    qtbot.waitUntil(lambda: underlined(cause) == ["templat"])  # the checker has the line: what the menu reads
    word_at = cause.toPlainText().index("templat") + 2
    cursor = cause.textCursor()
    cursor.setPosition(word_at)
    menu = cause.spelling_menu(cause.cursorRect(cursor).center())
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[0] == "template" and "Add “templat” to Dictionary" in texts
    next(action for action in menu.actions() if action.text() == "template").trigger()
    assert window.document.model.root_cause.cause == "The job rewrote the zone from a stale template."
    cause.setPlainText("The job rewrote the zone from a stale templat.")
    cursor.setPosition(word_at)
    menu = cause.spelling_menu(cause.cursorRect(cursor).center())
    next(action for action in menu.actions() if action.text().startswith("Add “templat”")).trigger()
    assert underlined(cause) == []


def test_event_and_task_text_are_checked_too(qtbot, tmp_path, service):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    pane = window.sections.show_section("timeline").pane
    pane.view.setCurrentIndex(pane.proxy.index(0, 0))
    pane.view.edit(pane.view.currentIndex())
    from widgets.timeline.editor import EventEditor

    editor = pane.view.findChild(EventEditor)
    assert isinstance(editor.text_edit, ProseLineEdit)
    editor.text_edit.setText("Synthetic chekcs failed on dns1.example.net")
    assert [word.text for word in editor.text_edit.misspelt()] == ["chekcs"]
    menu = editor.text_edit.spelling_menu(editor.text_edit.rect().center())
    assert menu is not None

    tasks = window.sections.show_section("measures").tasks
    index = tasks.view.model().index(0, 0)
    tasks.view.edit(index)
    assert isinstance(tasks.view.indexWidget(index), ProseLineEdit)


def test_checking_can_be_turned_off_and_the_language_chosen(qtbot, tmp_path, service):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    intro = window.sections.show_section("introduction").editor
    intro.setPlainText("A mispelt word")
    assert underlined(intro) == ["mispelt"]
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    spelling = next(a.menu() for a in edit_menu.actions() if a.menu() and a.text() == "&Spelling")
    spelling.aboutToShow.emit()  # filled as it opens
    toggle = spelling.actions()[0]
    assert toggle.isChecked()
    toggle.trigger()
    assert underlined(intro) == []
    toggle.trigger()
    languages = next(a.menu() for a in spelling.actions() if a.menu() is not None)
    names = [a.text() for a in languages.actions()]
    assert any(name.endswith("(en)") for name in names) and any(name.endswith("(de)") for name in names)
    next(a for a in languages.actions() if a.data() == "de").trigger()
    assert service.language() == "de"
    service.wait_ready()


def test_a_one_line_field_paints_its_wave_while_typing(qtbot, service):
    field = ProseLineEdit()
    qtbot.addWidget(field)
    field.resize(420, 30)
    field.show()
    qtbot.waitExposed(field)
    field.setText("Synthetic checks failed")
    for character in " Pagd the DNS ownr":
        qtbot.keyClicks(field, character)
        field.repaint()  # painting while typing once brought the whole editor down
    assert [word.text for word in field.misspelt()] == ["Pagd", "ownr"]
    image = field.grab().toImage()
    red = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > 180 and c.green() < 120 and c.blue() < 120
    )
    assert red > 10, "the misspelt words are underlined"


def test_the_pulse_kept_while_a_dictionary_loads_stops_when_it_arrives_even_before_its_thread_ends(qtbot, tmp_path):
    # The loading thread sends the dictionary just before it returns; the window may take it first.
    import threading

    from PySide6.QtCore import QSettings

    from widgets.settings import Settings
    from widgets.spelling import SpellService

    service = SpellService(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    service.set_language("en")
    still_running = threading.Event()
    service._loading = threading.Thread(target=still_running.wait, daemon=True)
    service._loading.start()
    service._pulse.start()
    try:
        service._take_checker(None, "en")
        assert not service._pulse._timer.isActive()
    finally:
        still_running.set()
