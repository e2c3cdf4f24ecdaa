"""Labels are untrusted: every one renders literally and none can change the graph."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.flowchart.dot import (
    FILE_READING_ATTRIBUTES,
    MAX_LABEL_LINES,
    MAX_LINE_CHARS,
    MAX_TOOLTIP_CHARS,
    build_dot,
    layout_lines,
)
from app.flowchart.from_timeline import flowchart_from_timeline
from app.flowchart.render import NoRendererError, Renderer, default_renderer
from app.model import Flowchart, FlowEdge, FlowNode, LayoutDirection, NodeKind, PostMortem
from tests.flowchart_helpers import HOSTILE_LABELS, RENDERERS, SVG, group_by_id, groups, parse_svg, text_lines
from tests.strategies import documents

XLINK = "{http://www.w3.org/1999/xlink}"


def editor_renderer() -> Renderer:
    """The renderer the editor uses here (dot when installed; POSTMORTEM_GRAPHVIZ=wasm picks the other)."""
    try:
        return default_renderer()
    except NoRendererError:
        pytest.skip("no Graphviz renderer is installed")


@pytest.fixture(params=RENDERERS)
def renderer(request: pytest.FixtureRequest) -> Renderer:
    return request.param


def hostile_chart() -> Flowchart:
    nodes = [FlowNode(id=f"node{i}", kind=list(NodeKind)[i % 5], label=label) for i, label in enumerate(HOSTILE_LABELS)]
    edges = [
        FlowEdge(source=f"node{i}", target=f"node{i + 1}", label=HOSTILE_LABELS[-i - 1].replace("\n", " "))
        for i in range(len(HOSTILE_LABELS) - 1)
    ]
    return Flowchart(nodes=nodes, edges=edges)


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_a_hostile_node_label_renders_literally(renderer: Renderer, label: str) -> None:
    chart = Flowchart(nodes=[FlowNode(id="a", label=label), FlowNode(id="b", label="next")])
    chart.edges.append(FlowEdge(source="a", target="b"))
    svg = renderer.render(build_dot(chart).dot)

    root = parse_svg(svg)  # Also proves the SVG is well-formed XML: every character was escaped.
    assert text_lines(group_by_id(root, "fc-node-0")) == label.split("\n")
    assert text_lines(group_by_id(root, "fc-node-1")) == ["next"]
    assert len(groups(root, "node")) == 2
    assert len(groups(root, "edge")) == 1
    assert b"<image" not in svg


def test_a_chart_full_of_hostile_labels_keeps_exactly_its_nodes_and_edges(renderer: Renderer) -> None:
    chart = hostile_chart()
    svg = renderer.render(build_dot(chart).dot)

    root = parse_svg(svg)
    assert len(groups(root, "node")) == len(HOSTILE_LABELS)
    assert len(groups(root, "edge")) == len(HOSTILE_LABELS) - 1
    for index, label in enumerate(HOSTILE_LABELS):
        assert text_lines(group_by_id(root, f"fc-node-{index}")) == label.split("\n")
    for index, edge in enumerate(chart.edges):
        assert text_lines(group_by_id(root, f"fc-edge-{index}")) == [edge.label]


def test_svg_text_is_xml_escaped_not_markup(renderer: Renderer) -> None:
    chart = Flowchart(nodes=[FlowNode(id="a", label='<b>x</b> & "q"')])
    svg = renderer.render(build_dot(chart).dot).decode()

    assert "&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;" in svg
    assert "<b>" not in svg


def test_long_labels_wrap_at_spaces_and_show_every_word(renderer: Renderer) -> None:
    words = " ".join(f"word{i}" for i in range(200))  # 1,289 characters: long, but typed by a person.
    edge_words = " ".join(f"because{i}" for i in range(20))
    chart = Flowchart(
        nodes=[FlowNode(id="a", label=words), FlowNode(id="b", label="x" * 500)],
        edges=[FlowEdge(source="a", target="b", label=edge_words)],
    )
    root = parse_svg(renderer.render(build_dot(chart).dot))

    lines = text_lines(group_by_id(root, "fc-node-0"))
    assert " ".join(lines) == words  # Wrapped between words, nothing cut, no "…".
    assert all(len(line) <= MAX_LINE_CHARS for line in lines)
    unbroken = text_lines(group_by_id(root, "fc-node-1"))
    assert "".join(unbroken) == "x" * 500  # A word longer than a line is broken inside, not cut.
    assert " ".join(text_lines(group_by_id(root, "fc-edge-0"))) == edge_words
    assert not [a for a in root.iter(f"{SVG}a")], "labels shown whole need no tooltip"
    width = float(root.get("width", "0").removesuffix("pt"))
    assert width < 800, "one long label must not stretch the chart"


def test_a_pathological_label_is_cut_and_its_node_carries_the_full_text(renderer: Renderer) -> None:
    hostile = "\n".join(HOSTILE_LABELS)
    huge = hostile + "\n" + " ".join(f"word{i}" for i in range(2000))
    chart = Flowchart(
        nodes=[FlowNode(id="a", label=huge), FlowNode(id="b", label="next")],
        edges=[FlowEdge(source="a", target="b", label=" ".join(["it was DNS"] * 100) + ' \\N "&amp;"')],
    )
    root = parse_svg(renderer.render(build_dot(chart).dot))

    node = group_by_id(root, "fc-node-0")
    lines = text_lines(node)
    assert len(lines) == MAX_LABEL_LINES and lines[-1].endswith("…")
    assert lines[: len(HOSTILE_LABELS) + 1] == huge.split("\n")[: len(HOSTILE_LABELS) + 1]
    assert [a.get(f"{XLINK}title") for a in node.iter(f"{SVG}a")] == [huge]
    edge = group_by_id(root, "fc-edge-0")
    assert text_lines(edge)[-1].endswith("…")
    assert {a.get(f"{XLINK}title") for a in edge.iter(f"{SVG}a")} == {chart.edges[0].label}
    assert not [a for a in group_by_id(root, "fc-node-1").iter(f"{SVG}a")]


@settings(max_examples=25)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(str.strip))
def test_any_printable_label_renders_as_its_layout_lines(label: str) -> None:
    chart = Flowchart(nodes=[FlowNode(id="a", label=label)])
    svg = editor_renderer().render(build_dot(chart).dot)
    lines = [line.replace("\xa0", " ") for line in text_lines(group_by_id(parse_svg(svg), "fc-node-0"))]
    # Graphviz draws no <text> for a blank line, trims spaces at the ends of a line and keeps
    # runs of spaces visible by drawing every other one as a no-break space.
    expected = [line.replace("\xa0", " ").strip() for line in layout_lines(chart.nodes[0].label)]
    assert [line.strip() for line in lines if line.strip()] == [line for line in expected if line]


# --------------------------------------------------------------------------- the DOT text itself


def test_dot_text_never_contains_file_reading_attributes() -> None:
    source = build_dot(hostile_chart()).dot
    for attribute in FILE_READING_ATTRIBUTES:
        assert not re.search(rf"\b{attribute}\s*=", source, re.IGNORECASE), attribute


def test_node_names_are_generated_not_taken_from_the_file() -> None:
    chart = Flowchart(
        nodes=[FlowNode(id="graph", label="a"), FlowNode(id="node", label="b"), FlowNode(id="edge", label="c")],
        edges=[FlowEdge(source="graph", target="edge")],
    )
    source = build_dot(chart)

    assert source.node_names == {"n0": "graph", "n1": "node", "n2": "edge"}
    assert "n0 -> n2" in source.dot
    assert not re.search(r"^\s*(graph|node|edge)\s*\[label", source.dot, re.MULTILINE)


def test_labels_are_never_html_like_and_backslashes_are_doubled() -> None:
    source = build_dot(Flowchart(nodes=[FlowNode(id="a", label="<\\N>")])).dot

    assert 'label="<\\\\N>"' in source
    assert "label=<" not in source


def test_edges_to_missing_nodes_are_left_out() -> None:
    chart = Flowchart(
        nodes=[FlowNode(id="a", label="A")],
        edges=[FlowEdge(source="a", target="ghost"), FlowEdge(source="a", target="a")],
    )
    source = build_dot(chart).dot

    assert source.count("->") == 1


def test_each_node_kind_has_its_own_shape_and_direction_is_honoured() -> None:
    chart = Flowchart(
        direction=LayoutDirection.LEFT_TO_RIGHT,
        nodes=[FlowNode(id=f"k{i}", kind=kind, label=kind.label) for i, kind in enumerate(NodeKind)],
    )
    source = build_dot(chart).dot

    assert "rankdir=LR" in source
    shapes = re.findall(r"peripheries=(\d) shape=(\w+)", source)
    assert len(set(shapes)) == len(NodeKind)


def test_layout_lines_keep_typed_breaks_and_wrap_long_lines() -> None:
    assert layout_lines("one\ntwo") == ["one", "two"]
    assert layout_lines("a " * 30, width=10) == ["a a a a a"] * 6
    assert layout_lines("x\n" * 20, max_lines=3) == ["x", "x", "x…"]


def test_a_megabyte_label_still_renders_and_its_tooltip_says_it_is_cut(renderer: Renderer) -> None:
    label = "\\N & " * 200_000
    root = parse_svg(renderer.render(build_dot(Flowchart(nodes=[FlowNode(id="a", label=label)])).dot))

    node = group_by_id(root, "fc-node-0")
    assert len(text_lines(node)) == MAX_LABEL_LINES
    (tooltip,) = [a.get(f"{XLINK}title") for a in node.iter(f"{SVG}a")]
    assert tooltip == label[: MAX_TOOLTIP_CHARS - 1] + "…"


@settings(max_examples=200)
@given(
    st.lists(st.text(st.sampled_from("ab \t"), max_size=200), min_size=1, max_size=3).map("\n".join),
    st.integers(1, 6),
    st.integers(1, 5),
)
@example("a" + " " * 100 + "b " * 50, 2, 1)  # Whitespace at a wrap point is dropped: the start wraps short.
def test_wrapping_only_the_start_of_a_huge_label_gives_the_same_lines(text: str, width: int, max_lines: int) -> None:
    # What layout_lines does without its shortcut for pasted megabytes: wrap it all, then cut.
    lines = [
        line
        for typed in text.replace("\t", " ").split("\n")
        for line in textwrap.wrap(typed, width=width, break_on_hyphens=False) or [""]
    ]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = (lines[-1][: width - 1] if len(lines[-1]) >= width else lines[-1]) + "…"
    assert layout_lines(text, width=width, max_lines=max_lines) == lines


def test_unencodable_and_control_characters_cannot_break_rendering(renderer: Renderer) -> None:
    # JSON allows lone surrogates ("\ud800") and an unvalidated model may hold control characters.
    node = FlowNode.model_construct(id="a", kind=NodeKind.STEP, label="bad \ud800 byte\x00\x1b[31m")
    edge = FlowEdge.model_construct(source="a", target="a", label="\udfff\x07")
    chart = Flowchart.model_construct(direction=LayoutDirection.TOP_TO_BOTTOM, nodes=[node], edges=[edge])
    root = parse_svg(renderer.render(build_dot(chart).dot))

    assert text_lines(group_by_id(root, "fc-node-0")) == ["bad \ufffd byte[31m"]
    assert text_lines(group_by_id(root, "fc-edge-0")) == ["\ufffd"]


@settings(max_examples=25)
@given(documents(max_events=6))
def test_any_valid_document_renders_exactly_its_chart(document: PostMortem) -> None:
    renderer = editor_renderer()
    for chart in (document.humor.flowchart, flowchart_from_timeline(document.timeline)):
        if not chart.nodes:
            continue
        source = build_dot(chart)
        root = parse_svg(renderer.render(source.dot))
        unique_ids = list(dict.fromkeys(node.id for node in chart.nodes))
        drawn_edges = [e for e in chart.edges if e.source in unique_ids and e.target in unique_ids]
        assert len(groups(root, "node")) == len(unique_ids)
        assert len(groups(root, "edge")) == len(drawn_edges)
        for element_id, node_id in source.element_ids.items():
            label = next(node.label for node in chart.nodes if node.id == node_id)
            expected = [line.replace("\xa0", " ").strip() for line in layout_lines(label)]
            expected = [line for line in expected if line]
            # Graphviz keeps runs of spaces visible by drawing every other one as a no-break space.
            shown = [line.replace("\xa0", " ").strip() for line in text_lines(group_by_id(root, element_id))]
            assert [line for line in shown if line] == expected


@pytest.mark.parametrize("label", [*HOSTILE_LABELS, "Restart", "node", "12", "-4.2", "", "x" * 3000])
def test_nodes_and_edges_are_quoted_as_the_graphviz_package_quotes_them(label: str) -> None:
    # build_dot writes the text itself (the package's per-call checks were most of its time, and importing
    # it held up the window); the package's quoting is what the rest of this file shows to be safe.
    import graphviz

    from app.flowchart.dot import MAX_EDGE_LABEL_LINES, NODE_STYLES, dot_string, wrap_label

    chart = Flowchart(
        nodes=[FlowNode(id="a", kind=NodeKind.QUESTION, label=label), FlowNode(id="b", label="Fixed")],
        edges=[FlowEdge(source="a", target="b", label=label), FlowEdge(source="b", target="a")],
    )
    style = NODE_STYLES[NodeKind.QUESTION]
    expected = graphviz.Digraph()
    expected.node(
        "n0",
        label=graphviz.nohtml(dot_string(layout_lines(label))),
        id="fc-node-0",
        shape=style.shape,
        style=style.style,
        fillcolor=style.fill,
        color=style.border,
        peripheries=str(style.peripheries),
    )
    edge_label = " ".join(label.split())
    if edge_label:
        lines, _cut = wrap_label(edge_label, max_lines=MAX_EDGE_LABEL_LINES)
        expected.edge("n0", "n1", label=graphviz.nohtml(dot_string(lines)), id="fc-edge-0")
    else:
        expected.edge("n0", "n1", id="fc-edge-0")
    expected.edge("n1", "n0", id="fc-edge-1")
    expected.attr("graph", rankdir="TB", bgcolor="transparent", pad="0.2", nodesep="0.35", ranksep="0.45")
    written = build_dot(chart).dot.splitlines(keepends=True)
    assert written[:2] == ["digraph flowchart {\n", expected.body[-1]] and written[-1] == "}\n"
    assert expected.body[0] in written
    assert any(line.startswith(expected.body[1].rstrip("]\n")) for line in written)  # a long label adds tooltips
    assert expected.body[2] in written


def test_a_chart_s_text_is_kept_packed_and_its_names_map_back_without_a_name_kept_per_node() -> None:
    # A 1,400-node chain's 357 KB of DOT was kept whole for as long as the chart was on show, beside
    # two dicts holding 2,800 generated names.
    import gc

    label = "Checked the resolver cache and the zone file"
    nodes = [FlowNode(id=f"step-{i}", label=f"{label} ({i})") for i in range(1_400)]
    nodes.append(FlowNode(id="step-3", label="a second node of the same id: left out"))
    source = build_dot(Flowchart(nodes=nodes))
    text = source.dot
    assert len(text) > 100_000 and len(source.packed_dot) < len(text) / 5
    assert source.key == build_dot(Flowchart(nodes=nodes)).key != build_dot(Flowchart(nodes=nodes[:-2])).key
    held = [len(o) for o in gc.get_referents(*gc.get_referents(source)) if isinstance(o, str | bytes)]
    assert max(held, default=0) < len(text) / 5
    assert source.element_ids["fc-node-1399"] == "step-1399" and source.node_names["n7"] == "step-7"
    assert "fc-node-1400" not in source.element_ids and "n1400" not in source.node_names  # the duplicate
    assert "fc-node-01" not in source.element_ids and "fc-node-" not in source.element_ids
    assert len(source.element_ids) == 1_400 == len(dict(source.element_ids))
    assert dict(source.node_names) == {f"n{i}": f"step-{i}" for i in range(1_400)}
