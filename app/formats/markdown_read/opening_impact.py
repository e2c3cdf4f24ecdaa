"""The impact told in a report's first paragraph, over a story told under "What happened".

A blog post opens with a paragraph that sums the incident up ("On Friday we had a 75-minute outage of VDS. The
result of this was some applications not being able to return vehicle data.") and then tells the story under a
heading of its own ("What happened:"). The story's sentences speak of services affected at one step or another;
the first paragraph says what the incident did to whom. A careful reader copies the impact from it, when it
tells one, before looking into the story.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.prose import summary_from_sentences
from app.formats.markdown_read.tokens import heading_of, is_table_line

_LONGEST_PARAGRAPH = 40  # lines


def impact_in_the_first_paragraph(draft: Draft) -> None:
    """The impact the first paragraph before the report's first heading tells, when nothing gave one yet."""
    if draft.summary.impact is not None:
        return
    paragraph: list[str] = []
    for line in draft.header_lines:
        stripped = line.strip()
        if not stripped:
            if paragraph:
                break
            continue
        if heading_of(line) or is_table_line(line) or stripped.startswith(("```", "~~~", ">", "<", "-", "*", "|")):
            return  # not a paragraph of prose first: a quote, a list, a table
        paragraph.append(line)
        if len(paragraph) > _LONGEST_PARAGRAPH:
            return
    if not paragraph:
        return
    scratch = Draft()
    summary_from_sentences(scratch, Section("", paragraph, 0))
    if scratch.summary.impact:
        draft.summary.impact = scratch.summary.impact
