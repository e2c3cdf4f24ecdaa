"""The document at a glance: the incident window, the derived figures and the counts the Overview shows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from app.metrics import DerivedFigures, derived_figures
from app.model import EventKind, NodeKind, PostMortem, TaskStatus


@dataclass(frozen=True)
class Glance:
    start: datetime | None
    end: datetime | None
    figures: DerivedFigures
    events: int
    events_by_kind: dict[EventKind, int] = field(default_factory=dict)
    tasks_by_status: dict[TaskStatus, int] = field(default_factory=dict)
    nodes: int = 0
    edges: int = 0
    dead_ends: int = 0

    @property
    def tasks(self) -> int:
        return sum(self.tasks_by_status.values())


def glance(model: PostMortem, figures: DerivedFigures | None = None) -> Glance:
    """Everything the panel shows, in one pass over each list (``figures`` when already known)."""
    chart = model.humor.flowchart
    kinds = Counter(event.kind for event in model.timeline)
    statuses = Counter(task.status for task in model.measures.tasks)
    return Glance(
        start=model.summary.start,
        end=model.summary.end,
        figures=figures if figures is not None else derived_figures(model),
        events=len(model.timeline),
        events_by_kind={kind: kinds.get(kind, 0) for kind in EventKind},
        tasks_by_status={status: statuses.get(status, 0) for status in TaskStatus},
        nodes=len(chart.nodes),
        edges=len(chart.edges),
        dead_ends=sum(1 for node in chart.nodes if node.kind is NodeKind.DEAD_END),
    )
