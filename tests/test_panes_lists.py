"""Tasks, improvements and additional sections: tables edited, added, removed and reordered by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from app.model import TaskStatus
from tests.test_window_fixtures import make_window, sample_document


def task_texts(window) -> list[str]:
    return [t.text for t in window.document.model.measures.tasks]


def test_the_task_table_passes_qt_model_checks(qtbot, qtmodeltester, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    qtmodeltester.check(window.page("measures").tasks_model, force_py=True)


def test_editing_task_cells_changes_the_tasks(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    model = window.page("measures").tasks_model
    assert model.setData(model.index(0, 0), "Add an apex and www DNS check")
    assert model.setData(model.index(0, 1), "Priya")
    assert model.setData(model.index(0, 2), "2025-04-01")
    assert model.setData(model.index(0, 3), "Done")
    assert model.setData(model.index(0, 4), "https://tickets.example/OPS-101")
    task = window.document.model.measures.tasks[0]
    assert (task.text, task.owner) == ("Add an apex and www DNS check", "Priya")
    assert (task.due, task.status) == (date(2025, 4, 1), TaskStatus.DONE)
    assert task.link == "https://tickets.example/OPS-101"
    assert not model.setData(model.index(0, 2), "next Tuesday")  # not a date: refused, nothing changes
    assert window.document.model.measures.tasks[0].due == date(2025, 4, 1)
    assert model.setData(model.index(0, 2), "")  # empty: no due date
    assert window.document.model.measures.tasks[0].due is None
    for _ in range(6):
        window.document.undo_stack.undo()
    assert window.document.model == sample_document()


def test_keyboard_adds_removes_and_reorders_tasks(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach an active window
    window.sections.show_section("measures")
    editor = window.page("measures").tasks
    editor.view.setFocus()
    editor.select_rows([0])
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert task_texts(window)[:2] == ["Make the job edit records, not zones", "Add an apex DNS check"]
    assert editor.current_row() == 1  # the selection follows the moved row
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert task_texts(window)[2] == "Add an apex DNS check"
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert task_texts(window)[1] == "Add an apex DNS check"
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
    qtbot.keyClick(editor.view.focusWidget(), Qt.Key.Key_Return)  # keep the new row as it came
    assert task_texts(window)[2] == "New task" and len(task_texts(window)) == 4
    editor.view.setFocus()
    editor.select_rows([2])
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert "New task" not in task_texts(window) and len(task_texts(window)) == 3
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert window.document.model == sample_document()


def test_moving_a_scattered_selection_gathers_it(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    model = window.page("measures").tasks_model
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert task_texts(window) == [
        "Make the job edit records, not zones",
        "Document the restore procedure",
        "Add an apex DNS check",
    ]
    window.document.undo_stack.undo()
    assert window.document.model == sample_document()


def test_improvements_are_an_editable_list(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    page = window.page("measures")
    editor = page.improvements
    editor.select_rows([1])
    editor.add_row()
    model = page.improvements_model
    assert model.setData(model.index(2, 0), "Alert on zone size changes")
    assert window.document.model.measures.improvements[2] == "Alert on zone size changes"
    editor.select_rows([0])
    editor.remove_selected()
    assert window.document.model.measures.improvements == [
        "Review zone changes before applying",
        "Alert on zone size changes",
    ]


def test_additional_sections_add_rename_reorder_remove_and_edit_text(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    page = window.page("sections")
    page.list.select_rows([1])
    page.list.add_row()
    sections = window.document.model.extra_sections
    assert [s.heading for s in sections] == ["Lessons Learned", "Supporting Information", "New section"]
    assert page.model.setData(page.model.index(2, 0), "Where We Got Lucky")
    assert page.body.isEnabled()
    page.body.setFocus()
    qtbot.keyClicks(page.body, "The on-call engineer knew DNS.")
    assert window.document.model.extra_sections[2].body == "The on-call engineer knew DNS."
    page.list.move_selected(-1)
    assert [s.heading for s in window.document.model.extra_sections] == [
        "Lessons Learned",
        "Where We Got Lucky",
        "Supporting Information",
    ]
    assert page.body.toPlainText() == "The on-call engineer knew DNS."  # the text follows the moved section
    page.list.select_rows([0])
    assert page.body.toPlainText() == "Zones are data, not templates."
    page.list.remove_selected()
    assert [s.heading for s in window.document.model.extra_sections] == ["Where We Got Lucky", "Supporting Information"]
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert window.document.model == sample_document()
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == [
        "Lessons Learned",
        "Supporting Information",
    ]


def test_a_task_link_reads_as_its_ticket_and_edits_as_the_whole_address(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    model = window.page("measures").tasks_model
    full = "https://tracker.example.com/browse/OPS-1412?focus=1"
    assert model.setData(model.index(0, 4), full)
    assert model.data(model.index(0, 4)) == "OPS-1412"
    assert model.data(model.index(0, 4), Qt.ItemDataRole.EditRole) == full
    assert window.document.model.measures.tasks[0].link == full


def _hint_pixels(view) -> int:
    """Pixels in the middle of the viewport that are not the table's background."""
    image = view.viewport().grab().toImage()
    background = view.palette().color(view.viewport().backgroundRole()).rgb()
    middle = range(image.height() // 3, 2 * image.height() // 3)
    return sum(image.pixel(x, y) != background for y in middle for x in range(0, image.width(), 2))


def test_an_empty_list_says_how_to_add_a_row_and_the_hint_goes_with_the_first_row(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.show()
    window.sections.show_section("measures")
    tasks = window.page("measures").tasks
    qtbot.waitExposed(tasks.view)
    assert "Add Task" in tasks.view.empty_hint()
    assert _hint_pixels(tasks.view) > 0
    tasks.add_action.trigger()
    tasks.view.clearSelection()
    tasks.view.setCurrentIndex(QModelIndex())
    assert _hint_pixels(tasks.view) == 0


def test_remove_and_move_are_greyed_out_until_a_row_is_chosen(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    improvements = window.page("measures").improvements
    actions = (improvements.remove_action, improvements.up_action, improvements.down_action)
    assert not any(action.isEnabled() for action in actions)
    improvements.add_action.trigger()  # the new row becomes the chosen one
    assert all(action.isEnabled() for action in actions)
    improvements.remove_action.trigger()
    assert not any(action.isEnabled() for action in actions)


def test_esc_on_a_row_just_added_takes_it_back_without_a_trace(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, sample_document())
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sections.show_section("measures")
    for editor in (window.page("measures").tasks, window.page("measures").improvements):
        editor.view.setFocus()
        editor.select_rows([0])
        qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
        assert editor.view.state() == editor.view.State.EditingState
        qtbot.keyClick(editor.view.focusWidget(), Qt.Key.Key_Escape)
        assert window.document.model == sample_document()
        assert window.document.undo_stack.count() == 0 and not window.document.undo_stack.canRedo()
        assert editor.current_row() == 0
    # A row whose first edit was typed stays when a later edit is cancelled.
    editor = window.page("measures").improvements
    editor.select_rows([1])
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(editor.view.focusWidget(), "Page the DNS owner")
    qtbot.keyClick(editor.view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.view.state() != editor.view.State.EditingState)
    editor.view.edit(editor.view.currentIndex())
    qtbot.keyClick(editor.view.focusWidget(), Qt.Key.Key_Escape)
    assert window.document.model.measures.improvements[2] == "Page the DNS owner"
