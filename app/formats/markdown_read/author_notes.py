"""A writer's note on the story itself, closing a report: "Based on a true story.", "Names have been changed to
protect the innocent.", "No servers were harmed in the making of this post-mortem."

Such a line tells no measure and no step: it speaks of the report as a story, the way a film's last card does.
Written as the last paragraph of the last section (the measures, often), a careful reader takes it as the
report's closing words, even after a single paragraph of measures.
"""

from __future__ import annotations

import re

_LONGEST_NOTE = 160

# Anchored at the paragraph's start; fixed words with bounded gaps (linear on any line).
AUTHOR_NOTE = re.compile(
    r"[ \t]*(?:\*\*|__|\*|_)?(?:"
    r"(?:(?:This|It)(?: is|'s| was)[ \t]+)?(?:based|loosely based|inspired)[ \t]+(?:on|by)[ \t]+(?:a[ \t]+)?"
    r"(?:true|real)[ \t]+(?:story|stories|events)"
    r"|(?:A[ \t]+)?true[ \t]+story[.!]"
    r"|(?:All[ \t]+)?(?:names|characters)[ \t]+(?:have[ \t]+been|were|are)[ \t]+(?:changed|made[ \t]+up|fictional)"
    r"|(?:No|Not[ \t]+a[ \t]+single)[ \t]+[\w-]{1,20}(?:[ \t]+[\w-]{1,20})?[ \t]+(?:was|were)[ \t]+harmed"
    r"|Any[ \t]+resemblance[ \t]+to"
    r"|The[ \t]+end[.!]?[ \t]*$"
    r")",
    re.IGNORECASE,
)


def is_author_note(paragraph: str) -> bool:
    """Whether ``paragraph`` is a writer's short note on the story ("Based on a true story.")."""
    text = paragraph.strip()
    return 0 < len(text) <= _LONGEST_NOTE and "\n" not in text and bool(AUTHOR_NOTE.match(text))
