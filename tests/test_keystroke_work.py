"""A keystroke in a long document's Introduction does no work that grows with the document.

It goes through none of the document's events (it once went through all of them twice).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.model import PostMortem
from tests.test_window_fixtures import large_document, make_window
from widgets.document import Document


class WalkedList(list):
    """A list that counts the times something goes through its items."""

    walks = 0

    def __iter__(self):
        WalkedList.walks += 1
        return super().__iter__()


def with_walked_events(model: PostMortem) -> PostMortem:
    """``model`` holding its events in a WalkedList (set past validation, which would copy the list)."""
    model.__dict__["timeline"] = WalkedList(model.timeline)
    WalkedList.walks = 0
    return model


def test_setting_the_introduction_goes_through_none_of_the_events():
    document = Document(with_walked_events(large_document(50)))
    document.set_field(("introduction",), "A new introduction.", merge_key="introduction")
    assert document.model.introduction == "A new introduction."
    assert WalkedList.walks == 0


def test_a_keystroke_in_the_introduction_goes_through_none_of_the_events(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, with_walked_events(large_document(50)))
    window.show()
    window.sections.show_section("introduction")
    editor = window.page("introduction").editor
    editor.setFocus()
    WalkedList.walks = 0
    QTest.keyClick(editor, Qt.Key.Key_A)
    assert "a" in window.document.model.introduction
    assert WalkedList.walks == 0
