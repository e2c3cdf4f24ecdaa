"""A moment under a label of its own inside a kind's group: "- Time: October 12, 2023, 3:30 PM (UTC)".

Students fill the template's "Issue Detection:" group with a "Time:" bullet over a "Detection Method:" one:
the first says when, the second what happened then. The label is the bullet's structure, not an event.
"""

from __future__ import annotations

import re
from datetime import datetime

from app.formats.markdown_read.timeline.context import TimelineContext

# "Time:", "**Date/Time:**", "Date and time -", "When:", "Timestamp:": words that only say a moment follows.
_TIME_LABEL = re.compile(
    r"[ \t]*[*_]{0,2}(?:time|date|when|timestamp|date[ \t]*(?:/|and|&)[ \t]*time|time[ \t]+and[ \t]+date)"
    r"[ \t]*[*_]{0,2}[ \t]*[:–—-][ \t]*[*_]{0,2}[ \t]*",
    re.IGNORECASE,
)


def labelled_moment(ctx: TimelineContext, head: str) -> datetime | None:
    """The moment ``head`` gives when it is only a time label and a moment ("Time: May 4, 9:15 AM"), else ``None``."""
    label = _TIME_LABEL.match(head[:200])
    if label is None:
        return None
    return ctx.moment(head[label.end() : 200].strip().strip("*_"))
