"""Bullets that lost their indent under a numbered measure whose own words lead into them:

    1.  **Deeper disk monitoring**
    We plan to alert on:

    -   Free space per volume
    -   Inode use

    2.  **A runbook for full disks**

A converted document (Google Docs or Word through pandoc, a page pasted as text) writes the bullets at the
margin; a careful reader still sees them under the measure whose sentence ends with the colon: details of that
one measure, not measures of their own. They are indented under it here, so that the list reads as written.
Only for a numbered item opening with a bold title, whose own text ends with a colon.
"""

from __future__ import annotations

import re

from app.formats.markdown_syntax import outside_fences

# "1.  **Deeper disk monitoring**", "2) __Runbooks__ for full disks": the item's number, then a bold title.
_TITLED_ITEM = re.compile(r"(?P<marker>[ \t]{0,3}\d{1,2}[.)][ \t]+)(?:\*\*|__)\S")
_BULLET = re.compile(r"[-*+][ \t]+\S")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_NUMBERED = re.compile(r"[ \t]{0,3}\d{1,3}[.)][ \t]+\S")
_LEADS_IN = re.compile(r":[ \t]*(?:\*\*|__)?[ \t]*$")
_LONGEST_LINE = 2000  # only a line's end is looked at; a long one is bounded all the same


def bullets_under_titles(lines: list[str]) -> list[str]:
    """``lines`` with the margin bullets right under a numbered, bold-titled item whose text ends with a colon
    indented under that item; the same list when there are none."""
    out: list[str] | None = None
    flags = outside_fences(lines)
    indent = ""  # the indent of the titled item the bullets below belong to, while they may
    leads_in = False  # the item's text so far ends with a colon
    in_bullets = False  # the item's margin bullets have begun
    for index, line in enumerate(lines):
        stripped = line[:_LONGEST_LINE].rstrip()
        titled = _TITLED_ITEM.match(line) if flags[index] else None
        moved = False
        if titled is not None:
            indent, leads_in, in_bullets = " " * len(titled.group("marker")), bool(_LEADS_IN.search(stripped)), False
        elif not flags[index] or not stripped or not indent:
            pass  # a blank line between the lead and its bullets, or no titled item above
        elif _HEADING.match(line) or _NUMBERED.match(line):
            indent, leads_in, in_bullets = "", False, False  # the next part, or an item of another form
        elif _BULLET.match(line):
            moved = in_bullets = leads_in  # (bullets under an item that leads into none are a list of their own)
            indent = indent if leads_in else ""
        elif in_bullets:
            moved = line[:1].isspace()  # a bullet's wrapped line or its own bullets go with it
            indent, leads_in, in_bullets = (indent, leads_in, True) if moved else ("", False, False)
        else:
            leads_in = bool(_LEADS_IN.search(stripped))  # the item's own text going on
        if moved and out is None:
            out = list(lines[:index])
        if out is not None:
            out.append(indent + line if moved else line)
    return lines if out is None else out
