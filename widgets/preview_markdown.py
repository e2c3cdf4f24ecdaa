"""The preview's Markdown: the export with what is too long to show cut, in pieces that convert alone.

A 10,000-event post-mortem is 1.3 MB of Markdown; converting it takes seconds
of CPU, and a text document holding all of it, laid out, took 120 MB. So the
Markdown is cut into pieces of a few kilobytes (and at most a few hundred
lines), only where a top-level Markdown block starts outside any code fence;
``widgets.preview_render`` converts them one at a time. Cut points depend on the
text around them, not on offsets, so an edit moves no cut far from it.

The preview is bounded, whatever the file: a line longer than
``PREVIEW_LINE_CHARS`` is cut (Qt lays out one unbroken line in time that
grows with the square of its length: 64 KB took 1.3 s, 1 MiB minutes), and
only the first ``PREVIEW_MAX_CHARS`` of the Markdown are shown. Each cut says
so in the preview; the document itself is untouched.

Nothing here is Qt: the preview's worker and printing run it off the UI thread.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from app.model import PostMortem
from app.text_pieces import search_in_pieces

PREVIEW_LINE_CHARS = 4_000
PREVIEW_MAX_CHARS = 2_000_000
PREVIEW_FIELD_CHARS = 200_000
"""Longest text of one field the preview exports (its Markdown is cut to ``PREVIEW_MAX_CHARS`` after)."""
PIECE_MIN_CHARS = 1_000
PIECE_MAX_CHARS = 5_000
PIECE_FORCE_CHARS = 10_000
CHECK_LINES = 4_000
PIECE_FORCE_LINES = 200
"""A piece of more lines is cut before the next line that starts a top-level block (60,000 '***' lines
made pieces of 2,500 rules: 35,000 pixels each to lay out, and a second each for Python-Markdown)."""
LIST_PIECE_CHARS = 3_000
"""A nested list (the flowchart's steps and arrows) is cut between its items after this much: laid out, one
piece of 10,000 characters (80 steps) was 0.7 MB of Qt's text layout for the three dozen on screen."""


TIMELINE_PART_EVENTS = 250
"""A long timeline is exported this many events at a time (see ``preview_markdown``)."""


def preview_markdown(model: PostMortem, chart_url: str | None, check: Callable[[], None] | None = None) -> str:
    """The Markdown export, with over-long lines and an over-long end cut for showing."""
    return bounded("".join(markdown_parts(model, chart_url, check)))


def markdown_parts(model: PostMortem, chart_url: str | None, check: Callable[[], None] | None = None) -> list[str]:
    """The Markdown export in parts, each ending where a line does: joined, they are the whole.

    A long timeline is exported ``TIMELINE_PART_EVENTS`` at a time, ``check`` called
    between them: the whole export of 10,000 events took 7 MB at its peak (a list of
    every line) and 0.15 s that closing the window could not interrupt. The parts are
    left apart (``preview_pieces`` cuts them without joining them): joined, one '→'
    in the flowchart's arrows made all 1.3 million characters of that export take
    two bytes each.
    """
    return export_parts(trimmed(model), chart_url, check)


def markdown_in_parts(model: PostMortem, chart_url: str | None, check: Callable[[], None] | None = None) -> str:
    """The Markdown export, a long timeline exported in parts with ``check`` between them (printing uses it too)."""
    return "".join(export_parts(model, chart_url, check))


def export_parts(model: PostMortem, chart_url: str | None, check: Callable[[], None] | None = None) -> list[str]:
    """The Markdown export of ``model`` as it is (untrimmed) in parts: see ``markdown_parts``."""
    from app.formats.markdown_export import to_markdown  # here: start-up need not import the export (8 ms)

    events = model.timeline
    if len(events) <= TIMELINE_PART_EVENTS:
        return [to_markdown(model, chart_url)]
    from app.formats.markdown_export import timeline_markdown
    from app.formats.markdown_syntax import SECTION_HEADINGS, heading_line

    rest = to_markdown(model.model_copy(update={"timeline": []}), chart_url)
    heading = f"\n\n{heading_line(2, SECTION_HEADINGS['timeline'])}\n\n"
    at = rest.find(heading)
    if at < 0:  # cannot happen (the metadata always comes first); the whole export then
        return [to_markdown(model, chart_url)]
    at += len(heading)
    parts: list[str] = [rest[:at]]
    for start in range(0, len(events), TIMELINE_PART_EVENTS):
        if check is not None:
            check()
        part = events[start : start + TIMELINE_PART_EVENTS]
        text = timeline_markdown(model.model_copy(update={"timeline": part}))
        if start and part[0].kind is events[start - 1].kind:
            # The previous part's last group goes on: its '- **Kind:**' line is already written.
            text = text.split("\n", 1)[1] if "\n" in text else ""
            parts.append("\n")
        elif start:
            parts.append("\n\n")
        parts.append(text)
    parts.append("\n\n")
    parts.append(rest[at:])
    return parts


def preview_pieces(parts: list[str], check: Callable[[], None] | None = None) -> list[str]:
    """``pieces(bounded("".join(parts)))``, without the joined text: ``parts`` is emptied on the way.

    Each part is let go of once its lines are in pieces, so the export is held about
    once, not three times (its parts, the whole, and the pieces cut from it).
    """
    if sum(len(part) for part in parts) > PREVIEW_MAX_CHARS:
        return pieces(bounded("".join(_taken(parts))), check)  # a cut end: rare, and bounded anyway
    return _pieces_of_lines((_cut_line(line) for line in _lines_of_parts(parts)), check)


def _taken(parts: list[str]) -> list[str]:
    taken = parts[:]
    parts.clear()
    return taken


def _lines_of_parts(parts: list[str]) -> Iterator[str]:
    """The lines of the text ``parts`` make, each part let go of once read (``parts`` is emptied)."""
    parts.reverse()
    carried = ""
    while parts:
        part = parts.pop()
        start = 0
        while True:
            end = part.find("\n", start)
            if end < 0:
                carried = carried + part[start:] if carried else part[start:]
                break
            yield carried + part[start:end] if carried else part[start:end]
            carried = ""
            start = end + 1
        del part
    yield carried


def _lines_of(text: str) -> Iterator[str]:
    """The lines of ``text``, without a list of them: 60,000 short lines made a list of 3 MB, for 240 KB of text."""
    position = 0
    while True:
        end = text.find("\n", position)
        if end < 0:
            yield text[position:]
            return
        yield text[position:end]
        position = end + 1


def trimmed(model: BaseModel) -> Any:
    """``model`` with every text longer than the preview shows cut (a new copy only where one is).

    Exporting a 60 MB introduction whole, to show 2 MB of it, ran string operations
    of tens of milliseconds each in the worker; they keep Python's lock all along,
    and the window could not answer meanwhile.
    """
    changes: dict[str, Any] = {}
    for name, value in model:
        if isinstance(value, str):
            if len(value) > PREVIEW_FIELD_CHARS:
                changes[name] = _cut_text(value)
        elif isinstance(value, BaseModel):
            cut = trimmed(value)
            if cut is not value:
                changes[name] = cut
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel | str):
            items = [trimmed(item) if isinstance(item, BaseModel) else _cut_item(item) for item in value]
            if any(new is not old for new, old in zip(items, value, strict=True)):
                changes[name] = items
    return model.model_copy(update=changes) if changes else model


def _cut_item(value: str) -> str:
    return _cut_text(value) if len(value) > PREVIEW_FIELD_CHARS else value


def _cut_text(value: str) -> str:
    end = value.rfind("\n", 0, PREVIEW_FIELD_CHARS)
    end = end if end > 0 else PREVIEW_FIELD_CHARS
    return f"{value[:end]}\n\n*(The preview shows only the start: {len(value) - end:,} more characters.)*"


def bounded(markdown_text: str) -> str:
    cut_end = len(markdown_text) > PREVIEW_MAX_CHARS
    if cut_end:
        end = markdown_text.rfind("\n", 0, PREVIEW_MAX_CHARS)
        rest = len(markdown_text) - end
        markdown_text = markdown_text[: end if end > 0 else PREVIEW_MAX_CHARS]
    if len(markdown_text) > PREVIEW_LINE_CHARS and search_in_pieces(_LONG_LINE, markdown_text, PREVIEW_LINE_CHARS + 1):
        markdown_text = "\n".join(_cut_line(line) for line in markdown_text.split("\n"))
    if cut_end:
        markdown_text += (
            f"\n\n---\n\n*The preview ends here: the remaining {rest:,} characters are not shown. "
            "Export the document to read it whole.*\n"
        )
    return markdown_text


# Tried at the start of each line only: tried at every character, the search of 10,000 events' Markdown
# took 0.11 s, one call that kept Python's lock from the window all along (now some milliseconds a piece).
_LONG_LINE = re.compile(f"^[^\\n]{{{PREVIEW_LINE_CHARS + 1}}}", re.MULTILINE)


def _cut_line(line: str) -> str:
    if len(line) <= PREVIEW_LINE_CHARS:
        return line
    rest = len(line) - PREVIEW_LINE_CHARS
    return f"{line[:PREVIEW_LINE_CHARS]} … *({rest:,} more characters on this line are not shown in the preview)*"


def pieces(markdown_text: str, check: Callable[[], None] | None = None) -> list[str]:
    """The Markdown cut into pieces that render alone as they render together.

    ``check`` is called every ``CHECK_LINES`` lines (a closing window stops the job there).
    """
    return _pieces_of_lines(_lines_of(markdown_text), check)


def _pieces_of_lines(lines: Iterable[str], check: Callable[[], None] | None = None) -> list[str]:
    from app.formats.markdown_syntax import fence_closer, fence_opener

    result: list[str] = []
    piece: list[str] = []  # the lines of the current piece
    size = 0
    open_fence: tuple[str, int] | None = None
    previous_blank = False
    for checked, line in enumerate(lines, 1):
        if check is not None and checked % CHECK_LINES == 0:
            check()
        if open_fence is None:
            open_fence = fence_opener(line)
            outside = open_fence is None
        else:
            closer = fence_closer(line)
            if closer and closer[0] == open_fence[0] and closer[1] >= open_fence[1]:
                open_fence = None
            outside = False
        if piece:
            big_enough = size >= PIECE_MAX_CHARS or (size >= PIECE_MIN_CHARS and zlib.crc32(line.encode()) % 4 == 0)
            # Text with no blank line for pages (60,000 '***' lines) is cut anyway: Python-Markdown is
            # quadratic on some such blocks, and cutting it keeps every conversion short.
            forced = outside and (
                size >= PIECE_FORCE_CHARS
                or (len(piece) >= PIECE_FORCE_LINES and line[:1].strip() != "")
                or _next_nested_item(piece, line, size)
                or _leaves_nested_list(piece[0], line)
            )
            if forced or (big_enough and outside and previous_blank and _may_start_piece(line)):
                result.append("\n".join(piece))
                piece, size = [], 0
        piece.append(line)
        size += len(line) + 1
        previous_blank = not line.strip()
    result.append("\n".join(piece))
    return result


_NESTED_ITEM = re.compile(r"( {2,3})[-*+] ")
"""An item of a list one level in (deeper, four spaces could as well start a code block)."""


def _next_nested_item(piece: list[str], line: str, size: int) -> bool:
    """Whether ``line`` is a nested list's next item, after ``LIST_PIECE_CHARS`` of the piece."""
    if size < LIST_PIECE_CHARS:
        return False
    item, previous = _NESTED_ITEM.match(line), _NESTED_ITEM.match(piece[-1])
    return item is not None and previous is not None and item.end(1) == previous.end(1)


def _leaves_nested_list(first: str, line: str) -> bool:
    """Whether a piece that starts inside a nested list (at ``first``) reaches a line less indented."""
    item = _NESTED_ITEM.match(first)
    return item is not None and line.strip() != "" and len(line) - len(line.lstrip(" ")) < item.end(1)


def nested_levels(piece: str) -> tuple[str, int]:
    """A piece cut from inside a nested list, as the list's items alone, and how many lists hold them (one).

    Converted as it is, such a piece ("  - **n80** (step): …") became a code block. Its lines moved
    left, converted, and put back in as many lists (``widgets.preview_render.markdown_to_html``), its
    items show at the place and with the bullets they have in the whole. Other pieces: as they are, 0.
    """
    item = _NESTED_ITEM.match(piece)
    if item is None:
        return piece, 0
    indent = item.end(1)
    lines = piece.split("\n")
    if any(line.strip() and len(line) - len(line.lstrip(" ")) < indent for line in lines):
        return piece, 0
    return "\n".join(line[indent:] for line in lines), 1


def _may_start_piece(line: str) -> bool:
    return (
        bool(line)
        and not line[0].isspace()
        and not line.startswith(("|", "<", "[", "==", "--"))  # tables, HTML, link definitions, underlines
    )
