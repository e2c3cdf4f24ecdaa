"""Items in the measures that are no measure, kept as written: a drawing, or a group of lessons.

- "1. **Flowchart:**" over a ``` block of boxes and arrows: a titled picture.
- "- **What Went Well:**" over its bullets, beside "- **Preventative Measures:**" over theirs, in a section of
  learnings and next steps: what went well (or did not) is a lesson, no work to do.
"""

from __future__ import annotations

from app.formats.markdown_read.measure_part_lines import is_picture_item
from app.formats.markdown_read.section_names import LESSON_PARTS, LESSON_WHEN_BESIDE_PARTS
from app.formats.markdown_read.tokens import split_label


def is_kept_item(head: str, body: list[str]) -> bool:
    """Whether a list item in the measures is kept as written rather than read as a measure."""
    if is_picture_item(head, body):
        return True
    key, value = split_label(head.strip()) or ("", "")
    # Only a group's name over its own bullets: "- What went well: the pager" alone is one line of prose anyway.
    return not value and any(line.strip() for line in body) and key in (*LESSON_PARTS, *LESSON_WHEN_BESIDE_PARTS)
