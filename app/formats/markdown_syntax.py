"""What the Markdown export and import must agree on, in one place.

The export writes free text as typed and escapes only the lines that would
change the document's structure; the import undoes exactly those escapes.
Both sides therefore share, from here: the section headings and markers,
fenced-code detection, the escaping rules, the flowchart's placeholders,
how a link is written, and what counts as a time at the start of a line
(an event's text that starts like a time must be written on its own line,
or it would be read back as the event's time).

The rules themselves are written down in ``docs/markdown-format.md``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, tzinfo

from app.text_pieces import in_turns, line_chunks, now_and_then, split_lines
from app.timefmt import parse_leading_timestamp, parse_timestamp

# --------------------------------------------------------------------------- layout

SECTION_HEADINGS = {
    "introduction": "Introduction",
    "summary": "Issue Summary",
    "timeline": "Timeline",
    "root_cause": "Root Cause and Resolution",
    "measures": "Corrective and Preventative Measures",
    "closing_notes": "Closing Notes",
    "humor": "Humor Element",
}

EXTRA_SECTIONS_MARKER = "<!-- Additional sections -->"
FLOWCHART_PLACEHOLDER = "*[Insert Link to Diagram/Flowchart]*"
FLOWCHART_STEPS_PLACEHOLDER = "*[Flowchart: see the steps and arrows below]*"
FLOWCHART_HEADING = "### Investigation Flowchart"
FLOWCHART_IMAGE_ALT = "Investigation flowchart"

# A line the importer takes for the image or placeholder that separates the
# Humor Element's caption from its closing line.
FLOWCHART_SLOT = re.compile(r"[ \t]*(?:!\[[^\]\n]*\]\([^\n]*\)|\*\[[^\n]*\]\*|_\[[^\n]*\]_)[ \t]*")
FLOWCHART_HEADING_LINE = re.compile(r"#{3}[ \t]+investigation[ \t]+flowchart[ \t#]*", re.IGNORECASE)
# At the start of a line only: indented, it is text inside a bullet (a node label, a resolution).
EXTRA_SECTIONS_LINE = re.compile(r"<!--[ \t]*additional[ \t]+sections[ \t]*-->[ \t]*", re.IGNORECASE)
# Headings at the title's and the sections' level end a section.
_SECTION_LEVEL_HEADING = re.compile(r"#{1,2}(?:[ \t].*)?")

# Which lines must not appear unescaped in each kind of free-text block.
BLOCK_DANGERS: tuple[re.Pattern[str], ...] = (_SECTION_LEVEL_HEADING, EXTRA_SECTIONS_LINE)
CAPTION_DANGERS = (*BLOCK_DANGERS, FLOWCHART_SLOT)
CLOSING_DANGERS = (*BLOCK_DANGERS, FLOWCHART_HEADING_LINE)

_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)")


def flagged_lines(lines: Sequence[str], flags: Sequence[int]) -> Iterator[tuple[str, int]]:
    """Each line with its ``outside_fences`` flag, giving way now and then (``in_turns``)."""
    return in_turns(zip(lines, flags, strict=True))


def fence_opener(line: str) -> tuple[str, int] | None:
    """``(char, length)`` when ``line`` opens a fenced code block."""
    match = _FENCE.fullmatch(line)
    if match is None:
        return None
    fence = match.group(2)
    if fence[0] == "`" and "`" in match.group(3):
        return None  # CommonMark: a backtick fence's info string has no backticks.
    return fence[0], len(fence)


def fence_closer(line: str) -> tuple[str, int] | None:
    match = _FENCE.fullmatch(line)
    if match is None or match.group(3).strip(" \t"):
        return None
    return match.group(2)[0], len(match.group(2))


def closed_fences(lines: Sequence[str]) -> dict[int, int]:
    """For each fenced code block that some line closes, its opening line's index and its closing line's.

    A fence never closed is left out (a stray mark, not a block that swallows the rest). Two passes, each line
    looked at once: a backward one finds the longest closer of each kind below every line, so an opener
    with none below it is passed over without a scan to the end (60,000 "~~~x" lines stay linear)."""
    count = len(lines)
    if not any(line[:4].lstrip()[:1] in ("`", "~") for line in lines):
        return {}
    longest = {"`": [0] * (count + 1), "~": [0] * (count + 1)}
    for index in range(count - 1, -1, -1):
        for char in "`~":
            longest[char][index] = longest[char][index + 1]
        line = lines[index]
        if line[:4].lstrip()[:1] in ("`", "~") and (closer := fence_closer(line)) is not None:
            longest[closer[0]][index] = max(longest[closer[0]][index], closer[1])
    spans: dict[int, int] = {}
    index = 0
    while index < count:
        line = lines[index]
        opener = fence_opener(line) if line[:4].lstrip()[:1] in ("`", "~") else None
        if opener is not None and longest[opener[0]][index + 1] >= opener[1]:
            end = fence_end(lines, index, opener)
            spans[index] = end
            index = end + 1
        else:
            index += 1
    return spans


def fence_end(lines: Sequence[str], start: int, opener: tuple[str, int]) -> int:
    """The index of the line closing the fence ``opener`` opened at ``start`` (``len(lines)`` when none does)."""
    end = start + 1
    while end < len(lines):
        closer = fence_closer(lines[end])
        if closer is not None and closer[0] == opener[0] and closer[1] >= opener[1]:
            return end
        end += 1
    return end


def outside_fences(lines: Sequence[str]) -> bytearray:
    """For each line, whether it is outside a fenced code block (fence lines count as inside): 1 or 0.

    A byte a line: a list of booleans is a pointer a line, and the reader of 60,000
    lines held two or three such lists at once (0.5 MB each).
    """
    flags = bytearray()
    open_fence: tuple[str, int] | None = None
    for index, line in enumerate(lines):
        now_and_then(index)  # a reading thread gives way to a busy window (60,000 lines: 50 ms a pass)
        if open_fence is None:
            open_fence = fence_opener(line)
            flags.append(open_fence is None)
        else:
            closer = fence_closer(line)
            if closer and closer[0] == open_fence[0] and closer[1] >= open_fence[1]:
                open_fence = None
            flags.append(False)
    return flags


def _after_indent_and_backslashes(line: str) -> tuple[int, int]:
    """Where the backslashes after a line's indentation start and end."""
    start = min(len(line) - len(line.lstrip(" ")), 3)
    end = start
    while end < len(line) and line[end] == "\\":
        end += 1
    return start, end


def _is_dangerous(rest: str, dangers: Iterable[re.Pattern[str]]) -> bool:
    return any(pattern.fullmatch(rest) for pattern in dangers)


def escape_block(text: str, dangers: tuple[re.Pattern[str], ...] = BLOCK_DANGERS) -> str:
    """Backslash-escape the lines of a free-text block that would be misread as structure.

    Escaped: lines matching ``dangers``, code fences that are never closed
    (they would swallow the rest of the document), and lines that already
    start with such an escape (so that unescaping is exact).

    The text is gone through a piece of lines at a time (the preview exports 60,000-line
    texts), and a text with nothing to escape is given back as it is, not copied.
    """
    closers = _closing_fences(line for _, lines in line_chunks(text) for line in lines)
    escaped: list[str] | None = None  # the text's pieces, once a line needed escaping
    open_fence: tuple[str, int] | None = None
    first = 0  # the index of the piece's first line in the whole text
    for start, lines in line_chunks(text):
        changed = False
        for offset, line in enumerate(lines):
            index = first + offset
            now_and_then(index)
            if open_fence is not None:
                closer = fence_closer(line)
                if closer and closer[0] == open_fence[0] and closer[1] >= open_fence[1]:
                    open_fence = None
                continue
            begin, end = _after_indent_and_backslashes(line)
            rest = line[end:]
            opener = fence_opener(line) if begin == end else None
            if opener is not None and closers.closed_after(index, *opener):
                open_fence = opener
            elif opener is not None or _needs_escape(rest, begin != end, dangers):
                lines[offset] = line[:begin] + "\\" + line[begin:]
                changed = True
        if changed and escaped is None:
            escaped = [text[: start - 1]] if start else []  # the pieces before, unchanged
        if escaped is not None:
            escaped.append("\n".join(lines))
        first += len(lines)
    return text if escaped is None else "\n".join(escaped)


class _ClosingFences:
    """Where a block's closing fences are, per fence character, to tell in one pass whether an opener is ever closed.

    Only the closing fences are listed (with the longest at or after each):
    a table per line took two lists as long as the text's lines.
    """

    def __init__(self) -> None:
        self.at: dict[str, list[int]] = {"`": [], "~": []}
        self.longest_from: dict[str, list[int]] = {"`": [], "~": []}

    def closed_after(self, index: int, char: str, length: int) -> bool:
        """Whether a fence of ``char`` at least ``length`` long closes after line ``index``."""
        first = bisect.bisect_right(self.at[char], index)
        return first < len(self.at[char]) and self.longest_from[char][first] >= length


def _closing_fences(lines: Iterable[str]) -> _ClosingFences:
    found = _ClosingFences()
    for index, line in enumerate(lines):
        now_and_then(index)  # the preview's export of 60,000 lines gives way to a busy window
        closer = fence_closer(line)
        if closer is not None:
            found.at[closer[0]].append(index)
            found.longest_from[closer[0]].append(closer[1])
    for longest in found.longest_from.values():
        for position in range(len(longest) - 2, -1, -1):
            longest[position] = max(longest[position], longest[position + 1])
    return found


def _needs_escape(rest: str, has_backslash: bool, dangers: tuple[re.Pattern[str], ...]) -> bool:
    if _is_dangerous(rest, dangers):
        return True
    return has_backslash and fence_opener(rest) is not None


def unescape_block(text: str, dangers: tuple[re.Pattern[str], ...] = BLOCK_DANGERS) -> str:
    """Undo ``escape_block``."""
    if "\\" not in text:
        return text  # nothing was escaped: a 60,000-line text is not split into a second copy of its lines
    lines = split_lines(text)
    flags = outside_fences(lines)
    for index, line in enumerate(lines):
        if not flags[index]:
            continue
        start, end = _after_indent_and_backslashes(line)
        if start == end:
            continue
        rest = line[end:]
        if _is_dangerous(rest, dangers) or fence_opener(rest) is not None:
            lines[index] = line[:start] + line[start + 1 :]
    return "\n".join(lines)


_BOLD_START = re.compile(r"(\*\*|__)([^*_\n]{1,60}?)\1")


def leading_time(
    text: str, *, default_date: date | None = None, default_zone: tzinfo | None = None
) -> tuple[datetime, str] | None:
    """A time at the start of an event line (``14:51 text``, ``**14:51** text``) and the text after it."""
    bold = _BOLD_START.match(text)
    moment = parse_timestamp(bold.group(2), default_date=default_date, default_zone=default_zone) if bold else None
    if moment is not None and bold is not None:
        rest = text[bold.end() :]
    else:
        found = parse_leading_timestamp(text, default_date=default_date, default_zone=default_zone)
        if found is None:
            return None
        moment, end = found
        rest = text[end:]
    return moment, rest.lstrip(" \t").lstrip("-—–:").lstrip(" \t")


def looks_like_time(text: str) -> bool:
    """Whether the importer would read a time at the start of a bullet with ``text``.

    The date is only a stand-in: a time written alone counts whatever the day.
    """
    return leading_time(text.split("\n", 1)[0], default_date=date(2000, 1, 1)) is not None


def heading_line(level: int, text: str) -> str:
    """An ATX heading that reads back as exactly ``text`` (closing ``#`` kept when part of it)."""
    marks = "#" * level
    if not text:
        return marks
    without_closing = text.rstrip("#")
    if without_closing != text and (not without_closing or without_closing[-1] in " \t"):
        return f"{marks} {text} #"
    return f"{marks} {text}"


# --------------------------------------------------------------------------- links

_BARE_URL = re.compile(r"https?://[^\s<>]+")
_ANGLE_WRAPPED = re.compile(r"<(.*)>")


def link_text(link: str) -> str:
    """A web address as an autolink (``<https://...>``), so every renderer makes it clickable.

    Text already in angle brackets gets another pair, which the importer takes off again.
    """
    return f"<{link}>" if _BARE_URL.fullmatch(link) or _ANGLE_WRAPPED.fullmatch(link) else link


def link_from_text(text: str) -> str:
    wrapped = _ANGLE_WRAPPED.fullmatch(text)
    return wrapped.group(1) if wrapped else text
