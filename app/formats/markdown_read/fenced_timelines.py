"""A timeline written inside a code block, under a "Timeline:" line of a section about something else.

An event's post-mortem tells each problem in its own section ("## Tokens issues", "## Checkers issues") and
gives each its "Timeline:" as a ``` block of "10:40 UTC - we realized the mistake" lines. A careful reader
reads those lines as the incident's timeline, as if they stood under a "## Timeline" heading; the words
around the block stay in their section. Only when the document has no Timeline section of its own, and
only a block whose every line leads with a clock time (a log or a script is not a timeline).
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_syntax import fence_end, fence_opener

# "Timeline:", "**Timeline**:", "Timeline of events:", "Our timeline (UTC):": the label over the block.
_TIMELINE_LABEL = re.compile(
    r"[ \t]{0,3}(?:#{1,6}[ \t]+)?[*_]{0,2}(?:[A-Za-z]{1,12}[ \t]){0,2}timeline(?:[ \t]of[ \t]events)?"
    r"(?:[ \t]\([^()\n]{1,30}\))?"
    r"[*_]{0,2}[ \t]*:?[*_]{0,2}[ \t]*",
    re.IGNORECASE,
)
_FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)[^`\n]{0,40}")
# "10:40 UTC - text", "09:05 — text", "[12:11] text": a clock time first.
_CLOCK_LEAD = re.compile(r"[ \t]*[\[(]?(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:.])")
_LONGEST_BLOCK = 2000


def fenced_timelines_as_timeline(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """With no Timeline section, the "Timeline:" blocks of clock-time lines become one, after the first's section."""
    from app.formats.markdown_read.names import section_key

    limit = len(sections) if extras_from is None else extras_from
    if any(section_key(section.heading) == "timeline" for section in sections[:limit]):
        return sections, extras_from
    out: list[Section] = []
    timeline: Section | None = None  # the blocks of later sections join the first one's: one timeline
    for number, section in enumerate(sections):
        found = _fenced_timeline(section.lines) if number < limit else None
        if found is None:
            out.append(section)
            continue
        label, start, end = found
        after = end + 1
        while (
            after < len(section.lines)
            and not section.lines[after].strip()
            and label
            and not section.lines[label - 1].strip()
        ):
            after += 1  # one blank line stays between the paragraphs around the block
        rest = section.lines[:label] + section.lines[after:]
        out.append(Section(section.heading, rest, section.position, section.level))
        if timeline is None:
            timeline = Section("Timeline", section.lines[start:end], section.position, section.level)
            out.append(timeline)
        else:
            timeline.lines.extend(["", *section.lines[start:end]])
    if timeline is None:
        return sections, extras_from
    return out, None if extras_from is None else extras_from + 1


def _fenced_timeline(lines: list[str]) -> tuple[int, int, int] | None:
    """The "Timeline:" line's index, then the block's first line and closing fence's, or None."""
    for at, line in enumerate(lines):
        if not _TIMELINE_LABEL.fullmatch(line) or not line.strip():
            continue
        opening = at + 1
        while opening < len(lines) and not lines[opening].strip():
            opening += 1
        if opening >= len(lines) or not _FENCE.fullmatch(lines[opening]):
            continue
        opener = fence_opener(lines[opening].lstrip(" \t"))
        block = lines[opening : opening + _LONGEST_BLOCK]
        if opener is None or (closing := opening + fence_end(block, 0, opener)) >= opening + len(block):
            continue  # the block's closing fence is markdown_syntax's, as for every other fenced block
        body = [text for text in lines[opening + 1 : closing] if text.strip()]
        if len(body) >= 2 and all(_CLOCK_LEAD.match(text) for text in body):
            return at, opening + 1, closing
    return None
