"""Headings typed without the space after their hashes: "##Timeline", "#Root Cause", "*## **Measures:**".

Markdown reads "##Timeline" as a paragraph; a careful reader sees the heading it was meant to be, when it names a
known section alone on its line. One "#" against a word is mostly a channel, a tag or an issue's number
("#inc-4471", "#123", "#outage"): it is read as a heading only when the page types two section names so or more
("#Summary" … "#Timeline"), the way a writer who leaves out the space leaves it out everywhere. The page's first line
typed so with words after the hash ("#0x19. Postmortem of a web outage") is its title: a tag or a channel is one
word. Line for line, in place, so positions do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.names import section_key

# "##Timeline", "### Root cause" typed without the space: two to six hashes, then the name.
_UNSPACED_HEADING = re.compile(r"(#{2,6})([A-Za-z][^#\n]{0,60})")
# "#Summary", "#Action Items:": one hash against a capitalised name.
_ONE_HASH_HEADING = re.compile(r"(#)([A-Z][^#\n]{0,60})")
# "*## **Corrective and Preventative Measures:**": one or two emphasis marks typed before a heading's hashes.
_STRAY_MARK_HEADING = re.compile(r"[*_]{1,2}(#{1,6})[ \t]+(\S.{0,80})")
# "#0x19. Postmortem: …", "##Web outage report" as a page's first line: a few words, the first not a hash.
_UNSPACED_TITLE = re.compile(r"(#{1,2})([^#\s][^\n]{0,80}?[ \t][^\n]{0,80})")
_LONGEST_LINE = 70
_FEWEST_ONE_HASH_NAMES = 2


def unspaced_headings(lines: list[str], flags: Sequence[int]) -> None:
    """Rewrite "##Timeline" as "## Timeline" when it names a known section, alone on its line; "#Timeline" so
    when two lines or more of the page are section names typed that way; and "*## **Corrective measures:**"
    (a stray emphasis mark before the hashes) as the heading it was meant to be."""
    one_hash: list[tuple[int, re.Match[str]]] = []
    _unspaced_title(lines, flags)
    for index, line in enumerate(lines):
        if not flags[index] or len(line) > 90:
            continue
        if line[:1] in "*_" and (stray := _STRAY_MARK_HEADING.fullmatch(line.rstrip())) is not None:
            if section_key(stray.group(2)) is not None:
                lines[index] = f"{stray.group(1)} {stray.group(2)}"
            continue
        if line[:1] != "#" or len(line) > _LONGEST_LINE:
            continue
        found = _UNSPACED_HEADING.fullmatch(line.rstrip())
        if found is not None and section_key(found.group(2)) is not None:
            lines[index] = f"{found.group(1)} {found.group(2)}"
        elif (single := _ONE_HASH_HEADING.fullmatch(line.rstrip())) and section_key(single.group(2)) is not None:
            one_hash.append((index, single))
    if len(one_hash) >= _FEWEST_ONE_HASH_NAMES:
        for index, single in one_hash:
            lines[index] = f"# {single.group(2)}"


def _unspaced_title(lines: list[str], flags: Sequence[int]) -> None:
    """The page's first line typed "#0x19. Postmortem of a web outage" rewritten as the heading it was meant to be."""
    first = next((index for index, line in enumerate(lines[:50]) if line.strip()), None)
    if first is None or not flags[first] or len(lines[first]) > 90:
        return
    title = _UNSPACED_TITLE.fullmatch(lines[first].rstrip())
    if title is not None and not title.group(2).split()[0].endswith(":"):  # "#incident-room: …" is a chat line
        lines[first] = f"{title.group(1)} {title.group(2)}"
