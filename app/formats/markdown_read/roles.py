"""Which field a section fills when its name alone does not settle it: a careful reader looks around.

- "What went wrong" beside "What went well" or "Where we got lucky", or in
  a document with a root-cause section of its own, is one of the
  retrospective's lessons; alone, it is the cause.
- The lessons written as sections of their own ("What went well", "What can
  be improved") are the closing notes together, each under its heading.
- A "Remediation" written as a paragraph tells how the incident was fixed: it
  does not take the measures from a later section that lists the tasks.
- The "5 Whys" are the cause, unless a section of the document names the cause itself.
- "What happened?" asked as a question (Azure's reviews), when another
  section holds the times, tells what customers saw: the impact.
- A "Root Cause" before the timeline, with a "Root Cause and Resolution" further on, is the
  summary's root cause.
- A "Lessons learned" beside a "Closing notes" stays as written; the closing notes are the latter's.
- A "Summary" after an "Introduction", its lines labelling the window or the impact, is the Issue Summary.
- Of several sections that could be the timeline, the one with the most timed lines is; a "What
  happened" told in prose, with no timed line, is the story: the introduction.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.closing_leftovers import opens_as_closing_words
from app.formats.markdown_read.done_remediation import remediation_as_resolution
from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.incident_sections import first_incident_as_summary
from app.formats.markdown_read.lessons_beside_closing import lessons_beside_closing_words
from app.formats.markdown_read.names import (
    LESSON_PARTS,
    LESSON_WHEN_BESIDE_PARTS,
    WHYS,
    names_measure_part,
    plain_name,
    section_key,
    section_key_is_plain_timeline,
)
from app.formats.markdown_read.prose_timeline import says_a_time, timed_sentences
from app.formats.markdown_read.relative_times import led_by_relative_time
from app.formats.markdown_read.second_overview import second_overview_as_summary
from app.formats.markdown_read.status_words import STATUS_ENTRY
from app.formats.markdown_read.summation import summation_beside_a_cause
from app.formats.markdown_read.tokens import BULLET, TIME_LED, is_table_line
from app.formats.markdown_syntax import outside_fences

Assigned = dict[int, str | None]

# Names of measures that, written as a paragraph, tell what was done rather than what is to do.
_DONE_WHEN_PROSE = ("remediation", "remediations", "remediation and prevention")


def settle_roles(sections: list[Section], assigned: Assigned) -> None:
    """Settle the sections' keys by their neighbours and contents; lesson parts are merged in place."""
    _lessons_beside_parts(sections, assigned)
    _whys_beside_a_cause(sections, assigned)
    _prose_measures(sections, assigned)
    remediation_as_resolution(sections, assigned)  # "Remediation: - Wrapped …, - Added …": the fix
    _what_happened_as_impact(sections, assigned)
    _notes_at_the_end(sections, assigned)
    _cause_before_the_story(sections, assigned)
    _tasks_before_the_story(sections, assigned)  # a README's "## Tasks" of the project, then the report
    lessons_beside_closing_words(sections, assigned)  # "## Lessons learned", then "## Closing notes"
    _merge_lesson_parts(sections, assigned)
    summation_beside_a_cause(sections, assigned)
    second_overview_as_summary(sections, assigned)  # "## Introduzione", then "## Sommario" of labelled lines
    first_incident_as_summary(sections, assigned)  # "### March 5 14:31 UTC (lasting 1 hour)", then another


def _cause_before_the_story(sections: list[Section], assigned: Assigned) -> None:
    """A "Root Cause" written before the timeline, in a report with a "Root Cause and Resolution" of its
    own further on, is the summary's root cause: the template's Issue Summary names it in a sentence
    there, and the later section tells it in full."""
    keys = [assigned.get(id(section)) for section in sections]
    if "root_cause" not in keys:
        return
    story = min(keys.index(key) for key in ("timeline", "root_cause") if key in keys)
    for number, section in enumerate(sections[:story]):
        if keys[number] == "cause" and plain_name(section.heading) in ("root cause", "root causes"):
            assigned[id(section)] = "summary_cause"
            return


def _tasks_before_the_story(sections: list[Section], assigned: Assigned) -> None:
    """A list's name ("## Tasks") before the summary and the timeline, with the measures written after them, is no
    part of the report: a README lists its project's tasks above the post-mortem it keeps. It stays as written."""
    keys = [assigned.get(id(section)) for section in sections]
    story = next((number for number, key in enumerate(keys) if key in ("summary", "timeline")), None)
    if story is None or "measures" not in keys[story:]:
        return
    for section in sections[:story]:
        if assigned.get(id(section)) == "measures" and names_measure_part(section.heading):
            assigned[id(section)] = None


def _is_part(section: Section) -> bool:
    return plain_name(section.heading) in LESSON_PARTS


def _lessons_beside_parts(sections: list[Section], assigned: Assigned) -> None:
    # With a "Root cause" section of its own, the document tells its cause there: "What went wrong" is a lesson.
    cause_elsewhere = any(
        assigned.get(id(section)) in ("cause", "root_cause")
        and plain_name(section.heading) not in LESSON_WHEN_BESIDE_PARTS
        for section in sections
    )
    for number, section in enumerate(sections):
        if plain_name(section.heading) not in LESSON_WHEN_BESIDE_PARTS:
            continue
        neighbours = sections[max(number - 1, 0) : number] + sections[number + 1 : number + 2]
        if cause_elsewhere or any(_is_part(neighbour) for neighbour in neighbours):
            assigned[id(section)] = "closing_notes"


# "Root cause identification", "Root cause identification: the five whys": how the cause was found.
_IDENTIFYING = ("root cause identification", "root-cause identification", "identifying the root cause")


def _whys_beside_a_cause(sections: list[Section], assigned: Assigned) -> None:
    """The "5 Whys" are the cause when the document writes no other; beside a "Root cause" section
    they are the working that led to it, and stay as written. So is Atlassian's "Root cause identification"
    (its whys, how the cause was found) beside the template's own "Root cause"."""
    whys = [
        section
        for section in sections
        if plain_name(section.heading) in WHYS or plain_name(section.heading).startswith(_IDENTIFYING)
    ]
    if any(assigned.get(id(section)) in ("cause", "root_cause") for section in sections if section not in whys):
        for section in whys:
            assigned[id(section)] = None


def _lists_something(section: Section) -> bool:
    """Whether the section holds a list or a table (outside code), as a list of tasks is written."""
    flags = outside_fences(section.lines)
    lines = zip(section.lines, flags, strict=True)
    if any(outside and (BULLET.match(line) or is_table_line(line)) for line, outside in lines):
        return True
    from app.formats.markdown_read.task_paragraphs import numbered_tasks

    return numbered_tasks(section.lines)  # "5.2 Add … Owner: Head of QA.": paragraphs, each a task


def _prose_measures(sections: list[Section], assigned: Assigned) -> None:
    measures = [section for section in sections if assigned.get(id(section)) == "measures"]
    listing = [section for section in measures if _lists_something(section)]
    has_resolution = any(assigned.get(id(section)) in ("resolution", "root_cause") for section in sections)
    for section in measures:
        if _lists_something(section) or not any(line.strip() for line in section.lines):
            continue
        done = plain_name(section.heading) in _DONE_WHEN_PROSE
        if done and not has_resolution:
            assigned[id(section)], has_resolution = "resolution", True
        elif listing:
            assigned[id(section)] = None  # kept as written; the listed tasks are the measures


def _what_happened_as_impact(sections: list[Section], assigned: Assigned) -> None:
    if any(value == "impact" for value in assigned.values()):
        return
    for section in sections:
        # Asked as a question ("What happened?"), as Azure's reviews ask it, the answer is what customers saw.
        asked = section.heading.rstrip().endswith("?")
        unread = assigned.get(id(section)) is None and section_key(section.heading) == "timeline"
        if asked and unread and plain_name(section.heading) == "what happened":  # another section is the timeline
            assigned[id(section)] = "impact"
            return


# A page's "Notes": closing words when they end it, after the measures; elsewhere, whatever the author noted.
_NOTES = ("notes", "additional notes", "other notes", "further notes", "misc notes", "miscellaneous")
# "Other notes" names what did not fit elsewhere (a finding, a loose end): the closing words only when its
# first paragraph reads as them ("Thanks to support…").
_LEFTOVER_NOTES = _NOTES[1:]


def _notes_at_the_end(sections: list[Section], assigned: Assigned) -> None:
    """A "Notes" section ending the document, after the measures, with no closing notes of its own, is them
    (Notion's "## Notes": "Thanks to the support team…"); a "Notes" section elsewhere stays as written."""
    keys = [assigned.get(id(section)) for section in sections]
    if not sections or "closing_notes" in keys or "measures" not in keys:
        return
    last = len(sections) - 1
    while last > 0 and keys[last] == "humor":  # the humour may come after the closing words
        last -= 1
    name = plain_name(sections[last].heading)
    if keys[last] is not None or name not in _NOTES or keys.index("measures") >= last:
        return
    first_words = "\n".join(sections[last].lines).strip()
    if name not in _LEFTOVER_NOTES or opens_as_closing_words(first_words):
        assigned[id(sections[last])] = "closing_notes"


def _merge_lesson_parts(sections: list[Section], assigned: Assigned) -> None:
    """Lesson parts go, each under its own heading, into the first closing-notes section."""
    closing = [section for section in sections if assigned.get(id(section)) == "closing_notes"]
    if not closing:
        return
    first = closing[0]
    parts = [section for section in closing[1:] if _is_lesson(section)]
    if not parts and not _is_lesson(first):
        return
    lines: list[str] = []
    for section in (first, *parts):
        body = _trimmed(section.lines)
        if not _is_lesson(section):
            lines.extend(body)
            continue
        lines.extend([*([""] if lines else []), f"### {section.heading}", *([""] if body else []), *body])
    merged = Section(first.heading, lines, first.position, first.level)
    assigned[id(merged)] = "closing_notes"
    sections[next(i for i, section in enumerate(sections) if section is first)] = merged
    merged_away = {id(part) for part in parts}
    sections[:] = [section for section in sections if id(section) not in merged_away]


def _is_lesson(section: Section) -> bool:
    """A part of the lessons ("What went well"), or "What went wrong" read as one of them."""
    name = plain_name(section.heading)
    return name in LESSON_PARTS or name in LESSON_WHEN_BESIDE_PARTS


def _trimmed(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def one_timeline(sections: list[Section], assigned: Assigned) -> None:
    """Of several sections that could be the timeline ("What happened", then "Timeline"), read the one
    with the most lines led by a time (the plainer name on a tie); the others stay as written.

    A "What happened" told in prose, no line of it led by a time, is the story rather than the
    record of events: the introduction (when nothing else is), its timed sentences read as prose is.
    """
    candidates = [section for section in sections if assigned[id(section)] == "timeline"]
    if len(candidates) == 1 and "introduction" not in assigned.values() and "summary" not in assigned.values():
        only = candidates[0]
        told = _STORY_NAMES.fullmatch(plain_name(_QUALIFIED.sub("", only.heading)))
        # (Told with clocks in words, "At twenty past nine …", it is read as a story in the timeline.)
        if told is not None and not any(_led_by_a_time(line) for line in only.lines) and not says_a_time(only.lines):
            assigned[id(only)] = "introduction"
            return
    if len(candidates) < 2:
        return

    def weight(section: Section) -> tuple[int, int, bool]:
        timed = sum(1 for line in section.lines if _led_by_a_time(line) or STATUS_ENTRY.match(line))
        # With no line led by a time, the section telling more times in its sentences is the record of events:
        # Azure's "How did we respond?" beside the "What happened?" that states only the window.
        return timed, timed_sentences(section.lines), section_key_is_plain_timeline(section.heading)

    best = max(candidates, key=weight)
    # Whether the opening is still free, worked out once: looked up for each of 20,000 candidates it was quadratic.
    opening_free = "introduction" not in assigned.values() and "summary" not in assigned.values()
    for section in candidates:
        if section is best:
            continue
        told = _STORY_NAMES.fullmatch(plain_name(_QUALIFIED.sub("", section.heading)))
        # A status page's "What happened" beside its updates (the timeline) is the story: the introduction.
        story = told is not None and opening_free and not any(_led_by_a_time(line) for line in section.lines)
        assigned[id(section)] = "introduction" if story else None
        opening_free = opening_free and not story


def _led_by_a_time(line: str) -> bool:
    """Whether a line opens with a clock or a time relative to T+0 ("| T+12m | Alert pages on-call |")."""
    return TIME_LED.match(line) is not None or led_by_relative_time(line)


# Names that tell the story rather than list its events; "(times in UTC)" after one qualifies it.
_STORY_NAMES = re.compile(r"what happened|how (?:did )?we respond(?:ed)?")
_QUALIFIED = re.compile(r"[ \t]*\([^()]{0,60}\)[ \t]*$")
