"""Validation: warnings with the path of the field, never an exception."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings

from app.model import PostMortem
from app.validation import Problem, check
from tests.strategies import documents

START = datetime(2025, 3, 3, 11, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


def make(**data) -> PostMortem:
    return PostMortem.model_validate(data)


def paths(document: PostMortem) -> list[str]:
    return [problem.path for problem in check(document)]


def test_a_consistent_document_has_no_problems():
    document = make(
        summary={"start": START, "end": END},
        timeline=[
            {"kind": "detection", "time": START + timedelta(minutes=3)},
            {"kind": "action"},
            {"kind": "resolution", "time": END},
        ],
        humor={"flowchart": {"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b"}]}},
    )
    assert check(document) == []


def test_end_before_start():
    problems = check(make(summary={"start": START, "end": START - timedelta(seconds=1)}))
    assert Problem("summary.end", "the incident ends before it starts") in problems


def test_events_outside_the_window_name_their_row():
    document = make(
        summary={"start": START, "end": END},
        timeline=[
            {"kind": "action", "time": START - timedelta(minutes=1)},
            {"kind": "action", "time": START + timedelta(minutes=1)},
            {"kind": "note", "time": END + timedelta(minutes=1)},
        ],
    )
    problems = check(document)
    assert Problem("timeline[0].time", "the event is before the incident's start time") in problems
    assert Problem("timeline[2].time", "the event is after the incident's end time") in problems
    assert "timeline[1].time" not in paths(document)


def test_negative_time_to_detect_and_resolve():
    document = make(
        summary={"start": START},
        timeline=[
            {"kind": "detection", "time": START - timedelta(minutes=5)},
            {"kind": "resolution", "time": START - timedelta(minutes=1)},
        ],
    )
    messages = [str(p) for p in check(document)]
    assert "timeline[0].time: the first detection is before the start: time to detect is negative" in messages
    assert "timeline[1].time: the resolution is before the start: time to resolve is negative" in messages


def test_negative_time_to_resolve_without_a_resolution_event_points_at_the_end_time():
    document = make(summary={"start": START, "end": START - timedelta(minutes=1)})
    messages = [str(p) for p in check(document)]
    assert "summary.end: the resolution is before the start: time to resolve is negative" in messages


def test_only_an_end_time_checks_events_after_it():
    document = make(summary={"end": END}, timeline=[{"time": END + timedelta(hours=1)}])
    assert paths(document) == ["timeline[0].time"]


def test_flowchart_duplicate_ids_and_dangling_edges():
    document = make(
        humor={
            "flowchart": {
                "nodes": [{"id": "a"}, {"id": "a"}],
                "edges": [{"source": "a", "target": "ghost"}],
            }
        }
    )
    assert paths(document) == ["humor.flowchart.nodes[1].id", "humor.flowchart.edges[0].target"]


def test_problem_reads_as_path_and_message():
    assert str(Problem("summary.end", "x")) == "summary.end: x"


@settings(max_examples=60)
@given(documents())
def test_any_document_can_be_checked_without_crashing(document):
    for problem in check(document):
        assert problem.path and problem.message
