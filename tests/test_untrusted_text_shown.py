"""Text from a document, a file name or an error quoting either is shown exactly as typed, never as markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.model import Measures, PostMortem, Task
from widgets.dialogs import Dialogs
from widgets.document import Document
from widgets.panes.list_model import DocumentListModel
from widgets.panes.measures import TASK_COLUMNS
from widgets.safe_text import plain_tooltip

HOSTILE = '<b>bold?</b> <img src="/etc/hostname"/> & <a href="https://x">link</a>'


def as_shown(rich_text: str) -> str:
    """What a person sees when Qt renders ``rich_text``."""
    shown = QTextDocument()
    shown.setHtml(rich_text)
    return shown.toPlainText()


def test_a_tool_tip_shows_markup_literally_and_keeps_line_breaks():
    assert as_shown(plain_tooltip(HOSTILE + "\nsecond line")) == HOSTILE + "\nsecond line"
    assert plain_tooltip("") == ""


def test_a_task_table_tool_tip_shows_the_task_as_typed(qtbot):
    document = Document(PostMortem(measures=Measures(tasks=[Task(text=HOSTILE)])))
    model = DocumentListModel(document, "tasks", TASK_COLUMNS)
    assert as_shown(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)) == HOSTILE
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == HOSTILE


@pytest.mark.parametrize("informative", ["", f"• {HOSTILE}.json"])
def test_message_boxes_show_file_names_and_errors_as_plain_text(qtbot, informative):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = Dialogs(parent)._box(QMessageBox.Icon.Critical, "Cannot Open File", f"{HOSTILE}.json: bad", informative)
    texts = [label for label in box.findChildren(QLabel) if label.text()]
    assert {label.text() for label in texts} >= {f"{HOSTILE}.json: bad"} | ({informative} if informative else set())
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in texts)


def test_a_time_that_cannot_be_read_is_quoted_as_typed(qtbot):
    from widgets.timeline.pane import TimelinePane

    pane = TimelinePane(Document(PostMortem()))
    qtbot.addWidget(pane)
    pane.show_message(f"cannot read '{HOSTILE}' as a time")
    assert as_shown(pane.message.text()) == f"cannot read '{HOSTILE}' as a time"


def test_the_tool_tip_of_a_time_that_cannot_be_read_quotes_it_as_typed(qtbot):
    from widgets.timeline.editor import EventEditor

    editor = EventEditor()
    qtbot.addWidget(editor)
    editor.time_edit.setText(HOSTILE)
    shown = as_shown(editor.time_edit.toolTip())
    # Issue 9 reworded it ("Cannot read “…” as a time; type e.g. …"); the markup still shows as typed.
    assert shown.startswith('Cannot read “<b>bold?</b> <img src="/etc/hostname"/>')  # long text is cut with …
