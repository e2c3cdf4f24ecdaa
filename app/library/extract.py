"""What the index keeps of one post-mortem: its figures, its tasks and all of its text.

Every text field goes into the full-text index: a search for a word must
find it wherever the author wrote it (a timeline line, a task, a node label
of the flowchart, an additional section).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.metrics import derived_figures
from app.model import PostMortem


@dataclass(frozen=True)
class TaskRecord:
    text: str
    owner: str
    due: str | None
    """ISO date, or None."""
    status: str
    link: str


@dataclass(frozen=True)
class IncidentRecord:
    title: str
    start: str | None
    """ISO time in UTC (``2024-03-01T12:00:00+00:00``), so it sorts and compares as text."""
    severity: str | None
    status: str
    service: str
    duration_s: int | None
    ttd_s: int | None
    ttr_s: int | None
    tasks: tuple[TaskRecord, ...]
    body: str
    """Every other text field, one per line, for the full-text index."""


def utc_text(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def _seconds(value) -> int | None:
    return int(value.total_seconds()) if value is not None else None


def incident_record(document: PostMortem) -> IncidentRecord:
    figures = derived_figures(document)
    metadata = document.metadata
    tasks = tuple(
        TaskRecord(
            text=task.text,
            owner=task.owner,
            due=task.due.isoformat() if task.due else None,
            status=task.status.value,
            link=task.link,
        )
        for task in document.measures.tasks
    )
    return IncidentRecord(
        title=metadata.title,
        start=utc_text(document.summary.start),
        severity=metadata.severity.value if metadata.severity else None,
        status=metadata.status.value,
        service=metadata.service,
        duration_s=_seconds(figures.duration),
        ttd_s=_seconds(figures.time_to_detect),
        ttr_s=_seconds(figures.time_to_resolve),
        tasks=tasks,
        body="\n".join(text for text in _body_texts(document) if text),
    )


def _body_texts(document: PostMortem):
    yield from document.metadata.authors
    yield document.introduction
    yield document.summary.impact
    yield document.summary.root_cause
    for event in document.timeline:
        yield event.text
    yield document.root_cause.cause
    yield document.root_cause.resolution
    yield from document.measures.improvements
    for task in document.measures.tasks:
        yield task.text
        yield task.owner
        yield task.link
    yield document.closing_notes
    humor = document.humor
    yield humor.caption
    for node in humor.flowchart.nodes:
        yield node.label
    for edge in humor.flowchart.edges:
        yield edge.label
    yield humor.closing
    for section in document.extra_sections:
        yield section.heading
        yield section.body
