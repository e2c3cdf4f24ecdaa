"""Where a timeline or the measures end: a paragraph labelled as a later part ("Root cause: the job wrote …").

A mail or a plain-text report often names its parts in the first words of
a paragraph rather than on a line of their own::

    Timeline (CEST):
    09:12  The refresh job runs.
    10:47  Logins work again.

    Root cause: the refresh job wrote the certificate to every tenant.

No timeline entry reads like that paragraph: it is where the timeline ends
and the root cause begins. It is cut out, with what follows it in the
section, as a section of its own named by its label (kept as written); so
is "**Lessons learned:** …" after the action items. Only after the section's
last timed entry (or last list item, in the measures): a labelled note
between entries ("Impact: at this point 30% failed" between 14:05 and 14:20)
is part of the timeline. A label that is also a kind of entry ("Resolution:
rolled back at 14:30", "Detection: …") with a time in it, or in a timeline
of entries headed by their kinds, stays in the timeline too.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.relative_times import led_by_relative_time
from app.formats.markdown_read.tokens import TIME_LED, heading_of
from app.formats.markdown_syntax import outside_fences
from app.model import EventKind

# "Root cause: the job …", "**Root cause:** the job …", "Lessons learned - we …" is not one (no colon).
_RUN_IN_LABEL = re.compile(
    r"[ \t]*(?P<open>\*\*|__)?(?P<label>[A-Za-z][A-Za-z /&'’()-]{2,40}?)[ \t]*(?::(?P=open)|(?P=open):|:)[ \t]+(?=\S)"
)
# A clock anywhere in the paragraph: "**Resolution:** Rolled back at 14:30 UTC" is an entry.
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?::\d{2})?[ \t]?[ap]\.?m\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S")
# The parts of a report that never stand inside a timeline.
_AFTER_THE_TIMELINE = frozenset(
    ["root_cause", "cause", "summary_cause", "resolution", "measures", "closing_notes", "impact", "humor"]
)
# In the measures, only the parts that come after them: "Impact:" or "Cause:" there label a task's details.
_AFTER_THE_MEASURES = frozenset(["closing_notes", "humor"])


def labelled_parts_cut(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """``sections`` with each timeline and the measures cut where a paragraph after their last entry is
    labelled as a later part of the report."""
    limit = len(sections) if extras_from is None else extras_from
    out: list[Section] = []
    added = 0
    for number, section in enumerate(sections):
        key = section_key(section.heading)
        pieces = _cut(section, key) if number < limit and key in ("timeline", "measures") else [section]
        if number < limit and key == "timeline":
            pieces = [*_lead_parts_cut(pieces[0]), *pieces[1:]]
        added += len(pieces) - 1
        out.extend(pieces)
    return out, None if extras_from is None else extras_from + added


def _cut(section: Section, key: str | None) -> list[Section]:
    """The section, cut before each labelled paragraph after its last entry; one pass, however many parts."""
    lines, flags = section.lines, outside_fences(section.lines)
    entry = TIME_LED if key == "timeline" else _LIST_ITEM
    # A timeline's entries open with a clock, or with a time relative to T+0 ("| T+12m | Alert pages …").
    entries = [
        index
        for index, line in enumerate(lines)
        if flags[index] and (entry.match(line) or (key == "timeline" and led_by_relative_time(line)))
    ]
    last_entry = max(entries, default=-1)
    timed = len(entries) if key == "timeline" else 0
    kind_labelled = False  # a timeline of entries headed by their kinds ("**Detection:** …") keeps them all
    pieces: list[Section] = []
    heading, start, first_line = section.heading, 0, None
    for index, line in enumerate(lines):
        if not flags[index] or len(line) > 4000 or (index and lines[index - 1].strip()):
            continue
        found = _RUN_IN_LABEL.match(line)
        if found is None:
            continue
        label = found.group("label").strip()
        if key == "timeline" and _kind_named(label) is not None:
            kind_labelled = kind_labelled or timed < 2 or _CLOCK.search(_paragraph(lines, index)) is not None
            if kind_labelled:
                continue
        if index < last_entry or TIME_LED.match(line[found.end() :]):
            continue  # a labelled note between entries, or an entry led by its label and its time
        if section_key(label) not in (_AFTER_THE_MEASURES if key == "measures" else _AFTER_THE_TIMELINE):
            continue
        body = lines[start:index] if first_line is None else [first_line, *lines[start + 1 : index]]
        pieces.append(Section(heading, body, section.position, section.level))
        heading, start, first_line = label, index, _sentence_start(line[found.end() :])
    if not pieces:
        return [section]
    body = lines[start:] if first_line is None else [first_line, *lines[start + 1 :]]
    return [*pieces, Section(heading, body, section.position, section.level)]


# "Impact:" or "**Impact:**" on a line of its own, over the list it names.
_LABEL_LINE = re.compile(
    r"[ \t]*(?P<open>\*\*|__)?(?P<label>[A-Za-z][\w /&'’()+-]{2,40}?)[ \t]*(?::(?P=open)|(?P=open):|:)[ \t]*"
)
# Parts of a report an account of what happened may name on a line of their own before its timed entries.
_BEFORE_THE_ENTRIES = frozenset(["impact", "cause", "root_cause", "resolution"])


def _lead_parts_cut(section: Section) -> list[Section]:
    """An account of what happened ("What actually happened?") whose prose names its impact on a line of its own,
    "Impact:" (or a sub-heading), over a list, or opening a paragraph without a clock ("Impact: ~100% of logins
    failed …"), before the timed entries: the section without that part, then the part as a section named by its
    label. The part runs to the next label on a line of its own, a sub-heading or the first timed entry."""
    lines, flags = section.lines, outside_fences(section.lines)
    cut: tuple[int, int, str] | None = None
    run_in = ""  # "Impact: ~100% of logins failed …": the words after a label opening its paragraph
    for index, line in enumerate(lines):
        if flags[index] and cut is None and (told := _run_in_part(lines, index)) is not None:
            cut, run_in = (index, len(lines), told[0]), told[1]
            continue
        if not flags[index] or len(line) > 200:
            continue
        if TIME_LED.match(line) or led_by_relative_time(line):
            break
        found = _LABEL_LINE.fullmatch(line)
        heading = heading_of(line) if found is None and line.lstrip().startswith("#") else None
        if heading is not None and heading[0] <= section.level:
            break
        label = found.group("label") if found is not None else heading[1] if heading is not None else None
        if label is None or (found is not None and index and lines[index - 1].strip()):
            continue
        if cut is not None:
            cut = (cut[0], index, cut[2])
            break
        # (A timeline's "### Recovery" over its entries names their kind, not a part of the report.)
        if section_key(label) in _BEFORE_THE_ENTRIES and (heading is None or _kind_named(label) is None):
            cut = (index, len(lines), label.strip())
    if cut is None:
        return [section]
    start, end, label = cut
    end = next((i for i in range(start + 1, end) if flags[i] and TIME_LED.match(lines[i])), end)
    if not run_in and not any(line.strip() for line in lines[start + 1 : end]):
        return [section]  # a label over the timed entries themselves
    body = [run_in, *lines[start + 1 : end]] if run_in else lines[start + 1 : end]
    part = Section(label, body, section.position + start + 1, section.level)
    rest = Section(section.heading, [*lines[:start], *lines[end:]], section.position, section.level)
    return [rest, part]


def _run_in_part(lines: list[str], index: int) -> tuple[str, str] | None:
    """The label and the words after it of a paragraph at ``index`` opening with a part's name before the
    entries ("Impact: ~100% of logins failed for 1 h 19 min."); none when the paragraph tells a clock (an entry
    led by its label) or when the label is a kind of entry ("Resolution:")."""
    line = lines[index]
    if len(line) > 4000 or (index and lines[index - 1].strip()) or (found := _RUN_IN_LABEL.match(line)) is None:
        return None
    label = found.group("label").strip()
    if section_key(label) not in _BEFORE_THE_ENTRIES or _CLOCK.search(_paragraph(lines, index)) is not None:
        return None
    if _kind_named(label) is not None:
        return None  # "**Resolution:** The policy was reverted.": an entry headed by its kind, the timeline's own
    return label, _sentence_start(line[found.end() :])


def _kind_named(label: str) -> EventKind | None:
    # Imported here, for a timeline: at the top it loaded the whole ``timeline`` package (a fifth of the
    # reader's memory) for every Markdown file, one without a timeline included.
    from app.formats.markdown_read.timeline.kinds import kind_named

    return kind_named(label)


def _paragraph(lines: list[str], start: int) -> str:
    """The paragraph starting at ``start`` (up to 20 lines: a label's paragraph, not the rest of the file)."""
    end = start
    while end < len(lines) and end < start + 20 and lines[end].strip():
        end += 1
    return "\n".join(lines[start:end])


def _sentence_start(text: str) -> str:
    """``the job wrote …`` after its label as the sentence it now starts, ``The job wrote …`` ("iOS" stays)."""
    if text[:1].isalpha() and text[:1].islower() and not text[1:2].isupper():
        return text[0].upper() + text[1:]
    return text
