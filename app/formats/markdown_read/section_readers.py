"""Which reader reads each known section, and the readers loaded only by the first document that needs one.

``READERS`` maps a section's key ("timeline", "root_cause", ...) to its reader. The readers of a
timeline, of the measures, of the Humor Element and of a saved mail's headers stay out of memory until a
document has such a part: each is imported inside the function that calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.header import read_authors, read_details
from app.formats.markdown_read.prose import (
    read_cause,
    read_closing_notes,
    read_impact,
    read_introduction,
    read_resolution,
    read_root_cause,
    read_summary,
    read_summary_cause,
)
from app.text_pieces import in_turns

if TYPE_CHECKING:
    from app.formats.markdown_read.mail import MailHeaders

SectionReader = Callable[[Draft, Section], None]


# The readers of a timeline, of the measures, of the Humor Element (its diagram and drawing) and of a
# saved mail's headers are imported by the first document that has one: a third of this package's code, which
# stayed in memory all session for every Markdown file opened (60,000 '***' lines need none of it).
def read_timeline(draft: Draft, section: Section) -> None:
    from app.formats.markdown_read.timeline import read_timeline as read

    read(draft, section)


def read_humor(draft: Draft, section: Section) -> None:
    from app.formats.markdown_read.humor import read_humor as read

    read(draft, section)


def read_measures(draft: Draft, section: Section) -> None:
    from app.formats.markdown_read.measures import read_measures as read

    tasks_before = len(draft.measures.tasks)
    if draft.other_template:
        from app.formats.markdown_read.resolution_beside_measures import resolution_before_measures

        section = resolution_before_measures(draft, section)  # "## Resolution and Preventive Measures"
    read(draft, section)
    if draft.other_template:
        from app.formats.markdown_read.ideas_after_tasks import ideas_after_tracked_tasks

        ideas_after_tracked_tasks(draft.measures, section.lines, tasks_before)  # "Beyond that:" over ideas
        from app.formats.markdown_read.measure_proposals import suggestion_after_tasks

        suggestion_after_tasks(draft, section, tasks_before)  # "We should also review …" after the tasks


def owned_task_tables(draft: Draft, lines: list[str]) -> list[str]:
    """``lines`` without the action-items tables they hold (``task_tables.owned_task_tables``): a section
    without a table needs no reader of measures (a plain document, none of its 67 KB)."""
    if not any(line.lstrip().startswith("|") for line in in_turns(lines)):
        return lines
    from app.formats.markdown_read.task_tables import owned_task_tables as take

    return take(draft, lines)


def misspelt_names(draft: Draft, sections: list[Section], assigned: dict[int, str | None]) -> None:
    """Headings one typing slip from a section's name: their reader is loaded only for headings no name matches."""
    if any(assigned[id(section)] is None and section.heading for section in sections):
        from app.formats.markdown_read.misspelt_names import misspelt_names as read

        read(draft, sections, assigned)


def mail_headers(lines: list[str]) -> MailHeaders | None:
    from app.formats.markdown_read.mail import mail_headers as read

    return read(lines)


READERS: dict[str, SectionReader] = {
    "introduction": read_introduction,
    "summary": read_summary,
    "impact": read_impact,
    "timeline": read_timeline,
    "root_cause": read_root_cause,
    "cause": read_cause,
    "summary_cause": read_summary_cause,
    "resolution": read_resolution,
    "measures": read_measures,
    "closing_notes": read_closing_notes,
    "humor": read_humor,
    "authors": read_authors,
    "details": read_details,
}
