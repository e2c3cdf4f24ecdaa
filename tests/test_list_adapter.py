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
