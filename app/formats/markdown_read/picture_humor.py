"""A meme or a drawing as the Humor Element, in a post-mortem that has no section for it.

The 0x19 project asks students to "make people want to read" their post-mortem; most add a funny picture
after their last section, under the timeline's last event, or a diagram drawn in text under a label
("**A Pretty Diagram**:" over a fenced block). A careful reader puts that picture in the humor element.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.names import section_key
from app.formats.markdown_syntax import outside_fences

_PICTURE = re.compile(r"[ \t]*!\[[^\]\n]{0,200}\]\([^)\s]{1,2000}(?:[ \t]+\"[^\"\n]*\")?\)[ \t]*")
# "**A Pretty Diagram**:", "Funny meme:": a label that names a picture meant to amuse.
_PICTURE_LABEL = re.compile(
    r"[ \t]*(?:\*\*|__)?[^\n]{0,40}\b(?:diagram|meme|comic|cartoon|funny|humou?r|joke)\b[^\n]{0,40}?(?:\*\*|__)?:?"
    r"(?:\*\*|__)?:?[ \t]*",
    re.IGNORECASE,
)
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
# A picture of the incident's data is evidence, not a joke: "![writer database load spike](…)".
_DATA_PICTURE = re.compile(
    r"!\[[^\]]*\b(?:graph|chart|timeline|dashboard|metrics?|screenshot|spike|latency|load|cpu|memory|errors?|"
    r"traffic|grafana|logs?|trace)\b",
    re.IGNORECASE,
)


def pictures_as_humor(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """The sections, with the document's amusing picture cut out of the section it closes into a humor
    section of its own, when no section is the humor element already; else as they were."""
    limit = len(sections) if extras_from is None else extras_from
    if any(section_key(section.heading) == "humor" for section in sections[:limit]):
        return sections, extras_from
    for number in reversed(range(limit)):
        section = sections[number]
        if section_key(section.heading) is None:
            continue
        cut = _labelled_drawing(section.lines) or _closing_picture(section.lines)
        if cut is None:
            continue
        start, end = cut
        humor = Section("Humor", section.lines[start:end], section.position + start)
        section.lines = [*section.lines[:start], *section.lines[end:]]
        moved = None if extras_from is None else extras_from + 1
        return [*sections[: number + 1], humor, *sections[number + 1 :]], moved
    return sections, extras_from


def _closing_picture(lines: list[str]) -> tuple[int, int] | None:
    """Where the pictures standing as the section's last paragraph are, when they are."""
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    first = last
    while first and _PICTURE.fullmatch(lines[first - 1]):
        first -= 1
    if first == last or not any(line.strip() for line in lines[:first]):
        return None  # no picture, or a section of pictures alone (an illustration under its heading)
    if lines[first - 1].strip() and not lines[first - 1].rstrip().endswith(":"):
        return None  # one inside a paragraph of text
    if any(_DATA_PICTURE.match(line.strip()) for line in lines[first:last]) or any(
        _PICTURE.fullmatch(line) for line in lines[:first]
    ):
        return None  # a graph of the incident, or one of several pictures the section shows as evidence
    if not all(outside_fences(lines)[first:last]):
        return None
    return first, last


def _labelled_drawing(lines: list[str]) -> tuple[int, int] | None:
    """Where a label naming a diagram or a meme is, with the picture or fenced drawing under it."""
    flags = outside_fences(lines)
    for index, line in enumerate(lines):
        if not flags[index] or not line.strip() or not _PICTURE_LABEL.fullmatch(line):
            continue
        after = index + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        if after < len(lines) and _PICTURE.fullmatch(lines[after]):
            return index, after + 1
        opener = _FENCE.match(lines[after]) if after < len(lines) else None
        if opener is not None:
            closing = next(
                (i for i in range(after + 1, len(lines)) if lines[i].strip().startswith(opener.group(1))), None
            )
            if closing is not None:
                return index, closing + 1
    return None


# A logo, a banner, a drawing of the system or a picture of the failure ("![login down](…)") above a report is
# its letterhead or its evidence, not a joke.
_LETTERHEAD = re.compile(
    r"!\[[^\]]*\b(?:logo|banner|header|cover|badge|architecture|topology|diagram|overview|setup|"
    r"down|offline|unavailable|outage|incident|status)\b",
    re.IGNORECASE,
)


def amusing_picture(preamble: list[str]) -> tuple[int, int] | None:
    """Where a meme standing under the title is (``preamble[start:end]``, the pictures of one paragraph alone):
    not a graph of the incident, nor a logo, nor a drawing of the system."""
    flags = outside_fences(preamble)
    for start, line in enumerate(preamble):
        if not flags[start] or not _PICTURE.fullmatch(line):
            continue
        if start and preamble[start - 1].strip():
            return None  # a picture inside a paragraph of text
        end = start
        while end < len(preamble) and _PICTURE.fullmatch(preamble[end]):
            end += 1
        if end < len(preamble) and preamble[end].strip():
            return None
        pictures = [text.strip() for text in preamble[start:end]]
        if any(_DATA_PICTURE.match(text) or _LETTERHEAD.match(text) for text in pictures):
            return None
        return start, end
    return None
