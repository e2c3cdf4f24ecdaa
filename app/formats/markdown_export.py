"""Markdown export: a post-mortem that reads like the reference document.

The layout follows the reference document (``docs/markdown-format.md``): the same headings in the same order,
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
escaping rules, markers and the time prefix live in ``markdown_syntax``,
which the importer uses to undo them, so both sides always agree; they are
re-exported here for callers that only know the export.
"""

from __future__ import annotations

import re

from app.formats.markdown_syntax import (
    BLOCK_DANGERS,
    CAPTION_DANGERS,
    CLOSING_DANGERS,
    EXTRA_SECTIONS_LINE,
    EXTRA_SECTIONS_MARKER,
    FLOWCHART_HEADING,
    FLOWCHART_HEADING_LINE,
    FLOWCHART_IMAGE_ALT,
    FLOWCHART_PLACEHOLDER,
    FLOWCHART_SLOT,
    FLOWCHART_STEPS_PLACEHOLDER,
    SECTION_HEADINGS,
    escape_block,
    fence_closer,
    fence_opener,
    heading_line,
    leading_time,
    link_from_text,
    link_text,
    looks_like_time,
    outside_fences,
    unescape_block,
)
from app.model import EventKind, Flowchart, LayoutDirection, PostMortem, TaskStatus
from app.timefmt import format_date, format_timestamp

__all__ = [
    "BLOCK_DANGERS",
    "CAPTION_DANGERS",
    "CLOSING_DANGERS",
    "EXTRA_SECTIONS_LINE",
    "FLOWCHART_HEADING_LINE",
    "FLOWCHART_SLOT",
    "fence_closer",
    "fence_opener",
    "leading_time",
    "link_from_text",
    "outside_fences",
    "to_markdown",
    "unescape_block",
]

# --------------------------------------------------------------------------- bullets


def text_bullet(text: str, indent: int, marker: str = "-", *, first_on_own_line: bool = False) -> list[str]:
    """A bullet holding ``text``; further lines are indented under it.

    Text whose first line starts with a space (or that must not be read as a
    timestamp) starts on the line after the bare marker.
    """
    prefix = " " * indent + marker
    if not text:
        return [prefix]
    # A code fence the text never closes would run on over the bullets after it when read back: escaped, as in
    # a block (``Item.text`` undoes it).
    lines = escape_block(text, ()).split("\n") if "`" in text or "~" in text else text.split("\n")
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


def timeline_markdown(document: PostMortem) -> str:
    """The body of the Timeline section of ``to_markdown`` (the preview exports a long timeline in parts)."""
    return _groups(_timeline(document))


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
    if document.root_cause.cause or document.root_cause.resolution or not document.summary.root_cause:
        # A root cause written only in the Issue Summary has its one home there: no empty section for it.
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
    parts[-1] += "\n"  # on the last part, not on the whole: a long document was held twice at its end
    return "\n\n".join(parts)
