"""The Qt document and its undo commands: edits, merging, moves, undo, and the signals views follow."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model import EventKind, PostMortem, Task, TimelineEvent
from widgets.commands import plan_moves
from widgets.document import Document


@pytest.fixture
def document(qapp) -> Document:
    model = PostMortem(
        timeline=[TimelineEvent(kind=EventKind.ACTION, text=f"e{i}") for i in range(6)],
        measures={"tasks": [Task(text="t0"), Task(text="t1")]},
    )
    return Document(model)


def texts(document: Document, name: str = "timeline") -> list[str]:
    return [item.text for item in document.items(name)]


class Mirror:
    """A copy of a list kept only from the document's signals, as a Qt item model keeps its rows.

    It checks that every change is announced (``about to``) and then reported
    (done) with the same arguments, with nothing in between, and that the
    arguments describe the change exactly: after each operation the copy must
    equal the document's list.
    """

    def __init__(self, document: Document, name: str):
        self.document = document
        self.name = name
        self.rows = list(document.items(name))
        self.pending: tuple | None = None
        self.log: list[str] = []
        document.rows_about_to_be_inserted.connect(lambda *a: self._about("insert", a))
        document.rows_inserted.connect(lambda *a: self._done("insert", a))
        document.rows_about_to_be_removed.connect(lambda *a: self._about("remove", a))
        document.rows_removed.connect(lambda *a: self._done("remove", a))
        document.rows_about_to_be_moved.connect(lambda *a: self._about("move", a))
        document.rows_moved.connect(lambda *a: self._done("move", a))
        document.list_about_to_be_reset.connect(lambda *a: self._about("reset", a))
        document.list_reset.connect(lambda *a: self._done("reset", a))
        document.item_changed.connect(self._item_changed)

    def _about(self, kind: str, args: tuple) -> None:
        if args[0] != self.name:
            return
        assert self.pending is None, f"{kind} announced while {self.pending} is still open"
        self.pending = (kind, args)
        if kind == "move":
            _name, first, last, destination = args
            # Qt refuses a move onto itself; the document must never announce one.
            assert not first <= destination <= last + 1, args

    def _done(self, kind: str, args: tuple) -> None:
        if args[0] != self.name:
            return
        assert self.pending == (kind, args), f"{kind}{args} reported after {self.pending}"
        self.pending = None
        self.log.append(kind)
        items = self.document.items(self.name)
        if kind == "insert":
            _name, first, last = args
            self.rows[first:first] = items[first : last + 1]
        elif kind == "remove":
            _name, first, last = args
            del self.rows[first : last + 1]
        elif kind == "move":
            _name, first, last, destination = args
            block = self.rows[first : last + 1]
            del self.rows[first : last + 1]
            at = destination - len(block) if destination > last else destination
            self.rows[at:at] = block
        else:
            self.rows = list(items)
        assert self.rows == items

    def _item_changed(self, name: str, row: int) -> None:
        if name == self.name:
            assert self.pending is None
            self.rows[row] = self.document.items(name)[row]


# --------------------------------------------------------------------------- fields


def test_set_field_is_one_undo_step(document):
    document.set_field(("metadata", "title"), "DNS outage")
    assert document.model.metadata.title == "DNS outage"
    assert document.is_modified()
    document.undo_stack.undo()
    assert document.model.metadata.title == ""
    assert not document.is_modified()


def test_keystrokes_with_one_merge_key_merge_into_one_step(document):
    for text in ("D", "DN", "DNS"):
        document.set_field(("metadata", "title"), text, merge_key="title")
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.model.metadata.title == ""


def test_different_fields_do_not_merge(document):
    document.set_field(("metadata", "title"), "a", merge_key="title")
    document.set_field(("metadata", "service"), "b", merge_key="service")
    document.set_field(("metadata", "title"), "ab", merge_key="title")
    assert document.undo_stack.count() == 3


def test_typing_back_to_the_original_leaves_nothing_to_undo(document):
    document.set_field(("introduction",), "x", merge_key="intro")
    document.set_field(("introduction",), "", merge_key="intro")
    assert document.undo_stack.count() == 0
    assert not document.is_modified()


def test_setting_the_same_value_is_not_an_edit(document):
    document.set_field(("metadata", "title"), "")
    assert document.undo_stack.count() == 0


def test_field_changed_names_the_path(document, qtbot):
    with qtbot.waitSignal(document.field_changed) as signal:
        document.set_field(("summary", "start"), datetime(2025, 3, 3, tzinfo=UTC))
    assert signal.args == [("summary", "start")]


def test_saved_state_follows_the_undo_stack(document):
    document.set_field(("metadata", "title"), "a")
    document.mark_saved()
    assert not document.is_modified()
    document.undo_stack.undo()
    assert document.is_modified()
    document.undo_stack.redo()
    assert not document.is_modified()


# --------------------------------------------------------------------------- lists


def test_insert_and_undo(document):
    mirror = Mirror(document, "timeline")
    document.insert_items("timeline", 2, [TimelineEvent(text="new1"), TimelineEvent(text="new2")])
    assert texts(document) == ["e0", "e1", "new1", "new2", "e2", "e3", "e4", "e5"]
    document.undo_stack.undo()
    assert texts(document) == [f"e{i}" for i in range(6)]
    assert mirror.log == ["insert", "remove"]


def test_remove_non_contiguous_rows_and_undo(document):
    start = document.snapshot()
    mirror = Mirror(document, "timeline")
    document.remove_items("timeline", [4, 0, 1, 4])
    assert texts(document) == ["e2", "e3", "e5"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.model == start
    document.undo_stack.redo()
    assert texts(document) == ["e2", "e3", "e5"]
    assert mirror.rows == document.items("timeline")


@pytest.mark.parametrize(
    ("rows", "destination", "expected"),
    [
        ([0], 3, ["e1", "e2", "e0", "e3", "e4", "e5"]),
        ([4], 1, ["e0", "e4", "e1", "e2", "e3", "e5"]),
        ([1, 2], 6, ["e0", "e3", "e4", "e5", "e1", "e2"]),
        ([0, 2, 5], 4, ["e1", "e3", "e0", "e2", "e5", "e4"]),
        ([1, 4], 0, ["e1", "e4", "e0", "e2", "e3", "e5"]),
        ([0, 5], 3, ["e1", "e2", "e0", "e5", "e3", "e4"]),
    ],
)
def test_move_selection_and_undo_to_the_exact_start(document, rows, destination, expected):
    start = document.snapshot()
    mirror = Mirror(document, "timeline")
    assert document.move_items("timeline", rows, destination)
    assert texts(document) == expected
    assert document.undo_stack.count() == 1
    assert mirror.rows == document.items("timeline")
    document.undo_stack.undo()
    assert document.model == start
    assert mirror.rows == document.items("timeline")
    document.undo_stack.redo()
    assert texts(document) == expected


@pytest.mark.parametrize(("rows", "destination"), [([2], 2), ([2], 3), ([1, 2], 1), ([0, 1], 2), ([], 3)])
def test_a_move_that_changes_nothing_is_not_an_edit(document, rows, destination):
    assert not document.move_items("timeline", rows, destination)
    assert document.undo_stack.count() == 0


def _expected_order(items: list[str], rows: list[int], destination: int) -> list[str]:
    moving = [items[r] for r in rows]
    rest_before = [item for row, item in enumerate(items) if row < destination and row not in rows]
    rest_after = [item for row, item in enumerate(items) if row >= destination and row not in rows]
    return rest_before + moving + rest_after


@settings(max_examples=80)
@given(
    count=st.integers(1, 9),
    data=st.data(),
)
def test_any_move_gathers_the_selection_before_the_destination(qapp, count, data):
    rows = sorted(data.draw(st.sets(st.integers(0, count - 1), min_size=1)))
    destination = data.draw(st.integers(0, count))
    document = Document(PostMortem(timeline=[TimelineEvent(text=f"e{i}") for i in range(count)]))
    start = document.snapshot()
    mirror = Mirror(document, "timeline")
    expected = _expected_order([f"e{i}" for i in range(count)], rows, destination)

    moved = document.move_items("timeline", rows, destination)

    assert texts(document) == expected
    assert moved == (expected != [f"e{i}" for i in range(count)])
    assert mirror.rows == document.items("timeline")
    document.undo_stack.undo()
    assert document.model == start
    assert mirror.rows == document.items("timeline")


def test_plan_moves_is_empty_when_in_place():
    assert plan_moves([0, 1], 0, 4) == []
    assert plan_moves([3], 4, 4) == []


def test_update_item_merges_per_row_and_undoes(document):
    start = document.snapshot()
    mirror = Mirror(document, "tasks")
    for text in ("A", "Al", "Alert"):
        document.update_item("tasks", 1, fields={"text": text}, merge_key="task-text")
    document.update_item("tasks", 0, fields={"text": "other row"}, merge_key="task-text")
    assert [t.text for t in document.items("tasks")] == ["other row", "Alert"]
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.model == start
    assert mirror.rows == document.items("tasks")


def test_update_item_text_is_the_undo_label_and_fields_change_the_item(document):
    document.update_item("tasks", 0, fields={"text": "Alert on errors"}, owner="Ada", text="Edit task")
    assert (document.items("tasks")[0].text, document.items("tasks")[0].owner) == ("Alert on errors", "Ada")
    assert document.undo_stack.undoText() == "Edit task"


@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")
def test_update_item_validates_the_new_values(document):
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        document.update_item("tasks", 0, status="maybe")
    assert document.undo_stack.count() == 0


def test_an_invalid_field_value_is_refused_before_it_becomes_an_undo_step(document, qtbot):
    from pydantic import ValidationError

    with qtbot.assertNotEmitted(document.changed), pytest.raises(ValidationError):
        document.set_field(("summary", "start"), "not a time")
    assert document.model.summary.start is None
    assert document.undo_stack.count() == 0
    assert not document.is_modified()


def test_replace_list_is_one_step_with_a_reset(document):
    start = document.snapshot()
    mirror = Mirror(document, "timeline")
    document.replace_list("timeline", list(reversed(document.items("timeline"))), text="Sort")
    assert texts(document) == [f"e{i}" for i in reversed(range(6))]
    assert document.undo_stack.undoText() == "Sort"
    document.undo_stack.undo()
    assert document.model == start
    assert mirror.log == ["reset", "reset"]


def test_a_macro_undoes_as_one_step_back_to_the_exact_start(document):
    start = document.snapshot()
    mirror = Mirror(document, "timeline")
    document.begin_macro("Several edits")
    document.set_field(("metadata", "title"), "Outage")
    document.insert_items("timeline", 0, [TimelineEvent(kind=EventKind.DETECTION, text="alert")])
    document.move_items("timeline", [0, 3], 7)
    document.remove_items("timeline", [1])
    document.update_item("timeline", 0, fields={"text": "changed"})
    document.end_macro()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.model == start
    assert mirror.rows == document.items("timeline")
    document.undo_stack.redo()
    assert document.model.metadata.title == "Outage"
    assert mirror.rows == document.items("timeline")


def test_every_edit_emits_changed(document, qtbot):
    edits = [
        lambda: document.set_field(("closing_notes",), "thanks"),
        lambda: document.insert_items("tasks", 0, [Task(text="x")]),
        lambda: document.remove_items("tasks", [0]),
        lambda: document.move_items("timeline", [0], 6),
        lambda: document.update_item("timeline", 0, fields={"text": "y"}),
        lambda: document.undo_stack.undo(),
    ]
    for edit in edits:
        with qtbot.waitSignal(document.changed, timeout=1000):
            edit()


def test_replace_model_resets_views_and_history(document, qtbot):
    document.set_field(("metadata", "title"), "a")
    replacement = PostMortem(metadata={"title": "Other"})
    with qtbot.waitSignals([document.document_reset, document.changed], timeout=1000):
        document.replace_model(replacement)
    assert document.model.metadata.title == "Other"
    assert document.undo_stack.count() == 0
    assert not document.is_modified()
