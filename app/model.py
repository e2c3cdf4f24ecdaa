"""The post-mortem document: one pydantic model holding every section.

This module is the domain. It knows nothing of Qt, files or Markdown; the
formats in ``app.formats`` read and write it and the widgets edit it through
the document object in ``widgets.document``.

Conventions that every format and view relies on:

* Times are timezone-aware. A naive time is taken as UTC (never the machine's
  local zone), and times are kept to whole seconds: a post-mortem never needs
  more and the Markdown form can then show every stored digit.
* The order of timeline events is data chosen by the user, never derived from
  the timestamps.
* Free text is normalised the way every editor and Markdown file would anyway:
  line endings become ``\\n`` and trailing whitespace at the very end is
  dropped. Anything else (leading spaces, inner blank lines) is kept as typed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
)

from app.field_text import normalize_line, normalize_text
from app.shared_field_sets import share_field_sets

FORMAT_VERSION = 1
"""Version of the JSON format; bump it and add a migration in app.formats.json_format."""


# --------------------------------------------------------------------------- text


Text = Annotated[str, BeforeValidator(normalize_text)]
"""Multi-line Markdown text."""

Line = Annotated[str, BeforeValidator(normalize_line)]
"""A single line of plain text (names, titles, owners, links)."""


# --------------------------------------------------------------------------- time


def as_aware_seconds(value: datetime) -> datetime:
    """Naive times are UTC; sub-second precision is dropped (see module doc)."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=UTC)
    return value.replace(microsecond=0) if value.microsecond else value


Timestamp = Annotated[datetime, AfterValidator(as_aware_seconds)]
"""A moment in time, always aware, whole seconds."""


# --------------------------------------------------------------------------- enums


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in review"
    FINAL = "final"

    @property
    def label(self) -> str:
        return {"draft": "Draft", "in review": "In review", "final": "Final"}[self.value]


class Severity(StrEnum):
    SEV1 = "SEV1"
    SEV2 = "SEV2"
    SEV3 = "SEV3"
    SEV4 = "SEV4"

    @property
    def label(self) -> str:
        return self.value


class EventKind(StrEnum):
    DETECTION = "detection"
    ACTION = "action"
    MISLEADING = "misleading"
    ESCALATION = "escalation"
    RESOLUTION = "resolution"
    NOTE = "note"

    @property
    def label(self) -> str:
        """Singular name shown in the editor."""
        return _EVENT_LABELS[self][0]

    @property
    def heading(self) -> str:
        """The bold label of the reference layout's Timeline group."""
        return _EVENT_LABELS[self][1]


_EVENT_LABELS: dict[EventKind, tuple[str, str]] = {
    EventKind.DETECTION: ("Detection", "Detection"),
    EventKind.ACTION: ("Action taken", "Actions Taken"),
    EventKind.MISLEADING: ("Misleading path", "Misleading Paths"),
    EventKind.ESCALATION: ("Escalation", "Escalation"),
    EventKind.RESOLUTION: ("Resolution", "Resolution"),
    EventKind.NOTE: ("Note", "Notes"),
}


class TaskStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return {"open": "Open", "in progress": "In progress", "done": "Done"}[self.value]


class NodeKind(StrEnum):
    START = "start"
    STEP = "step"
    QUESTION = "question"
    DEAD_END = "dead end"
    RESOLUTION = "resolution"

    @property
    def label(self) -> str:
        return {
            "start": "Start",
            "step": "Step",
            "question": "Question",
            "dead end": "Dead end",
            "resolution": "Resolution",
        }[self.value]


class LayoutDirection(StrEnum):
    TOP_TO_BOTTOM = "TB"
    LEFT_TO_RIGHT = "LR"

    @property
    def label(self) -> str:
        return "Top to bottom" if self is LayoutDirection.TOP_TO_BOTTOM else "Left to right"


# --------------------------------------------------------------------------- parts


def _no_items() -> list[Any]:
    """A new empty list: the lists' default.

    A function of ours rather than ``list``: pydantic asks each default
    factory for its signature, and the signature of a built-in is parsed from
    its text by ``inspect``, which compiles ``tokenize``'s patterns first
    (1 % of the editor's start-up, spent on nothing else).
    """
    return []


class _Part(BaseModel):
    """Base of every part: strict about unknown keys, so typos in files are reported."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class _Item(_Part):
    """Base of the items of a list (events, tasks, nodes, edges, sections): immutable.

    An edit replaces an item, never changes it in place (``model_copy(update=...)``),
    so a copy of the lists shares the items safely with another thread: that is
    what ``snapshot`` relies on.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)


class Metadata(_Part):
    title: Line = ""
    status: Status = Status.DRAFT
    severity: Severity | None = None
    authors: list[Line] = Field(default_factory=_no_items)
    service: Line = Field("", description="The affected product or service.")


class IssueSummary(_Part):
    start: Timestamp | None = None
    end: Timestamp | None = None
    impact: Text = ""
    root_cause: Text = Field("", description="The root cause in a sentence or two.")


class TimelineEvent(_Item):
    kind: EventKind = EventKind.ACTION
    time: Timestamp | None = None
    text: Text = ""


class RootCauseAndResolution(_Part):
    cause: Text = ""
    resolution: Text = ""


class Task(_Item):
    text: Line = ""
    owner: Line = ""
    due: date | None = None
    status: TaskStatus = TaskStatus.OPEN
    link: Line = Field("", description="Ticket or issue link; empty when there is none.")


class Measures(_Part):
    improvements: list[Line] = Field(default_factory=_no_items)
    tasks: list[Task] = Field(default_factory=_no_items)


NODE_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]{0,63}$"


class FlowNode(_Item):
    id: str = Field(pattern=NODE_ID_PATTERN, description="Short identifier used by edges.")
    kind: NodeKind = NodeKind.STEP
    label: Text = ""


class FlowEdge(_Item):
    source: str = Field(pattern=NODE_ID_PATTERN)
    target: str = Field(pattern=NODE_ID_PATTERN)
    label: Line = ""


class Flowchart(_Part):
    direction: LayoutDirection = LayoutDirection.TOP_TO_BOTTOM
    nodes: list[FlowNode] = Field(default_factory=_no_items)
    edges: list[FlowEdge] = Field(default_factory=_no_items)

    def node(self, node_id: str) -> FlowNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def unused_node_id(self) -> str:
        """The first ``nN`` id not taken yet."""
        taken = {n.id for n in self.nodes}
        number = len(self.nodes) + 1
        while f"n{number}" in taken:
            number += 1
        return f"n{number}"


class HumorElement(_Part):
    caption: Text = ""
    flowchart: Flowchart = Field(default_factory=Flowchart)
    closing: Text = Field("", description="The closing line under the flowchart.")


class ExtraSection(_Item):
    heading: Line = ""
    body: Text = ""


class PostMortem(_Part):
    """A whole post-mortem, in the order of the reference layout."""

    # pydantic's JSON parser keeps a cache of short strings, made on its first use: 256 KB held for the
    # rest of the process once any document is opened, to save strings that the model does not keep
    # (keys, kinds, times). Reading 10,000 events is no slower without it.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, cache_strings=False)

    # Strict: a boolean or a string is not a version number, whatever JSON's lax reading says.
    format_version: int = Field(FORMAT_VERSION, strict=True)
    metadata: Metadata = Field(default_factory=Metadata)
    introduction: Text = ""
    summary: IssueSummary = Field(default_factory=IssueSummary)
    timeline: list[TimelineEvent] = Field(default_factory=_no_items)
    root_cause: RootCauseAndResolution = Field(default_factory=RootCauseAndResolution)
    measures: Measures = Field(default_factory=Measures)
    closing_notes: Text = ""
    humor: HumorElement = Field(default_factory=HumorElement)
    extra_sections: list[ExtraSection] = Field(
        default_factory=_no_items,
        description="Sections with any heading, kept in order, after the standard ones.",
    )

    @field_validator("format_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != FORMAT_VERSION:
            raise ValueError(
                f"format version {value} is not {FORMAT_VERSION}; load files through "
                "app.formats.json_format, which migrates older versions"
            )
        return value

    def model_post_init(self, context: Any, /) -> None:
        # 10,000 events: 2.3 MB of equal sets. After the model is built or read, not in a validator:
        # pydantic runs a model's "after" validators again at every assignment (validate_assignment),
        # so a keystroke in the Introduction walked every event twice (50 ms for 10,000).
        share_field_sets(self)


def identical(left: Any, right: Any) -> bool:
    """Equal, and equal in every stored detail.

    ``==`` on aware datetimes compares instants, so 11:00 UTC equals 13:00
    UTC+02:00 although the file would change; editing only a time's zone must
    still count as an edit.
    """
    if isinstance(left, BaseModel) and isinstance(right, BaseModel):
        return type(left) is type(right) and left.model_dump(mode="json") == right.model_dump(mode="json")
    if isinstance(left, datetime) and isinstance(right, datetime):
        return left == right and left.utcoffset() == right.utcoffset()
    return bool(left == right)


def snapshot(model: PostMortem) -> PostMortem:
    """A copy that later edits do not reach, to read in another thread or compare later.

    The parts (which edits change field by field) and the lists are copied; the
    list items are shared, which is safe because they are immutable. A deep copy
    of a 10,000-event document would cost the UI thread tens of milliseconds.
    """
    flowchart = model.humor.flowchart
    return model.model_copy(
        update={
            "metadata": model.metadata.model_copy(update={"authors": list(model.metadata.authors)}),
            "summary": model.summary.model_copy(),
            "timeline": list(model.timeline),
            "root_cause": model.root_cause.model_copy(),
            "measures": model.measures.model_copy(
                update={"improvements": list(model.measures.improvements), "tasks": list(model.measures.tasks)}
            ),
            "humor": model.humor.model_copy(
                update={
                    "flowchart": flowchart.model_copy(
                        update={"nodes": list(flowchart.nodes), "edges": list(flowchart.edges)}
                    )
                }
            ),
            "extra_sections": list(model.extra_sections),
        }
    )


def empty_document() -> PostMortem:
    return PostMortem()
