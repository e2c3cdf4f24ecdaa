"""Small post-mortem files for the library tests, written with the editor's own save."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.formats import files
from app.model import (
    EventKind,
    IssueSummary,
    Measures,
    Metadata,
    PostMortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TimelineEvent,
)


def incident(
    title: str = "Cache stampede",
    *,
    start: datetime | None = datetime(2024, 3, 5, 10, 0, tzinfo=UTC),
    severity: Severity | None = Severity.SEV2,
    status: Status = Status.FINAL,
    service: str = "search",
    detect_after: timedelta | None = timedelta(minutes=5),
    resolve_after: timedelta | None = timedelta(minutes=50),
    text: str = "The cache expired everywhere at once.",
    tasks: list[Task] | None = None,
) -> PostMortem:
    timeline = []
    if start and detect_after is not None:
        timeline.append(TimelineEvent(kind=EventKind.DETECTION, time=start + detect_after, text="Alert fired."))
    if start and resolve_after is not None:
        timeline.append(TimelineEvent(kind=EventKind.RESOLUTION, time=start + resolve_after, text="Recovered."))
    return PostMortem(
        metadata=Metadata(title=title, severity=severity, status=status, service=service, authors=["Ada"]),
        introduction=text,
        summary=IssueSummary(start=start, end=start + timedelta(hours=1) if start else None, impact="Slow pages."),
        timeline=timeline,
        measures=Measures(tasks=tasks or []),
    )


def task(text: str, owner: str = "", due: date | None = None, status: TaskStatus = TaskStatus.OPEN) -> Task:
    return Task(text=text, owner=owner, due=due, status=status, link="https://tracker.example/1")


def write(folder: Path, name: str, document: PostMortem | None = None) -> Path:
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    files.save(document if document is not None else incident(), path)
    return path
