"""A first chart from the timeline: start, steps, dead ends off the main path, end."""

from __future__ import annotations

from app.flowchart.from_timeline import ESCALATION_PREFIX, flowchart_from_timeline
from app.model import EventKind, LayoutDirection, NodeKind, TimelineEvent


def event(kind: EventKind, text: str) -> TimelineEvent:
    return TimelineEvent(kind=kind, text=text)


def test_the_main_path_runs_from_detection_to_resolution_with_dead_ends_off_it() -> None:
    chart = flowchart_from_timeline(
        [
            event(EventKind.DETECTION, "Pager fires"),
            event(EventKind.ACTION, "Restart the resolver"),
            event(EventKind.MISLEADING, "Blame the CDN"),
            event(EventKind.NOTE, "Coffee"),
            event(EventKind.ESCALATION, "Call the network team"),
            event(EventKind.ACTION, "Roll back the config"),
            event(EventKind.RESOLUTION, "Resolution rate back to normal"),
        ]
    )

    by_label = {node.label: node for node in chart.nodes}
    assert [node.kind for node in chart.nodes] == [
        NodeKind.START,
        NodeKind.STEP,
        NodeKind.DEAD_END,
        NodeKind.STEP,
        NodeKind.STEP,
        NodeKind.RESOLUTION,
    ]
    assert "Coffee" not in by_label
    pairs = [(chart.node(e.source).label, chart.node(e.target).label) for e in chart.edges]  # type: ignore[union-attr]
    assert pairs == [
        ("Pager fires", "Restart the resolver"),
        ("Restart the resolver", "Blame the CDN"),
        ("Restart the resolver", ESCALATION_PREFIX + "Call the network team"),
        (ESCALATION_PREFIX + "Call the network team", "Roll back the config"),
        ("Roll back the config", "Resolution rate back to normal"),
    ]
    dead_end = by_label["Blame the CDN"]
    assert not any(e.source == dead_end.id for e in chart.edges), "a dead end leads nowhere"


def test_an_escalation_is_named_once() -> None:
    chart = flowchart_from_timeline([event(EventKind.ESCALATION, "Escalated to the DNS team")])
    assert chart.nodes[-1].label == "Escalated to the DNS team"


def test_ids_are_unique_and_the_direction_is_kept() -> None:
    chart = flowchart_from_timeline(
        [event(EventKind.ACTION, "a"), event(EventKind.ACTION, "a"), event(EventKind.MISLEADING, "")],
        LayoutDirection.LEFT_TO_RIGHT,
    )

    assert chart.direction is LayoutDirection.LEFT_TO_RIGHT
    assert len({node.id for node in chart.nodes}) == len(chart.nodes)
    # Without a detection event the chart still has a start; empty text gets a readable label.
    assert chart.nodes[0].kind is NodeKind.START
    assert chart.nodes[-1].label == "Misleading path"


def test_an_empty_timeline_gives_an_empty_chart() -> None:
    chart = flowchart_from_timeline([event(EventKind.NOTE, "only a note")])
    assert chart.nodes == [] and chart.edges == []
