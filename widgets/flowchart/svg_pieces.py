"""A chart's SVG cut between the graph's top-level groups, each piece a whole SVG document.

Graphviz writes every node and every edge as one group under the graph's
group, a node's edges next to it. Every piece keeps the whole picture's size
and view box, so the pieces lie exactly on top of each other, and a piece
holds the groups of one stretch of the chart.

The SVG is read twice, a chunk at a time, so that it is never held whole (a
1,400-node chain's is 1.6 MB, unpacked from 0.24 MB): once to find where to
cut (``cut_svg``, which keeps offsets, the ids and the few bytes around the
groups), then to hand out the pieces (``SvgCut.pieces``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field

PIECE_BYTES = 32 * 1024
"""About this much SVG text per piece: a few milliseconds of parsing, during which the window waits."""

CHECK_TAGS = 1000

HEAD_LIMIT = 64 * 1024
"""Graphviz opens the graph's group within the first few hundred bytes; an SVG that does not, by here, is kept whole."""

_GRAPH_GROUP = re.compile(rb'<g\s[^>]*?id="graph0"[^>]*>')
_TAG = re.compile(rb"<!--.*?-->|<g\b[^>]*?(/?)>|</g\s*>", re.DOTALL)
_ID = re.compile(rb'\sid="([^"]*)"')


@dataclass
class SvgCut:
    """Where an SVG is cut, found without holding it: offsets, ids, and the bytes around the groups."""

    head: bytes
    """From the start to the first group: the ``<svg>`` tag, the graph's group's tag, its title and background."""
    tail: bytes
    """After the last group: the closing tags."""
    spans: list[tuple[int, int]]
    """Where each piece's groups are in the SVG."""
    element_ids: list[list[str]]
    """The ids of the top-level groups in each piece (nodes and edges; the wanted ones only, if any were named)."""

    @property
    def frame(self) -> bytes:
        """The picture with none of its groups: its size and view box alone."""
        return self.head + self.tail

    def pieces(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        """Each piece in turn, cut from the SVG handed over again in ``chunks``."""
        spans = iter(self.spans)
        span = next(spans, None)
        parts: list[bytes] = []
        position = 0
        for chunk in chunks:
            start, end = position, position + len(chunk)
            position = end
            while span is not None and span[0] < end:
                low, high = max(span[0], start), min(span[1], end)
                if high > low:
                    parts.append(chunk[low - start : high - start])
                if span[1] > end:
                    break  # the piece goes on in the next chunk
                yield self.head + b"".join(parts) + self.tail
                parts = []
                span = next(spans, None)
            if span is None:
                return


class _Cutter:
    """Reads an SVG a chunk at a time and notes where its graph's top-level groups begin and end."""

    def __init__(self, piece_bytes: int, check: Callable[[], None], wanted: Container[str] | None) -> None:
        self.piece_bytes = piece_bytes
        self.check = check
        self.wanted = wanted
        self.buffer = bytearray()  # what is still to be read, and the bytes since the last group ended
        self.offset = 0  # where ``buffer`` starts in the SVG
        self.scanned = -1  # where to read on in ``buffer``; -1 until the graph's group is found
        self.tags = 0
        self.depth = 1
        self.child_start = 0
        self.child_id = ""
        self.head: bytes | None = None
        self.piece_start: int | None = None
        self.piece_ids: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.element_ids: list[list[str]] = []
        self.last_end = -1  # where the last group ended
        self.tail: bytearray | None = None  # once the graph's group is closed: the rest of the SVG

    def feed(self, chunk: bytes) -> bool:
        """Read ``chunk``; False when the SVG is not as Graphviz writes it (it is then kept whole)."""
        if self.tail is not None:
            self.tail += chunk
            return True
        self.buffer += chunk
        if self.scanned < 0:
            graph = _GRAPH_GROUP.search(self.buffer)
            if graph is None:
                return len(self.buffer) <= HEAD_LIMIT
            self.scanned = graph.end()
        # Every tag that starts before the last "<" is whole (XML allows no "<" inside a tag),
        # unless a comment is still open.
        end = self.buffer.rfind(b"<")
        comment = self.buffer.rfind(b"<!--", self.scanned, end)
        if comment >= 0 and self.buffer.find(b"-->", comment) < 0:
            end = comment
        self._scan(end)
        return True

    def finish(self) -> SvgCut | None:
        if self.tail is None and self.scanned >= 0:
            self._scan(len(self.buffer))
        if self.tail is None or self.head is None or not self.spans:
            return None
        return SvgCut(self.head, bytes(self.tail), self.spans, self.element_ids)

    def _scan(self, end: int) -> None:
        if end <= self.scanned:
            return
        for tag in _TAG.finditer(self.buffer, self.scanned, end):
            if self.tags % CHECK_TAGS == 0:
                self.check()
            self.tags += 1
            self._read(tag)
            if self.depth == 0:  # the graph's group ends: the rest, from the last group's end, is the tail
                self.tail = self.buffer[max(0, self.last_end - self.offset) :]
                self.buffer = bytearray()
                return
        self.scanned = end
        if self.head is not None:  # what lies before ``end`` is not read again, nor (after the last group) kept
            drop = end if self.last_end < 0 else min(end, self.last_end - self.offset)
            del self.buffer[:drop]
            self.offset += drop
            self.scanned -= drop

    def _read(self, tag: re.Match[bytes]) -> None:
        text = tag.group(0)
        if text.startswith(b"<!--") or tag.group(1):
            return  # a comment, or an empty <g/>
        if text.startswith(b"</"):
            self.depth -= 1
            if self.depth == 1:
                self._child_ends(self.offset + tag.end())
            elif self.depth == 0 and self.piece_start is not None:
                self._close_piece()
        else:
            if self.depth == 1:
                self.child_start = self.offset + tag.start()
                if self.head is None:
                    self.head = bytes(self.buffer[: tag.start()])
                found = _ID.search(text)
                self.child_id = _unescaped(found.group(1)) if found else ""
            self.depth += 1

    def _child_ends(self, end: int) -> None:
        if self.piece_start is None:
            self.piece_start = self.child_start
        if self.wanted is None or self.child_id in self.wanted:
            self.piece_ids.append(self.child_id)
        self.last_end = end
        if end - self.piece_start >= self.piece_bytes:
            self._close_piece()

    def _close_piece(self) -> None:
        assert self.piece_start is not None
        self.spans.append((self.piece_start, self.last_end))
        self.element_ids.append(self.piece_ids)
        self.piece_start, self.piece_ids = None, []


def cut_svg(
    chunks: Iterable[bytes],
    size: int,
    piece_bytes: int = PIECE_BYTES,
    check: Callable[[], None] = lambda: None,
    wanted: Container[str] | None = None,
) -> SvgCut | None:
    """Where to cut the SVG of ``size`` bytes given in ``chunks`` into pieces of about ``piece_bytes``.

    None when it is small or not as Graphviz writes it: it is then one piece, the whole.
    ``check`` runs every ``CHECK_TAGS`` groups read (a 1,400-node chain has some 8,000).
    Only the ``wanted`` groups' ids are listed (all of them when None).
    """
    if size <= piece_bytes:
        return None
    cutter = _Cutter(piece_bytes, check, wanted)
    for chunk in chunks:
        if not cutter.feed(chunk):
            return None
    return cutter.finish()


def chunks_of(svg: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
    """``svg`` a chunk at a time."""
    for start in range(0, len(svg), size):
        yield svg[start : start + size]


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
    """``svg`` in pieces of about ``piece_bytes``; one piece (the whole) when it is small or not as Graphviz writes."""
    cut = cut_svg(chunks_of(svg), len(svg), piece_bytes, check)
    if cut is None:
        return SvgPieces(svg, [], [[]])
    return SvgPieces(svg, cut.spans, cut.element_ids, len(cut.head), len(svg) - len(cut.tail))


def _unescaped(value: bytes) -> str:
    text = value.decode("utf-8", "replace").replace("&#45;", "-")  # Graphviz writes fc-node-1 as fc&#45;node&#45;1
    return html.unescape(text) if "&" in text else text
