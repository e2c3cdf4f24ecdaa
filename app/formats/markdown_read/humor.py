"""Reading the Humor Element: its caption, the flowchart's picture or placeholder, the closing line,
and the "Investigation Flowchart" lists of steps and arrows the export writes (or, in someone
else's post-mortem, a flowchart drawn as Mermaid or Graphviz text: ``diagram``)."""

from __future__ import annotations

import re

from app.formats.markdown_read.arrow_chains import read_arrow_chains
from app.formats.markdown_read.diagram import read_diagram
from app.formats.markdown_read.draft import Draft, EdgeDraft, FlowchartDraft, NodeDraft, Section
from app.formats.markdown_read.names import NODE_KINDS
from app.formats.markdown_read.tokens import Item, body_text, name_key, parse_items, split_label
from app.formats.markdown_syntax import (
    CAPTION_DANGERS,
    CLOSING_DANGERS,
    FLOWCHART_HEADING_LINE,
    FLOWCHART_IMAGE_ALT,
    FLOWCHART_SLOT,
    fence_end,
    fence_opener,
    outside_fences,
    unescape_block,
)
from app.model import LayoutDirection

_NODE = re.compile(r"\*\*([A-Za-z][A-Za-z0-9_-]{0,63})\*\*[ \t]*\(([^)\n]{1,20})\)(?:[ \t]*:(?: (.*))?)?")
_ID = r"\*\*([A-Za-z][A-Za-z0-9_-]{0,63})\*\*"
_EDGE = re.compile(rf"{_ID}[ \t]*(?:→|->|-->)[ \t]*{_ID}(?::[ \t]?(.*))?")
_OUR_SLOTS = ("*[insert link to diagram/flowchart]*", "*[flowchart: see the steps and arrows below]*")


def read_humor(draft: Draft, section: Section) -> None:
    humor, lines = draft.humor, section.lines
    leftover: list[str] = []
    flags = outside_fences(lines)
    slot = next((i for i, line in enumerate(lines) if flags[i] and FLOWCHART_SLOT.fullmatch(line)), None)
    chart = next(
        (i for i in range(slot or 0, len(lines)) if flags[i] and FLOWCHART_HEADING_LINE.fullmatch(lines[i])), None
    )
    if chart is None and not humor.flowchart.nodes:
        drawn = _drawn_chart(lines)
        if drawn is not None:
            # The drawing stands where the picture would: words before it are the caption, after it the closing.
            start, end, humor.flowchart, understood = drawn
            if not understood:
                leftover.extend(lines[start:end])  # its styles and comments, word for word
            lines = [*lines[:start], *([] if slot is not None else [_OUR_SLOTS[1]]), *lines[end:]]
            flags = outside_fences(lines)
            slot = next((i for i, line in enumerate(lines) if flags[i] and FLOWCHART_SLOT.fullmatch(line)), None)
    caption_end = slot if slot is not None else chart if chart is not None else len(lines)
    humor.caption = unescape_block(body_text(lines[:caption_end]), CAPTION_DANGERS)
    if slot is not None:
        closing_end = chart if chart is not None else len(lines)
        slot_line = lines[slot].strip()
        theirs = slot_line.lower() not in _OUR_SLOTS and not slot_line.startswith(f"![{FLOWCHART_IMAGE_ALT}](")
        # Someone's own picture (a meme, "![It was DNS](…)"), in someone else's post-mortem, is part of
        # their humour: it opens the closing text, which keeps pictures, rather than leaving the section.
        closing_from = slot if theirs and draft.other_template else slot + 1
        humor.closing = unescape_block(body_text(lines[closing_from:closing_end]), CLOSING_DANGERS)
        if theirs and not draft.other_template:
            leftover.append(lines[slot])  # Someone's own picture in our layout: keep the link.
    if chart is not None:
        leftover.extend(_read_flowchart(humor.flowchart, lines[chart + 1 :]))
    draft.keep(section, leftover)


_PLAIN_BLOCKS = ("", "text", "txt", "plain", "ascii")


def _drawn_chart(lines: list[str]) -> tuple[int, int, FlowchartDraft, bool] | None:
    """The first fenced Mermaid, Graphviz or ASCII-art flowchart, else steps written with arrows between them.

    Returns the lines' span, the chart, and whether every line of it was understood.
    """
    index = 0
    while index < len(lines):
        opener = fence_opener(lines[index])
        if opener is None:
            index += 1
            continue
        end = fence_end(lines, index, opener)
        info = lines[index].strip().lstrip(opener[0])
        body = lines[index + 1 : end]
        drawn = read_diagram(info, body)
        if drawn is not None:
            return index, min(end + 1, len(lines)), *drawn
        art = read_arrow_chains(body, ascii_art=True) if info.strip().lower() in _PLAIN_BLOCKS else None
        if art is not None and not any(line.strip() for line in body[: art[0]] + body[art[1] :]):
            return index, min(end + 1, len(lines)), art[2], True  # the whole block is the drawing
        index = end + 1
    unfenced = [line if outside else "" for line, outside in zip(lines, outside_fences(lines), strict=True)]
    chains = read_arrow_chains(unfenced)
    return (*chains, True) if chains is not None else None


def _read_flowchart(chart: FlowchartDraft, lines: list[str]) -> list[str]:
    leftover: list[str] = []
    for entry in parse_items(lines):
        if isinstance(entry, str):
            leftover.append(entry)
            continue
        key, value = split_label(entry.head) or ("", "")
        if key in ("layout", "direction") and not entry.body and value.lower() in _DIRECTIONS:
            chart.direction = _DIRECTIONS[value.lower()]
        elif key in ("steps", "nodes") and not value:
            for child in parse_items(entry.body):
                if not (isinstance(child, Item) and _read_node(chart, child)):
                    leftover.extend(child.raw if isinstance(child, Item) else [child])
        elif key in ("arrows", "edges") and not value:
            for child in parse_items(entry.body):
                match = _EDGE.fullmatch(child.head) if isinstance(child, Item) and not child.body else None
                if match is None:
                    leftover.extend(child.raw if isinstance(child, Item) else [child])
                else:
                    chart.edges.append(EdgeDraft(match.group(1), match.group(2), (match.group(3) or "").strip()))
        else:
            leftover.extend(entry.raw)
    return leftover


_DIRECTIONS = {
    "left to right": LayoutDirection.LEFT_TO_RIGHT,
    "lr": LayoutDirection.LEFT_TO_RIGHT,
    "top to bottom": LayoutDirection.TOP_TO_BOTTOM,
    "tb": LayoutDirection.TOP_TO_BOTTOM,
}


def _read_node(chart: FlowchartDraft, item: Item) -> bool:
    match = _NODE.fullmatch(item.head)
    kind = NODE_KINDS.get(name_key(match.group(2))) if match else None
    if match is None or kind is None:
        return False
    first = match.group(3)
    body = unescape_block("\n".join(item.body))  # the lines under the bullet are escaped like free text
    label = f"{first}\n{body}" if first and item.body else first or body
    chart.nodes.append(NodeDraft(match.group(1), kind, label.strip("\n")))
    return True
