"""A retrospective's own layout: its columns, and the events told in its recap.

A retro written up by the team is not the reference's template:

    ## Quick recap
    Checkout was slow from 10:08 to 11:45 …
    - 10:14 latency alert fires
    - 11:32 index recreated

    ## Start
    - Load-testing the promo path before sales.
    ## Stop
    - Shipping migrations the day before a sale.
    ## Continue
    - The war-room channel.

A careful reader lists the Start, Stop and Continue items (and Keep / Drop / Add, Try, More of / Less of) as
the improvements, a Stop item as "Stop shipping …" so that it still says what it says; the columns of
feelings and lessons (Went well / Went badly, Glad / Sad / Mad) are the closing notes, each under its name;
and the list of timed lines under the recap is the timeline. The columns count only beside one another
(two of them at least, as siblings): "## Start" alone may be the incident's start.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import plain_name, section_key
from app.formats.markdown_read.tokens import BULLET, TIME_LED
from app.formats.markdown_syntax import flagged_lines, outside_fences

# A column of changes, and the word its items are said with ("" when an item says it as written: "Start" over
# "Load-testing …" says "start load-testing", and an item under "Add" or "Try" is a change as it stands).
_CHANGE_COLUMNS = {
    **{name: "Start" for name in ("start", "start doing", "things to start", "begin", "start doing these")},
    **{name: "Stop" for name in ("stop", "stop doing", "things to stop", "stop doing these")},
    **{name: "Continue" for name in ("continue", "continue doing", "things to continue")},
    **{name: "Keep" for name in ("keep", "keep doing", "things to keep")},
    **{name: "Drop" for name in ("drop", "less of", "do less")},
    **{name: "" for name in ("add", "try", "things to try", "more of", "do more", "ideas", "improve")},
}
# Less and more say how much: "Less of" over "Context switching" is "Less context switching".
_COLUMN_WORDS = {"less of": "Less", "do less": "Less", "more of": "More", "do more": "More"}
# Columns of what was felt or learned: the closing notes.
_LESSON_COLUMNS = frozenset(
    (
        *("went well", "went badly", "went wrong", "didn't go well", "did not go well", "went less well"),
        *("glad", "sad", "mad", "liked", "learned", "learnt", "lacked", "longed for", "puzzles", "kudos"),
        *("what went badly", "what went less well", "what we liked", "what we lacked", "shout-outs", "shoutouts"),
    )
)
# Words an item already starts with that say its column: "Stop shipping …", "No more Friday deploys".
_ALREADY_SAID = {
    "Start": ("start", "begin"),
    "Stop": ("stop", "no", "don't", "do", "avoid", "quit", "never", "drop", "cease", "end"),
    "Continue": ("continue", "keep", "still"),
    "Keep": ("keep", "continue", "still"),
    "Drop": ("drop", "stop", "no", "less", "fewer", "remove", "avoid"),
    "Less": ("less", "fewer"),
    "More": ("more",),
}
_PROPER_WORDS = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i"),
        *("january", "february", "march", "april", "june", "july", "august", "september", "october", "november"),
        "december",
    )
)
_ITEM = re.compile(r"(?P<lead>[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)(?P<text>\S.*)")
_FIRST_WORD = re.compile(r"[\w'’]+")
_DECORATION = re.compile(r"^[^\w(]+")


def _column(heading: str) -> str:
    """A heading's name as a column's ("🟢 Start", "Start doing:", "Stop?")."""
    return plain_name(_DECORATION.sub("", heading))


def retro_columns(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """The sections, with a retro's columns of changes made one "Improvements" section (where the first of them
    stood) and its columns of feelings the closing notes (each under its own name); unchanged when fewer than
    two sibling sections are a retro's columns. Never after the additional-sections marker."""
    limit = len(sections) if extras_from is None else extras_from
    columns = [
        number
        for number, section in enumerate(sections[:limit])
        if (_column(section.heading) in _CHANGE_COLUMNS or _column(section.heading) in _LESSON_COLUMNS)
        and section_key(section.heading) is None
    ]
    if len(columns) < 2 or len({sections[number].level for number in columns}) != 1:
        return sections, extras_from
    if not any(_column(sections[number].heading) in _CHANGE_COLUMNS for number in columns):
        return sections, extras_from  # "Went well" and "Went badly" alone: the lessons' own readers take them
    changes = [number for number in columns if _column(sections[number].heading) in _CHANGE_COLUMNS]
    lessons = [number for number in columns if number not in changes]
    improvements: list[str] = []
    for number in changes:
        section = sections[number]
        name = _column(section.heading)
        word = _COLUMN_WORDS.get(name, _CHANGE_COLUMNS[name])
        improvements.extend([*([""] if improvements else []), *_said_as(section.lines, word)])
    first = sections[changes[0]]
    merged: dict[int, Section] = {changes[0]: Section("Improvements", improvements, first.position, first.level)}
    if lessons:
        closing = next((n for n, s in enumerate(sections[:limit]) if section_key(s.heading) == "closing_notes"), None)
        told: list[str] = []
        for number in lessons:
            section = sections[number]
            told.extend([*([""] if told else []), f"### {section.heading.strip()}", "", *section.lines])
        if closing is not None:
            kept = sections[closing]
            merged[closing] = Section(kept.heading, [*kept.lines, "", *told], kept.position, kept.level)
        else:
            at = sections[lessons[0]]
            merged[lessons[0]] = Section("Lessons learned", told, at.position, at.level)
    gone = {number for number in columns if number not in merged}
    out = [merged.get(number, section) for number, section in enumerate(sections) if number not in gone]
    return out, None if extras_from is None else extras_from - len(gone)


def _said_as(lines: list[str], word: str) -> list[str]:
    """A column's lines, each item of it said with the column's word ("Stop shipping …"); other lines as written."""
    if not word:
        return list(lines)
    flags = outside_fences(lines)
    out: list[str] = []
    for line, outside in flagged_lines(lines, flags):
        found = _ITEM.fullmatch(line) if outside and len(line) < 4000 else None
        if found is None:
            out.append(line)
            continue
        out.append(found.group("lead") + _with_word(found.group("text"), word))
    return out


def _with_word(text: str, word: str) -> str:
    first = _FIRST_WORD.match(text.lstrip("*_`"))
    first_word = first.group(0).lower() if first else ""
    if first_word in _ALREADY_SAID.get(word, (word.lower(),)):
        return text
    if word == "Start" and not first_word.endswith("ing"):
        return text  # "Add a canary stage" under Start is a change as written; "Canary-ing …" says "start"
    # "Shipping migrations" → "shipping migrations"; "CI checks", "iOS builds" and "Friday deploys" keep their capitals.
    proper = first_word in _PROPER_WORDS
    lowered = text[0].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() and not proper else text
    return f"{word} {lowered}"


# A recap's list of events: three timed items at least, most of its items timed.
_FEWEST_TIMED = 3


def recap_timeline_cut(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """In a document with no timeline section, a list of timed lines under its opening ("## Quick recap",
    "## Summary"), cut out as the timeline: a careful reader sees the events there. The lines around the list
    (what the team says before it, "What happened, roughly:" included) stay in the opening."""
    limit = len(sections) if extras_from is None else extras_from
    keys = [section_key(section.heading) for section in sections[:limit]]
    if "timeline" in keys:
        return sections, extras_from
    for number, key in enumerate(keys):
        if key not in ("introduction", "summary"):
            continue
        section = sections[number]
        span = _timed_list(section.lines)
        if span is None:
            continue
        start, end = span
        rest = [*section.lines[:start], *section.lines[end:]]
        opening = Section(section.heading, rest, section.position, section.level)
        timeline = Section("Timeline", section.lines[start:end], section.position + start, section.level)
        moved = None if extras_from is None else extras_from + 1
        return [*sections[:number], opening, timeline, *sections[number + 1 :]], moved
    return sections, extras_from


def _timed_list(lines: list[str]) -> tuple[int, int] | None:
    """Where the first list of mostly timed items is (a list's lines: its items and the lines they wrap onto)."""
    flags = outside_fences(lines)
    index = 0
    while index < len(lines):
        if not (flags[index] and BULLET.match(lines[index])):
            index += 1
            continue
        start = index
        items = timed = 0
        while index < len(lines) and flags[index] and lines[index].strip():
            if BULLET.match(lines[index]):
                items += 1
                timed += bool(TIME_LED.match(lines[index]))
            index += 1
        if timed >= _FEWEST_TIMED and 3 * timed >= 2 * items:
            return start, index
    return None
