"""Places in the whole preview, of which only a part is laid out: a piece of the plan and an offset into its text.

A place outlives the text document that lays its piece out (scrolling replaces it);
these functions map places to cursor positions of a laid-out ``Window`` and back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from widgets.preview_render import Piece
    from widgets.preview_window import Window

END = 2**31 - 1
"""An offset past any piece's end: to the end of that piece."""


@dataclass(frozen=True, order=True)
class Spot:
    """A place in the whole preview: ``offset`` characters into the text of piece ``piece``."""

    piece: int
    offset: int


def piece_span(window: Window, index: int) -> tuple[int, int]:
    """Where piece ``index`` (laid out in ``window``) starts and ends in its document, as cursor positions."""
    document = window.document
    at = index - window.first
    start = document.findBlockByNumber(window.starts[at]).position()
    after = document.findBlockByNumber(window.starts[at + 1])
    end = after.position() - 1 if after.isValid() else document.characterCount() - 1
    return start, max(start, end)


def to_position(window: Window, spot: Spot) -> int:
    """The cursor position of ``spot`` in ``window``'s document: its edge when the piece is not laid out."""
    if spot.piece < window.first:
        return 0
    if spot.piece >= window.last:
        return window.document.characterCount() - 1
    start, end = piece_span(window, spot.piece)
    return min(start + spot.offset, end)


def to_spot(window: Window, position: int) -> Spot:
    """The place of cursor ``position`` of ``window``'s document in the whole preview."""
    for index in range(window.first, window.last):
        start, end = piece_span(window, index)
        if position < start:  # the blank standing for the pieces above
            return Spot(index - 1, END) if index > 0 else Spot(0, 0)
        if position <= end:
            return Spot(index, position - start)
    return Spot(window.last, 0)  # the blank standing for the pieces below


def follow(old: list[Piece], new: list[Piece], start: Spot, end: Spot) -> tuple[Spot, Spot] | None:
    """The selection ``start``-``end`` in a new plan: moved with its pieces, or None if an edit touched them."""
    from widgets.preview_window import same_piece

    first = same_piece(old, new, start.piece) if start.piece < len(old) else None
    last = same_piece(old, new, end.piece) if end.piece < len(old) else None
    if first is None or last is None or last - first != end.piece - start.piece:
        return None
    if new[first : last + 1] != old[start.piece : end.piece + 1]:
        return None
    return Spot(first, start.offset), Spot(last, end.offset)
