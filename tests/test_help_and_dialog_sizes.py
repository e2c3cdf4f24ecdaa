"""The Help menu's pages, and dialogs that fit the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox

from tests.test_window_fixtures import make_window, sample_document
from widgets.dialogs import fit_to_screen
from widgets.help_pages import guide_html, shortcut_groups, shortcuts_html


def help_texts(window) -> list[str]:
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")
    return [action.text().replace("&", "") for action in menu.actions() if action.text()]


def test_the_help_menu_offers_the_guide_and_the_shortcuts(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, sample_document())
    assert help_texts(window)[:2] == ["User Guide", "Keyboard Shortcuts"]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window.dialogs, "show_text_page", lambda title, page: shown.append((title, page)))
    for action in window.menuBar().actions()[-1].menu().actions()[:2]:
        action.trigger()
    assert [title for title, _ in shown] == ["User Guide", "Keyboard Shortcuts"]
    assert "<h1>" in shown[0][1] and "Ins" in shown[0][1]


def test_the_shortcut_list_is_read_from_the_actions(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    groups = dict(shortcut_groups(window, window))
    edit = dict(groups["Edit menu"])
    assert "Ctrl+Y" in edit["Redo"] and "Ctrl+Shift+Z" in edit["Redo"]
    assert "or Redo" not in edit["Redo"]  # not the Redo key a few keyboards have
    assert edit["Copy"] == "Ctrl+C"
    assert dict(groups["View menu"])["Go to Section › 4 Timeline"] == "Ctrl+4"
    assert dict(groups["Timeline"])["Insert After"] == "Ins or Ctrl+Return"
    assert dict(groups["Humor Element"])["Connect"] == "Ins"
    assert dict(groups["Corrective Measures"])["Add Task"] == "Ins"
    # A key given to an action later shows up without touching the list.
    window.actions.find_event.setShortcuts(["Ctrl+F", "F3"])
    assert "Ctrl+F or F3" in shortcuts_html(window, window)


def test_the_guide_names_the_keys_the_editor_has():
    page = guide_html()
    for words in ("Ins", "Esc", "Ctrl+Y", "Connect", "Ctrl+F"):
        assert words in page


def test_new_from_template_fits_a_small_screen_whatever_the_descriptions(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    templates = {f"template-{n}": "A layout with a long description " * 12 for n in range(3)}
    dialog, labels = window.dialogs.template_dialog(templates)
    qtbot.addWidget(dialog)
    dialog.show()
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.frameGeometry().width() <= room.width()
    combo = dialog.findChild(QComboBox)
    assert combo.count() == 3 and set(labels.values()) == set(templates)
    dialog.reject()


def test_a_dialog_never_grows_past_its_screen(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    page = window.dialogs.text_page("Long", "<p>" + "word " * 5000 + "</p>")
    qtbot.addWidget(page)
    fit_to_screen(page, QSize(5000, 5000))
    page.show()
    room = page.screen().availableGeometry()
    assert page.width() <= room.width() and page.height() <= room.height()
    page.reject()
