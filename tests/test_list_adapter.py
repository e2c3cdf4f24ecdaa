"""Rows dragged between list views: only a drag from the same model moves anything."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.model import Flowchart, FlowNode, HumorElement, PostMortem, TimelineEvent
from widgets.document import Document
from widgets.flowchart.models import NodesModel
from widgets.timeline.model import OutOfOrderRole, TimelineModel


def _document() -> Document:
    return Document(
        PostMortem(
            timeline=[TimelineEvent(text=t) for t in "abc"],
            humor=HumorElement(flowchart=Flowchart(nodes=[FlowNode(id=i) for i in "abc"])),
        )
    )


@pytest.mark.parametrize("make_model", [NodesModel, TimelineModel], ids=["flowchart nodes", "timeline"])
def test_rows_dragged_from_another_window_are_refused_and_change_nothing(qtbot, make_model):
    here, elsewhere = _document(), _document()
    model, other = make_model(here), make_model(elsewhere)
    before = here.snapshot()
    from_elsewhere = other.mimeData([other.index(2, 0)])
    assert not model.canDropMimeData(from_elsewhere, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(from_elsewhere, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert here.snapshot() == before
    assert not here.undo_stack.canUndo()
    own = model.mimeData([model.index(2, 0)])
    assert model.canDropMimeData(own, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


@pytest.mark.parametrize("make_model", [NodesModel, TimelineModel], ids=["flowchart nodes", "timeline"])
def test_a_drop_of_the_models_own_rows_moves_them_in_one_undo_step_and_nothing_is_removed_after(qtbot, make_model):
    document = _document()
    model = make_model(document)
    list_name = "nodes" if make_model is NodesModel else "timeline"

    def names() -> list[str]:
        return [getattr(item, "id", None) or item.text for item in document.items(list_name)]

    dragged = model.mimeData([model.index(2, 0), model.index(0, 0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 2, 0, QModelIndex())  # the drop is taken
    assert names() == ["b", "a", "c"]  # a and c gathered before c's place
    # After an accepted move the view asks the model to remove the dragged rows: the document
    # already moved them, so that must change nothing.
    assert not model.removeRows(0, 2)
    assert names() == ["b", "a", "c"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert names() == ["a", "b", "c"]


def _timed_document(minutes: list[int]) -> Document:
    start = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
    events = [TimelineEvent(text=f"e{m}", time=start + timedelta(minutes=m)) for m in minutes]
    return Document(PostMortem(timeline=events))


def _marks(model: TimelineModel, first: int = 0, last: int | None = None) -> list[bool]:
    last = model.rowCount() - 1 if last is None else last
    return [model.index(row, 0).data(OutOfOrderRole) for row in range(first, last + 1)]


def test_a_view_told_of_new_rows_reads_their_out_of_order_marks(qtbot):
    document = _timed_document([0, 10])
    model = TimelineModel(document)
    assert _marks(model) == [False, False]  # the marks are computed, as a painted view would
    seen: list[list[bool]] = []
    model.rowsInserted.connect(lambda _parent, first, last: seen.append(_marks(model, first, last)))
    document.insert_items("timeline", 2, [TimelineEvent(text="late", time=document.model.timeline[0].time)])
    assert seen == [[True]]


def test_a_view_told_of_moved_or_removed_rows_reads_the_marks_of_the_new_order(qtbot):
    document = _timed_document([0, 10, 20])
    model = TimelineModel(document)
    assert _marks(model) == [False, False, False]
    seen: list[list[bool]] = []
    model.rowsMoved.connect(lambda *_: seen.append(_marks(model)))
    model.rowsRemoved.connect(lambda *_: seen.append(_marks(model)))
    model.move_rows([2], 0)  # 20 above 0 and 10: both are now earlier than an event above them
    document.remove_items("timeline", [0])
    assert seen == [[False, True, True], [False, False]]


def test_a_view_told_of_a_changed_event_reads_its_new_mark(qtbot):
    document = _timed_document([0, 10])
    model = TimelineModel(document)
    assert _marks(model) == [False, False]
    seen: list[list[bool]] = []
    model.dataChanged.connect(lambda *_: seen.append(_marks(model)))
    document.update_item("timeline", 1, time=document.model.timeline[0].time - timedelta(minutes=1))
    assert seen == [[False, True]]
