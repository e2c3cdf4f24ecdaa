"""A section begun by a labelled paragraph inside the timeline ("Root cause: the job wrote …").

A mail or a plain-text report often names its parts in the first words of
a paragraph rather than on a line of their own::

    Timeline (CEST):
    09:12  The refresh job runs.
    10:47  Logins work again.

    Root cause: the refresh job wrote the certificate to every tenant.

No timeline entry reads like that paragraph: it is where the timeline ends
and the root cause begins. It is cut out, with what follows it in the
timeline's section, as a section of its own named by its label (kept as
written). A label that is also a kind of entry ("Resolution: 10:47 …",
"Detection: …") stays in the timeline, where such labels head entries.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.timeline.kinds import kind_named
from app.formats.markdown_read.tokens import TIME_LED
from app.formats.markdown_syntax import outside_fences

# "Root cause: the job …", "**Root cause:** the job …", "Lessons learned - we …" is not one (no colon).
_RUN_IN_LABEL = re.compile(
    r"[ \t]*(?P<open>\*\*|__)?(?P<label>[A-Za-z][A-Za-z /&'’()-]{2,40}?)[ \t]*(?::(?P=open)|(?P=open):|:)[ \t]+(?=\S)"
)
# The parts of a report that never stand inside a timeline.
_AFTER_THE_TIMELINE = frozenset(
    ["root_cause", "cause", "summary_cause", "resolution", "measures", "closing_notes", "impact", "humor"]
)
# In the measures, only the parts that come after them: "Impact:" or "Cause:" there label a task's details.
_AFTER_THE_MEASURES = frozenset(["closing_notes", "humor"])


def labelled_parts_of_the_timeline(
    sections: list[Section], extras_from: int | None
) -> tuple[list[Section], int | None]:
    """``sections`` with each timeline cut where a paragraph is labelled as another part of the report."""
    limit = len(sections) if extras_from is None else extras_from
    out: list[Section] = []
    added = 0
    for number, section in enumerate(sections):
        key = section_key(section.heading)
        pieces = _cut(section, key) if number < limit and key in ("timeline", "measures") else [section]
        added += len(pieces) - 1
        out.extend(pieces)
    return out, None if extras_from is None else extras_from + added


def _cut(section: Section, key: str | None) -> list[Section]:
    """The section, cut before each paragraph labelled as another part; one pass, however many parts."""
    lines, flags = section.lines, outside_fences(section.lines)
    pieces: list[Section] = []
    heading, start, first_line = section.heading, 0, None
    timed, kind_labelled = 0, False  # lines led by a time; a timeline of entries led by their kind
    for index, line in enumerate(lines):
        if not flags[index] or len(line) > 4000:
            continue
        timed += TIME_LED.match(line) is not None
        if index and lines[index - 1].strip():
            continue
        found = _RUN_IN_LABEL.match(line)
        if found is None:
            continue
        label = found.group("label").strip()
        if TIME_LED.match(line[found.end() :]):
            continue  # "**Resolution:** 12:05 …", "Fix: 10:20 …": an entry headed by its kind, with its time
        if key == "timeline" and kind_named(label) is not None:
            # A timeline of paragraphs headed by their kinds ("**Detection:** …") keeps them all; after
            # entries led by their times, an untimed "**Resolution:** Reverted the policy …" is the section.
            kind_labelled = kind_labelled or timed < 2
            if kind_labelled:
                continue
        if section_key(label) not in (_AFTER_THE_MEASURES if key == "measures" else _AFTER_THE_TIMELINE):
            continue
        body = lines[start:index] if first_line is None else [first_line, *lines[start + 1 : index]]
        pieces.append(Section(heading, body, section.position, section.level))
        text = line[found.end() :]
        if text[:2].isalpha() and text[:2].islower():
            text = text[0].upper() + text[1:]  # "Root cause: the job wrote …": its sentence starts at "The"
        heading, start, first_line = label, index, text
    if not pieces:
        return [section]
    body = lines[start:] if first_line is None else [first_line, *lines[start + 1 :]]
    return [*pieces, Section(heading, body, section.position, section.level)]
