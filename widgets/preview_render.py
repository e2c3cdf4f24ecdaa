"""The preview's work off the UI thread: Markdown in pieces, HTML per piece, a text document.

A 10,000-event post-mortem is 1.3 MB of Markdown; converting it and parsing
the HTML into a ``QTextDocument`` takes seconds of CPU. So the work is done in
pieces of a few kilobytes, cut only where a top-level Markdown block starts
outside any code fence:

* the first screen is built alone first and shown at once (``Job.report``);
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

import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from PySide6.QtGui import QImage, QTextCursor, QTextDocument

from app.model import PostMortem
from widgets.preview_document import PREVIEW_CHART_URL, SafeTextDocument, new_text_document
from widgets.runner import Job, JobCancelledError

PREVIEW_LINE_CHARS = 4_000
PREVIEW_MAX_CHARS = 2_000_000
PREVIEW_FIELD_CHARS = 200_000
"""Longest text of one field the preview exports (its Markdown is cut to ``PREVIEW_MAX_CHARS`` after)."""
FIRST_SCREEN_CHARS = 6_000
"""Markdown converted for the first screen before the rest (a tall window shows about 3 KB)."""
FIRST_SCREEN_EVENTS = 60
"""Events exported for the first screen: exporting all 10,000 alone takes 0.15 s."""
PIECE_MIN_CHARS = 1_000
PIECE_MAX_CHARS = 5_000
PIECE_FORCE_CHARS = 10_000


def markdown_to_html(markdown_text: str, cancel: threading.Event | None = None) -> str:
    """One piece as the HTML export renders it: sanitised, bounded in time, stopped with the job.

    A piece Markdown is too slow on (``app.formats.bounded_markdown``) says so in its place;
    the pieces around it are shown as usual.
    """
    from html import escape

    from app.formats.bounded_markdown import Deadline, RenderCancelledError, RenderStoppedError
    from app.formats.html_export import render_body_html

    try:
        return render_body_html(markdown_text, Deadline.for_text(markdown_text, cancel_event=cancel))
    except RenderCancelledError as error:
        raise JobCancelledError from error
    except RenderStoppedError as error:
        return f"<p><em>This part of the document cannot be shown: {escape(str(error))}</em></p>"


def preview_markdown(model: PostMortem, chart_url: str | None) -> str:
    """The Markdown export, with over-long lines and an over-long end cut for showing."""
    from app.formats.markdown_export import to_markdown  # here: start-up need not import the export (8 ms)

    return bounded(to_markdown(trimmed(model), chart_url))


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
    if len(markdown_text) > PREVIEW_LINE_CHARS and any(
        len(line) > PREVIEW_LINE_CHARS for line in markdown_text.split("\n")
    ):
        markdown_text = "\n".join(_cut_line(line) for line in markdown_text.split("\n"))
    if cut_end:
        markdown_text += (
            f"\n\n---\n\n*The preview ends here: the remaining {rest:,} characters are not shown. "
            "Export the document to read it whole.*\n"
        )
    return markdown_text


def _cut_line(line: str) -> str:
    if len(line) <= PREVIEW_LINE_CHARS:
        return line
    rest = len(line) - PREVIEW_LINE_CHARS
    return f"{line[:PREVIEW_LINE_CHARS]} … *({rest:,} more characters on this line are not shown in the preview)*"


def pieces(markdown_text: str) -> list[str]:
    """The Markdown cut into pieces that render alone as they render together."""
    from app.formats.markdown_export import outside_fences

    lines = markdown_text.split("\n")
    outside = outside_fences(lines)
    result: list[str] = []
    start = 0
    size = 0
    for index, line in enumerate(lines):
        big_enough = size >= PIECE_MAX_CHARS or (size >= PIECE_MIN_CHARS and zlib.crc32(line.encode()) % 4 == 0)
        # Text with no blank line for pages (60,000 '***' lines) is cut anyway: Python-Markdown is
        # quadratic on some such blocks, and cutting it keeps every conversion short.
        forced = size >= PIECE_FORCE_CHARS and outside[index]
        if index > start and (forced or (big_enough and _may_cut_before(lines, outside, index))):
            result.append("\n".join(lines[start:index]))
            start, size = index, 0
        size += len(line) + 1
    result.append("\n".join(lines[start:]))
    return result


def _may_cut_before(lines: list[str], outside: list[bool], index: int) -> bool:
    line = lines[index]
    return (
        outside[index]
        and index > 0
        and not lines[index - 1].strip()
        and bool(line)
        and not line[0].isspace()
        and not line.startswith(("|", "<", "[", "==", "--"))  # tables, HTML, link definitions, underlines
    )


class HtmlCache:
    """HTML of each piece by its Markdown: only pieces that changed are converted again."""

    def __init__(self) -> None:
        self._kept: dict[str, str] = {}
        self._used: dict[str, str] = {}

    def html(self, piece: str, cancel: threading.Event | None = None) -> str:
        html = self._used.get(piece)
        if html is None:
            html = self._kept.get(piece)
            if html is None:
                html = markdown_to_html(piece, cancel)
            self._used[piece] = html
        return html

    def finish_render(self) -> None:
        """Keep only what the last complete render used: memory follows the document, not its history."""
        self._kept, self._used = self._used, {}


@dataclass
class PreviewInput:
    model: PostMortem
    first_screen: bool
    """Whether a first screen is wanted before the whole (nothing of this document is shown yet)."""


ChartFor = Callable[[PostMortem, threading.Event], "QImage | None"]


def render_preview(request: PreviewInput, job: Job, cache: HtmlCache, chart_for: ChartFor) -> SafeTextDocument:
    """The whole preview as a text document; the first screen is reported on the way when asked for.

    The first screen never waits for the chart: Graphviz may take seconds, and
    the Humor Element is near the end anyway.
    """
    if request.first_screen:
        first_screen(request.model, job, cache)
    chart = chart_for(request.model, job.cancel_event)
    job.check()
    try:
        markdown_text = preview_markdown(request.model, PREVIEW_CHART_URL if chart is not None else None)
    except Exception as error:  # A preview failure must never take the editor down.
        from html import escape

        return _handed_over(new_text_document(f"<p><b>The preview cannot be shown:</b> {escape(str(error))}</p>"), job)
    parts = pieces(markdown_text)
    document = new_text_document(cache.html(parts[0], job.cancel_event), chart)
    cursor = QTextCursor(document)
    for part in parts[1:]:
        job.check()
        append_html(cursor, cache.html(part, job.cancel_event))
    job.check()
    document.headings = heading_index(document)
    cache.finish_render()
    return _handed_over(document, job)


def first_screen(model: PostMortem, job: Job, cache: HtmlCache) -> None:
    """Report a document of the first few kilobytes, made from the start of every list only."""
    long_timeline = len(model.timeline) > FIRST_SCREEN_EVENTS
    start = model.model_copy(update={"timeline": model.timeline[:FIRST_SCREEN_EVENTS]}) if long_timeline else model
    markdown_text = preview_markdown(start, None)
    if not long_timeline and len(markdown_text) <= FIRST_SCREEN_CHARS:
        return  # Small enough to be whole as soon: no first screen needed.
    html: list[str] = []
    size = 0
    for part in pieces(markdown_text):
        job.check()
        html.append(cache.html(part, job.cancel_event))
        size += len(part)
        if size >= FIRST_SCREEN_CHARS:
            break
    job.report(_handed_over(new_text_document("\n".join(html)), job))


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


def _handed_over(document: QTextDocument, job: Job) -> SafeTextDocument:
    document.moveToThread(job.ui_thread)  # The UI thread shows it and will own it.
    assert isinstance(document, SafeTextDocument)
    return document


def heading_index(document: QTextDocument) -> dict[str, int]:
    """Block number of each section heading, found here in the worker rather than by the UI on a click."""
    headings: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() >= 2:
            headings.setdefault(block.text().strip(), block.blockNumber())
        block = block.next()
    return headings


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
