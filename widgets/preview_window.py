"""The part of the preview that is laid out: the pieces near the screen, blank space of their height for the rest.

A text document holding a whole 10,000-event preview took 22 MB, and 100 MB
more once Qt had laid it out; 60,000 rules took 33 MB. The preview's document
holds only a window of pieces around what is on screen (a few screens' worth,
``WINDOW_MAX_CHARS`` of Markdown at most), between two empty blocks as tall as
the pieces above and below it, so the scroll bar spans the whole document.
The height of a piece never laid out is estimated from its lines and length,
scaled by what the pieces laid out so far measured; a laid-out piece's height
is remembered, so scrolling back past it moves nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument

from widgets.preview_document import PackedPicture, SafeTextDocument, new_text_document
from widgets.preview_render import Piece, PieceHtml, PreviewPlan, append_html, chart_position

WINDOW_MAX_CHARS = 40_000
"""The most Markdown laid out at once; a document this short is laid out whole."""
WINDOW_MAX_PIECES = 24


@dataclass
class Window:
    """A document laying out the pieces ``first`` to ``last`` (excluded) of a plan."""

    document: SafeTextDocument
    first: int
    last: int
    starts: list[int]
    """The block number where each of its pieces starts, then where the space below begins (or the block count)."""
    pieces: list[Piece]
    built: list[PieceHtml | None]
    """The HTML each piece was laid out from (None: a blank of its estimated height, not converted yet)."""
    heights: list[float]
    """Every piece's height as the blank space above and below was made from."""


def _blank(height: float) -> QTextBlockFormat:
    blank = QTextBlockFormat()
    blank.setLineHeight(max(1.0, height), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    blank.setTopMargin(0)
    blank.setBottomMargin(0)
    return blank


def build_window(
    plan: PreviewPlan, first: int, last: int, heights: list[float], packed_chart: PackedPicture | None, width: float
) -> Window:
    """A document ``width`` wide of the pieces ``first`` to ``last`` of ``plan``, blank space for the others."""
    above = sum(heights[:first])
    below = sum(heights[last:])
    html = plan.html
    chart = None  # unless among these pieces: no search for its place in the document
    if packed_chart is not None and any(part is not None and part.has_chart for part in html[first:last]):
        chart = packed_chart
    first_html = html[0]
    if first == 0 and first_html is not None:
        document = new_text_document(first_html.text(), chart)
        starts = [0]
        cursor = QTextCursor(document)
        rest = range(1, last)
    else:
        document = new_text_document("", chart)
        starts = []
        cursor = QTextCursor(document)
        rest = range(first, last)
    for index in rest:
        starts.append(document.blockCount())
        piece_html = html[index]
        if piece_html is None:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(_blank(heights[index]))
        else:
            append_html(cursor, piece_html.text())
    starts.append(document.blockCount())
    if last < len(plan.pieces):
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(_blank(below))
    if chart is not None:
        size_chart(document, chart)
    document.setTextWidth(width)
    if first > 0:
        # The first block, empty, took the merge of the first piece's joint: it is the space above,
        # made exactly as tall as the pieces above (less the margins Qt puts around it).
        cursor.setPosition(0)
        cursor.setBlockFormat(_blank(above))
        off = block_top(document, starts[0]) - document.documentMargin() - above
        if off:
            cursor.setBlockFormat(_blank(above - off))
    return Window(document, first, last, starts, plan.pieces[first:last], list(html[first:last]), list(heights))


def block_top(document: QTextDocument, number: int) -> float:
    block = document.findBlockByNumber(number)
    if not block.isValid():
        return document.size().height() - document.documentMargin()
    return document.documentLayout().blockBoundingRect(block).top()


def measured_heights(window: Window) -> dict[int, float]:
    """The height of each laid-out piece of ``window`` (not of those standing blank), by piece index."""
    document = window.document
    tops = [block_top(document, number) for number in window.starts]
    return {
        window.first + offset: tops[offset + 1] - tops[offset]
        for offset, html in enumerate(window.built)
        if html is not None
    }


def piece_top(window: Window, index: int) -> float:
    """Where piece ``index`` starts in ``window``'s document (estimated outside the laid-out pieces)."""
    document = window.document
    if index == 0:
        return 0.0  # the document's own top: its margin belongs to the first piece
    if index < window.first:
        return document.documentMargin() + sum(window.heights[:index])
    if index < window.last:
        return block_top(document, window.starts[index - window.first])
    return block_top(document, window.starts[-1]) + sum(window.heights[window.last : index])


def piece_at(window: Window, y: float) -> tuple[int, float]:
    """The piece at height ``y`` of ``window``'s document, and how far into it ``y`` is."""
    document = window.document
    if window.first > 0 and y < piece_top(window, window.first):
        return _walk(window.heights, 0, y - document.documentMargin(), window.first)
    end = block_top(document, window.starts[-1])
    if y >= end and window.last < len(window.heights):
        return _walk(window.heights, window.last, y - end, len(window.heights))
    for index in range(window.last - 1, window.first - 1, -1):
        top = piece_top(window, index)
        if y >= top:
            return index, y - top
    return window.first, 0.0


def _walk(heights: list[float], index: int, y: float, stop: int) -> tuple[int, float]:
    while index < stop - 1 and y >= heights[index]:
        y -= heights[index]
        index += 1
    return index, min(max(0.0, y), heights[index])


def heading_block(window: Window, index: int, heading: str) -> QTextBlock | None:
    """The block of ``heading`` in piece ``index`` of ``window`` (its first block when not found)."""
    if not window.first <= index < window.last:
        return None
    document = window.document
    offset = index - window.first
    block = document.findBlockByNumber(window.starts[offset])
    first = block
    while block.isValid() and block.blockNumber() < window.starts[offset + 1]:
        if block.blockFormat().headingLevel() >= 2 and " ".join(block.text().split()) == heading:
            return block
        block = block.next()
    return first if first.isValid() else None


def size_chart(document: SafeTextDocument, chart: PackedPicture) -> None:
    """Give the chart's place in ``document`` the picture's size (the blank image there has none of its own)."""
    position = chart_position(document)
    if position is None:
        document.has_chart = False
        return
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    image = cursor.charFormat().toImageFormat()
    image.setWidth(chart.width / chart.ratio)
    image.setHeight(chart.height / chart.ratio)
    cursor.setCharFormat(image)


def same_piece(old: list[Piece], new: list[Piece], index: int) -> int:
    """Where piece ``index`` of ``old`` is in ``new``: pieces before an edit keep their place, those after it shift."""
    if index < len(new) and new[index] == old[index]:
        return index
    suffix = 0
    while suffix < min(len(old), len(new)) and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    if index >= len(old) - suffix:
        return index + len(new) - len(old)
    return min(index, len(new) - 1)


def wanted_range(
    pieces: list[Piece], heights: list[float], index: int, offset: float, screen: float
) -> tuple[int, int]:
    """The pieces to lay out to show piece ``index`` at ``offset`` pixels from the top, with a screen around."""
    count = len(pieces)
    if sum(map(len, pieces)) <= WINDOW_MAX_CHARS:
        return 0, count
    first, above = index, offset
    while first > 0 and above < screen:
        first -= 1
        above += heights[first]
    last, below = index + 1, heights[index] - offset
    while last < count and below < 2 * screen:
        below += heights[last]
        last += 1
    # A screen of very long pieces: fewer of them, the one on screen always.
    chars = sum(len(pieces[i]) for i in range(first, last))
    while last - first > 1 and (chars > WINDOW_MAX_CHARS or last - first > WINDOW_MAX_PIECES):
        if last - 1 > index:
            last -= 1
            chars -= len(pieces[last])
        else:
            chars -= len(pieces[first])
            first += 1
    return first, last
