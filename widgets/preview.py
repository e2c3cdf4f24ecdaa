"""The live preview: the exported Markdown, rendered to HTML off the UI thread.

Edits restart a short timer; when typing pauses, the preview's runner converts
a snapshot of the document (``widgets.preview_render``: in pieces, the first
screen first, cancelled by a newer edit or by closing). A newer request
supersedes older ones; a stale result is dropped. Only the pieces near what is
on screen are laid out (``widgets.preview_window``): scrolling lays out others.

The document is untrusted input, so the browser never loads a resource (no
remote images, no local files), runs nothing, and opens a link only when the
user clicks an http(s) link, in their own browser.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QTimer, Signal
from PySide6.QtGui import QImage, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.model import PostMortem, snapshot
from widgets.document import Document
from widgets.preview_chart import DrawsChart
from widgets.preview_document import (
    PREVIEW_CHART_URL,
    PREVIEW_STYLE,
    PackedPicture,
    build_text_document,
    pack,
    rasterise,
)
from widgets.preview_selection import KeepsSelection
from widgets.qt_guard import never_raises
from widgets.runner import Job, Runner
from widgets.safe_browser import SafeBrowser

if TYPE_CHECKING:
    # Converting and laying out are imported by the first render, which starts after the window's
    # first paint (``paintEvent``), on the UI thread (``_input``): not by start-up, which shows the
    # pane empty. They made 2 % of the instructions before the window first showed.
    from widgets.preview_render import HtmlCache, Piece, PreviewInput, PreviewPlan
    from widgets.preview_window import Window

__all__ = ["PREVIEW_CHART_URL", "PreviewPane", "SafeBrowser", "build_text_document", "preview_chart", "snapshot"]

DEBOUNCE_MS = 300
PREVIEW_CHART_TIMEOUT = 10.0

# The last chart drawn for the preview, by its DOT text's key: typing elsewhere re-renders the
# text, not the picture. Each editor window's preview worker uses it (the library opens
# several windows), so it is read and written under its lock. The SVG itself comes from
# ``shared_render``, which the Humor Element page shares.
_chart_cache: dict[bytes, PackedPicture | None] = {}
_chart_cache_lock = threading.Lock()


def preview_chart(
    model: PostMortem, cancel: threading.Event | None = None, check: Callable[[], None] = lambda: None
) -> PackedPicture | None:
    """The flowchart drawn for the preview, or None (no nodes, no Graphviz, a chart that fails or is too big).

    ``check`` runs while the chart's text is written (``Job.give_way``: the window may be busy meanwhile).
    """
    if not model.humor.flowchart.nodes:
        return None
    try:
        from app.flowchart import render
        from app.flowchart.dot import chart_source
        from app.flowchart.render import RenderCancelledError
        from widgets.flowchart.shared_render import packed_chart_svg

        source = chart_source(model.humor.flowchart, check)
    except Exception:  # The preview shows the steps as text instead; the Humor page says why.
        return None
    with _chart_cache_lock:
        if source.key in _chart_cache:
            return _chart_cache[source.key]
    # Drawn outside the lock: two windows' charts are drawn side by side.
    try:
        picture = pack(
            rasterise(packed_chart_svg(source, render.default_renderer, timeout=PREVIEW_CHART_TIMEOUT, cancel=cancel))
        )
    except RenderCancelledError:
        return None  # Not remembered: a later preview tries again.
    except Exception:
        picture = None
    # A chart that failed is remembered too: a chart that runs into the time limit must
    # not hold up every later preview by that limit again.
    with _chart_cache_lock:
        _chart_cache.clear()
        _chart_cache[source.key] = picture
    return picture


class PreviewPane(KeepsSelection, DrawsChart, SafeBrowser):
    """Follows the document and shows its rendered Markdown, laid out only near what is on screen."""

    rendered = Signal()  # every piece of the document is converted and the screen shows its part
    status_message = Signal(str)  # a copy made in the background is on the clipboard (or was cancelled)
    first_screen_shown = Signal()  # the start of a newly opened document is shown, the rest follows

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self.setAccessibleName("Preview")
        self.document().setDefaultStyleSheet(PREVIEW_STYLE)
        self.setPlaceholderText("The preview appears here.")
        self._cache: HtmlCache | None = None  # made by the first request; then touched by the runner's thread only
        self.runner = Runner(self._work, self, name="preview", delay_ms=DEBOUNCE_MS)
        self.runner.finished.connect(lambda _key, plan: self._take(plan))
        self.runner.progressed.connect(lambda _key, plan: self._take(plan))
        self._started = False
        self._era = 0  # bumped when another document is opened: its first screen is wanted again
        self._shown_era = -1
        self._plan: PreviewPlan | None = None
        self._window: Window | None = None
        self._measured: dict[Piece, float] = {}  # the height of each piece laid out so far
        self._scale: list[float] = [0.0, 0.0]  # pixels and estimated lines of the pieces measured
        self._estimates: list[float] = []  # each piece's estimated lines at the current width
        self._width = -1
        self._placing = False  # the preview itself moves the scroll bar: not the reader
        self._width_pending = False  # the view's width changed while the preview was placing a window
        self._follow_pending = False
        self._chart_at: int | None = None  # where the chart's picture sits in the shown document
        self._chart_original: PackedPicture | None = None  # the picture as drawn, before fitting it
        self._chart_shown: PackedPicture | None = None  # as wide as it is shown
        self._chart_strips: dict[int, QImage] = {}  # the strips of it on screen, unpacked
        # A section asked for before its heading was rendered: shown once it is.
        self._wanted_heading: str | None = None
        self._init_selection()
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        document.changed.connect(self._schedule)
        document.document_reset.connect(self._reset)

    def _work(self, request: PreviewInput, job: Job) -> PreviewPlan:
        from widgets.preview_render import render_preview  # imported by ``_input``, on the UI thread

        assert self._cache is not None  # made by ``_input``

        def chart_for(model: PostMortem, cancel: threading.Event | None) -> PackedPicture | None:
            return preview_chart(model, cancel, job.give_way)

        return render_preview(request, job, self._cache, chart_for)

    @never_raises()
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._paint_chart(QRectF(event.rect()))
        if not self._started:
            # The first render waits until the window has been painted: started
            # with the window merely shown, the worker took the GIL from that
            # first paint and the window appeared later (12 ms small, 30+ ms
            # with 10,000 events).
            self._started = True
            QTimer.singleShot(0, self.render_now)

    def _reset(self) -> None:
        self._era += 1
        self._schedule()

    def _schedule(self) -> None:
        if self._started:
            self.runner.request(self._input)

    def _input(self) -> PreviewInput:
        from widgets.preview_render import HtmlCache, PreviewInput

        if self._cache is None:
            self._cache = HtmlCache()
        if self._document.model.humor.flowchart.nodes:
            from widgets.flowchart.chart_font import prepare_chart_font  # not at start: no chart drawn yet

            prepare_chart_font()  # here, on the UI thread: the worker draws the chart's picture with it
        return PreviewInput(
            snapshot(self._document.model), first_screen=self._shown_era != self._era, focus=self._focus_piece()
        )

    def render_now(self) -> None:
        self._started = True
        self.runner.request(self._input, immediately=True)

    # ----------------------------------------------------------------- the plan and the window

    def built_pieces(self) -> range:
        """The pieces laid out in the preview's document now (the others stand as blank space)."""
        return range(self._window.first, self._window.last) if self._window is not None else range(0)

    def _focus_piece(self) -> Piece | None:
        if self._plan is None or self._window is None or self._shown_era != self._era:
            return None
        from widgets.preview_window import piece_at

        index, _offset = piece_at(self._window, self.verticalScrollBar().value())
        return self._plan.pieces[index] if index < len(self._plan.pieces) else None

    def _take(self, plan: PreviewPlan) -> None:
        from widgets.preview_window import piece_at, same_piece

        first_of_document = self._shown_era != self._era
        if first_of_document or self._plan is None or self._window is None:
            index, offset = 0, 0.0
        else:
            index, offset = piece_at(self._window, self.verticalScrollBar().value())
            index = same_piece(self._plan.pieces, plan.pieces, index)
        if first_of_document or self._plan is None:
            self.clear_selection()
        else:
            self._selection_follows(self._plan.pieces, plan.pieces)
        self._plan = plan
        self._shown_era = self._era
        self._measured = {piece: self._measured[piece] for piece in plan.pieces if piece in self._measured}
        self._estimate()
        self._show_around(index, offset, rebuild=True)
        if self._wanted_heading is not None:
            self.scroll_to_heading(self._wanted_heading)
        if plan.complete:
            self._preview_ready()
            self.rendered.emit()
        elif first_of_document:
            self.first_screen_shown.emit()

    def _estimate(self) -> None:
        """Each piece's height in lines, had it been laid out at the current width (wrapped lines counted)."""
        self._width = self.viewport().width()
        if self._plan is None:
            return
        per_line = max(20.0, self._width / max(1.0, self.fontMetrics().averageCharWidth()))
        self._estimates = [piece.lines + piece.chars / per_line for piece in self._plan.pieces]

    def _heights(self) -> list[float]:
        pixels, lines = self._scale
        scale = pixels / lines if lines > 0 else self.fontMetrics().lineSpacing() * 1.3
        measured = self._measured
        pieces = self._plan.pieces if self._plan is not None else []
        return [measured.get(piece) or scale * lines for piece, lines in zip(pieces, self._estimates, strict=True)]

    def _show_around(self, index: int, offset: float, *, rebuild: bool = False) -> None:
        """Lay out the pieces around piece ``index`` if they are not, and show it ``offset`` pixels down."""
        from widgets.preview_render import chart_position
        from widgets.preview_window import build_window, piece_top, wanted_range

        plan = self._plan
        if plan is None or not plan.pieces:
            return
        index = min(index, len(plan.pieces) - 1)
        heights = self._heights()
        first, last = wanted_range(plan.pieces, heights, index, offset, max(200, self.viewport().height()))
        window = self._window
        if (
            not rebuild
            and window is not None
            and (window.first, window.last) == (first, last)
            and window.built == plan.html[first:last]
        ):
            return
        if (
            rebuild
            and window is not None
            and (window.first, window.last) == (first, last)
            and window.built == plan.html[first:last]
            and window.pieces == plan.pieces[first:last]
        ):
            new = window  # nothing on screen changed (an edit far away): the reader keeps the same layout
        else:
            new = build_window(plan, first, last, heights, plan.chart, self.viewport().width())
        self._learn(new)
        self._placing = True
        try:
            if new is not window:
                new.document.setParent(self)
                self.setDocument(new.document)
                # The scroll bar spans the whole at once (Qt would stretch it on a later turn of the event
                # loop): a reader dragging it right away reaches the end, not the end of the old document.
                height = new.document.documentLayout().documentSize().toSize().height()
                self.verticalScrollBar().setRange(0, max(0, height - self.viewport().height()))
                self._window = new
                if window is not None:
                    window.document.deleteLater()
                self._chart_at = chart_position(new.document) if new.document.has_chart else None
                original = plan.chart if self._chart_at is not None else None
                if original is not self._chart_original:
                    # Another picture: the one fitted to the column goes. The same one stays fitted across
                    # rebuilds of the window, which the fitting would otherwise scale again each time.
                    self._chart_original, self._chart_shown = original, None
                    self._chart_strips.clear()
                self.fit_chart()
                self._restore_selection()  # before the scroll bar is placed: selecting scrolls to the cursor
            self.verticalScrollBar().setValue(round(piece_top(new, index) + offset))
        finally:
            self._placing = False
        self._follow_pending_width()

    def _learn(self, window: Window) -> None:
        """Remember the heights of the pieces ``window`` laid out, and how far off their estimates were."""
        from widgets.preview_window import measured_heights

        plan = self._plan
        assert plan is not None
        for index, height in measured_heights(window).items():
            piece = plan.pieces[index]
            if piece not in self._measured:
                self._scale[0] += height
                self._scale[1] += self._estimates[index]
            self._measured[piece] = height

    def _scrolled(self, _value: int) -> None:
        if self._placing or self._follow_pending or self._window is None:
            return
        self._follow_pending = True
        QTimer.singleShot(0, self._follow_scroll)

    @never_raises()
    def _follow_scroll(self) -> None:
        from widgets.preview_window import piece_at

        self._follow_pending = False
        if self._window is None or self._plan is None:
            return
        index, offset = piece_at(self._window, self.verticalScrollBar().value())
        self._show_around(index, offset)

    @never_raises()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._placing:
            # The scroll bar that the window being put in place brings narrows the view, inside
            # ``setDocument``: placing again there, with ``_window`` still the one before, laid out
            # the same pieces a second time and kept both documents (0.7 MB each for the first piece
            # of a 1,400-node chart's steps), one of them shown and the other measured.
            self._width_pending = True
        else:
            self._follow_width()
        self.fit_chart()

    def _follow_pending_width(self) -> None:
        if self._width_pending:
            self._width_pending = False
            self._follow_width()

    def _follow_width(self) -> None:
        """Measure the pieces again at the view's width, if it changed, keeping what is on screen in place."""
        if self._window is None or self.viewport().width() == self._width:
            return
        from widgets.preview_window import piece_at

        index, offset = piece_at(self._window, self.verticalScrollBar().value())
        self._measured.clear()  # measured at another width
        self._scale = [0.0, 0.0]
        self._estimate()
        self._show_around(index, offset, rebuild=True)

    def scroll_to_heading(self, heading: str | None) -> bool:
        """Bring the section headed ``heading`` to the top (the start for None); False if absent."""
        self._wanted_heading = None
        if heading is None:
            if self._window is not None:
                self._show_around(0, 0.0)
            self.verticalScrollBar().setValue(0)
            return True
        plan = self._plan
        index = plan.headings.get(heading) if plan is not None else None
        if index is None:
            self._wanted_heading = heading
            return False
        self._show_around(index, 0.0)
        from widgets.preview_window import heading_block

        window = self._window
        block = heading_block(window, index, heading) if window is not None else None
        if window is not None and block is not None:
            self._placing = True
            try:
                top = window.document.documentLayout().blockBoundingRect(block).top()
                self.verticalScrollBar().setValue(int(top))
            finally:
                self._placing = False
            self._follow_pending_width()
        return True

    def shutdown(self) -> None:
        """Stop rendering: the window closes. Returns at once (the job stops within one piece)."""
        self.runner.shut_down()
