"""A chart's SVG cut between the graph's top-level groups, each piece a whole SVG document.

Graphviz writes every node and every edge as one group under the graph's
group, a node's edges next to it. Every piece keeps the whole picture's size
and view box, so the pieces lie exactly on top of each other, and a piece
holds the groups of one stretch of the chart.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

PIECE_BYTES = 32 * 1024
"""About this much SVG text per piece: a few milliseconds of parsing, during which the window waits."""

CHECK_TAGS = 1000

_GRAPH_GROUP = re.compile(rb'<g\s[^>]*?id="graph0"[^>]*>')
_TAG = re.compile(rb"<!--.*?-->|<g\b[^>]*?(/?)>|</g\s*>", re.DOTALL)
_ID = re.compile(rb'\sid="([^"]*)"')


@dataclass
class SvgPieces:
    """The SVG cut between the graph's top-level groups: each piece is a whole SVG document.

    A piece is put together when asked for (``piece``), so the pieces of a big
    chart need not all be held at once beside the SVG they come from.
    """

    svg: bytes
    spans: list[tuple[int, int]]
    """Where each piece's groups are in ``svg``; a single piece (the whole) when empty."""
    element_ids: list[list[str]] = field(default_factory=list)
    """The ids of the top-level groups in each piece (nodes and edges); not listed for a single piece."""
    head_end: int = 0
    tail_start: int = 0

    def __len__(self) -> int:
        return max(1, len(self.spans))

    def piece(self, index: int) -> bytes:
        if not self.spans:
            return self.svg
        start, end = self.spans[index]
        return self.svg[: self.head_end] + self.svg[start:end] + self.svg[self.tail_start :]

    @property
    def pieces(self) -> list[bytes]:
        return [self.piece(index) for index in range(len(self))]

    @property
    def frame(self) -> bytes:
        """The picture with none of its groups: its size and view box alone (the whole for a single piece)."""
        return self.svg[: self.head_end] + self.svg[self.tail_start :] if self.spans else self.svg


def split_svg(svg: bytes, piece_bytes: int = PIECE_BYTES, check: Callable[[], None] = lambda: None) -> SvgPieces:
    """``svg`` in pieces of about ``piece_bytes``; one piece (the whole) when it is small or not as Graphviz writes.

    ``check`` runs every ``CHECK_TAGS`` groups read (a 1,400-node chain has some 8,000).
    """
    graph = _GRAPH_GROUP.search(svg)
    if graph is None or len(svg) <= piece_bytes:
        return SvgPieces(svg, [], [[]])
    children: list[tuple[int, int, str]] = []  # start, end, id of each top-level group
    depth, start, child_id = 1, 0, ""
    for count, tag in enumerate(_TAG.finditer(svg, graph.end())):
        if count % CHECK_TAGS == 0:
            check()
        text = tag.group(0)
        if text.startswith(b"<!--") or tag.group(1):
            continue  # a comment, or an empty <g/>
        if text.startswith(b"</"):
            depth -= 1
            if depth == 1:
                children.append((start, tag.end(), child_id))
            elif depth == 0:
                break  # the graph's group ends
        else:
            if depth == 1:
                start = tag.start()
                found = _ID.search(text)
                child_id = _unescaped(found.group(1)) if found else ""
            depth += 1
    if depth != 0 or not children:
        return SvgPieces(svg, [], [[]])
    spans: list[tuple[int, int]] = []
    ids: list[list[str]] = []
    first = 0
    for last in range(len(children)):
        if last == len(children) - 1 or children[last][1] - children[first][0] >= piece_bytes:
            spans.append((children[first][0], children[last][1]))
            ids.append([child for _, _, child in children[first : last + 1]])
            first = last + 1
    return SvgPieces(svg, spans, ids, children[0][0], children[-1][1])


def _unescaped(value: bytes) -> str:
    text = value.decode("utf-8", "replace").replace("&#45;", "-")  # Graphviz writes fc-node-1 as fc&#45;node&#45;1
    return html.unescape(text) if "&" in text else text
