"""A timeline told phase by phase in paragraphs: "### Alert", "### Investigation", "### Mitigation", each over
a few paragraphs of what people saw and did, hardly a clock among them.

An infrastructure team's report often reads so: "On 2 May at 09:12 a volunteer told us the mirror was down"
under the alert, "Ana finds the proxy is not answering" under the investigation, one paragraph a step under
the mitigation. A careful reader makes each paragraph (each item of a list) an event, in the document's order,
of the kind its phase names: the alert's paragraphs the detection, an investigation's or a mitigation's
steps taken, unless their own words say otherwise (a wrong guess, a hand-over, the recovery; a remark). An
event is timed only when its paragraph tells its moment. Without this reader the untimed paragraphs stayed
beside the timeline as text under the bare phase headings.

Only when every heading of the part names phases, the first of them the incident's discovery, and most of
its paragraphs do not open with a time (those are timed entries, read with the usual recognisers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.formats.markdown_read.phase_sections import DETECTING, OUTSIDE_THE_STORY, phase_words
from app.formats.markdown_read.timeline.kinds import guess_kind
from app.formats.markdown_read.timeline.told_times import told_moment
from app.formats.markdown_read.tokens import BULLET, TIME_LED, heading_of, is_table_line
from app.model import EventKind

if TYPE_CHECKING:
    from app.formats.markdown_read.draft import Section
    from app.formats.markdown_read.timeline.context import TimelineContext

_MOST_LINES = 2000
"""A longer part is no story told phase by phase: it is read entry by entry."""
_LONGEST_HEAD = 400
"""The words of a paragraph its remark is looked for in."""
_LONGEST_LEAD = 2000
"""A longer paragraph is not searched for the moment it opens with (the reading is not linear)."""

# Words a careful reader keeps as they are in any phase: a wrong guess, a hand-over, the service back.
_OWN_WORDS = frozenset((EventKind.MISLEADING, EventKind.ESCALATION, EventKind.RESOLUTION))
# The phases that are a kind's own name; any other (investigation, mitigation, recovery) holds steps taken.
_PHASE_KINDS = {"escalation": EventKind.ESCALATION, "resolution": EventKind.RESOLUTION}
# "Notice that the disk alert was mailed a day late", "Note: …", "NB …": the writer's remark, no step.
_REMARK = re.compile(r"(?:[*_]{0,2})(?:notice|note|nb|n\.b\.)\b(?:[*_]{0,2})(?:[ \t]+that\b|[ \t]*:)", re.I)
# A paragraph that is only a picture: it illustrates the step above it.
_PICTURE = re.compile(r"[ \t]*!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)[ \t]*")

Group = tuple[list[str], list[str]]
"""A phase's words (from its heading) and its entries' texts."""


def phase_groups(lines: list[str]) -> list[Group] | None:
    """The part's phases and each one's entries, when it is phase headings over paragraphs only; else ``None``."""
    if len(lines) > _MOST_LINES:
        return None
    groups: list[Group] = []
    paragraph: list[str] = []
    for line in lines:
        heading = heading_of(line)
        if heading is not None or not line.strip():
            _close(groups, paragraph)
            paragraph = []
            if heading is not None:
                words = phase_words(heading[1])
                if words is None or words[0] in OUTSIDE_THE_STORY:
                    return None  # "### Our thoughts", "### Follow-up": not a phase of the story told
                groups.append((words, []))
            continue
        if not groups or is_table_line(line) or line.lstrip().startswith(("```", "~~~", "<")):
            return None  # text before the first phase, a table, code, HTML: another layout
        paragraph.append(line)
    _close(groups, paragraph)
    entries = [entry for _, texts in groups for entry in texts]
    if len(groups) < 2 or groups[0][0][0] not in DETECTING or not entries:
        return None
    if 2 * sum(1 for entry in entries if TIME_LED.match(entry)) > len(entries):
        return None  # mostly timed entries: the recognisers read those, each at its time
    return groups


def _close(groups: list[Group], paragraph: list[str]) -> None:
    """Add a finished paragraph to the last phase: one entry, or one an item when it is a list."""
    if not paragraph or not groups:
        return
    texts = groups[-1][1]
    if len(paragraph) == 1 and _PICTURE.fullmatch(paragraph[0]) and texts:
        texts[-1] += "\n\n" + paragraph[0].strip()
        return
    if not BULLET.match(paragraph[0]):
        texts.append("\n".join(line.strip() for line in paragraph))
        return
    items: list[list[str]] = []
    for line in paragraph:
        bullet = BULLET.match(line)
        if bullet is not None:
            items.append([line[bullet.end() :].strip()])
        else:
            items[-1].append(line.strip())  # a wrapped line of the item above
    texts.extend(" ".join(item) for item in items if any(item))


def phase_paragraph_events(ctx: TimelineContext, section: Section) -> bool:
    """Read a part told phase by phase in paragraphs into the timeline; whether it was one."""
    groups = phase_groups(section.lines)
    if groups is None:
        return False
    for words, texts in groups:
        for text in texts:
            time, has_clock = None, False
            # "On 2 May at 09:12 CEST a volunteer told us …": the moment it opens with, its words after it.
            lead = ctx.leading(text) if len(text) <= _LONGEST_LEAD else None
            if lead is not None and lead.has_time and lead.text:
                time, has_clock, text = lead.moment, True, lead.text
            elif (told := told_moment(ctx, text)) is not None:
                time, has_clock = told, True
            ctx.add(time, text, _kind(words[0], text), has_clock=has_clock)
    return True


def _kind(phase: str, text: str) -> EventKind:
    """The kind of an entry under ``phase``: the phase's, unless the entry's own words say otherwise."""
    if _REMARK.match(text[:_LONGEST_HEAD]):
        return EventKind.NOTE
    own = EventKind.DETECTION if phase in DETECTING else _PHASE_KINDS.get(phase, EventKind.ACTION)
    guessed = guess_kind(text)
    return guessed if guessed in _OWN_WORDS else own
