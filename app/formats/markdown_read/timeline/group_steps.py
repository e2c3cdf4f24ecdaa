"""The steps a writer lists under a kind's label, told apart where a careful reader tells them apart: the
recovery from the steps that led to it under "Resolution:", a hand-over listed under "Actions Taken:".

The student template's timeline groups its entries under labels ("**Resolution:**" over three bullets: "The
server was restarted, which helped for a while", "Diagnostics found a failing disk, which was replaced", "Data
restored from backups and service fully recovered"). The label names what the group is about; a careful reader
still records the restart and the disk found as steps taken, and only the entry that ended the incident as its
resolution. Other groups keep their label's kind (``kind_verdicts.step_kind`` reads single entries there).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.formats.markdown_read.draft import EventDraft
from app.formats.markdown_read.timeline.kind_verdicts import step_kind
from app.formats.markdown_read.timeline.kinds import guess_kind
from app.model import EventKind

# What a step before the recovery may be besides a deed: a wrong turn or a hand-over said in its own words.
_OWN_KINDS = (EventKind.MISLEADING, EventKind.ESCALATION)


def grouped_step_kind(text: str, group: EventKind | None) -> EventKind | None:
    """The kind of a step under a group's label (``kind_verdicts.step_kind``), or an escalation where the step,
    listed with the deeds, does nothing but hand the incident on ("The incident was escalated to the DBA team":
    the template's reader records whom it went to; not "The team was notified and began investigating", a deed
    besides)."""
    kind = step_kind(text, group)
    if (
        kind is EventKind.ACTION
        and guess_kind(text) is EventKind.ESCALATION
        and guess_kind(text, besides=EventKind.ESCALATION) is EventKind.NOTE
    ):
        return EventKind.ESCALATION
    return kind


def steps_before_the_recovery(events: list[EventDraft]) -> None:
    """In each group of two or more entries under a resolution's label, the entries before the one that ended
    the incident are steps: the ended one tells the recovery in its words ("service fully recovered"), else it
    is the group's last deed ("Implemented the query fix and restarted the services" after "Identified the
    slow queries"). Entries after it keep the label's kind."""
    for group in _resolution_groups(events):
        guesses = [guess_kind(event.text) for event in group]
        ended = [index for index, guess in enumerate(guesses) if guess is EventKind.RESOLUTION]
        if not ended:
            deeds = [index for index, guess in enumerate(guesses) if guess is EventKind.ACTION]
            ended = deeds[-1:] or [len(group) - 1]
        for index, event in enumerate(group[: ended[-1]]):
            if index not in ended:
                event.kind = guesses[index] if guesses[index] in _OWN_KINDS else EventKind.ACTION


def _resolution_groups(events: list[EventDraft]) -> Iterator[list[EventDraft]]:
    """The runs of two or more entries whose kind a resolution's label gave."""
    run: list[EventDraft] = []
    for event in [*events, None]:
        if event is not None and event.from_group and event.kind is EventKind.RESOLUTION:
            run.append(event)
            continue
        if len(run) >= 2:
            yield run
        run = []
