"""Rows dragged between list views: only a drag from the same model moves anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.model import Flowchart, FlowNode, HumorElement, PostMortem, TimelineEvent
from widgets.document import Document
from widgets.flowchart.models import NodesModel
from widgets.timeline.model import TimelineModel


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
