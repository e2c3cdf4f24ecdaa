"""Known sections written under another heading, cut out to be read on their own.

A timeline is read wherever it stands ("### Timeline" under "## Incident Details"); parts of a report written a
level too deep ("### Impact" over "#### Root cause") are each read as the part they name. Runs after
``sections`` has cut the file at its sections' level.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import THREAD_NAMES, section_key, section_key_is_plain_timeline
from app.formats.markdown_read.retro_layout import recap_timeline_cut
from app.formats.markdown_read.sections import names_a_kind
from app.formats.markdown_read.tokens import TIME_LED, heading_of, name_key
from app.formats.markdown_syntax import outside_fences
from app.text_pieces import in_turns, now_and_then


def promote_nested(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """Known sections written under another heading, cut out to be read on their own.

    A timeline is read wherever it stands ("### Timeline" under "## Incident
    Details"); under a heading the importer does not know, or one of
    labelled details, every known sub-section is. Sections after the additional-sections marker stay whole.
    """
    out: list[Section] = []
    new_extras_from = None
    for number, section in enumerate(sections):
        if extras_from is not None and number >= extras_from:
            if new_extras_from is None:
                new_extras_from = len(out)
            out.append(section)
            continue
        # Under "Incident details" (labelled facts), every known sub-section is read on its own too.
        parent_key = section_key(section.heading)
        parent_known = parent_key not in (None, "details")
        if parent_key == "timeline" and _holds_a_timeline_only(section):
            # "# What happened" over nothing but "## Summary", "## Impact", "## Timeline": a story's heading
            # holding only sections, a timeline among them, is their container, not a timeline itself. (A
            # timeline's "### Recovery" over its times is a part of it, folded by its kind; a summary's heading
            # over "**Impact:**" and labelled paragraphs is read whole, its labels by its reader.)
            out.extend(_cut_nested(section, timeline_only=False))
            continue
        # Datadog's summary: "What happened?", "Why did it happen?", "How was it resolved?", "Customer impact" under
        # "## Summary", each the part it names.
        # ("What happened?" among them stays the opening's: told in prose beside a timeline of its own.)
        # A "### Timeline" among them is the document's timeline all the same, as under any opening.
        if parent_key == "introduction" and _names_parts_inside(section):
            parts = (*_PARTS_OF_A_SUMMARY, "measures")  # the measures after them, a part no summary holds
            out.extend(_cut_nested(section, timeline_only=False, only=parts, listed_timeline=True))
            continue
        if parent_key in _ONE_PART_ONLY:
            # "### Impact" over "#### Root cause", "#### Resolution": parts of the report written a level too deep,
            # each read as the part it names; a sub-heading of the same part ("#### Customer impact") stays.
            others = tuple(key for key in _ONE_PART_ONLY if key not in _ONE_PART_ONLY[parent_key])
            out.extend(_cut_nested(section, timeline_only=False, only=(*others, "timeline", "measures")))
            continue
        if parent_key == "summary":
            # "### Issue Summary:" over the bold names the writer gave the report's other parts ("**Timeline:**",
            # "**Root Cause and Resolution:**", made level-six headings): parts beside the summary, never in it.
            out.extend(_cut_nested(section, timeline_only=False, only=_BESIDE_A_SUMMARY))
            continue
        if parent_key == "closing_notes":
            # "#### Improvements" under "## What didn't go well": the lessons' measures, read as the measures.
            out.extend(_cut_nested(section, timeline_only=False, only=("timeline", "measures")))
            continue
        # "### Corrective and preventative measures" under "## Root cause and resolution", or under the summary
        # after its "**Timeline:**" and "**Root Cause and Resolution:**" written as parts of it: the measures are
        # never a part of another section, and the summary holds no second account of cause and fix.
        also = _ALSO_CUT_FROM.get(parent_key or "", ()) if parent_known else ()
        out.extend(_cut_nested(section, timeline_only=parent_known, also=also))
    if extras_from is not None and new_extras_from is None:
        new_extras_from = len(out)
    # A retro's "Quick recap" over its list of timed lines, in a document with no timeline: that list is it.
    return recap_timeline_cut(out, new_extras_from)


# Under a known part, the other parts cut out besides the timeline (and a byline).
_ALSO_CUT_FROM: dict[str, tuple[str, ...]] = {
    "summary": ("root_cause", "measures"),
    "root_cause": ("measures",),
    # "#### Corrective and preventative measures must contain:" under "### Timeline": no step of the timeline.
    "timeline": ("measures",),
}
# Parts of a report that hold no other part, and the keys that name the same part.
_ONE_PART_ONLY: dict[str, tuple[str, ...]] = {
    "impact": ("impact",),
    "cause": ("cause", "root_cause"),
    "resolution": ("resolution", "root_cause"),
}


def _holds_a_timeline_only(section: Section) -> bool:
    """Whether the section writes no text of its own before its first sub-heading, and one of its sub-headings
    names a timeline."""
    first = True
    for line in in_turns(section.lines):
        if not line.strip():
            continue
        found = heading_of(line) if line.lstrip().startswith("#") else None
        if first and (found is None or found[0] <= section.level):
            return False
        first = False
        if found is not None and found[0] > section.level and section_key(found[1]) == "timeline":
            return True
    return False


def _cut_nested(
    section: Section,
    *,
    timeline_only: bool,
    only: tuple[str, ...] = (),
    listed_timeline: bool = False,
    also: tuple[str, ...] = (),
) -> list[Section]:
    """``section`` without its known sub-sections (the timeline alone when ``timeline_only``, with those ``also``
    names; those ``only`` names when it names any, and one named "Timeline" outright when ``listed_timeline``),
    followed by them.

    The headings right after a cut timeline that name a kind of its events ("### Misleading Paths",
    "### Escalation") go with it, to be folded into it as a timeline's own are.
    """
    lines, flags = section.lines, outside_fences(section.lines)
    cuts: list[tuple[int, int, int, str]] = []  # (heading index, level, end, text)
    kinds_after: int | None = None  # the level of the timeline just cut, while kind-named siblings follow it
    index = 0
    while index < len(lines):
        now_and_then(index)
        found = heading_of(lines[index]) if flags[index] else None
        key = section_key(found[1]) if found else None
        # An issue page's comment thread ("### Activity" over "**Jae Park** @jpark · 3 weeks ago") copied under
        # the last section is not that section's: it is cut out, kept as written under its own heading.
        thread = found is not None and found[0] > section.level and _is_thread(lines, index, found[1])
        listed = listed_timeline and key == "timeline" and found is not None and section_key_is_plain_timeline(found[1])
        kind_part = found is not None and found[0] == kinds_after and names_a_kind(found[1])
        if found is not None and not kind_part:
            kinds_after = None
        if not (thread or listed or kind_part) and (
            found is None
            or found[0] <= section.level
            or key is None
            or (timeline_only and key != "timeline" and key not in also and not _signs_it(key, found[1]))
            or (only and key not in only)
        ):
            index += 1
            continue
        end = index + 1
        while end < len(lines):
            inner = heading_of(lines[end]) if flags[end] else None
            # "### 07:30am - First report" beside "### Timeline" is one of its events, not the next section.
            if inner is not None and inner[0] <= found[0] and not (key == "timeline" and TIME_LED.match(inner[1])):
                break
            end += 1
        cuts.append((index, found[0], end, found[1]))
        kinds_after = found[0] if key == "timeline" or kind_part else None
        index = end
    if not cuts:
        return [section]
    rest: list[str] = []
    nested: list[Section] = []
    previous = 0
    for start, level, end, text in cuts:
        rest.extend(lines[previous:start])
        nested.append(Section(text.strip(), lines[start + 1 : end], section.position + start + 1, level))
        previous = end
    rest.extend(lines[previous:])
    return [Section(section.heading, rest, section.position, section.level), *nested]


_PARTS_OF_A_SUMMARY = ("cause", "root_cause", "resolution", "impact")
# The parts a summary never holds: under its heading they stand beside it. (A "Root cause" or an "Impact" under
# it is one of its own fields, read by its reader.)
_BESIDE_A_SUMMARY = ("timeline", "root_cause", "measures")
# "#### Author" over a name, under the measures' heading: who wrote the report, never a part of that section.
_BYLINE_HEADINGS = ("author", "authors", "written by")


def _signs_it(key: str | None, heading: str) -> bool:
    return key == "authors" and name_key(heading) in _BYLINE_HEADINGS


def _names_parts_inside(section: Section) -> bool:
    """Whether an opening section holds sub-sections naming two of the cause, the resolution and the impact."""
    named: set[str] = set()
    for line in section.lines:
        heading = heading_of(line) if line.startswith("#") else None
        if heading is not None and heading[0] > section.level:
            key = section_key(heading[1])
            named.update([key] if key in _PARTS_OF_A_SUMMARY else [])
    return len(named) >= 2


def _is_thread(lines: list[str], index: int, name: str) -> bool:
    """``ticket_copy.is_thread``, its reader loaded only for a heading that names a comment thread."""
    if name_key(name) not in THREAD_NAMES:
        return False
    from app.formats.markdown_read.ticket_copy import is_thread

    return is_thread(lines, index, name)
