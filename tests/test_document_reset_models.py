"""Opening another document resets the item models in Qt's order: begin, swap, end."""

from __future__ import annotations

import pytest

from app.model import Flowchart, FlowNode, HumorElement, Measures, PostMortem, Task, TimelineEvent
from widgets.document import Document
from widgets.flowchart.models import NodesModel
from widgets.panes.list_model import DocumentListModel
from widgets.panes.measures import TASK_COLUMNS
from widgets.timeline.model import TimelineModel


def _small() -> PostMortem:
    return PostMortem(
        timeline=[TimelineEvent(text="a")],
        measures=Measures(tasks=[Task(text="t")]),
        humor=HumorElement(flowchart=Flowchart(nodes=[FlowNode(id="n0")])),
    )


def _large() -> PostMortem:
    return PostMortem(
        timeline=[TimelineEvent(text=str(n)) for n in range(5)],
        measures=Measures(tasks=[Task(text=str(n)) for n in range(4)]),
        humor=HumorElement(flowchart=Flowchart(nodes=[FlowNode(id=f"n{n}") for n in range(3)])),
    )


@pytest.mark.parametrize(
    ("make_model", "before", "after"),
    [
        (lambda document: TimelineModel(document), 1, 5),
        (lambda document: DocumentListModel(document, "tasks", TASK_COLUMNS), 1, 4),
        (lambda document: NodesModel(document), 1, 3),
    ],
    ids=["timeline", "tasks", "flowchart nodes"],
)
def test_views_see_the_old_rows_until_the_reset_begins_and_the_new_ones_after(
    qtbot, qtmodeltester, make_model, before, after
):
    document = Document(_small())
    model = make_model(document)
    seen: list[tuple[str, int]] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(("about to reset", model.rowCount())))
    model.modelReset.connect(lambda: seen.append(("reset", model.rowCount())))

    document.replace_model(_large())

    assert seen == [("about to reset", before), ("reset", after)]
    qtmodeltester.check(model)
