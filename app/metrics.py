"""Figures derived from a post-mortem: computed on demand, never stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.model import EventKind, PostMortem


@dataclass(frozen=True)
class DerivedFigures:
    duration: timedelta | None
    time_to_detect: timedelta | None
    time_to_resolve: timedelta | None


def first_event_time(document: PostMortem, kind: EventKind) -> datetime | None:
    """Time of the first timed event of ``kind`` in the user's order."""
    return next((e.time for e in document.timeline if e.kind is kind and e.time), None)


def derived_figures(document: PostMortem) -> DerivedFigures:
    start, end = document.summary.start, document.summary.end
    detected = first_event_time(document, EventKind.DETECTION)
    resolved = first_event_time(document, EventKind.RESOLUTION) or end
    return DerivedFigures(
        duration=end - start if start and end else None,
        time_to_detect=detected - start if start and detected else None,
        time_to_resolve=resolved - start if start and resolved else None,
    )


def format_duration(value: timedelta | None) -> str:
    """``1 h 42 min`` style; negative spans keep their sign; ``—`` when unknown."""
    if value is None:
        return "—"
    seconds = int(value.total_seconds())
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} d")
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return sign + " ".join(parts)
