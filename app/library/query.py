"""The search syntax: words, "phrases", prefix*, OR, and field filters.

``disk full severity:SEV1 service:search status:final after:2024-01-01 before:2025``

Words and phrases go to SQLite's full-text index, each quoted so that no
character a person types can be read as FTS5 syntax (a stray ``"`` or ``:``
never makes a query fail). Field filters become SQL conditions with bound
parameters. A filter whose value cannot be understood is a ``QueryError``
whose message says what is accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from app.model import Severity, Status, TaskStatus

FILTER_KEYS = ("severity", "service", "status", "after", "before")
_WORD_CHAR = re.compile(r"\w")


class QueryError(ValueError):
    """A filter value the search cannot use; ``str()`` is a one-line message."""


@dataclass(frozen=True)
class Query:
    match: str | None = None
    """The FTS5 expression, or None when the query has no words."""
    severities: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    after: str | None = None
    """ISO date: incidents that started on or after it."""
    before: str | None = None
    """ISO date: incidents that started before it."""
    terms: tuple[str, ...] = field(default=(), compare=False)
    """The words and phrases as typed (without quotes), for the window to mark."""

    @property
    def is_empty(self) -> bool:
        return self == Query()


def parse_query(text: str) -> Query:
    parts: list[str] = []
    terms: list[str] = []
    filters: dict[str, list[str]] = {key: [] for key in FILTER_KEYS}
    for token, quoted in _tokens(text):
        key, _, value = token.partition(":")
        if not quoted and value and key.lower() in FILTER_KEYS:
            filters[key.lower()].append(value.strip('"'))
            continue
        if not quoted and token == "OR":
            if parts and parts[-1] != "OR":
                parts.append("OR")
            continue
        prefix = not quoted and token.endswith("*")
        word = token.rstrip("*") if prefix else token
        if not _WORD_CHAR.search(word):
            continue  # punctuation alone matches nothing and would only confuse FTS5
        terms.append(word)
        parts.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    if parts and parts[0] == "OR":
        parts.pop(0)
    return Query(
        match=" ".join(parts) or None,
        severities=tuple(_severity(v) for value in filters["severity"] for v in _values(value)),
        services=tuple(v for value in filters["service"] for v in _values(value)),
        statuses=tuple(_status(v) for value in filters["status"] for v in _values(value)),
        after=_date(filters["after"][-1], "after") if filters["after"] else None,
        before=_date(filters["before"][-1], "before") if filters["before"] else None,
        terms=tuple(terms),
    )


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Whitespace-separated tokens; ``"..."`` (also after ``key:``) keeps spaces. ``(token, quoted)``."""
    tokens: list[tuple[str, bool]] = []
    index, length = 0, len(text)
    while index < length:
        if text[index].isspace():
            index += 1
            continue
        if text[index] == '"':
            end = text.find('"', index + 1)
            end = length if end < 0 else end  # an unclosed quote runs to the end, as people mean it
            tokens.append((text[index + 1 : end], True))
            index = end + 1
            continue
        start = index
        while index < length and not text[index].isspace():
            if text[index] == '"' and index > start and text[index - 1] == ":":
                end = text.find('"', index + 1)
                index = length if end < 0 else end + 1
                continue
            index += 1
        tokens.append((text[start:index], False))
    return tokens


def _values(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _severity(value: str) -> str:
    wanted = value.upper()
    if wanted.isdigit():
        wanted = f"SEV{wanted}"
    if wanted not in Severity.__members__:
        raise QueryError(f"severity:{value} is not a severity; use {', '.join(s.value for s in Severity)}")
    return wanted


_STATUS_WORDS = {
    "draft": Status.DRAFT,
    "review": Status.IN_REVIEW,
    "in review": Status.IN_REVIEW,
    "in-review": Status.IN_REVIEW,
    "in_review": Status.IN_REVIEW,
    "inreview": Status.IN_REVIEW,
    "final": Status.FINAL,
}


def _status(value: str) -> str:
    status = _STATUS_WORDS.get(value.lower())
    if status is None:
        raise QueryError(f"status:{value} is not a status; use draft, review or final")
    return status.value


def task_status(value: str) -> str:
    """A task status as typed on the command line or in a filter: open, progress, done."""
    words = {
        "open": TaskStatus.OPEN,
        "progress": TaskStatus.IN_PROGRESS,
        "in progress": TaskStatus.IN_PROGRESS,
        "in-progress": TaskStatus.IN_PROGRESS,
        "in_progress": TaskStatus.IN_PROGRESS,
        "done": TaskStatus.DONE,
    }
    status = words.get(value.strip().lower())
    if status is None:
        raise QueryError(f"{value!r} is not a task status; use open, in-progress or done")
    return status.value


def _date(value: str, key: str) -> str:
    pattern = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    try:
        if pattern is None:
            raise ValueError
        year, month, day = (int(g) if g else 1 for g in pattern.groups())
        return date(year, month, day).isoformat()
    except ValueError:
        raise QueryError(f"{key}:{value} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY") from None
