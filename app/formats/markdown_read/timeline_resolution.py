"""The resolution told under the timeline ("## Timeline" … "### How the incident was resolved"), when no section
of its own tells it.

The 0x19 task lists what a timeline holds: the detection, the actions, the misleading paths, the escalation, how
the incident was resolved. Students write each as a sub-heading of the timeline, and the timeline reads them as
its entries, each of its kind. The last one is also the report's answer to "how was it resolved?": when the
report gives no other, a careful reader copies that part's words to the resolution (its entries stay in the
timeline).
"""

from __future__ import annotations

from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_syntax import outside_fences, unescape_block
from app.model import EventKind

_MOST_LINES = 60


def resolution_told_in_timeline(draft: Draft, timelines: list[Section]) -> None:
    """Copy a timeline's "How the incident was resolved" part to the resolution, when it is empty."""
    if draft.root_cause.resolution:
        return
    for section in timelines:
        lines, flags = section.lines, outside_fences(section.lines)
        for number, line in enumerate(lines):
            heading = heading_of(line) if flags[number] and line.startswith("#") else None
            if heading is None or not _names_the_resolution(heading[1]):
                continue
            told: list[str] = []
            after = lines[number + 1 : number + 1 + _MOST_LINES]
            for following, outside in zip(after, flags[number + 1 : number + 1 + len(after)], strict=True):
                if outside and following.startswith("#") and heading_of(following) is not None:
                    break
                told.append(following)
            text = unescape_block("\n".join(told).strip("\n"))
            if text.strip():
                draft.root_cause.resolution = text
                return


def _names_the_resolution(heading: str) -> bool:
    """ "Resolution", "How the incident was resolved": the name of the timeline's resolution part."""
    from app.formats.markdown_read.timeline.kinds import kind_named  # the timeline's names of kinds, loaded by now

    return section_key(heading) == "resolution" or kind_named(heading) is EventKind.RESOLUTION
