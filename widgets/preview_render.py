"""The preview's work off the UI thread: Markdown in pieces, HTML per piece, a plan of the whole.

A 10,000-event post-mortem is 1.3 MB of Markdown; converting it takes seconds
of CPU, and a text document holding all of it, laid out, took 120 MB. So the
Markdown is cut into pieces of a few kilobytes (and at most a few hundred
lines), only where a top-level Markdown block starts outside any code fence,
and the worker hands the window a ``PreviewPlan``: the pieces, the HTML of those
converted so far, and which piece holds each heading. The window lays out only
the pieces near what is on screen (``widgets.preview_window``).

* the first screen's pieces are converted first and the plan reported at once
  (``Job.report``); the rest follows in the background, reported as it goes;
* a job checks for cancellation between pieces, so a newer edit or closing the
  window stops it within one piece;
* each piece's HTML is kept by its Markdown text, so typing in one event
  converts one piece again, not the whole timeline. Cut points depend on the
  text around them, not on offsets, so an edit moves no cut far from it.

The preview is bounded, whatever the file: a line longer than
``PREVIEW_LINE_CHARS`` is cut (Qt lays out one unbroken line in time that
grows with the square of its length: 64 KB took 1.3 s, 1 MiB minutes), and
only the first ``PREVIEW_MAX_CHARS`` of the Markdown are shown. Each cut says
so in the preview; the document itself is untouched.
"""

from __future__ import annotations

import hashlib
import re
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from pydantic import BaseModel
from PySide6.QtGui import QTextCursor, QTextDocument

from app.model import PostMortem
from app.text_pieces import giving_way, search_in_pieces
from widgets.preview_document import PREVIEW_CHART_URL, PackedPicture
from widgets.runner import Job, JobCancelledError

PREVIEW_LINE_CHARS = 4_000
PREVIEW_MAX_CHARS = 2_000_000
PREVIEW_FIELD_CHARS = 200_000
"""Longest text of one field the preview exports (its Markdown is cut to ``PREVIEW_MAX_CHARS`` after)."""
FIRST_SCREEN_CHARS = 6_000
"""Markdown converted for the first screen before the rest (a tall window shows about 3 KB)."""
FIRST_SCREEN_EVENTS = 60
PIECE_MIN_CHARS = 1_000
PIECE_MAX_CHARS = 5_000
PIECE_FORCE_CHARS = 10_000
CHECK_LINES = 4_000
PIECE_FORCE_LINES = 200
"""A piece of more lines is cut before the next line that starts a top-level block (60,000 '***' lines
made pieces of 2,500 rules: 35,000 pixels each to lay out, and a second each for Python-Markdown)."""


def markdown_to_html(markdown_text: str, cancel: threading.Event | None = None) -> str:
    """One piece as the HTML export renders it: sanitised, bounded in time, stopped with the job.

    A piece Markdown is too slow on (``app.formats.bounded_markdown``) says so in its place;
    the pieces around it are shown as usual. Every ``YIELD_EVERY`` of conversion the thread
    gives way (``app.text_pieces.between_pieces``: the preview's job pauses while the window is busy).
    """
    from html import escape

    from app.formats.bounded_markdown import Deadline, RenderCancelledError, RenderStoppedError
    from app.formats.html_export import render_body_html

    deadline = Deadline.for_text(markdown_text, cancel_event=cancel)
    deadline.yield_every = YIELD_EVERY
    try:
        return render_body_html(markdown_text, deadline)
    except RenderCancelledError as error:
        raise JobCancelledError from error
    except RenderStoppedError as error:
        return f"<p><em>This part of the document cannot be shown: {escape(str(error))}</em></p>"


YIELD_EVERY = 0.0005
"""The preview's conversion hands the interpreter to a waiting thread after this much of its own time."""
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
                size >= PIECE_FORCE_CHARS or (len(piece) >= PIECE_FORCE_LINES and line[:1].strip() != "")
            )
            if forced or (big_enough and outside and previous_blank and _may_start_piece(line)):
                result.append("\n".join(piece))
                piece, size = [], 0
        piece.append(line)
        size += len(line) + 1
        previous_blank = not line.strip()
    result.append("\n".join(piece))
    return result


def _may_start_piece(line: str) -> bool:
    return (
        bool(line)
        and not line[0].isspace()
        and not line.startswith(("|", "<", "[", "==", "--"))  # tables, HTML, link definitions, underlines
    )


class PieceHtml(NamedTuple):
    """A piece's HTML, kept compressed (10,000 events: 1.8 MB of HTML, 0.2 MB so), with what is asked of it often."""

    packed: bytes
    headings: tuple[str, ...]
    """The text of each heading (level 2 and below) as shown."""
    has_chart: bool

    @classmethod
    def of(cls, html: str) -> PieceHtml:
        from html import unescape

        headings = tuple(
            " ".join(unescape(_TAG.sub("", match.group(2))).split()) for match in _HTML_HEADING.finditer(html)
        )
        return cls(zlib.compress(html.encode("utf-8"), 1), headings, PREVIEW_CHART_URL in html)

    def text(self) -> str:
        return zlib.decompress(self.packed).decode("utf-8")


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass(frozen=True, slots=True)
class Piece:
    """A piece of the Markdown as the window knows it: which text it is (a digest of it), its size.

    The text itself stays with the job that converts it: kept in the plan, the pieces of
    10,000 events held their 1.3 MB of Markdown for as long as the preview showed them.
    """

    key: bytes
    chars: int
    lines: int

    @classmethod
    def of(cls, text: str) -> Piece:
        return cls(_digest(text), len(text), text.count("\n") + 1)

    def __len__(self) -> int:
        return self.chars


class HtmlCache:
    """HTML of each piece by its Markdown (a digest of it): only pieces that changed are converted again."""

    def __init__(self) -> None:
        self._kept: dict[bytes, PieceHtml] = {}
        self._used: dict[bytes, PieceHtml] = {}

    def html(self, piece: str, cancel: threading.Event | None = None, key: bytes | None = None) -> PieceHtml:
        """The HTML of the Markdown ``piece`` (whose ``Piece.key`` is ``key``, when known)."""
        key = key if key is not None else _digest(piece)
        html = self._used.get(key)
        if html is None:
            html = self._kept.get(key)
            if html is None:
                html = PieceHtml.of(markdown_to_html(piece, cancel))
            self._used[key] = html
        return html

    def known(self, key: bytes) -> PieceHtml | None:
        """The HTML of the piece ``key`` names if converted before, without converting it."""
        return self._used.get(key) or self._kept.get(key)

    def finish_render(self) -> None:
        """Keep only what the last complete render used: memory follows the document, not its history."""
        self._kept, self._used = self._used, {}


@dataclass
class PreviewInput:
    model: PostMortem
    first_screen: bool
    """Whether a first screen is wanted before the whole (nothing of this document is shown yet)."""
    focus: Piece | None = None
    """The piece of Markdown on screen now: converted first when it changed."""


@dataclass
class PreviewPlan:
    """The preview of one document: its Markdown in pieces, their HTML as far as converted, its headings."""

    pieces: list[Piece]
    html: list[PieceHtml | None]
    headings: dict[str, int]
    """The index of the piece holding each heading (level 2 and below), by its text as shown."""
    chart: PackedPicture | None = None
    complete: bool = False
    """Every piece is converted (``rendered``); else the rest follows."""


ChartFor = Callable[[PostMortem, threading.Event], "PackedPicture | None"]
REPORT_SECONDS = 0.4
"""While the rest is converted, the window is sent what is ready this often (scrolled-to pieces fill in)."""


def render_preview(request: PreviewInput, job: Job, cache: HtmlCache, chart_for: ChartFor) -> PreviewPlan:
    """The plan of the whole preview; the first screen is reported on the way when asked for.

    The first screen never waits for the chart: Graphviz may take seconds, and
    the Humor Element is near the end anyway. Between short steps, the conversion's
    included, the job gives way: it pauses while the window is busy (``widgets.ui_pulse``).
    """
    with giving_way(job.give_way):
        return _render_preview(request, job, cache, chart_for)


def _render_preview(request: PreviewInput, job: Job, cache: HtmlCache, chart_for: ChartFor) -> PreviewPlan:
    if request.first_screen:
        # Made from the start of the timeline only: exporting all of 10,000 events takes 0.15 s, and
        # its peak of memory (7 MB) would come twice.
        model = request.model
        start = model.model_copy(update={"timeline": model.timeline[:FIRST_SCREEN_EVENTS]})
        try:
            texts = preview_pieces(markdown_parts(start, None))
            plan = _plan(texts, cache, job)
        except Exception as error:  # A preview failure must never take the editor down.
            return failed_plan(error)
        _convert(plan, texts, cache, job, list(range(len(plan.pieces))), budget=FIRST_SCREEN_CHARS)
        plan.headings = headings_of(plan, texts)
        job.report(_copy(plan))
        del plan, start, texts
    chart = chart_for(request.model, job.cancel_event)
    job.check()
    try:
        parts = markdown_parts(request.model, PREVIEW_CHART_URL if chart is not None else None, job.give_way)
    except JobCancelledError:
        raise
    except Exception as error:
        return failed_plan(error)
    texts = preview_pieces(parts, job.give_way)
    plan = _plan(texts, cache, job)
    plan.chart = chart
    _convert(plan, texts, cache, job, _around(len(plan.pieces), _index_of(plan.pieces, request.focus)), report=True)
    plan.complete = True
    plan.headings = headings_of(plan, texts)
    cache.finish_render()
    return plan


def failed_plan(error: Exception) -> PreviewPlan:
    from html import escape

    message = PieceHtml.of(f"<p><b>The preview cannot be shown:</b> {escape(str(error))}</p>")
    return PreviewPlan([Piece.of("")], [message], {}, complete=True)


def _plan(texts: list[str], cache: HtmlCache, job: Job) -> PreviewPlan:
    job.check()
    parts = [Piece.of(text) for text in texts]
    plan = PreviewPlan(parts, [cache.known(part.key) for part in parts], {})
    plan.headings = headings_of(plan, texts)
    return plan


def _index_of(parts: list[Piece], piece: Piece | None) -> int:
    if piece is None:
        return 0
    try:
        return parts.index(piece)
    except ValueError:
        return 0


def _around(count: int, focus: int) -> list[int]:
    """Piece indexes from ``focus`` on, then those before it, nearest first."""
    return [*range(focus, count), *range(focus - 1, -1, -1)]


def _convert(
    plan: PreviewPlan,
    texts: list[str],
    cache: HtmlCache,
    job: Job,
    order: list[int],
    *,
    budget: int | None = None,
    report: bool = False,
) -> None:
    """Convert the pieces of ``plan``, Markdown ``texts``, in ``order`` (about ``budget`` characters when given)."""
    import time

    converted = 0
    last_report = time.monotonic()
    for index in order:
        if budget is not None and converted >= budget:
            return
        job.give_way()
        key = plan.pieces[index].key
        if plan.html[index] is None:
            plan.html[index] = cache.html(texts[index], job.cancel_event, key)
            if report and time.monotonic() - last_report > REPORT_SECONDS:
                plan.headings = headings_of(plan, texts)
                job.report(_copy(plan))
                last_report = time.monotonic()
        else:
            cache.html(texts[index], key=key)  # kept for the next render
        converted += len(plan.pieces[index])


def _copy(plan: PreviewPlan) -> PreviewPlan:
    return PreviewPlan(plan.pieces, list(plan.html), dict(plan.headings), plan.chart, plan.complete)


_HTML_HEADING = re.compile(r"<h([2-6])[^>]*>(.*?)</h\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_MARKDOWN_HEADING = re.compile(r"^#{2,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def headings_of(plan: PreviewPlan, texts: list[str]) -> dict[str, int]:
    """Each heading's piece: read from its HTML where converted (the text as shown), else from its Markdown."""
    headings: dict[str, int] = {}
    for index, (piece, html) in enumerate(zip(texts, plan.html, strict=True)):
        if html is not None:
            for heading in html.headings:
                headings.setdefault(heading, index)
        elif "#" in piece:
            for match in _MARKDOWN_HEADING.finditer(piece):
                headings.setdefault(match.group(1).strip(), index)
    return headings


_JOINER = "\u200b"


def append_html(cursor: QTextCursor, html: str) -> None:
    """Add ``html`` at the end as the blocks it would be on its own.

    Inserted HTML's first block merges into the block at the cursor (a heading
    after a list would become a list item): a leading paragraph holding one
    zero-width space takes that merge, and the space is then removed.
    """
    cursor.movePosition(QTextCursor.MoveOperation.End)
    joint = cursor.position()
    cursor.insertHtml(f"<p>&#8203;</p>{html}")
    cursor.setPosition(joint)
    cursor.setPosition(joint + 1, QTextCursor.MoveMode.KeepAnchor)
    if cursor.selectedText() == _JOINER:
        cursor.removeSelectedText()


def chart_position(document: QTextDocument) -> int | None:
    """Where the chart's picture is, searched from the end: the Humor Element comes late."""
    block = document.lastBlock()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            image = fragment.charFormat().toImageFormat()
            if image.isValid() and image.name() == PREVIEW_CHART_URL:
                return fragment.position()
            fragments += 1
        block = block.previous()
    return None
