"""The timeline's Qt model: moves by moveRows and by drop, each one undo step, never a reset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from app.model import EventKind, IssueSummary, PostMortem, TimelineEvent
from widgets.commands import plan_moves
from widgets.document import Document
from widgets.timeline.model import (
    MIME_TYPE,
    EventEdit,
    EventRole,
    GapRole,
    OutOfOrderRole,
    TimelineModel,
    TimeTextRole,
)

START = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)


def make_document(names: str = "abcdef") -> Document:
    events = [
        TimelineEvent(kind=EventKind.ACTION, time=START + timedelta(minutes=row), text=name)
        for row, name in enumerate(names)
    ]
    return Document(PostMortem(summary=IssueSummary(start=START), timeline=events))


def order(document: Document) -> str:
    return "".join(event.text for event in document.model.timeline)


class Recorder:
    """Counts the model's structural signals, to prove moves are moves and not resets."""

    def __init__(self, model: TimelineModel) -> None:
        self.moves: list[tuple[int, int, int]] = []
        self.resets = 0
        model.rowsMoved.connect(lambda _p, first, last, _d, row: self.moves.append((first, last, row)))
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1


@pytest.fixture
def document() -> Document:
    return make_document()


@pytest.fixture
def model(document: Document) -> TimelineModel:
    return TimelineModel(document)


def drop(model: TimelineModel, rows: list[int], row: int) -> bool:
    data = model.mimeData([model.index(r) for r in rows])
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, QModelIndex())


def test_model_passes_qtmodeltester(qtmodeltester, model: TimelineModel) -> None:
    qtmodeltester.check(model)


def test_model_stays_consistent_through_moves_edits_and_sort(qtmodeltester, document, model) -> None:
    qtmodeltester.check(model, force_py=True)
    model.moveRows(QModelIndex(), 4, 2, QModelIndex(), 1)
    document.update_item("timeline", 0, fields={"text": "changed"})
    document.insert_items("timeline", 2, [TimelineEvent(text="new")])
    document.remove_items("timeline", [1, 3])
    document.replace_list("timeline", list(reversed(document.model.timeline)), text="Reverse")
    document.undo_stack.undo()
    assert model.rowCount() == len(document.model.timeline)


def test_rows_show_the_event(model: TimelineModel) -> None:
    index = model.index(2)
    assert index.data() == "c"
    assert index.data(EventRole).kind is EventKind.ACTION
    assert index.data(TimeTextRole) == "March 3, 2025, 11:02 UTC"
    assert index.data(GapRole) == timedelta(minutes=1)


@pytest.mark.parametrize(
    ("source", "count", "destination", "expected"),
    [
        (3, 1, 2, "abdcef"),  # one up
        (1, 1, 3, "acbdef"),  # one down (Qt's destination is past the row)
        (4, 1, 0, "eabcdf"),  # to the first place
        (1, 1, 6, "acdefb"),  # to the last place
        (3, 2, 1, "adebcf"),  # a block up
        (0, 2, 4, "cdabef"),  # a block down
        (4, 2, 0, "efabcd"),  # a block to the first place
        (0, 3, 6, "defabc"),  # a block to the last place
    ],
)
def test_move_rows_is_one_undoable_move(document, model, source, count, destination, expected) -> None:
    recorder = Recorder(model)
    assert model.moveRows(QModelIndex(), source, count, QModelIndex(), destination)
    assert order(document) == expected
    assert recorder.moves and recorder.resets == 0
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert order(document) == "abcdef"
    document.undo_stack.redo()
    assert order(document) == expected
    assert recorder.resets == 0


def test_move_rows_refuses_moves_that_change_nothing_or_leave_the_list(document, model) -> None:
    assert not model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 2)
    assert not model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 3)
    assert not model.moveRows(QModelIndex(), 5, 2, QModelIndex(), 0)
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 9)
    assert not model.moveRows(model.index(0), 0, 1, QModelIndex(), 3)
    assert order(document) == "abcdef"
    assert document.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("rows", "row", "expected"),
    [
        ([3], 2, "abdcef"),  # one up
        ([1], 3, "acbdef"),  # one down: dropped between c and d
        ([5], 0, "fabcde"),  # to the first place
        ([0], -1, "bcdefa"),  # dropped below the last item (row -1 means the end)
        ([0], 6, "bcdefa"),  # to the last place
        ([1, 3], 0, "bdacef"),  # a non-contiguous selection up, kept in order
        ([0, 2, 5], 4, "bdacfe"),  # a non-contiguous selection into the middle
        ([0, 2], 6, "bdefac"),  # a non-contiguous selection to the end
        ([4, 1], 0, "beacdf"),  # the drag's row order does not matter
    ],
)
def test_drop_moves_the_dragged_rows_as_one_undo_step(document, model, rows, row, expected) -> None:
    recorder = Recorder(model)
    assert drop(model, rows, row)
    assert order(document) == expected
    assert recorder.resets == 0
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert order(document) == "abcdef"
    document.undo_stack.redo()
    assert order(document) == expected


def test_non_contiguous_move_emits_contiguous_moves_and_keeps_persistent_indexes(document, model) -> None:
    recorder = Recorder(model)
    from PySide6.QtCore import QPersistentModelIndex

    kept = {name: QPersistentModelIndex(model.index(row)) for row, name in enumerate("abcdef")}
    assert drop(model, [0, 2, 5], 4)
    assert len(recorder.moves) >= 2
    assert {name: index.row() for name, index in kept.items()} == {
        name: row for row, name in enumerate(order(document))
    }
    document.undo_stack.undo()
    assert {name: index.row() for name, index in kept.items()} == {name: row for row, name in enumerate("abcdef")}


def test_drops_onto_an_item_are_refused(document, model) -> None:
    data = model.mimeData([model.index(0)])
    assert not (model.flags(model.index(2)) & Qt.ItemFlag.ItemIsDropEnabled)
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2))
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2))
    assert order(document) == "abcdef"


def test_drops_from_elsewhere_are_refused(document, model) -> None:
    other = TimelineModel(make_document("uvwxyz"))
    foreign = other.mimeData([other.index(0)])
    text = QMimeData()
    text.setText("hello")
    forged = QMimeData()
    forged.setData(MIME_TYPE, b'{"model": %d, "rows": [99]}' % id(model))
    garbage = QMimeData()
    garbage.setData(MIME_TYPE, b"\xff\x00not json")
    copy = model.mimeData([model.index(0)])
    for data in (foreign, text, forged, garbage):
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert not model.dropMimeData(copy, Qt.DropAction.CopyAction, 3, 0, QModelIndex())
    assert order(document) == "abcdef"
    assert document.undo_stack.count() == 0


def test_removing_rows_through_qt_does_nothing(document, model) -> None:
    # After a drag with a move action Qt asks the source to remove the rows;
    # the drop already moved them, so this must not delete anything.
    assert not model.removeRows(0, 2)
    assert order(document) == "abcdef"


def test_out_of_order_marks_follow_moves_and_undo(document, model) -> None:
    assert not any(model.index(row).data(OutOfOrderRole) for row in range(6))
    changed: list[bool] = []
    model.chronology_changed.connect(lambda: changed.append(True))
    model.moveRows(QModelIndex(), 4, 1, QModelIndex(), 1)  # e (11:04) above b (11:01)
    assert [model.index(row).data(OutOfOrderRole) for row in range(6)] == [False, False, True, True, True, False]
    assert changed, "views must hear that the marks changed"
    document.undo_stack.undo()
    assert not any(model.index(row).data(OutOfOrderRole) for row in range(6))


def test_set_data_edits_the_event_as_one_undo_step(document, model) -> None:
    index = model.index(1)
    later = START + timedelta(hours=2)
    edit = EventEdit({"kind": EventKind.DETECTION, "time": later, "text": "found"})
    assert model.setData(index, edit, EventRole)
    event = document.model.timeline[1]
    assert (event.kind, event.time, event.text) == (EventKind.DETECTION, later, "found")
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.model.timeline[1].text == "b"
    assert model.setData(index, "plain text")
    assert document.model.timeline[1].text == "plain text"


def test_display_zone_is_the_incident_starts(document, model) -> None:
    from datetime import timezone

    plus_two = timezone(timedelta(hours=2))
    document.set_field(("summary", "start"), datetime(2025, 3, 3, 12, 55, tzinfo=plus_two))
    assert model.index(0).data(TimeTextRole) == "March 3, 2025, 13:00 UTC+02:00"


def test_document_reset_resets_the_model(document, model) -> None:
    recorder = Recorder(model)
    document.replace_model(PostMortem(timeline=[TimelineEvent(text="only")]))
    assert recorder.resets == 1
    assert model.rowCount() == 1
    assert model.index(0).data() == "only"


@settings(max_examples=150)
@given(st.data())
def test_planned_moves_gather_the_selection_before_the_destination(data) -> None:
    count = data.draw(st.integers(min_value=1, max_value=12))
    rows = sorted(data.draw(st.sets(st.integers(min_value=0, max_value=count - 1), min_size=1)))
    destination = data.draw(st.integers(min_value=0, max_value=count))
    items = list(range(count))
    for first, last, position in plan_moves(rows, destination, count):
        block = items[first : last + 1]
        del items[first : last + 1]
        items[position:position] = block
    chosen = set(rows)
    expected = (
        [r for r in range(destination) if r not in chosen]
        + rows
        + [r for r in range(destination, count) if r not in chosen]
    )
    assert items == expected


@settings(max_examples=40)
@given(st.data())
def test_any_sequence_of_drops_matches_a_plain_list_and_undoes_exactly(data) -> None:
    names = "abcdefgh"
    document = make_document(names)
    model = TimelineModel(document)
    from PySide6.QtCore import QPersistentModelIndex

    kept = {name: QPersistentModelIndex(model.index(row)) for row, name in enumerate(names)}
    expected = list(names)
    states = [order(document)]
    for _ in range(data.draw(st.integers(min_value=1, max_value=5))):
        rows = sorted(data.draw(st.sets(st.integers(min_value=0, max_value=len(names) - 1), min_size=1, max_size=4)))
        destination = data.draw(st.integers(min_value=0, max_value=len(names)))
        moving = [expected[row] for row in rows]
        before = [item for row, item in enumerate(expected[:destination]) if row not in rows]
        after = [item for row, item in enumerate(expected) if row >= destination and row not in rows]
        expected = before + moving + after
        drop(model, rows, destination)
        assert order(document) == "".join(expected)
        # Every event's persistent index followed it: views keep selection and scroll position.
        assert all(kept[name].row() == order(document).index(name) for name in names)
        if states[-1] != order(document):
            states.append(order(document))
    assert document.undo_stack.count() == len(states) - 1
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert order(document) == names
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert order(document) == states[-1]


def test_kind_role_reads_and_writes_the_kind(document, model) -> None:
    from widgets.timeline.model import KindRole

    assert model.index(0).data(KindRole) == "action"
    assert model.setData(model.index(0), "escalation", KindRole)
    assert document.model.timeline[0].kind is EventKind.ESCALATION
    assert not model.setData(model.index(0), "no such kind", KindRole)
    assert document.undo_stack.count() == 1
