"""HTML comments in a Markdown file: the writer's hidden notes, not the report's text.

A template writes its guidance and a worked example under every heading inside ``<!-- … -->`` ("Describe
the consequences…  Example: - 30,000 users saw an error"), and the writer fills in the real text below it.
Rendered, the comment shows nothing: a reader sees the real Impact, the real four-row timeline, never the
example's thirteen lines. So a comment block (a line that starts with ``<!--``, through the line holding
``-->``) is taken out of the text the sections are read from, and kept as written, every comment in
order, in one "Hidden comments" additional section at the end: nothing is lost, and nothing in it is taken
for the writer's own words.

A blog's metadata written as a comment on the first line (Nikola's and Pelican's ``.. title: …``,
``.. author: …``, ``.. date: …``) is the post's front matter: ``comment_front_matter`` reads it as such.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, KeptText
from app.formats.markdown_syntax import EXTRA_SECTIONS_LINE

HIDDEN_COMMENTS_HEADING = "Hidden comments"

# A comment block opens at the start of a line (up to three spaces in, as Markdown's blocks do).
_OPENER = re.compile(r" {0,3}<!--")
# Nikola's and Pelican's reST-style metadata line: ".. title: Interruzione del Server".
_REST_FIELD = re.compile(r"[ \t]*\.\.[ \t]+(?P<key>[A-Za-z][\w-]{0,30})[ \t]*:(?P<value>[^\n]*)")


def hide_comments(draft: Draft, lines: list[str], flags: bytearray) -> bool:
    """Blank every comment block outside code fences in ``lines``; keep them as written. Whether any was.

    Lines are blanked, not removed, so that the sections below stay where they were (a blank line is
    also what the rendered page shows). Words after the closing ``-->`` on its line stay in the text. An
    unclosed ``<!--`` hides nothing: it is kept where it stands, as the text it is.
    """
    hidden: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not flags[index] or not _OPENER.match(line) or EXTRA_SECTIONS_LINE.fullmatch(line):
            index += 1
            continue
        end, close_at = _comment_end(lines, flags, index, line.index("<!--") + 4)
        if end is None:
            # No "-->" up to the fence or the end that stopped the search: no comment opened before it closes
            # either (60,000 lines of "<!-- x" are looked through once).
            index = max(close_at, index + 1)
            continue
        tail = lines[end][close_at + 3 :]
        block = lines[index:end]
        hidden.append("\n".join([*block, lines[end][: close_at + 3]]).strip("\n"))
        lines[index:end] = [""] * (end - index)
        lines[end] = tail if tail.strip() else ""
        index = end + 1
    if hidden:
        draft.kept.append(KeptText(len(lines) + 1, HIDDEN_COMMENTS_HEADING, "\n\n".join(hidden)))
    return bool(hidden)


def _comment_end(lines: list[str], flags: bytearray, start: int, offset: int) -> tuple[int | None, int]:
    """The line and column of the ``-->`` closing the comment opened on line ``start``; else ``None`` and the
    line where the search stopped (a fence's, or the end)."""
    index = start
    while index < len(lines) and flags[index]:
        found = lines[index].find("-->", offset)
        if found >= 0:
            return index, found
        index, offset = index + 1, 0
    return None, index


def comment_front_matter(lines: list[str]) -> tuple[list[str], int] | None:
    """A first-line comment of ``.. key: value`` lines (Nikola, Pelican) as front matter.

    Returns its fields as ``key: value`` lines and the index of the line that closes it; ``None`` for any
    other opening (a template's guidance comment, a comment of prose).
    """
    first = next((index for index, line in enumerate(lines[:20]) if line.strip()), None)
    if first is None or lines[first].strip() != "<!--":
        return None
    fields: list[str] = []
    for index in range(first + 1, min(len(lines), first + 60)):
        line = lines[index]
        if line.strip() == "-->":
            return (fields, index) if fields else None
        found = _REST_FIELD.fullmatch(line)
        if found is None and line.strip():
            return None
        if found is not None:
            fields.append(f"{found.group('key')}: {found.group('value').strip()}")
    return None
