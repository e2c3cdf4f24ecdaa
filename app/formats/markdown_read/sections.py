"""Cutting a file into its title, the text above the first section, and sections.

Sections are cut at the headings of the sections' level, whatever that level
is in this file; deeper headings stay inside their section for its reader.
Files laid out as this editor exports them are recognised by their seven
section headings: only in other files do setext (underlined) headings count,
because the export writes free text as typed and a line of it may look like one.
Sections written under another heading are cut out by ``nested_sections``; the
sections named for a part of another (a kind of event, a list of measures) are folded into it here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import names_measure_part, section_key
from app.formats.markdown_read.retro_layout import retro_columns
from app.formats.markdown_read.tokens import BULLET, find_headings, heading_of, is_table_line, name_key
from app.formats.markdown_syntax import EXTRA_SECTIONS_LINE, SECTION_HEADINGS, outside_fences
from app.text_pieces import in_turns, now_and_then

_SETEXT_TITLE = re.compile(r" {0,3}=+[ \t]*")


def is_own_layout(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the file is laid out as this editor exports it: its first level-2 headings are the seven sections'.

    (Six, when the root cause lives only in the Issue Summary and the export leaves its section out.)
    The export writes free text as typed, so a line of text followed by a
    ``---`` line may be in it; in such a file underlines are not headings.
    Other files get the fuller reading that other templates need.
    """
    names: list[str] = []
    for index, line in enumerate(lines):
        now_and_then(index)
        found = heading_of(line) if flags[index] else None
        if found is not None and found[0] == 2:
            names.append(name_key(found[1]))
            if len(names) == len(_OWN_HEADINGS):
                break
    return names == _OWN_HEADINGS or names[: len(_WITHOUT_ROOT_CAUSE)] == _WITHOUT_ROOT_CAUSE


_OWN_HEADINGS = [name_key(heading) for heading in SECTION_HEADINGS.values()]
_WITHOUT_ROOT_CAUSE = [name_key(heading) for key, heading in SECTION_HEADINGS.items() if key != "root_cause"]


def split_sections(
    lines: list[str], *, setext: bool = False, titled: bool = False
) -> tuple[str, list[str], list[Section], int | None]:
    """Title, preamble, sections and the index of the first additional section (or ``None``). ``titled``: the
    front matter already names the document, so a first "# Timeline" over its siblings is not the title."""
    flags = outside_fences(lines)
    headings = find_headings(lines, flags, setext=setext)
    title, start, before_title = "", 0, 0
    first_text_line = next((i for i, line in in_turns(enumerate(lines)) if line.strip()), len(lines))
    if first_text_line + 1 < len(lines) and _SETEXT_TITLE.fullmatch(lines[first_text_line + 1]):
        if not heading_of(lines[first_text_line]):  # "Title" underlined with "===".
            title, start = lines[first_text_line].strip(), first_text_line + 2
            headings = [heading for heading in headings if heading[0] >= start]
    elif headings:
        first_index, first_level, first_text, first_body = headings[0]
        later = [heading[1] for heading in headings[1:]]
        # A level-one heading first is the title, even when more follow (a trailing "# Stats"
        # must not swallow the document); a deeper one only when every later heading is deeper still.
        names_a_section = section_key(first_text) is not None and first_level in later
        # "# Jira Issue X-1 - Postmortem / Root Cause Analysis Report" over "# Executive Summary": a section's
        # name inside the name of the whole document, which says it is a report: the title.
        names_a_section = names_a_section and not _DOCUMENT_WORD.search(first_text[:_LONGEST_TITLE])
        # "Summary:" the only section's name in a plain-text report is that section, not the title.
        lone_section = not later and first_level > 1 and section_key(first_text) is not None
        # "## Incident Report for the missed payout" over "## Date: …", "## Details": a first heading with no text
        # of its own that calls itself the report, written at its sections' level, is the title.
        calls_itself_the_report = (
            bool(later)
            and section_key(first_text) is None
            and _DOCUMENT_WORD.search(first_text[:_LONGEST_TITLE]) is not None
            and not any(line.strip() for line in lines[first_body : headings[1][0]])
        )
        # "## 2025-06-12 Storage outage" opening the file, over its own text, "### Timeline" and a later "## Lessons
        # Learned": a day and a name, an incident's entry as a status page lists it, name the whole document.
        dated_name = (
            setext
            and first_index == first_text_line
            and section_key(first_text) is None
            and _DATED_NAME.match(first_text) is not None
        )
        # (setext: not our own layout)
        if setext and _section_over_sections(first_text, first_level, later, headings[1:], titled=titled):
            # "# Issue Summary" over "## Timeline", "## Root Cause": the first section, written a level up;
            # the document has no title. It is cut where its siblings are.
            headings = [(first_index, min(later), first_text, first_body), *headings[1:]]
        elif not lone_section and (
            (first_level == 1 and not names_a_section)
            or not later
            or first_level < min(later)
            or calls_itself_the_report
            or dated_name
        ):
            title, before_title, start, headings = first_text.strip(), first_index, first_body, headings[1:]
    # A lone heading over the whole report ("## After Action Review" over "### What happened?", "### Why?"):
    # its sub-headings are the sections, its own lines (the labelled facts) the text above them.
    wrapper = _wrapper_heading(headings)
    if wrapper is not None:
        headings = headings[1:]
    # Sections are cut at the level of the first heading after the title, and at any shallower one.
    level = headings[0][1] if headings else 0
    deeper = setext and len(headings) > 1 and level > max(heading[1] for heading in headings[1:])
    if deeper and _caption(headings, lines):
        # "###### source: …" under the opening picture, over "## Issue Summary", "### Resolution": a caption set
        # smaller than every heading after it, naming no part and over no text, is no section, and its level none
        # of theirs. (A bold "**Written by:**" made such a heading names the byline: each heading is a section.)
        level = min(heading[1] for heading in headings[1:])
    bounds = [(index, text, body) for index, found_level, text, body in headings if found_level <= level]
    marker_line = next(
        (i for i in range(start, len(lines)) if flags[i] and EXTRA_SECTIONS_LINE.fullmatch(lines[i])),
        None,
    )
    # Text above an ATX title is kept with the text under it.
    preamble = lines[:before_title] + lines[start : bounds[0][0] if bounds else len(lines)]
    if wrapper is not None:  # (its name kept as a line of the text above the sections)
        preamble[before_title + wrapper[0] - start] = wrapper[2].strip()
    if setext:  # (not our own layout) a "---" between two sections draws a line; it holds nothing of either
        preamble = _without_edge_rules(preamble)
    sections: list[Section] = []
    extras_from: int | None = None
    for number, (index, text, body_start) in enumerate(bounds):
        end = bounds[number + 1][0] if number + 1 < len(bounds) else len(lines)
        body = lines[body_start:end]
        if marker_line is not None and index < marker_line < end:
            body = lines[body_start:marker_line] + lines[marker_line + 1 : end]
        if setext:
            body = _without_edge_rules(body)
        if marker_line is not None and extras_from is None and index > marker_line:
            extras_from = len(sections)
        sections.append(Section(text.strip(), body, index, level))
    if marker_line is not None and marker_line < (bounds[0][0] if bounds else len(lines)):
        preamble = [line for line in preamble if not EXTRA_SECTIONS_LINE.fullmatch(line)]
        extras_from = 0
    return title, preamble, sections, extras_from


def _caption(headings: list[tuple[int, int, str, int]], lines: list[str]) -> bool:
    """Whether the first heading names no part of a report and stands right over the next heading."""
    _, _, text, body = headings[0]
    between = lines[body : min(headings[1][0], body + _CAPTION_GAP)]
    return section_key(text) is None and headings[1][0] - body <= _CAPTION_GAP and not any(x.strip() for x in between)


_CAPTION_GAP = 5  # blank lines between a caption and the heading under it


# A name led by its day: "2025-06-12 Storage outage", "2025-07-30/31 Cache outage".
_DATED_NAME = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{1,2})?[ \t]+[^\W\d_]")
# A heading that calls itself the document: "… Report", "Postmortem: …", "Post-mortem of …".
_DOCUMENT_WORD = re.compile(r"\b(?:report|post[- ]?mortem)\b", re.IGNORECASE)
_LONGEST_TITLE = 300


def _wrapper_heading(headings: list[tuple[int, int, str, int]]) -> tuple[int, int, str, int] | None:
    """The first heading after the title when it is the only one at its level, names no part of a report,
    and holds two or more sub-headings: the report's own heading, not one of its sections."""
    if len(headings) < 3:
        return None
    _, level, text, _ = headings[0]
    rest = headings[1:]
    if any(found[1] <= level for found in rest) or section_key(text) is not None:
        return None
    inner = min(found[1] for found in rest)
    return headings[0] if sum(1 for found in rest if found[1] == inner) >= 2 else None


_RULE = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")


def _without_edge_rules(lines: list[str]) -> list[str]:
    """A section's lines without the rules ("---") that open or close it, standing apart from its text by a
    blank line (a rule written right under a line of text is kept: it may underline it)."""

    def apart(index: int, neighbour: int) -> bool:
        """A blank line, or a rule with a blank line (or the edge) on its inner side."""
        inner_blank = not (first <= neighbour < last) or not lines[neighbour].strip()
        return not lines[index].strip() or (bool(_RULE.fullmatch(lines[index])) and inner_blank)

    first, last = 0, len(lines)
    while first < last and apart(first, first + 1):
        first += 1
    while last > first and apart(last - 1, last - 2):
        last -= 1
    if not any(_RULE.fullmatch(line) for line in (*lines[:first], *lines[last:])):
        return lines
    return lines[first:last]


# The sections a report is made of, whose names no section uses as a label inside it ("Impact:" and "Root
# Cause:" are labels in a summary; "Timeline" or "Corrective and Preventative Measures" never are).
PARTS_OF_THE_WHOLE = ("summary", "timeline", "root_cause", "measures", "closing_notes", "humor")


def _section_over_sections(
    first_text: str, first_level: int, later: list[int], rest: list[tuple[int, int, str, int]], *, titled: bool
) -> bool:
    """Whether a level-one heading first names one of the report's parts ("Issue Summary", "Timeline") and
    the headings after it, all deeper, name at least two others (one, when the front matter's "title:" already
    names the document: a blog post's "# Timeline" over "## Root Cause"): a section, not the document's title."""
    if section_key(first_text) not in PARTS_OF_THE_WHOLE or not later or min(later) <= 1:
        return False
    shallowest = min(later)
    named = {section_key(text) for _, level, text, _ in rest if level == shallowest} - {None}
    # "# Search follow-up queries time out" over "## Action items": the part a level-one heading seems to name
    # is named again below, so a word of the title met a part's name; the report does not hold its measures
    # twice. (A status page's "## Status updates" over its post-mortem's "###### Timeline" is its own part.)
    if first_level == 1 and section_key(first_text) in named:
        return False
    return len(named - {section_key(first_text)}) >= (1 if titled else 2)


# The kinds the 0x19 task lists apart from the timeline's times. ("## Detection" after a timeline says how the
# incident was noticed, "## Notes" are notes: each stays a section of its own. "## Actions taken" lists steps.)
_FOLDED_KINDS = ("action", "misleading", "escalation", "resolution")


def names_a_kind(name: str) -> bool:
    """Whether a bold name names a kind of event and no section ("Incident Escalation", "Misleading Paths")."""
    from app.formats.markdown_read.timeline.kinds import kind_named  # the timeline's own names of kinds

    return kind_named(name) in _FOLDED_KINDS and section_key(name) is None


# The incident report's parts after its timeline that a kind's name also names ("## Response": "After receiving a
# page at 05:10, Dana came online at 05:15"; "## Recovery"): told in prose, each is a part of its own, which
# retells the timeline's steps; only a list under one is a group of the timeline's entries.
_PARTS_TOLD_IN_PROSE = ("response", "recovery")


def _a_part_told_in_prose(section: Section) -> bool:
    if name_key(section.heading).removeprefix("incident ") not in _PARTS_TOLD_IN_PROSE:
        return False
    written = [line for line in section.lines if line.strip()]
    return bool(written) and not any(BULLET.match(line) or is_table_line(line) for line in written)


def fold_event_kinds(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """Sections named for a kind of event right after the timeline ("Misleading Investigation/Debugging
    Paths:", "Escalated to:", then "Resolution:" before a "Root Cause and Resolution"), as the 0x19 task's
    list of what a timeline holds is often written: read as part of the timeline, each heading its kind."""
    limit = len(sections) if extras_from is None else extras_from
    keys = [section_key(section.heading) for section in sections[:limit]]
    if "timeline" not in keys:
        return sections, extras_from  # (and the timeline's readers stay unloaded for a file without one)
    from app.formats.markdown_read.timeline.kinds import kind_named  # the timeline's own names of kinds

    out: list[Section] = []
    timeline: Section | None = None
    folded = 0
    last_root_cause = max((number for number, key in enumerate(keys) if key == "root_cause"), default=-1)
    for number, section in enumerate(sections):
        key = keys[number] if number < limit else None
        kind = kind_named(section.heading) if number < limit and timeline is not None else None
        kind = kind if kind in _FOLDED_KINDS and not _a_part_told_in_prose(section) else None
        later_root_cause = number < last_root_cause
        # "Resolution" is the root cause's part, unless it follows other kinds and the root cause comes later.
        # (The other kinds may be written inside the timeline: "Escalation:" alone on its line, over its entries.)
        parted = folded or (timeline is not None and key == "resolution" and _holds_kind_parts(timeline, kind_named))
        foldable = kind is not None and (key is None or (key == "resolution" and parted and later_root_cause))
        if timeline is not None and foldable:
            level = "#" * min(6, timeline.level + 1)
            timeline.lines = [*timeline.lines, "", f"{level} {section.heading.strip()}", *section.lines]
            folded += 1
            continue
        if timeline is not None and key is None and not any(line.strip() for line in section.lines):
            out.append(section)  # "## The Plot Twist:" over "## Misleading paths:": a story's chapter, empty
            continue
        timeline = section if key == "timeline" and number < limit else None
        folded = 0
        out.append(section)
    if len(out) == len(sections):
        return sections, extras_from
    return out, None if extras_from is None else extras_from - (len(sections) - len(out))


_PART_LINES_LOOKED_AT = 400


def _holds_kind_parts(timeline: Section, kind_named: Callable[[str], object]) -> bool:
    """Whether a timeline's own lines name parts of it by their kind ("Misleading Paths:", "### Escalation")."""
    for line in timeline.lines[:_PART_LINES_LOOKED_AT]:
        heading = heading_of(line)
        name = (heading[1] if heading is not None else line).strip().strip("*_").strip()
        named = heading is not None or name.endswith(":")  # a heading, or a label alone on its line
        if named and len(name) <= 60 and kind_named(name.rstrip(":").strip("*_ ")) in _FOLDED_KINDS:
            return True
    return False


# Measures named by their kind, after the measures' heading: "**Corrective Measures:**", "**Preventative Measures:**".
_MEASURE_KINDS = ("corrective measures", "preventive measures", "preventative measures", "corrective actions")


_IMPROVABLE = ("what can be improved", "what could be improved")


def _improvable_under_empty_measures(previous: Section, section: Section) -> bool:
    """Whether ``section`` is a "What can be improved?" right under an empty measures heading: the measures'
    first list, not a lesson (beside "What went well" it is one)."""
    return (
        section_key(previous.heading) == "measures"
        and name_key(section.heading) in _IMPROVABLE
        and not any(line.strip() for line in previous.lines)
    )


def fold_measure_parts(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """The measures' lists under headings of their own after the measures' ("## Corrective and Preventative
    Measures", then "## Tasks:", "# Improvements:", "**Preventative Measures:**"; "## Improvements" then
    "## Action Items") read as one: each a part, its
    heading written inside it as a sub-heading, which the measures' reader takes as the name of a list.
    Never after the additional-sections marker. A retro's columns ("## Start", "## Stop", "## Continue") are
    one list of improvements first (``retro_layout``)."""
    sections, extras_from = retro_columns(sections, extras_from)
    limit = len(sections) if extras_from is None else extras_from
    out: list[Section] = []
    folded = 0
    grown: set[int] = set()  # the measures' sections whose lines are a list of their own to extend
    for number, section in enumerate(sections):
        previous = out[-1] if out else None
        if (
            number < limit
            and previous is not None
            # "## Improvements" then "## Action Items": two sections of the measures, each one of its lists.
            and (
                names_measure_part(section.heading)
                or name_key(section.heading) in _MEASURE_KINDS
                or (
                    section_key(section.heading) == "measures"
                    and (names_measure_part(previous.heading) or name_key(previous.heading) in _MEASURE_KINDS)
                )
            )
            and section_key(previous.heading) == "measures"
        ) or (number < limit and previous is not None and _improvable_under_empty_measures(previous, section)):
            if id(previous) not in grown:  # copied once, then extended: 20,000 parts fold in linear time
                previous.lines = list(previous.lines)
                grown.add(id(previous))
            # ("What can be improved" is the list's name there, as "Improvements" is: the lessons' words name it.)
            heading = "Improvements" if name_key(section.heading) in _IMPROVABLE else section.heading.strip()
            previous.lines.extend(("", f"###### {heading}", *section.lines))
            folded += 1
            continue
        out.append(section)
    return out, None if extras_from is None else extras_from - folded


# "**Humor:** Our cron job took …" opening a paragraph: a bold label, then its text on the same line.
_BOLD_LEAD_LABEL = re.compile(r"(?:\*\*|__)([^*_\n]{2,40}?):?(?:\*\*|__):?[ \t]+(?=\S)")


def humor_paragraph_cut(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """The Humor Element written as a labelled paragraph inside another section ("**Humor:** …" closing the
    Closing Notes), cut out to be read as that section: it and what follows it in its section. Only when no
    section is the Humor Element already, and never after the additional-sections marker."""
    limit = len(sections) if extras_from is None else extras_from
    if any(section_key(section.heading) == "humor" for section in sections[:limit]):
        return sections, extras_from
    for number, section in enumerate(sections[:limit]):
        lines, flags = section.lines, outside_fences(section.lines)
        for index, line in in_turns(enumerate(lines)):
            if not flags[index] or (index and lines[index - 1].strip()) or not line.startswith(("**", "__")):
                continue
            found = _BOLD_LEAD_LABEL.match(line)
            if found is not None and section_key(found.group(1)) == "humor":
                humor = Section(found.group(1).strip(), [line[found.end() :], *lines[index + 1 :]], section.position)
                section.lines = lines[:index]
                moved = None if extras_from is None else extras_from + 1
                return [*sections[: number + 1], humor, *sections[number + 1 :]], moved
    return sections, extras_from
