"""The live preview: the exported Markdown, rendered to HTML off the UI thread.

Edits restart a short timer; when typing pauses, a worker converts a snapshot
of the document. A newer request supersedes older ones: a job that is already
stale when it starts does nothing, and a stale result is dropped.

The document is untrusted input, so the browser never loads a resource (no
remote images, no local files), runs nothing, and opens a link only when the
user clicks an http(s) link, in their own browser.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QPaintEvent, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.model import PostMortem
from widgets.document import Document
from widgets.qt_guard import never_raises

DEBOUNCE_MS = 300

PREVIEW_STYLE = """
body { margin: 6px 14px; }
h1 { font-size: 1.6em; margin-bottom: 0.4em; }
h2 { font-size: 1.25em; margin-top: 1.2em; border-bottom: 1px solid palette(mid); }
li { margin-bottom: 2px; }
code { font-family: monospace; }
"""


def snapshot(model: PostMortem) -> PostMortem:
    """A copy safe to read in another thread, without deep-copying every event.

    Commands replace list items instead of changing them, and set scalar fields
    on the parts; copying the parts and the lists (not the items) is enough.
    """
    humor = model.humor.model_copy(
        update={
            "flowchart": model.humor.flowchart.model_copy(
                update={"nodes": list(model.humor.flowchart.nodes), "edges": list(model.humor.flowchart.edges)}
            )
        }
    )
    return model.model_copy(
        update={
            "metadata": model.metadata.model_copy(update={"authors": list(model.metadata.authors)}),
            "summary": model.summary.model_copy(),
            "timeline": list(model.timeline),
            "root_cause": model.root_cause.model_copy(),
            "measures": model.measures.model_copy(
                update={"improvements": list(model.measures.improvements), "tasks": list(model.measures.tasks)}
            ),
            "humor": humor,
            "extra_sections": list(model.extra_sections),
        }
    )


def render_preview_html(model: PostMortem, flowchart_image: str | None = None) -> str:
    """Body HTML of the document as its Markdown export renders (runs in the worker)."""
    from app.formats.html_export import render_body_html
    from app.formats.markdown_export import to_markdown

    return render_body_html(to_markdown(model, flowchart_image))


def refused_resource(kind: int) -> Any:
    """What a refused resource becomes.

    An image must be a real (blank) image: given nothing, Qt's image handler
    falls back to reading the named file from disk itself.
    """
    if kind == QTextDocument.ResourceType.ImageResource or kind == QTextDocument.ResourceType.ImageResource.value:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank
    return QByteArray()


PAGE_MARGIN = 14
"""Pixels between the preview's frame and its text, like a page's margin."""


class SafeTextDocument(QTextDocument):
    """A text document that never loads what its HTML names (images, style sheets)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.refused_resources: list[str] = []
        self.has_chart = False  # the flowchart's picture was added (see ``preview_chart``)

    @never_raises(fallback=lambda _self, kind, _url: refused_resource(kind))
    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        self.refused_resources.append(url.toString() if isinstance(url, QUrl) else str(url))
        return refused_resource(kind)


def build_text_document(body: str, chart: QImage | None = None) -> SafeTextDocument:
    """Lay out the HTML in a document of its own.

    Runs in the worker: parsing the HTML of a 10,000-event timeline takes
    seconds, which must not happen on the UI thread.
    """
    document = SafeTextDocument()
    document.has_chart = chart is not None
    if chart is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(PREVIEW_CHART_URL), chart)
    document.setDocumentMargin(PAGE_MARGIN)
    document.setDefaultStyleSheet(PREVIEW_STYLE)
    document.setHtml(body)
    return document


# The chart's picture in the preview, where a saved Markdown file links its PNG. The
# document itself adds it (``addResource``); nothing is ever loaded from this name.
PREVIEW_CHART_URL = "postmortem-editor-flowchart.png"
PREVIEW_CHART_PIXELS = 1200
"""Widest the picture is drawn, in pixels; the preview shows it at most as wide as its column."""
PREVIEW_CHART_TIMEOUT = 10.0

# The last chart drawn for the preview, by its DOT text: typing elsewhere re-renders the
# text, not the picture. Only the single preview worker touches it.
_chart_cache: dict[str, QImage | None] = {}


def preview_chart(model: PostMortem) -> QImage | None:
    """The flowchart drawn for the preview, or None (no nodes, no Graphviz, a chart that fails)."""
    if not model.humor.flowchart.nodes:
        return None
    try:
        from app.flowchart.dot import build_dot
        from app.flowchart.render import default_renderer

        source = build_dot(model.humor.flowchart).dot
    except Exception:  # The preview shows the steps as text instead; the Humor page says why.
        return None
    if source not in _chart_cache:
        try:
            picture = _rasterise(default_renderer().render(source, "svg", timeout=PREVIEW_CHART_TIMEOUT))
        except Exception:
            picture = None
        # A chart that failed is remembered too: a chart that runs into the time limit must
        # not hold up every later preview by that limit again.
        _chart_cache.clear()
        _chart_cache[source] = picture
    return _chart_cache[source]


def _rasterise(svg: bytes) -> QImage | None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    natural = renderer.defaultSize()
    if not renderer.isValid() or natural.isEmpty():
        return None
    size = (
        natural
        if natural.width() <= PREVIEW_CHART_PIXELS
        else natural.scaled(QSize(PREVIEW_CHART_PIXELS, natural.height()), Qt.AspectRatioMode.KeepAspectRatio)
    )
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))  # paper, as on the Humor Element page: arrows read in dark mode too
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _chart_position(document: QTextDocument) -> int | None:
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


class _Relay(QObject):
    finished = Signal(int, object)


class _RenderJob(QRunnable):
    def __init__(self, generation: int, latest: Callable[[], int], model: PostMortem, relay: _Relay):
        super().__init__()
        self._generation = generation
        self._latest = latest
        self._model = model
        self._relay = relay

    @never_raises()
    def run(self) -> None:
        if self._generation != self._latest():
            return  # A newer edit already asked for its own render.
        chart = preview_chart(self._model)
        try:
            body = render_preview_html(self._model, PREVIEW_CHART_URL if chart is not None else None)
        except Exception as error:  # A preview failure must never take the editor down.
            from html import escape  # Here, not at start-up: only a failed render needs it (2 ms).

            body = f"<p><b>The preview cannot be shown:</b> {escape(str(error))}</p>"
        if self._generation != self._latest():
            return  # Superseded while rendering: skip the costly layout.
        document = build_text_document(body, chart)
        document.moveToThread(self._relay.thread())  # The UI thread shows it and will own it.
        self._relay.finished.emit(self._generation, document)


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


class PreviewPane(SafeBrowser):
    """Follows the document and shows its rendered Markdown."""

    rendered = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self.setAccessibleName("Preview")
        self.document().setDefaultStyleSheet(PREVIEW_STYLE)
        self.setPlaceholderText("The preview appears here.")
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._show_result, Qt.ConnectionType.QueuedConnection)
        self._lock = threading.Lock()
        self._generation = 0
        self._shown_generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self._started = False
        self._shown_document: QTextDocument | None = None
        self._chart_at: int | None = None  # where the chart's picture sits in the shown document
        self._chart_original: QImage | None = None  # the picture as drawn, before fitting it
        # A section asked for before its heading was rendered: shown once it is.
        self._wanted_heading: str | None = None
        document.changed.connect(self._schedule)
        document.document_reset.connect(self._schedule)

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

    def _schedule(self) -> None:
        self._timer.start()

    def _latest(self) -> int:
        with self._lock:
            return self._generation

    def render_now(self) -> None:
        self._timer.stop()
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._pool.start(_RenderJob(generation, self._latest, snapshot(self._document.model), self._relay))

    def _show_result(self, generation: int, document: QTextDocument) -> None:
        if generation != self._latest() or generation <= self._shown_generation:
            document.deleteLater()
            return
        self._shown_generation = generation
        bar = self.verticalScrollBar()
        position = bar.value()
        old = self._shown_document
        document.setParent(self)
        self.setDocument(document)
        self._shown_document = document
        if old is not None:
            old.deleteLater()
        # Looked for only when there is one: a search through a long timeline costs milliseconds.
        self._chart_at = _chart_position(document) if getattr(document, "has_chart", False) else None
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(PREVIEW_CHART_URL))
        self._chart_original = picture if self._chart_at is not None and isinstance(picture, QImage) else None
        self.fit_chart()
        if self._wanted_heading is None or not self.scroll_to_heading(self._wanted_heading):
            bar.setValue(position)  # Keep the reader's place while the author types.
        self.rendered.emit()

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
        if heading is None:
            bar.setValue(0)
            return True
        text_document = self.document()
        block = text_document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() >= 2 and block.text().strip() == heading:
                top = text_document.documentLayout().blockBoundingRect(block).top()
                bar.setValue(int(top))
                return True
            block = block.next()
        self._wanted_heading = heading
        return False

    def shutdown(self) -> None:
        """Wait for a running render, so no worker outlives the window."""
        self._timer.stop()
        with self._lock:
            self._generation += 1
        self._pool.waitForDone(5000)
