"""The preview's work off the UI thread: HTML per piece of Markdown, a plan of the whole.

The Markdown is cut into pieces of a few kilobytes (``widgets.preview_markdown``),
and the worker hands the window a ``PreviewPlan``: the pieces, the HTML of those
converted so far, and which piece holds each heading. The window lays out only
the pieces near what is on screen (``widgets.preview_window``).

* the first screen's pieces are converted first and the plan reported at once
  (``Job.report``); the rest follows in the background, reported as it goes;
* a job checks for cancellation between pieces, so a newer edit or closing the
  window stops it within one piece;
* each piece's HTML is kept by its Markdown text, so typing in one event
  converts one piece again, not the whole timeline.
"""

from __future__ import annotations

import hashlib
import re
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtGui import QTextCursor, QTextDocument

from app.model import PostMortem
from app.text_pieces import giving_way
from widgets.preview_document import PREVIEW_CHART_URL, PackedPicture
from widgets.preview_markdown import PREVIEW_FIELD_CHARS as PREVIEW_FIELD_CHARS
from widgets.preview_markdown import PREVIEW_LINE_CHARS as PREVIEW_LINE_CHARS
from widgets.preview_markdown import PREVIEW_MAX_CHARS as PREVIEW_MAX_CHARS
from widgets.preview_markdown import bounded as bounded
from widgets.preview_markdown import markdown_in_parts as markdown_in_parts
from widgets.preview_markdown import markdown_parts, nested_levels, preview_pieces
from widgets.preview_markdown import pieces as pieces
from widgets.preview_markdown import preview_markdown as preview_markdown
from widgets.runner import Job, JobCancelledError

FIRST_SCREEN_CHARS = 6_000
"""Markdown converted for the first screen before the rest (a tall window shows about 3 KB)."""
FIRST_SCREEN_EVENTS = 60


def markdown_to_html(markdown_text: str, cancel: threading.Event | None = None) -> str:
    """One piece as the HTML export renders it: sanitised, bounded in time, stopped with the job.

    A piece Markdown is too slow on (``app.formats.bounded_markdown``) says so in its place;
    the pieces around it are shown as usual. Every ``YIELD_EVERY`` of conversion the thread
    gives way (``app.text_pieces.between_pieces``: the preview's job pauses while the window is busy).
    """
    from html import escape

    from app.formats.bounded_markdown import Deadline, RenderCancelledError, RenderStoppedError
    from app.formats.html_export import render_body_html

    markdown_text, levels = nested_levels(markdown_text)
    deadline = Deadline.for_text(markdown_text, cancel_event=cancel)
    deadline.yield_every = YIELD_EVERY
    try:
        return "<ul>" * levels + render_body_html(markdown_text, deadline) + "</ul>" * levels
    except RenderCancelledError as error:
        raise JobCancelledError from error
    except RenderStoppedError as error:
        return f"<p><em>This part of the document cannot be shown: {escape(str(error))}</em></p>"


YIELD_EVERY = 0.0005
"""The preview's conversion hands the interpreter to a waiting thread after this much of its own time."""


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
    model = request.model
    # A first screen of its own when the whole is slower to come: a long timeline to export, a chart to
    # draw first. Otherwise the pieces of the first screen are those of the whole: it is reported from the
    # whole's conversion, as soon as as much is converted, not cut a second time (60,000 '***' lines: a
    # second cut of 250 pieces, held with the first until the whole came, 0.3 MB more by File › Open).
    own_first_screen = request.first_screen and (
        bool(model.humor.flowchart.nodes) or len(model.timeline) > FIRST_SCREEN_EVENTS
    )
    if own_first_screen:
        # Made from the start of the timeline only: exporting all of 10,000 events takes 0.15 s, and
        # its peak of memory (7 MB) would come twice.
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
    order = _around(len(plan.pieces), _index_of(plan.pieces, request.focus))
    first_screen = FIRST_SCREEN_CHARS if request.first_screen and not own_first_screen else None
    _convert(plan, texts, cache, job, order, report=True, first_report=first_screen)
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
    first_report: int | None = None,
) -> None:
    """Convert the pieces of ``plan``, Markdown ``texts``, in ``order`` (about ``budget`` characters when given).

    ``report``: the plan is reported every ``REPORT_SECONDS``, and once ``first_report`` characters
    are converted (the first screen) when given, unless that is the whole.
    """
    import time

    converted = 0
    last_report = time.monotonic()
    for number, index in enumerate(order, 1):
        if budget is not None and converted >= budget:
            return
        job.give_way()
        key = plan.pieces[index].key
        fresh = plan.html[index] is None
        if fresh:
            plan.html[index] = cache.html(texts[index], job.cancel_event, key)
        else:
            cache.html(texts[index], key=key)  # kept for the next render
        converted += len(plan.pieces[index])
        first_due = first_report is not None and converted >= first_report and number < len(order)
        if report and (first_due or (fresh and time.monotonic() - last_report > REPORT_SECONDS)):
            first_report = None
            plan.headings = headings_of(plan, texts)
            job.report(_copy(plan))
            last_report = time.monotonic()


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
