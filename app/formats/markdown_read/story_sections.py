"""Bold labels the reader knows, under headings of a story's own: the sections they name.

"## The Setup:" over "**Duration of the outage:**", "## The Plot Twist:" over "**Misleading paths:**": a writer
telling the incident as a tale keeps the usual parts, each under a bold label, inside chapters named for the
story. A careful reader reads each label as the part or the kind of event it names. Such a label, standing
alone on its line under a heading that names nothing the reader knows, is written as a heading of that level:
the chapter's name stays a (now empty) section of its own, and the label's lines are read as the part it names.
Lines keep their positions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.sections import names_a_kind
from app.formats.markdown_read.timeline.kinds import kind_named
from app.formats.markdown_read.tokens import heading_of

# "**Duration of the outage:**", "__Timeline__:" alone on a line: a bold label.
_BOLD_LABEL = re.compile(r"[ \t]*(?:\*\*|__)([^*_\n]{2,60}?)[ \t]*:?(?:\*\*|__)[ \t]*:?[ \t]*")
_WINDOW_LABEL = re.compile(r"(?:duration|outage window|incident window)\b", re.IGNORECASE)


def _known_label(line: str) -> str | None:
    """The label a bold label line names, when it names a part of the report or a kind of event."""
    if len(line) > 80 or not (found := _BOLD_LABEL.fullmatch(line)):
        return None
    label = found.group(1).strip()
    if section_key(label) == "authors":
        return None  # "**Author:**" over the writer's name is a byline the header reads, not a part of the story
    if section_key(label) is not None or kind_named(label) is not None or _WINDOW_LABEL.match(label):
        return label
    return None


_HEADINGS_LOOKED_AT = 2_000


def _title_level(lines: list[str], flags: Sequence[int]) -> int | None:
    """The level of the sections under a level-one title, when the first heading is "# …" and the next is
    deeper; else ``None``."""
    found: list[int] = []
    for number, line in enumerate(lines[:_HEADINGS_LOOKED_AT]):
        heading = heading_of(line) if flags[number] and line.lstrip()[:1] == "#" else None
        if heading is not None:
            found.append(heading[0])
            if len(found) == 2:
                break
    return found[1] if len(found) == 2 and found[0] == 1 and found[1] > 1 else None


def labels_as_sections(lines: list[str], flags: Sequence[int]) -> list[str]:
    """The lines with known bold labels under a story's own headings written as headings of that level."""
    out: list[str] | None = None
    level = 0  # the level of the story's heading the lines stand under; 0 under none, or a known one
    first = False  # whether the next written line is the first under that heading
    title_level = _title_level(lines, flags)
    for number, line in enumerate(lines):
        if not flags[number]:
            continue
        heading = heading_of(line)
        if heading is not None:
            name = heading[1]
            unknown = section_key(name) is None and not names_a_kind(name.rstrip(" :"))
            level, first = (heading[0], True) if unknown else (0, False)
            if unknown and title_level is not None and heading[0] == 1:
                # "**Author:**" right under "# My First Postmortem", over "## …" sections: a part written at the
                # sections' level; at the title's it would hold every section after it.
                level, title_level = title_level, None
            continue
        if not level or not line.strip():
            continue
        label = _known_label(line)
        if label is not None:
            out = out if out is not None else list(lines)
            out[number] = f"{'#' * level} {label}:"
        elif first:
            level = 0  # a chapter that opens with its own text is a section of its own
        first = False
    return lines if out is None else out
