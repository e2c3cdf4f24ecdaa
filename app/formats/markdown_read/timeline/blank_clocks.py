"""A time left blank in a template: "October 30, 2023, [Time of detection]", "[time]", "TBD".

Under "Detection Time:" / "Detection Method:" the first bullet is the detection's time and the second what
happened then. When the writer never filled in the clock, the first bullet still is no event of its own: it
says when the one below it happened, as far as the writer knew. The words stay with that event, untimed,
rather than make the day's midnight the moment of detection.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.context import TimelineContext

# What stands where the clock should be: a bracketed blank ("[Time of detection]", "<time>", "{HH:MM}"),
# a clock's shape with no digits ("XX:XX"), or a word saying it is not known. Bounded: a blank is short.
_BLANK = re.compile(
    r"\[[^\[\]\n]{1,40}\]|<[^<>\n]{1,40}>|\{[^{}\n]{1,40}\}|(?:[xX?]{1,2}|hh|HH):(?:[xX?]{2}|mm|MM)"
    r"|\b(?:TBD|TBC|N/?A|unknown|not known)\b|\?{1,3}",
    re.IGNORECASE,
)
_LONGEST = 120


def blank_clock(ctx: TimelineContext, head: str) -> bool:
    """Whether ``head`` is a time left blank: a blank alone, or a day then a blank where its clock would be."""
    text = head.strip().strip("*_")
    if not text or len(text) > _LONGEST:
        return False
    if _BLANK.fullmatch(text):
        return True
    if _BLANK.search(text) is None:
        return False  # (asked first: reading a day counts the entries below on from it)
    found = ctx.leading(text)
    if found is None or found.has_time:
        return False
    rest = found.text.strip().strip("*_").strip(" \t,;-–—").rstrip(".")
    return bool(rest) and _BLANK.fullmatch(rest) is not None
