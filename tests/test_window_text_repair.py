"""The window after opening a file: the import's notes in a dismissible bar; mis-decoded text repaired in one step."""

from __future__ import annotations

from pathlib import Path

from app.model import PostMortem
from tests.test_window_fixtures import make_window, sample_document
from widgets.findings import Findings

MOJIBAKE_MD = """# Webhook delays

## Introduction

Deliveries were late â€” none were lost.

## Timeline

### Actions taken

- 2024-05-01 14:03 UTC: Queue depth alert, the cafÃ© team paged
- 2024-05-01 14:20 UTC: Rolled back, “quotes” and é kept as written

## Resolution

The release was rolled back.
"""

IST_MD = """# Checkout latency

## Timeline

All times in IST.

### Actions taken

- 2024-05-01 14:03 IST: Alerts fired for checkout latency
- 14:20: Rolled back the release

## Resolution

The release was rolled back.
"""

IST_NOTE = "read “IST” as India Standard Time (UTC+05:30); Irish or Israel Standard Time would differ"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def settle(window) -> None:
    """Let the debounced warnings catch up, as they do a moment after an edit."""
    Findings.of(window.document).settle()


def messages(window) -> list[str]:
    return [problem.message for problem in Findings.of(window.document).problems()]


def test_repair_text_encoding_repairs_every_field_as_one_undo_step(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    assert window.files.open_now(write(tmp_path / "webhooks.md", MOJIBAKE_MD))
    settle(window)
    before = window.document.snapshot()
    assert window.actions.repair_encoding.isEnabled()
    assert sum("mis-decoded" in message for message in messages(window)) == 2

    window.actions.repair_encoding.trigger()

    model = window.document.model
    assert model.introduction == "Deliveries were late — none were lost."
    assert model.timeline[0].text == "Queue depth alert, the café team paged"
    assert model.timeline[1].text == "Rolled back, “quotes” and é kept as written"
    assert window.statusBar().currentMessage() == "Repaired the text encoding of 2 fields"
    assert not any("mis-decoded" in message for message in messages(window))
    assert not window.actions.repair_encoding.isEnabled()
    assert window.document.undo_stack.undoText() == "Repair Text Encoding"

    window.document.undo_stack.undo()  # one step gives every field back
    assert window.document.model == before
    settle(window)
    assert window.actions.repair_encoding.isEnabled()
    window.document.undo_stack.redo()
    assert window.document.model.timeline[0].text == "Queue depth alert, the café team paged"


def test_the_action_is_in_the_edit_menu_and_greyed_out_for_correct_text(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    settle(window)
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.actions.repair_encoding in edit_menu.actions()
    assert not window.actions.repair_encoding.isEnabled()


def test_mis_decoded_text_typed_into_a_field_enables_the_repair(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, PostMortem(introduction="Fine text — with “quotes”"))
    settle(window)
    assert not window.actions.repair_encoding.isEnabled()
    window.document.set_field(("metadata", "title"), "RÃ©solveur outage")
    settle(window)
    assert window.actions.repair_encoding.isEnabled()
    window.actions.repair_encoding.trigger()
    assert window.document.model.metadata.title == "Résolveur outage"
    assert window.document.model.introduction == "Fine text — with “quotes”"
    assert window.statusBar().currentMessage() == "Repaired the text encoding of 1 field"


def test_opening_a_file_with_mis_decoded_text_offers_the_repair_in_the_notice_bar(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    window.files.open_now(write(tmp_path / "webhooks.md", MOJIBAKE_MD))
    assert window.notices.isVisible()
    assert window.notices.offer() == 'Text in 2 fields looks mis-decoded ("â€”" should probably be "—").'
    assert window.notices.repair_button.defaultAction() is window.actions.repair_encoding
    assert window.document.model.introduction == "Deliveries were late â€” none were lost."  # not repaired silently
    window.notices.repair_button.click()
    assert window.document.model.introduction == "Deliveries were late — none were lost."
    assert not window.notices.isVisible()  # nothing left to offer


def test_opening_a_markdown_file_shows_the_import_notes_once(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    source = write(tmp_path / "checkout.md", IST_MD)
    assert window.files.open_now(source)
    assert window.statusBar().currentMessage() == "Opened checkout.md: the import left 1 note on what it guessed"
    assert window.notices.isVisible()
    assert window.notices.notes() == [IST_NOTE]
    assert window.notices.notes_title.text() == "Opening checkout.md, the import guessed 1 thing; check it:"
    assert window.notices.notes_list.text() == f"• {IST_NOTE}"
    assert window.notices.offer() == ""
    assert not window.dialogs.warnings and not window.dialogs.errors  # non-modal: no dialog

    window.notices.close_button.click()
    assert not window.notices.isVisible()
    window.document.set_field(("metadata", "title"), "Edited")
    settle(window)
    assert not window.notices.isVisible()  # once: editing does not bring it back


def test_the_notes_go_when_another_file_is_opened(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    window.files.open_now(write(tmp_path / "checkout.md", IST_MD))
    assert window.notices.isVisible()
    plain = write(tmp_path / "plain.md", "# Plain\n\n## Introduction\n\nNothing to guess here.\n")
    assert window.files.open_now(plain)
    assert not window.notices.isVisible()
    assert window.statusBar().currentMessage() == "Opened plain.md"


def test_notes_are_shown_as_text_never_markup(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    window = make_window(qtbot, tmp_path)
    window.notices.show_notes("<b>x</b>.md", ["<img src=x> read <b>bold</b>"])
    assert window.notices.notes_list.textFormat() == Qt.TextFormat.PlainText
    assert window.notices.notes_title.textFormat() == Qt.TextFormat.PlainText
    assert window.notices.notes_list.text() == "• <img src=x> read <b>bold</b>"
