"""The document model: what a user types is normalised the same way everywhere."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from app.model import (
    EventKind,
    Flowchart,
    FlowNode,
    IssueSummary,
    Metadata,
    PostMortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TimelineEvent,
    empty_document,
    snapshot,
)


def test_empty_document_has_every_section_empty():
    document = empty_document()
    assert document.metadata.title == ""
    assert document.metadata.status is Status.DRAFT
    assert document.metadata.severity is None
    assert document.timeline == []
    assert document.measures.tasks == []
    assert document.humor.flowchart.nodes == []
    assert document.extra_sections == []


def test_naive_time_is_utc_and_whole_seconds():
    event = TimelineEvent(time=datetime(2025, 3, 3, 11, 12, 13, 999_999))
    assert event.time == datetime(2025, 3, 3, 11, 12, 13, tzinfo=UTC)


def test_aware_time_keeps_its_offset():
    tokyo = timezone(timedelta(hours=9))
    event = TimelineEvent(time=datetime(2025, 3, 3, 20, 0, tzinfo=tokyo))
    assert event.time.utcoffset() == timedelta(hours=9)
    assert event.time == datetime(2025, 3, 3, 11, 0, tzinfo=UTC)


def test_time_set_later_is_normalised_too():
    summary = IssueSummary()
    summary.start = datetime(2025, 1, 1, 8, 0, 0, 500)
    assert summary.start.tzinfo is not None and summary.start.microsecond == 0


def test_list_items_are_immutable_so_a_snapshot_can_share_them():
    event = TimelineEvent(text="before")
    with pytest.raises(ValidationError):
        event.text = "after"
    model = PostMortem(timeline=[event])
    copy = snapshot(model)
    model.timeline.append(TimelineEvent(text="later"))
    model.summary.impact = "changed"
    assert [e.text for e in copy.timeline] == ["before"] and copy.summary.impact == ""


def test_multi_line_text_unifies_line_endings_and_drops_control_characters():
    event = TimelineEvent(text="first\r\nsecond\rthird   \n\n  indented\x07\x00\n\n\n")
    assert event.text == "first\nsecond\nthird\n\n  indented"


def test_one_line_fields_join_lines():
    task = Task(text="  Add an\r\nalert  ", owner="Ada\nLovelace")
    assert task.text == "Add an alert"
    assert task.owner == "Ada Lovelace"


def test_authors_are_lines():
    assert Metadata(authors=["Ada\n", " Grace "]).authors == ["Ada", "Grace"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("status", "published"), ("severity", "SEV5"), ("title", 3)],
)
def test_metadata_rejects_values_outside_its_choices(field, value):
    with pytest.raises(ValidationError):
        Metadata(**{field: value})


def test_unknown_fields_are_rejected_so_typos_are_reported():
    with pytest.raises(ValidationError, match="titel"):
        PostMortem.model_validate({"metadata": {"titel": "x"}})


def test_assignment_is_validated():
    metadata = Metadata()
    with pytest.raises(ValidationError):
        metadata.status = "maybe"
    metadata.status = "final"
    assert metadata.status is Status.FINAL


def test_enum_values_and_labels():
    assert [k.heading for k in EventKind] == [
        "Detection",
        "Actions Taken",
        "Misleading Paths",
        "Escalation",
        "Resolution",
        "Notes",
    ]
    assert Severity("SEV1").label == "SEV1"
    assert Status.IN_REVIEW.label == "In review"
    assert TaskStatus("in progress").label == "In progress"


def test_task_due_is_a_date():
    assert Task(due="2025-04-01").due == date(2025, 4, 1)
    with pytest.raises(ValidationError):
        Task(due="next week")


@pytest.mark.parametrize("node_id", ["", "1abc", "has space", "a" * 65, "ä"])
def test_node_ids_are_short_identifiers(node_id):
    with pytest.raises(ValidationError):
        FlowNode(id=node_id)


def test_unused_node_id_skips_taken_ones():
    chart = Flowchart(nodes=[FlowNode(id="n1"), FlowNode(id="n3")])
    assert chart.unused_node_id() == "n4"
    chart = Flowchart(nodes=[FlowNode(id="n2"), FlowNode(id="n3")])
    assert chart.unused_node_id() == "n4"
    assert chart.node("n2") is chart.nodes[0]
    assert chart.node("zz") is None


def test_event_order_is_data():
    events = [TimelineEvent(kind=k) for k in (EventKind.RESOLUTION, EventKind.DETECTION, EventKind.NOTE)]
    document = PostMortem(timeline=events)
    assert [e.kind for e in document.timeline] == [EventKind.RESOLUTION, EventKind.DETECTION, EventKind.NOTE]


def test_model_refuses_an_unknown_format_version():
    with pytest.raises(ValidationError, match="format version 7"):
        PostMortem(format_version=7)
