"""Markdown export: a post-mortem that reads like the reference document.

The layout follows ``FORMAT-NOTES.md``: the same headings in the same order,
bold-label bullets with nested bullets, times as ``March 3, 2025, 11:12 UTC``.
What the reference cannot express is written in forms a person reads
naturally and ``markdown_import`` reads back exactly:

* metadata as bold-label bullets under the title;
* the event order by repeating a kind's group where kinds interleave, and a
  time on any event as the reference's "date alone, then text" bullet pair;
* task owner, due date, status and link as a short list under each task;
* the flowchart as an "Investigation Flowchart" sub-part of lists of steps
  and arrows;
* additional sections after the standard ones, behind an invisible comment
  line, so a heading such as "Timeline" there stays an additional section.

Document text is Markdown and is written as typed. Only lines that would
change the structure get a backslash (a ``##`` line in the Introduction, an
unclosed code fence); multi-line text in a bullet is indented under it. The
escaping rules live here, and the importer uses the same functions to undo
them, so both sides always agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, tzinfo

from app.model import EventKind, Flowchart, LayoutDirection, PostMortem, TaskStatus
from app.timefmt import format_date, format_timestamp, parse_leading_timestamp, parse_timestamp

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


def outside_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it is outside a fenced code block (fence lines count as inside)."""
    flags: list[bool] = []
    open_fence: tuple[str, int] | None = None
    for line in lines:
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
    """
    lines = text.split("\n")
    # Longest closing fence at or after each line, per fence character: tells in
    # one pass whether an opener is ever closed.
    longest: dict[str, list[int]] = {"`": [0] * (len(lines) + 1), "~": [0] * (len(lines) + 1)}
    for index in range(len(lines) - 1, -1, -1):
        closer = fence_closer(lines[index])
        for char, table in longest.items():
            table[index] = max(table[index + 1], closer[1] if closer and closer[0] == char else 0)
    out: list[str] = []
    open_fence: tuple[str, int] | None = None
    for index, line in enumerate(lines):
        if open_fence is not None:
            closer = fence_closer(line)
            if closer and closer[0] == open_fence[0] and closer[1] >= open_fence[1]:
                open_fence = None
            out.append(line)
            continue
        start, end = _after_indent_and_backslashes(line)
        rest = line[end:]
        opener = fence_opener(line) if start == end else None
        if opener is not None and longest[opener[0]][index + 1] >= opener[1]:
            open_fence = opener
            out.append(line)
        elif opener is not None or _needs_escape(rest, start != end, dangers):
            out.append(line[:start] + "\\" + line[start:])
        else:
            out.append(line)
    return "\n".join(out)


def _needs_escape(rest: str, has_backslash: bool, dangers: tuple[re.Pattern[str], ...]) -> bool:
    if _is_dangerous(rest, dangers):
        return True
    return has_backslash and fence_opener(rest) is not None


def unescape_block(text: str, dangers: tuple[re.Pattern[str], ...] = BLOCK_DANGERS) -> str:
    """Undo ``escape_block``."""
    lines = text.split("\n")
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


# --------------------------------------------------------------------------- bullets


def text_bullet(text: str, indent: int, marker: str = "-", *, first_on_own_line: bool = False) -> list[str]:
    """A bullet holding ``text``; further lines are indented under it.

    Text whose first line starts with a space (or that must not be read as a
    timestamp) starts on the line after the bare marker.
    """
    prefix = " " * indent + marker
    if not text:
        return [prefix]
    lines = text.split("\n")
    continuation = " " * (indent + len(marker) + 1)
    if first_on_own_line or lines[0][:1] in (" ", "\t"):
        out, rest = [prefix], lines
    else:
        out, rest = [f"{prefix} {lines[0]}"], lines[1:]
    out.extend(continuation + line if line else "" for line in rest)
    return out


_SIMPLE_LIST_ITEM = re.compile(r"- \S.*")


def text_group(label: str, text: str) -> list[str]:
    """``- **Label:**`` with the text nested; a simple list becomes one bullet per item."""
    lines = text.split("\n")
    out = [f"- **{label}:**"]
    if len(lines) >= 2 and all(_SIMPLE_LIST_ITEM.fullmatch(line) for line in lines):
        out.extend(f"  - {line[2:]}" for line in lines)
    else:
        out.extend(text_bullet(text, 2))
    return out


def _groups(blocks: list[list[str]]) -> str:
    return "\n\n".join("\n".join(block) for block in blocks if block)


# --------------------------------------------------------------------------- sections


def _metadata(document: PostMortem) -> list[list[str]]:
    meta = document.metadata
    lines = [f"- **Status:** {meta.status.label}"]
    if meta.severity is not None:
        lines.append(f"- **Severity:** {meta.severity.label}")
    if meta.authors:
        if any("," in author or not author for author in meta.authors):
            # A name with a comma cannot share a comma-separated line: one bullet each.
            lines.append("- **Authors:**")
            for author in meta.authors:
                lines.extend(text_bullet(author, 2))
        else:
            lines.append(f"- **Authors:** {', '.join(meta.authors)}")
    if meta.service:
        lines.append(f"- **Service:** {meta.service}")
    return [lines]


def _summary(document: PostMortem) -> list[list[str]]:
    summary = document.summary
    blocks: list[list[str]] = []
    if summary.start or summary.end:
        duration = ["- **Duration:**"]
        if summary.start:
            duration.append(f"  - Start Time: {format_timestamp(summary.start)}")
        if summary.end:
            duration.append(f"  - End Time: {format_timestamp(summary.end)}")
        blocks.append(duration)
    if summary.impact:
        blocks.append(text_group("Impact", summary.impact))
    if summary.root_cause:
        blocks.append(text_group("Root Cause", summary.root_cause))
    return blocks


def _timeline(document: PostMortem) -> list[list[str]]:
    blocks: list[list[str]] = []
    kind: EventKind | None = None
    for event in document.timeline:
        if event.kind is not kind:
            kind = event.kind
            blocks.append([f"- **{kind.heading}:**"])
        block = blocks[-1]
        if event.time is not None:
            block.append(f"  - {format_timestamp(event.time)}")
            # The text bullet always follows its time, even when empty, so the
            # pair can never be confused with the next event.
            block.extend(text_bullet(event.text, 2))
        else:
            block.extend(text_bullet(event.text, 2, first_on_own_line=looks_like_time(event.text)))
    return blocks


def _root_cause(document: PostMortem) -> list[list[str]]:
    part = document.root_cause
    blocks: list[list[str]] = []
    if part.cause:
        blocks.append(text_group("Cause", part.cause))
    if part.resolution:
        blocks.append(text_group("Resolution", part.resolution))
    return blocks


_CHECKBOX_START = re.compile(r"\[[ xX]\](?:[ \t]|$)")


def _measures(document: PostMortem) -> list[list[str]]:
    measures = document.measures
    blocks: list[list[str]] = []
    if measures.improvements:
        block = ["- **Improvements:**"]
        for improvement in measures.improvements:
            block.extend(text_bullet(improvement, 2))
        blocks.append(block)
    if measures.tasks:
        block = ["- **Tasks:**"]
        for number, task in enumerate(measures.tasks, start=1):
            marker = f"{number}."
            text = task.text
            if _CHECKBOX_START.match(text):
                # Text that starts like a checkbox gets a real one in front, so
                # the importer strips that and keeps the text as typed.
                text = ("[x] " if task.status is TaskStatus.DONE else "[ ] ") + text
            block.append(f"  {marker} {text}" if text else f"  {marker}")
            indent = " " * (2 + len(marker) + 1)
            if task.owner:
                block.append(f"{indent}- Owner: {task.owner}")
            if task.due is not None:
                block.append(f"{indent}- Due: {format_date(task.due)}")
            if task.status is not TaskStatus.OPEN:
                block.append(f"{indent}- Status: {task.status.label}")
            if task.link:
                block.append(f"{indent}- Link: {link_text(task.link)}")
        blocks.append(block)
    return blocks


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


def _image_target(path: str) -> str:
    return f"<{path}>" if re.search(r"[\s()<>]", path) else path


def _flowchart(chart: Flowchart) -> list[str]:
    if not chart.nodes and not chart.edges and chart.direction is LayoutDirection.TOP_TO_BOTTOM:
        return []
    blocks: list[list[str]] = []
    if chart.direction is not LayoutDirection.TOP_TO_BOTTOM:
        blocks.append([f"- **Layout:** {chart.direction.label}"])
    if chart.nodes:
        block = ["- **Steps:**"]
        for node in chart.nodes:
            head = f"**{node.id}** ({node.kind.value})"
            lines = node.label.split("\n") if node.label else []
            if not lines:
                block.append(f"  - {head}")
                continue
            if lines[0][:1] in (" ", "\t"):
                block.append(f"  - {head}:")
            else:
                block.append(f"  - {head}: {lines.pop(0)}")
            # The label's further lines are free text: a line such as the additional-sections
            # marker must not be read back as structure.
            body = escape_block("\n".join(lines)).split("\n") if lines else []
            block.extend("    " + line if line else "" for line in body)
        blocks.append(block)
    if chart.edges:
        block = ["- **Arrows:**"]
        for edge in chart.edges:
            label = f": {edge.label}" if edge.label else ""
            block.append(f"  - **{edge.source}** → **{edge.target}**{label}")
        blocks.append(block)
    return [FLOWCHART_HEADING, _groups(blocks)]


def _humor(document: PostMortem, flowchart_image: str | None) -> list[str]:
    humor = document.humor
    parts: list[str] = []
    if humor.caption:
        parts.append(escape_block(humor.caption, CAPTION_DANGERS))
    if flowchart_image:
        parts.append(f"![{FLOWCHART_IMAGE_ALT}]({_image_target(flowchart_image)})")
    elif humor.flowchart.nodes:
        parts.append(FLOWCHART_STEPS_PLACEHOLDER)
    else:
        parts.append(FLOWCHART_PLACEHOLDER)
    if humor.closing:
        parts.append(escape_block(humor.closing, CLOSING_DANGERS))
    parts.extend(_flowchart(humor.flowchart))
    return parts


def to_markdown(document: PostMortem, flowchart_image: str | None = None) -> str:
    """The document as Markdown; ``flowchart_image`` is a relative path to the chart's picture."""
    # An untitled document (a new one from a template) starts with its metadata, not a bare "#".
    title = [heading_line(1, document.metadata.title)] if document.metadata.title else []
    parts: list[str] = [*title, _groups(_metadata(document))]

    def section(key: str, *body: str) -> None:
        parts.append(heading_line(2, SECTION_HEADINGS[key]))
        parts.extend(part for part in body if part)

    section("introduction", escape_block(document.introduction))
    section("summary", _groups(_summary(document)))
    section("timeline", _groups(_timeline(document)))
    section("root_cause", _groups(_root_cause(document)))
    section("measures", _groups(_measures(document)))
    section("closing_notes", escape_block(document.closing_notes))
    section("humor", *_humor(document, flowchart_image))
    if document.extra_sections:
        parts.append(EXTRA_SECTIONS_MARKER)
        for extra in document.extra_sections:
            parts.append(heading_line(2, extra.heading))
            if extra.body:
                parts.append(escape_block(extra.body))
    return "\n\n".join(parts) + "\n"
