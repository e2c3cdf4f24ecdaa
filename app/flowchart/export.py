"""The flowchart as a PNG or SVG file's bytes (File menu, command line, Markdown export)."""

from __future__ import annotations

import threading
from typing import Literal

from app.errors import DocumentError
from app.flowchart.dot import build_dot
from app.flowchart.from_timeline import flowchart_from_timeline
from app.flowchart.render import DEFAULT_TIMEOUT, Renderer, default_renderer
from app.model import Flowchart, PostMortem

MIN_SCALE = 0.25
MAX_SCALE = 8.0
DEFAULT_SCALE = 2.0
"""PNGs are written at twice the natural size by default, for high-density screens."""

PIXELS_PER_INCH = 96.0


def chart_of(document: PostMortem, *, from_timeline: bool = False) -> Flowchart:
    """The chart to export: the saved one, or one generated from the timeline."""
    if from_timeline:
        chart = flowchart_from_timeline(document.timeline, document.humor.flowchart.direction)
        if not chart.nodes:
            raise DocumentError("the timeline has no events to draw a flowchart from")
        return chart
    chart = document.humor.flowchart
    if not chart.nodes:
        raise DocumentError("the post-mortem has no flowchart to export (add nodes, or use --from-timeline)")
    return chart


def render_chart(
    document: PostMortem,
    fmt: Literal["png", "svg"] | str,
    *,
    from_timeline: bool = False,
    scale: float = DEFAULT_SCALE,
    renderer: Renderer | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: threading.Event | None = None,
) -> bytes:
    """PNG or SVG bytes of the document's chart; ``DocumentError`` with a clear reason otherwise.

    Setting ``cancel`` stops Graphviz (the window closing while an export draws).
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise DocumentError(f"cannot draw the flowchart as {fmt}: use .png or .svg")
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise DocumentError(f"scale {scale:g} is outside {MIN_SCALE:g}–{MAX_SCALE:g}")
    source = build_dot(chart_of(document, from_timeline=from_timeline)).dot
    renderer = renderer or default_renderer()
    if fmt == "svg":
        return renderer.render(source, "svg", timeout=timeout, cancel=cancel)
    if "png" in renderer.formats:
        return renderer.render(source, "png", timeout=timeout, dpi=PIXELS_PER_INCH * scale, cancel=cancel)
    svg = renderer.render(source, "svg", timeout=timeout, cancel=cancel)
    # Qt lives under widgets/; it is imported only here, when a PNG is asked for and
    # the renderer writes only SVG (the embedded Graphviz has no PNG output). Without
    # Qt (a user install without PySide6, or a broken one) this is a missing program
    # the person can install, not an internal error.
    try:
        from widgets.flowchart.raster import svg_to_png
    except ImportError as error:
        raise DocumentError(
            f"PNG needs Graphviz's dot program or Qt's SVG module ({error.name or error}): install graphviz"
        ) from None

    return svg_to_png(svg, scale)
