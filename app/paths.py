"""Addresses inside a post-mortem: the lists the editor edits, and the paths problems name.

A *field path* is a tuple of attribute names from the document root
(``("summary", "start")``); the editor's lists are named (``"timeline"``,
``"nodes"``) and each sits at one field path. A *problem path* is the dotted
text a validation problem names (``timeline[3].time``,
``humor.flowchart.edges[0].target``): it is written and read here only, so
the checks, the section list, the pages and the Overview agree on it.
"""

from __future__ import annotations

import re
from typing import Literal

ListName = Literal["timeline", "tasks", "improvements", "sections", "nodes", "edges", "authors"]

FieldPath = tuple[str, ...]
"""Attribute names from the document root, e.g. ``("summary", "start")``."""

LIST_PATHS: dict[str, FieldPath] = {
    "timeline": ("timeline",),
    "tasks": ("measures", "tasks"),
    "improvements": ("measures", "improvements"),
    "sections": ("extra_sections",),
    "nodes": ("humor", "flowchart", "nodes"),
    "edges": ("humor", "flowchart", "edges"),
    "authors": ("metadata", "authors"),
}

# --------------------------------------------------------------------------- problem paths

_FIRST_PART = re.compile(r"[.\[]")
_ROW = re.compile(r"\[(\d+)\]")


def item_path(list_path: str, row: int, field: str | None = None) -> str:
    """``item_path("timeline", 3, "time")`` → ``timeline[3].time``."""
    return f"{list_path}[{row}]" + (f".{field}" if field else "")


def top_level(path: str) -> str:
    """The part of the document a problem path is in: ``timeline[3].time`` → ``timeline``."""
    return _FIRST_PART.split(path, maxsplit=1)[0]


def row_in(path: str, list_path: str) -> int | None:
    """The row a problem path names in a list: ``row_in("timeline[3].time", "timeline")`` → 3."""
    if not path.startswith(list_path + "["):
        return None
    match = _ROW.match(path, len(list_path))
    return int(match.group(1)) if match else None


def concerns(path: str, prefix: str) -> bool:
    """Whether a problem at ``path`` is about ``prefix`` or something inside it."""
    return path == prefix or path.startswith((prefix + ".", prefix + "["))


_PLACES = {
    "summary.start": "Issue Summary, start time",
    "summary.end": "Issue Summary, end time",
    "timeline": "Timeline",
    # Text fields, which the check for mis-decoded text names.
    "metadata.service": "Overview, service",
    "introduction": "Introduction",
    "summary.impact": "Issue Summary, impact",
    "summary.root_cause": "Issue Summary, root cause",
    "root_cause.cause": "Root Cause, cause",
    "root_cause.resolution": "Root Cause, resolution",
    "closing_notes": "Closing Notes",
    "humor.caption": "Humor Element, caption",
    "humor.closing": "Humor Element, closing line",
}
_ROWS_NAMED = (
    ("timeline", "Timeline, event"),
    ("humor.flowchart.nodes", "Flowchart, box"),
    ("humor.flowchart.edges", "Flowchart, arrow"),
    ("metadata.authors", "Overview, author"),
    ("measures.tasks", "Corrective Measures, task"),
    ("measures.improvements", "Corrective Measures, improvement"),
    ("extra_sections", "Additional Sections, section"),
)


def describe_place(path: str) -> str:
    """Where a problem is, in the editor's words: ``timeline[3].time`` → ``Timeline, event 4``."""
    if path in _PLACES:
        return _PLACES[path]
    for list_path, words in _ROWS_NAMED:
        row = row_in(path, list_path)
        if row is not None:
            return f"{words} {row + 1}"
    return path
