"""The resolution told first under a heading that names it with the measures: "## Resolution and Preventive Measures".

Students often answer "how was it fixed?" and "how do we prevent it?" under one heading: a paragraph of what was
done, then "To prevent similar incidents, …" over a list. The heading names both parts, so a careful reader takes
the opening prose as the resolution and leaves the rest (the announcement and its list) to the measures.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.prose_sentences import LIST_MARKER, planned_from_the_start
from app.formats.markdown_read.tokens import heading_of, is_table_line, name_key
from app.formats.markdown_syntax import outside_fences, unescape_block

# "Resolution and Preventive Measures", "Fix & next steps", "Mitigation / prevention": the fix named first.
_FIX_THEN_MORE = re.compile(r"(?:the )?(?:resolution|fix|mitigation|recovery)[ \t]*(?:and|&|/|\+)[ \t]")
_MOST_LINES = 200


def resolution_before_measures(draft: Draft, section: Section) -> Section:
    """``section`` without its opening paragraphs, which become the resolution, when its heading names the fix
    first and no other section gave the resolution; else ``section`` as it was."""
    if draft.root_cause.resolution or not _FIX_THEN_MORE.match(name_key(section.heading)):
        return section
    lines = section.lines[:_MOST_LINES]
    flags = outside_fences(lines)
    ends: list[int] = []  # where each opening paragraph of prose ends
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not flags[number] or heading_of(line) or is_table_line(line) or LIST_MARKER.match(line):
            break
        opens = bool(stripped) and (number == 0 or not lines[number - 1].strip())
        if opens and planned_from_the_start(stripped):
            break  # "To prevent similar incidents …": the measures begin
        if opens:
            ends.append(number + 1)
        elif stripped:
            ends[-1] = number + 1
    while ends and lines[ends[-1] - 1].rstrip().endswith(":"):
        ends.pop()  # "… the following will be done:" announces the list
    text = "\n".join(lines[: ends[-1]]).strip() if ends else ""
    if not text:
        return section
    draft.root_cause.resolution = unescape_block(text)
    return Section(section.heading, section.lines[ends[-1] :], section.position, section.level)
