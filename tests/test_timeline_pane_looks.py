"""What the timeline pane shows a user at a glance: labelled controls, a readable editor, a narrow page."""

from __future__ import annotations

from tests.test_timeline_pane import make_document, open_editor, shown

LONG_TEXT = "Suspected a regional outage at the CDN because the first failing check came from one region."


def test_the_event_editor_selects_the_whole_text_and_shows_its_start(qtbot) -> None:
    document = make_document("a0 b1 c2")
    document.update_item("timeline", 1, fields={"text": LONG_TEXT * 3})
    pane = shown(qtbot, document)
    pane.resize(420, 500)
    editor = open_editor(qtbot, pane, 1)
    qtbot.waitUntil(editor.text_edit.isVisible)
    field = editor.text_edit
    assert field.selectedText() == LONG_TEXT * 3
    # The cursor sits at the start, so the field is scrolled to where the text begins.
    assert field.cursorPosition() == 0
    assert field.cursorRect().left() < field.width() // 4
    # Typing still replaces the whole text.
    qtbot.keyClicks(field, "New")
    assert field.text() == "New"
