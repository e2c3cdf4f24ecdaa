"""The reading state: a typed draft of the document, and the one path for leftovers.

Section readers fill a ``Draft``; ``None`` (or an empty list) means "not
read", so the first reader to find a value keeps it and a later one keeps
its text as written instead. ``Draft.to_data`` turns the draft into the data
the model validates, leaving unread fields at the model's defaults.

Every line that no reader claims goes through ``Draft.keep``: it becomes
(part of) an additional section, word for word. That is the one place that
guarantees the import never loses text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from app.formats.markdown_syntax import unescape_block
from app.model import EventKind, LayoutDirection, NodeKind, Status, TaskStatus
from app.timezones import zone_note


@dataclass
class Section:
    """A section of the file: its heading, its lines, and where it stood (for ordering kept text)."""

    heading: str
    lines: list[str]
    position: int
    level: int = 2


@dataclass
class MetadataDraft:
    title: str = ""
    status: Status | None = None
    severity: str | None = None
    authors: list[str] | None = None
    service: str | None = None


@dataclass
class SummaryDraft:
    start: datetime | None = None
    end: datetime | None = None
    impact: str | None = None
    root_cause: str | None = None


@dataclass
class EventDraft:
    kind: EventKind
    time: datetime | None
    text: str
    # False for an event with a date and no clock time ("2021-08-17: ..."), read as that midnight:
    # it places the event, but says nothing of when the incident started or ended.
    has_clock: bool = True
    # Whether the kind was guessed from the words (no group, heading or column named it).
    kind_guessed: bool = False
    # Whether the kind is that of a group's label over several entries ("**Resolution:**" over its bullets):
    # the label names the group's purpose, and a reader still tells the steps before the recovery from it.
    from_group: bool = False


@dataclass
class RootCauseDraft:
    cause: str | None = None
    resolution: str | None = None


@dataclass
class TaskDraft:
    text: str
    status: TaskStatus = TaskStatus.OPEN
    owner: str | None = None
    due: date | None = None
    link: str | None = None
    # The owner was a name alone in brackets after the text ("… notices (Camille Tremblay)"): an owner only
    # when the document names that person elsewhere, else a product's name ("(Apache Kafka)") kept in the text.
    owner_alone: bool = False
    # The task's line as written, when its owner is a first name only ("(Ananya, 2025-02-14)", "Jakob: …, by
    # 14 June"): the name must be written elsewhere too, else the line stands as written ("(Grafana, …)").
    written: str | None = None

    def tracked(self) -> bool:
        """Whether the task says who does it, by when, where it is tracked or how far it is: else it is a plain
        line, which some layouts mean as an improvement rather than a task."""
        return bool(self.owner or self.due or self.link) or self.status is not TaskStatus.OPEN


@dataclass
class MeasuresDraft:
    improvements: list[str] = field(default_factory=list)
    tasks: list[TaskDraft] = field(default_factory=list)


@dataclass
class NodeDraft:
    id: str
    kind: NodeKind
    label: str


@dataclass
class EdgeDraft:
    source: str
    target: str
    label: str


@dataclass
class FlowchartDraft:
    direction: LayoutDirection | None = None
    nodes: list[NodeDraft] = field(default_factory=list)
    edges: list[EdgeDraft] = field(default_factory=list)


@dataclass
class HumorDraft:
    caption: str | None = None
    closing: str | None = None
    flowchart: FlowchartDraft = field(default_factory=FlowchartDraft)


@dataclass
class KeptText:
    """Text kept as an additional section, ordered by where it stood in the file."""

    position: int
    heading: str
    body: str


@dataclass
class Draft:
    """What has been read so far."""

    metadata: MetadataDraft = field(default_factory=MetadataDraft)
    introduction: str | None = None
    summary: SummaryDraft = field(default_factory=SummaryDraft)
    timeline: list[EventDraft] = field(default_factory=list)
    root_cause: RootCauseDraft = field(default_factory=RootCauseDraft)
    measures: MeasuresDraft = field(default_factory=MeasuresDraft)
    closing_notes: str | None = None
    humor: HumorDraft = field(default_factory=HumorDraft)
    kept: list[KeptText] = field(default_factory=list)
    # Whether the header names the write-up's own status ("Postmortem status: In review"): a plain "Status:"
    # beside it is the incident's ("Status: Closed"), kept as written.
    own_status_named: bool = False
    # Whether the header's labelled bullets name two parts of the report or more ("Reason/Cause:", "Actions
    # Taken:"): the header is the report itself (header_parts.py).
    header_in_parts: bool = False
    # Which section keys a reader has claimed: a second "Timeline" is kept as written.
    claimed: set[str] = field(default_factory=set)
    # The incident's day from a "**Date:**" line or the first date written: the day of
    # timeline times written alone when the summary has no start.
    day: date | None = None
    # Whether ``day`` was stated ("Date:"), not only taken from the first date written.
    day_stated: bool = False
    # Front matter's "date:": when the report was posted, the day of its times only when the text names none.
    posted_day: date | None = None
    # The report's own date (a memo's "Date:", a byline's) when the text tells the incident's day apart from it:
    # a "Date:" label giving it is not the day of the times.
    report_day: date | None = None
    # A status page's updates written in its front matter ("incident_states:"), as timeline entries.
    front_matter_updates: list[str] = field(default_factory=list)
    # No zone stated nor written beside any time: the times are read as UTC, and the user is told.
    zone_unnamed: bool = False
    # The note saying in which zone times written without one were read: taken back when no time was read.
    zone_read_note: str | None = None
    # The zone the document states for times written without one ("All times in CET").
    zone: tzinfo | None = None
    # Whether the incident's window was only guessed from timeline entries (not stated by the document).
    window_guessed: bool = False
    # Whether the end alone was guessed from the timeline's last recovery: a length the document states wins.
    end_guessed: bool = False
    # Whether the start was guessed from the timeline's first sign (its words), not stated: figures stated win.
    start_guessed: bool = False
    # Set for files not in the editor's own layout: only there are details
    # written inside a task's line ("(owner: Ana)") read out of its text,
    # because the export writes task text as typed.
    other_template: bool = False
    # Whether the header wrote a "Severity:" label, and whether the severity read came from a "Priority:" one:
    # a priority stands in for a severity only when none is written.
    severity_labelled: bool = False
    severity_from_priority: bool = False
    # The authors were read from a facilitator's or an owner's label: a "Written by:" line says it better.
    authors_from_a_stand_in: bool = False
    # What the import guessed and a person may want to check ("IST read as India").
    notes: list[str] = field(default_factory=list)
    # Closing words written after the measures' lists ("This postmortem shows…"): the closing notes, unless
    # a section gives them (``closing_words``).
    closing_after_measures: tuple[Section, list[str]] | None = None
    # Zones the document states for its times ("All times in IST"), noted once the times are read.
    stated_zones: list[tzinfo] = field(default_factory=list)
    # The moment the document's relative times ("T+15m") count from, where it states one ("**T0** is …").
    anchor: datetime | None = None
    # The lines above the first section (a "**Launch (T0):** …" label there anchors a timeline's "T+00:05").
    header_lines: list[str] = field(default_factory=list)
    # A ticket copy's reporter and assignee: the authors, when the document names none itself.
    ticket_people: list[str] = field(default_factory=list)
    # The SRE header's "Trigger:" and "Detection:" lines, labelled, for the cause (``header_story``).
    header_story: list[str] = field(default_factory=list)
    # Whether the root cause was told in the header ("**Root Causes:** …"), and the header's "Date:" line.
    cause_in_header: bool = False
    date_line: str | None = None
    date_moment: datetime | None = None  # the "Date:" line's day and clock: the start when nothing else gives one
    # The sign-off ending the document, as written, and the name it signs (``signature``).
    signature: tuple[list[str], str] | None = None
    # What a mail thread's replies say of the quoted report (``mail_thread``): that it is final ("consider this
    # the final write-up"), and the numbers of the action items they call done ("item 4 is done").
    thread_updates: tuple[bool, frozenset[int]] | None = None

    def stated_zone(self, zone: tzinfo | None) -> tzinfo | None:
        """``zone``, stated by the document for its times; remembered, to note a guessed reading ("IST")."""
        if zone is not None and zone not in self.stated_zones:
            self.stated_zones.append(zone)
        return zone

    def note_guessed_kinds(self) -> None:
        """Say how many events' kinds were guessed from their words, so that a person checks them."""
        guessed = sum(1 for event in self.timeline if event.kind_guessed)
        if guessed:
            events = "event's kind was" if guessed == 1 else "events' kinds were"
            self.notes.append(f"{guessed:,} {events} guessed from the words; check them on the Timeline page")

    def note_stated_zones(self) -> None:
        """Note how each stated zone was read, on the day of the first time read with it (none: no note).

        With no time read at all (the times stayed in sections not understood), the note on the zone times
        without one were read in is taken back too: it would tell of nothing read."""
        first = next((event.time for event in self.timeline if event.time is not None), self.summary.start)
        if first is None and self.summary.end is None and self.zone_read_note in self.notes:
            self.notes.remove(self.zone_read_note)
        if first is None:
            return
        for zone in self.stated_zones:
            note = zone_note(zone, first.replace(tzinfo=None))
            if note and note not in self.notes:
                self.notes.append(note)

    def keep(self, section: Section, lines: list[str], *, whole: bool = False) -> None:
        """Keep ``lines`` of ``section`` word for word as an additional section.

        A ``whole`` section is kept even when empty (its heading is content) and
        has the exporter's escapes undone; leftovers of a known section are kept
        only when they hold text.
        """
        body = "\n".join(lines).strip("\n")
        if whole:
            body = unescape_block(body)
        if whole or _holds_text(body):
            self.kept.append(KeptText(section.position, section.heading, body))

    def claim(self, key: str) -> bool:
        """Whether ``key`` is still free; a second section for the same field is kept as written.

        The measures are lists a report may split over several sections ("Remediation Actions", then
        "Prevention Measures"): each adds its items."""
        if key in self.claimed and key != "measures":
            return False
        self.claimed.add(key)
        return True

    def set_text(self, section: Section, part: object, name: str, value: str) -> None:
        """Fill a text field of ``part`` unless already filled (then keep ``section`` as written)."""
        if not self.fill(part, name, value):
            self.keep(section, section.lines, whole=True)

    def fill(self, part: object, name: str, value: str) -> bool:
        """Fill an unread text field; ``False`` when it was read already."""
        if getattr(part, name):
            return False
        setattr(part, name, value)
        return True

    def to_data(self) -> dict[str, Any]:
        """The draft as the data ``PostMortem.model_validate`` takes; unread fields are left out."""
        self.kept.sort(key=lambda kept: kept.position)
        data: dict[str, Any] = {
            "metadata": _set_fields(self.metadata),
            "summary": _set_fields(self.summary),
            "timeline": [{"kind": e.kind, "time": e.time, "text": e.text} for e in self.timeline],
            "root_cause": _set_fields(self.root_cause),
            "measures": {
                "improvements": list(self.measures.improvements),
                "tasks": [_set_fields(task, skip=("owner_alone", "written")) for task in self.measures.tasks],
            },
            "humor": {
                **_set_fields(self.humor, skip=("flowchart",)),
                "flowchart": {
                    **_set_fields(self.humor.flowchart, skip=("nodes", "edges")),
                    "nodes": [vars(node) for node in self.humor.flowchart.nodes],
                    "edges": [vars(edge) for edge in self.humor.flowchart.edges],
                },
            },
            "extra_sections": [{"heading": kept.heading, "body": kept.body} for kept in self.kept],
        }
        for name in ("introduction", "closing_notes"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        return data


def _holds_text(body: str) -> bool:
    """Whether leftovers hold more than blank lines and rules (a "---" closing a section says nothing)."""
    return any(line.strip() and line.strip().replace(" ", "").strip("-*_") for line in body.split("\n"))


def _set_fields(part: object, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {name: value for name, value in vars(part).items() if value is not None and name not in skip}
