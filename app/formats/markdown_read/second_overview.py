"""A second overview of labelled lines is the Issue Summary: "## Introduzione" (prose), then "## Sommario"
over "**Inizio:** …", "**Impatto:** …".

Both names read as the introduction (a summary written as prose is one), so the second found its part taken
and was kept as written, its start, end and impact unread. A careful reader sees two parts: the prose
introduces the report, the labelled lines are the summary's fields.
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.prose import reads_as_summary


def second_overview_as_summary(sections: list[Section], assigned: dict[int, str | None]) -> None:
    """Make a later introduction-named section the summary when it states the summary's fields."""
    if "summary" in assigned.values():
        return
    overviews = [section for section in sections if assigned.get(id(section)) == "introduction"]
    for section in overviews[1:]:
        if reads_as_summary(section, other_template=True):
            assigned[id(section)] = "summary"
            return
