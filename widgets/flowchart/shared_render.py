"""One Graphviz render of a chart serves the Humor Element page and the preview.

Both draw the same DOT text (``app.flowchart.dot.build_dot`` of the document's
flowchart), known here by its digest (``ChartSource.key``), not kept.
Whichever asks first runs Graphviz; the other, asking while that render runs,
waits for it (checking its own cancel switch), and later asks are answered
from the last few renders. A failure is remembered like a picture, so a
chart that runs into the time limit does not hold up every preview by that limit
again; a render that was cancelled is forgotten, so the next ask tries again.

Renders are keyed by the renderer's class as well as the text: tests put fake
renderers in place, and their pictures must never answer for the real one.
A kept SVG is compressed (a 1,400-node chain's 1.6 MB is 0.24 MB so), as the
renderer writes it (``Renderer.render_packed``), and it is handed out so
(``PackedSvg``): the preview turns down a chart too big to read from its size
alone, and the Humor Element page cuts it into pieces as it unpacks it, so
neither holds the whole text.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from app.flowchart.dot import ChartSource, dot_key
from app.flowchart.packed_svg import PackedSvg
from app.flowchart.render import DEFAULT_TIMEOUT, RenderCancelledError, Renderer, RenderTimeoutError

KEPT = 4
"""Renders kept: the current chart, and a few recent ones that undo may bring back."""


class _EveryAskerGone(threading.Event):
    """The render's cancel switch: on only once every asker's own switch is on.

    The page and the preview ask for the same chart; when the page's job is superseded by a newer request
    for the same chart (the page shown, then edited back), its render goes on for the preview, and the
    newer job waits for it instead of starting Graphviz again. Only ``is_set`` is asked by the renderers.
    """

    def __init__(self) -> None:
        super().__init__()
        self.switches: list[threading.Event | None] = []

    def is_set(self) -> bool:
        with _lock:
            return bool(self.switches) and all(switch is not None and switch.is_set() for switch in self.switches)


@dataclass
class _Entry:
    done: threading.Event = field(default_factory=threading.Event)
    cancel: _EveryAskerGone = field(default_factory=_EveryAskerGone)
    packed_svg: bytes = b""
    """The SVG, compressed."""
    svg_size: int = 0
    error: Exception | None = None
    timeout: float = 0.0

    def packed(self) -> PackedSvg:
        return PackedSvg(self.packed_svg, self.svg_size)


_lock = threading.Lock()
_entries: OrderedDict[tuple[str, bytes], _Entry] = OrderedDict()


def chart_svg(
    source: str | ChartSource,
    renderer_factory: Callable[[], Renderer],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: threading.Event | None = None,
) -> bytes:
    """The SVG of the DOT ``source``, rendered once for every asker; raises the render's error."""
    return packed_chart_svg(source, renderer_factory, timeout=timeout, cancel=cancel).unpacked()


def packed_chart_svg(
    source: str | ChartSource,
    renderer_factory: Callable[[], Renderer],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    cancel: threading.Event | None = None,
) -> PackedSvg:
    """``chart_svg``, compressed: packed as the renderer writes it, so no asker need hold it whole.

    A ``ChartSource`` is unpacked only by the asker that renders it; the others find the render by its key.
    """
    renderer = renderer_factory()
    text_key = source.key if isinstance(source, ChartSource) else dot_key(source)
    key = (f"{type(renderer).__module__}.{type(renderer).__qualname__}", text_key)
    with _lock:
        entry = _entries.get(key)
        if entry is not None and entry.done.is_set() and _gave_up_sooner(entry, timeout):
            entry = None  # It ran out of a shorter time than this ask allows: try again.
        owner = entry is None
        if entry is None:
            entry = _entries[key] = _Entry(timeout=timeout)
            while len(_entries) > KEPT:
                _entries.popitem(last=False)
        else:
            _entries.move_to_end(key)
        if not entry.done.is_set():
            entry.cancel.switches.append(cancel)
    if owner:
        try:
            text = source.dot if isinstance(source, ChartSource) else source
            packed = _render_packed(renderer, text, timeout, entry.cancel)
            del text
            entry.packed_svg, entry.svg_size = packed.packed, packed.size
        except Exception as error:
            entry.error = error
            if isinstance(error, RenderCancelledError):
                with _lock:
                    if _entries.get(key) is entry:
                        del _entries[key]
        finally:
            entry.done.set()
    else:
        while not entry.done.wait(0.05):
            if cancel is not None and cancel.is_set():
                raise RenderCancelledError("the chart is no longer wanted")
        if isinstance(entry.error, RenderCancelledError):
            # The render this ask waited for was cancelled by its owner: try again as an owner.
            return packed_chart_svg(source, renderer_factory, timeout=timeout, cancel=cancel)
    if entry.error is not None:
        raise entry.error
    return entry.packed()


def _render_packed(renderer: Renderer, source: str, timeout: float, cancel: threading.Event | None) -> PackedSvg:
    """The renderer's SVG packed as it writes it, where it can (any ``Renderer``); else packed once written."""
    render_packed = getattr(renderer, "render_packed", None)
    if render_packed is not None:
        return render_packed(source, timeout=timeout, cancel=cancel)
    return PackedSvg.of(renderer.render(source, "svg", timeout=timeout, cancel=cancel))


def _gave_up_sooner(entry: _Entry, timeout: float) -> bool:
    return isinstance(entry.error, RenderTimeoutError) and timeout > entry.timeout


def forget_all() -> None:
    """Drop every kept render (tests)."""
    with _lock:
        _entries.clear()
