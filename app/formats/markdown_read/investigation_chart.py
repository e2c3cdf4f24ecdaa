"""The investigation's flowchart drawn outside a Humor section, as the Humor Element's flowchart.

Many post-mortems draw the path the responders took as a Graphviz ``digraph`` or a Mermaid
``flowchart`` (or as steps joined by arrows) under "How we debugged it", "Supporting information" or
"Appendix", and have no Humor section at all. A careful reader asked for the investigation's flowchart
points at that drawing; a drawing of the system ("Architecture", boxes that are services) is not one.

The rule: in a document with no Humor section, a drawing in a section of no known name moves to the
Humor Element when
  * the heading, the line introducing the drawing, or the drawing's own name (``digraph debugging``,
    Mermaid's ``title:``) says it is about the investigation ("debug", "troubleshooting", "the path we
    took", ...), or
  * the heading is a catch-all one ("Supporting information", "Appendix", "Diagrams") and the drawing
    asks a question ("Roll back the frontend?", a decision's diamond), as the steps of an investigation
    do and a drawing of services does not;
and never under a heading naming the system's design ("Architecture", "System overview", "Data flow").
Only the drawing (with the line introducing it) moves; the rest of its section stays where it was. A
section that was the drawing alone becomes the Humor section, its heading the caption, so no word is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.formats.markdown_read.arrow_chains import read_arrow_chains
from app.formats.markdown_read.diagram import read_diagram
from app.formats.markdown_read.draft import FlowchartDraft, Section
from app.formats.markdown_read.investigation_words import names_the_investigation
from app.formats.markdown_read.names import section_key
from app.formats.markdown_syntax import fence_end, fence_opener, outside_fences
from app.model import NodeKind

# Headings under which a document gathers what fits nowhere else.
_CATCH_ALL = re.compile(
    r"\b(?:supporting|supplementa\w*|appendi(?:x|ces)|annex\w*|attachments?|diagrams?|figures?|exhibits?"
    r"|additional[ \t]+(?:info\w*|details|material)|extras?|misc\w*|other[ \t]+notes|notes|references)\b",
    re.IGNORECASE,
)
# Headings and labels over a drawing of the system itself, never the investigation's path.
_DESIGN = re.compile(
    r"\b(?:architecture|system[ \t]+(?:diagram|context|map)|overview|topology|data[ \t]+flow"
    r"|request[ \t]+(?:flow|path)|dependenc\w*|components?|infrastructure|design|how[ \t]+\w+[ \t]+works)\b",
    re.IGNORECASE,
)
# "digraph debugging {", "strict digraph "Our path" {": the name Graphviz gives the drawing.
_DOT_NAME = re.compile(r"[ \t]*(?:strict[ \t]+)?digraph[ \t]+\"?([^\"{\n]{1,200})", re.IGNORECASE)
# Mermaid's front matter or comment naming the drawing: "title: How we found it", "%% debugging path".
_MERMAID_NAME = re.compile(r"[ \t]*(?:title:|%%)[ \t]*([^\n]{1,200})", re.IGNORECASE)
_LONGEST_LABEL = 200
_NAME_LINES = 3


@dataclass
class _Drawing:
    start: int  # the drawing's first line (its introducing line, when it has one)
    end: int
    chart: FlowchartDraft
    name: str  # the drawing's own name and the line introducing it, as one text


def charts_as_humor(sections: list[Section], extras_from: int | None) -> tuple[list[Section], int | None]:
    """The sections, with the investigation's drawing moved into a Humor section of its own; else as they were."""
    limit = len(sections) if extras_from is None else extras_from
    keys = [section_key(section.heading) for section in sections[:limit]]
    if "humor" in keys:
        return sections, extras_from
    chosen = next(
        (
            (number, drawing)
            for number in range(limit)
            if keys[number] is None and not _DESIGN.search(sections[number].heading[:_LONGEST_LABEL])
            for drawing in _drawings(sections[number].lines)
            if _traces_investigation(sections[number], drawing)
        ),
        None,
    )
    if chosen is None:
        chosen = _only_fenced_chart(sections[:limit], keys)
    if chosen is not None:
        number, drawing = chosen
        section = sections[number]
        moved = section.lines[drawing.start : drawing.end]
        rest = [*section.lines[: drawing.start], *section.lines[drawing.end :]]
        if not any(line.strip() for line in rest):
            # The section was the drawing: it is the Humor section, its heading naming the drawing.
            caption = [f"**{section.heading.strip()}**", ""] if section.heading.strip() else []
            humor = Section("Humor", [*caption, *moved], section.position, section.level)
            return [*sections[:number], humor, *sections[number + 1 :]], extras_from
        section.lines = rest
        humor = Section("Humor", moved, section.position + drawing.start, section.level)
        after = None if extras_from is None else extras_from + 1
        return [*sections[: number + 1], humor, *sections[number + 1 :]], after
    return sections, extras_from


def _only_fenced_chart(sections: list[Section], keys: list[str | None]) -> tuple[int, _Drawing] | None:
    """The document's one fenced flowchart (Mermaid or Graphviz), in a section of no known name or in its opening
    ("Background": "A["1. checkout() gets the basket"] --> B…"), when no heading or name says it draws the
    system's design: the only chart a careful reader finds is the one the report draws. Two or more: none."""
    found: list[tuple[int, _Drawing]] = []
    for number, section in enumerate(sections):
        if not any(line.lstrip()[:3] in ("```", "~~~") for line in section.lines):
            continue
        fenced = [drawing for drawing in _drawings(section.lines, chains=False)]
        heading = section.heading[:_LONGEST_LABEL]
        if fenced and (
            keys[number] not in (None, "introduction") or _DESIGN.search(heading) or _CATCH_ALL.search(heading)
        ):
            # A chart under "Timeline" or "Architecture" is not the lone one; one in an appendix moves only when it
            # asks a question, as the investigation's steps do (the rule above).
            return None
        found.extend((number, drawing) for drawing in fenced if not _DESIGN.search(drawing.name))
        if len(found) > 1:
            return None
    return found[0] if found else None


def _traces_investigation(section: Section, drawing: _Drawing) -> bool:
    if _DESIGN.search(drawing.name):
        return False
    if names_the_investigation(section.heading) or names_the_investigation(drawing.name):
        return True
    asks = any(node.kind is NodeKind.QUESTION for node in drawing.chart.nodes)
    return asks and bool(_CATCH_ALL.search(section.heading[:_LONGEST_LABEL]))


def _drawings(lines: list[str], *, chains: bool = True) -> list[_Drawing]:
    """The Mermaid flowcharts and Graphviz digraphs fenced in ``lines``, then the first run of steps joined by
    arrows outside them, each with the line introducing it ("Our debugging path:") when one stands just above."""
    found: list[_Drawing] = []
    index = 0
    while index < len(lines):
        opener = fence_opener(lines[index])
        if opener is None:
            index += 1
            continue
        end = fence_end(lines, index, opener)
        body = lines[index + 1 : end]
        drawn = read_diagram(lines[index].strip().lstrip(opener[0]), body)
        if drawn is not None:  # (its styles the chart cannot hold are kept word for word by the Humor's reader)
            found.append(_introduced(lines, index, min(end + 1, len(lines)), drawn[0], _own_name(body)))
        index = end + 1
    if not chains:
        return found
    unfenced = [line if outside else "" for line, outside in zip(lines, outside_fences(lines), strict=True)]
    chains = read_arrow_chains(unfenced)
    if chains is not None:
        found.append(_introduced(lines, chains[0], chains[1], chains[2], ""))
    return found


def _own_name(body: list[str]) -> str:
    for line in body[:_NAME_LINES]:
        named = _DOT_NAME.match(line) or _MERMAID_NAME.match(line)
        if named is not None:
            return named.group(1).strip()
    return ""


def _introduced(lines: list[str], start: int, end: int, chart: FlowchartDraft, name: str) -> _Drawing:
    """The drawing, with the one line just above it that introduces it ("How we got there:") taken along."""
    above = start - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    label = lines[above].strip() if above >= 0 else ""
    lone = above < 1 or not lines[above - 1].strip()
    if label.endswith(":") and lone and len(label) <= _LONGEST_LABEL:
        return _Drawing(above, end, chart, f"{name} {label}".strip())
    return _Drawing(start, end, chart, name)
