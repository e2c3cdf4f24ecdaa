"""A first flowchart drawn from the timeline, for the user to edit.

The main path runs through the events in the user's order: detection is the
start, actions and escalations are steps, resolution is the end. Each
misleading path becomes a dead end branching off the step the team was at
when it took the wrong turn; the main path continues from that step.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.model import EventKind, Flowchart, FlowEdge, FlowNode, LayoutDirection, NodeKind, TimelineEvent

ESCALATION_PREFIX = "Escalated: "

_FALLBACK_LABELS = {
    EventKind.DETECTION: "Incident detected",
    EventKind.ACTION: "Action taken",
    EventKind.MISLEADING: "Misleading path",
    EventKind.ESCALATION: "Escalated",
    EventKind.RESOLUTION: "Resolved",
}


def _label(event: TimelineEvent) -> str:
    text = event.text.strip() or _FALLBACK_LABELS[event.kind]
    if event.kind is EventKind.ESCALATION and event.text.strip() and "escalat" not in text.lower():
        return ESCALATION_PREFIX + text  # Say it was an escalation, unless the text already does.
    return text


def flowchart_from_timeline(
    events: Sequence[TimelineEvent], direction: LayoutDirection = LayoutDirection.TOP_TO_BOTTOM
) -> Flowchart:
    nodes: list[FlowNode] = []
    edges: list[FlowEdge] = []

    def add(kind: NodeKind, label: str) -> str:
        node_id = f"n{len(nodes) + 1}"
        nodes.append(FlowNode(id=node_id, kind=kind, label=label))
        return node_id

    relevant = [event for event in events if event.kind is not EventKind.NOTE]
    current: str | None = None
    if not any(event.kind is EventKind.DETECTION for event in relevant) and relevant:
        current = add(NodeKind.START, _FALLBACK_LABELS[EventKind.DETECTION])
    for event in relevant:
        if event.kind is EventKind.MISLEADING:
            dead_end = add(NodeKind.DEAD_END, _label(event))
            if current is not None:
                edges.append(FlowEdge(source=current, target=dead_end))
            continue
        if event.kind is EventKind.DETECTION:
            kind = NodeKind.START if current is None else NodeKind.STEP
        elif event.kind is EventKind.RESOLUTION:
            kind = NodeKind.RESOLUTION
        else:
            kind = NodeKind.STEP
        node_id = add(kind, _label(event))
        if current is not None:
            edges.append(FlowEdge(source=current, target=node_id))
        current = node_id
    return Flowchart(direction=direction, nodes=nodes, edges=edges)
