"""The live preview: the exported Markdown, rendered to HTML off the UI thread.

Edits restart a short timer; when typing pauses, the preview's runner converts
a snapshot of the document (``widgets.preview_render``: in pieces, the first
screen first, cancelled by a newer edit or by closing). A newer request
supersedes older ones; a stale result is dropped.

The document is untrusted input, so the browser never loads a resource (no
remote images, no local files), runs nothing, and opens a link only when the
user clicks an http(s) link, in their own browser.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QPaintEvent, QResizeEvent, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.model import PostMortem, snapshot
from widgets.document import Document
from widgets.flowchart.chart_font import prepare_chart_font
from widgets.preview_document import (
    PREVIEW_CHART_URL,
    PREVIEW_STYLE,
    SafeTextDocument,
    build_text_document,
    rasterise,
    refused_resource,
)
from widgets.preview_render import HtmlCache, PreviewInput, chart_position, render_preview
from widgets.qt_guard import never_raises
from widgets.runner import Job, Runner

__all__ = ["PREVIEW_CHART_URL", "PreviewPane", "SafeBrowser", "build_text_document", "preview_chart", "snapshot"]

DEBOUNCE_MS = 300
FORCED_LAYOUT_CHARS = 200_000
"""Scrolling to a heading lays out what is above it at once only up to this far (about 50 ms)."""
PREVIEW_CHART_TIMEOUT = 10.0

# The last chart drawn for the preview, by its DOT text: typing elsewhere re-renders the
# text, not the picture. Only the single preview worker touches it. The SVG itself comes
# from ``shared_render``, which the Humor Element page shares.
_chart_cache: dict[str, QImage | None] = {}


def preview_chart(model: PostMortem, cancel: threading.Event | None = None) -> QImage | None:
    """The flowchart drawn for the preview, or None (no nodes, no Graphviz, a chart that fails or is too big)."""
    if not model.humor.flowchart.nodes:
        return None
    try:
        from app.flowchart import render
        from app.flowchart.dot import chart_source
        from app.flowchart.render import RenderCancelledError
        from widgets.flowchart.shared_render import chart_svg

        source = chart_source(model.humor.flowchart).dot
    except Exception:  # The preview shows the steps as text instead; the Humor page says why.
        return None
    if source not in _chart_cache:
        try:
            picture = rasterise(
                chart_svg(source, render.default_renderer, timeout=PREVIEW_CHART_TIMEOUT, cancel=cancel)
            )
        except RenderCancelledError:
            return None  # Not remembered: a later preview tries again.
        except Exception:
            picture = None
        # A chart that failed is remembered too: a chart that runs into the time limit must
        # not hold up every later preview by that limit again.
        _chart_cache.clear()
        _chart_cache[source] = picture
    return _chart_cache[source]


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing and follows no link by itself."""

    # None means the desktop's browser; tests put a recorder here.
    external_link_opener: Callable[[QUrl], Any] | None = None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused_resources: list[str] = []
        self.anchorClicked.connect(self._on_anchor)

    @never_raises(fallback=lambda _self, kind, _url: refused_resource(kind))
    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        # Images, style sheets, anything the HTML names: refused, whatever the scheme.
        self.refused_resources.append(url.toString() if isinstance(url, QUrl) else str(url))
        return refused_resource(kind)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            opener = type(self).external_link_opener or _open_in_browser
            opener(url)
        elif url.hasFragment() and not url.scheme():
            self.scrollToAnchor(url.fragment())


def _open_in_browser(url: QUrl) -> None:
    # Imported here: looking up QDesktopServices at import time costs ~25 ms of startup.
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(url)


def _laid_out(block: QTextBlock) -> bool:
    layout = block.layout() if block.isValid() else None
    return layout is not None and layout.lineCount() > 0


def _heading_blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() >= 2:
            yield block
        block = block.next()


class PreviewPane(SafeBrowser):
    """Follows the document and shows its rendered Markdown."""

    rendered = Signal()  # the whole document is shown
    first_screen_shown = Signal()  # the start of a newly opened document is shown, the rest follows

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self.setAccessibleName("Preview")
        self.document().setDefaultStyleSheet(PREVIEW_STYLE)
        self.setPlaceholderText("The preview appears here.")
        self._cache = HtmlCache()  # touched by the runner's single thread only
        self.runner = Runner(self._work, self, name="preview", delay_ms=DEBOUNCE_MS)
        self.runner.finished.connect(lambda _key, document: self._show(document, whole=True))
        self.runner.progressed.connect(lambda _key, document: self._show(document, whole=False))
        self.runner.outdated.connect(lambda _key, document: document.deleteLater())
        self._started = False
        self._era = 0  # bumped when another document is opened: its first screen is wanted again
        self._shown_era = -1
        self._shown_document: QTextDocument | None = None
        self._chart_at: int | None = None  # where the chart's picture sits in the shown document
        self._chart_original: QImage | None = None  # the picture as drawn, before fitting it
        # A section asked for before its heading was rendered: shown once it is.
        self._wanted_heading: str | None = None
        # A section asked for before Qt laid out its heading: shown once it has.
        self._laid_out_heading: str | None = None
        self._chart_fit_pending = False  # the chart waits for Qt to lay out its place
        document.changed.connect(self._schedule)
        document.document_reset.connect(self._reset)

    def _work(self, request: PreviewInput, job: Job) -> SafeTextDocument:
        return render_preview(request, job, self._cache, preview_chart)

    @never_raises()
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
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
        if self._document.model.humor.flowchart.nodes:
            prepare_chart_font()  # here, on the UI thread: the worker draws the chart's picture with it
        return PreviewInput(snapshot(self._document.model), first_screen=self._shown_era != self._era)

    def render_now(self) -> None:
        self._started = True
        self.runner.request(self._input, immediately=True)

    def _show(self, document: SafeTextDocument, *, whole: bool) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        old = self._shown_document
        document.setParent(self)
        self.setDocument(document)
        document.documentLayout().documentSizeChanged.connect(self._layout_grew)
        self._shown_document = document
        self._shown_era = self._era
        if old is not None:
            old.deleteLater()
        # Looked for only when there is one: a search through a long timeline costs milliseconds.
        self._chart_at = chart_position(document) if document.has_chart else None
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(PREVIEW_CHART_URL))
        self._chart_original = picture if self._chart_at is not None and isinstance(picture, QImage) else None
        self.fit_chart()
        if self._wanted_heading is None or not self.scroll_to_heading(self._wanted_heading):
            bar.setValue(position)  # Keep the reader's place while the author types.
        (self.rendered if whole else self.first_screen_shown).emit()

    @never_raises()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_chart()

    def fit_chart(self) -> None:
        """Show the chart's picture as wide as the column allows, never wider than it was drawn.

        The picture is scaled here, smoothly, to exactly the width shown: the text
        layout would otherwise scale it itself, pixel by pixel, and blur its labels.
        """
        original = self._chart_original
        if self._chart_at is None or original is None:
            return
        document = self.document()
        block = document.findBlock(self._chart_at)
        if not block.isValid() or self._chart_at >= document.characterCount():
            self._chart_at = None  # the picture's place went with the text that held it
            return
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            # Not laid out yet (the end of a long document): placing a cursor there would lay
            # out everything above it at once (0.6 s for 10,000 events). Fitted once Qt gets there.
            self._chart_fit_pending = True
            return
        self._chart_fit_pending = False
        room = int(self.viewport().width() - 2 * document.documentMargin() - 8)
        width = max(40, min(original.width(), room))
        cursor = QTextCursor(document)
        cursor.setPosition(self._chart_at)
        cursor.setPosition(self._chart_at + 1, QTextCursor.MoveMode.KeepAnchor)
        image_format = cursor.charFormat().toImageFormat()
        if not image_format.isValid() or round(image_format.width()) == width:
            return
        ratio = self.devicePixelRatioF()
        scaled = original.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PREVIEW_CHART_URL), scaled)
        image_format.setWidth(width)
        image_format.setHeight(width * original.height() / original.width())
        cursor.setCharFormat(image_format)

    def scroll_to_heading(self, heading: str | None) -> bool:
        """Bring the section headed ``heading`` to the top (the start for None); False if absent."""
        bar = self.verticalScrollBar()
        self._wanted_heading = None
        self._laid_out_heading = None
        if heading is None:
            bar.setValue(0)
            return True
        text_document = self.document()
        headings = getattr(text_document, "headings", None)
        block = text_document.findBlockByNumber(headings[heading]) if headings and heading in headings else None
        if block is None:
            block = next((b for b in _heading_blocks(text_document) if b.text().strip() == heading), None)
        if block is None or not block.isValid():
            self._wanted_heading = heading
            return False
        layout = text_document.documentLayout()
        if block.position() > FORCED_LAYOUT_CHARS and not _laid_out(block):
            # Far down a long document Qt has not laid out yet: asking where the heading is
            # would lay out everything above it at once (a second for 10,000 events). Qt lays
            # out the rest in short steps anyway; the preview goes there when it is done.
            self._laid_out_heading = heading
            return True
        bar.setValue(int(layout.blockBoundingRect(block).top()))
        return True

    def _layout_grew(self) -> None:
        if self._chart_fit_pending:
            self.fit_chart()
        heading = self._laid_out_heading
        if heading is None:
            return
        headings = getattr(self.document(), "headings", None) or {}
        block = self.document().findBlockByNumber(headings.get(heading, -1))
        if not block.isValid():
            self._laid_out_heading = None
        elif _laid_out(block):
            self._laid_out_heading = None
            top = self.document().documentLayout().blockBoundingRect(block).top()
            self.verticalScrollBar().setValue(int(top))

    def shutdown(self) -> None:
        """Stop rendering: the window closes. Returns at once (the job stops within one piece)."""
        self.runner.shut_down()
