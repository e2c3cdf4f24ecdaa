"""A text field showing only the start of a text too long to edit is not spell-checked, and never edits it."""

from __future__ import annotations

import pytest

from app.model import PostMortem
from tests.test_spelling import service  # noqa: F401  (the fixture: English checking, dictionary loaded)
from tests.test_window_fixtures import make_window
from widgets.panes.fields import plain_text

# Over the 5,000 lines a field holds: shown in part. Misspelt words on every line.
LONG_TEXT = "\n".join(f"Line {n}: the zone was rewriten by the renewl job." for n in range(20_000))


def underlined_words(editor) -> list[str]:
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        found += [block.text()[r.start : r.start + r.length] for r in block.layout().formats()]
        block = block.next()
    return found


def test_a_field_shown_in_part_is_not_spell_checked(qtbot, tmp_path, service, monkeypatch):  # noqa: F811
    checked: list[str] = []
    checker = service.checker()
    original = checker.misspelt
    monkeypatch.setattr(checker, "misspelt", lambda text: checked.append(text) or original(text))
    window = make_window(qtbot, tmp_path, PostMortem(introduction=LONG_TEXT))
    window.show()
    editor = window.sections.show_section("introduction").editor

    assert editor.isReadOnly() and "rewriten" in plain_text(editor)
    assert checked == []  # nobody can correct a word here: none is looked up
    assert underlined_words(editor) == []


def test_spelling_rechecking_never_changes_a_text_shown_in_part(qtbot, tmp_path, service):  # noqa: F811
    window = make_window(qtbot, tmp_path, PostMortem(introduction=LONG_TEXT))
    window.show()
    window.sections.show_section("introduction")

    service.changed.emit()  # as when the dictionary arrives, or the language changes

    assert window.document.model.introduction == LONG_TEXT
    assert not window.document.is_modified()


def test_a_field_checks_spelling_again_once_its_text_is_short_again(qtbot, tmp_path, service):  # noqa: F811
    window = make_window(qtbot, tmp_path, PostMortem(introduction=LONG_TEXT))
    window.show()
    editor = window.sections.show_section("introduction").editor
    window.document.set_field(("introduction",), "The zone was rewriten.")

    assert not editor.isReadOnly()
    qtbot.waitUntil(lambda: underlined_words(editor) == ["rewriten"])


@pytest.mark.parametrize("where", ["introduction", "closing"])
def test_opening_a_file_with_a_long_text_leaves_the_document_unmodified(qtbot, tmp_path, service, where):  # noqa: F811
    from app.formats import json_format

    path = tmp_path / "long.json"
    field = "introduction" if where == "introduction" else "closing_notes"
    path.write_text(json_format.dumps(PostMortem.model_validate({field: LONG_TEXT})), encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    window.show()
    window.sections.show_section(where)
    assert window.files.open_now(path)
    service.changed.emit()
    assert getattr(window.document.model, field) == LONG_TEXT
    assert not window.document.is_modified()
