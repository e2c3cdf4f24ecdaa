"""Consistency checks on a valid document: warnings, never exceptions.

Each problem names the place it concerns with a dotted path in the model
(``summary.end``, ``timeline[3].time``) so the editor can show it beside the
field and ``postmortem-editor validate`` can print it.

An event written below a later one (out of time order) is a warning like any
other: the editor's status bar, section list, Overview and the timeline's
badge all count the same list.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.encoding_repair import Mojibake, find_mojibake_in
from app.metrics import DerivedFigures, derived_figures
from app.model import EventKind, PostMortem
from app.paths import item_path
from app.timeline_order import out_of_order_rows

OUT_OF_ORDER = "the event is earlier than an event above it: sort by time, or move it"


@dataclass(frozen=True, slots=True)  # slots: 10,000 events can have as many problems
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


# What each part of the check reads: the editor keeps each part's problems until
# one of those top-level fields changes (``widgets.findings``), so a keystroke in
# the Introduction does not check a 10,000-event timeline again.
TIME_PARTS = ("summary", "timeline")
FLOWCHART_PARTS = ("humor",)


def check(document: PostMortem, figures: DerivedFigures | None = None) -> list[Problem]:
    """Every problem of ``document`` (``figures`` are its derived figures, when already known)."""
    problems = time_problems(document, figures)
    problems.extend(flowchart_problems(document))
    for part in text_parts(document):
        problems.extend(text_problems(document, part))
    return problems


def time_problems(document: PostMortem, figures: DerivedFigures | None = None) -> list[Problem]:
    """The problems of the incident's times and the timeline (reads only ``TIME_PARTS``)."""
    problems: list[Problem] = []
    start, end = document.summary.start, document.summary.end
    if start and end and end < start:
        problems.append(Problem("summary.end", "the incident ends before it starts"))
    for row, (event, late) in enumerate(zip(document.timeline, out_of_order_rows(document.timeline), strict=True)):
        if event.time is None:
            continue
        where = item_path("timeline", row, "time")
        if late:
            problems.append(Problem(where, OUT_OF_ORDER))
        if start and event.time < start:
            problems.append(Problem(where, "the event is before the incident's start time"))
        elif end and event.time > end:
            problems.append(Problem(where, "the event is after the incident's end time"))
    figures = figures if figures is not None else derived_figures(document)
    if figures.time_to_detect is not None and figures.time_to_detect.total_seconds() < 0:
        where = _first_timed_row(document, EventKind.DETECTION)
        problems.append(
            Problem(
                item_path("timeline", where, "time"),
                "the first detection is before the start: time to detect is negative",
            )
        )
    if figures.time_to_resolve is not None and figures.time_to_resolve.total_seconds() < 0:
        row = _first_timed_row(document, EventKind.RESOLUTION)
        # Without a timed resolution event the figure comes from the end time.
        where = item_path("timeline", row, "time") if row is not None else "summary.end"
        problems.append(Problem(where, "the resolution is before the start: time to resolve is negative"))
    return problems


def flowchart_problems(document: PostMortem) -> list[Problem]:
    """The problems of the flowchart's ids (reads only ``FLOWCHART_PARTS``)."""
    problems: list[Problem] = []
    node_ids = [n.id for n in document.humor.flowchart.nodes]
    seen: set[str] = set()
    for row, node_id in enumerate(node_ids):
        if node_id in seen:
            problems.append(
                Problem(item_path("humor.flowchart.nodes", row, "id"), f"node id {node_id!r} is used twice")
            )
        seen.add(node_id)
    for row, edge in enumerate(document.humor.flowchart.edges):
        for end_name in ("source", "target"):
            node_id = getattr(edge, end_name)
            if node_id not in seen:
                problems.append(
                    Problem(item_path("humor.flowchart.edges", row, end_name), f"no node has the id {node_id!r}")
                )
    return problems


def text_parts(document: PostMortem) -> list[str]:
    """The top-level fields whose text is checked for mis-decoding, in the document's order."""
    return list(document.__dict__)


def text_problems(document: PostMortem, part: str) -> list[Problem]:
    """The mis-decoded text in top-level field ``part`` (reads only that field)."""
    return [Problem(found.path, _misdecoded_message(found)) for found in find_mojibake_in(document, part)]


MISDECODED = "text looks mis-decoded"
REPAIR_HINT = "use Edit › Repair Text Encoding or export --fix-encoding"


def _misdecoded_message(found: Mojibake) -> str:
    if found.example:
        return f'{MISDECODED} ("{found.example}" should probably be "{found.repaired_example}"): {REPAIR_HINT}'
    return f"{MISDECODED}: {REPAIR_HINT}"


def is_misdecoded(problem: Problem) -> bool:
    """Whether ``problem`` is mis-decoded text, which Edit › Repair Text Encoding repairs."""
    return problem.message.startswith(MISDECODED)


def _first_timed_row(document: PostMortem, kind: EventKind) -> int | None:
    """Row of the event ``derived_figures`` uses for ``kind``."""
    return next((row for row, e in enumerate(document.timeline) if e.kind is kind and e.time), None)
