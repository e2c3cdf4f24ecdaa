"""Exporting the chart as PNG (2x by default) and SVG: core function, file dispatch, File-menu actions."""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.errors import DocumentError
from app.flowchart.export import render_chart
from app.flowchart.render import Renderer
from app.formats import files
from app.model import EventKind, Flowchart, FlowEdge, FlowNode, HumorElement, PostMortem, TimelineEvent
from tests.flowchart_helpers import RENDERERS, groups, parse_svg, text_lines
from widgets.document import Document
from widgets.flowchart.export_actions import ChartExporter


@pytest.fixture(params=RENDERERS)
def renderer(request: pytest.FixtureRequest) -> Renderer:
    return request.param


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n"), "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def svg_size_pt(data: bytes) -> tuple[float, float]:
    root = ET.fromstring(data)
    return float(root.get("width", "").removesuffix("pt")), float(root.get("height", "").removesuffix("pt"))


def charted() -> PostMortem:
    chart = Flowchart(
        nodes=[
            FlowNode(id="start", kind="start", label="Pager fires"),
            FlowNode(id="q", kind="question", label="Is it DNS?"),
            FlowNode(id="dead", kind="dead end", label="Blame the CDN"),
            FlowNode(id="end", kind="resolution", label="It was DNS"),
        ],
        edges=[
            FlowEdge(source="start", target="q"),
            FlowEdge(source="q", target="dead", label="no"),
            FlowEdge(source="q", target="end", label="yes"),
        ],
    )
    return PostMortem(humor=HumorElement(flowchart=chart))


def timeline_only() -> PostMortem:
    return PostMortem(
        timeline=[
            TimelineEvent(kind=EventKind.DETECTION, text="Alert"),
            TimelineEvent(kind=EventKind.ACTION, text="Restart"),
            TimelineEvent(kind=EventKind.RESOLUTION, text="Fixed"),
        ]
    )


def test_png_is_twice_the_natural_size_by_default(qapp: object, renderer: Renderer) -> None:
    document = charted()
    svg = render_chart(document, "svg", renderer=renderer)
    width_pt, height_pt = svg_size_pt(svg)

    one = png_size(render_chart(document, "png", scale=1.0, renderer=renderer))
    two = png_size(render_chart(document, "png", renderer=renderer))

    # 96 pixels per inch at 1x, as Graphviz's own PNGs; 2x doubles both sides.
    assert abs(one[0] - width_pt * 96 / 72) <= 3 and abs(one[1] - height_pt * 96 / 72) <= 3
    assert abs(two[0] - 2 * one[0]) <= 2 and abs(two[1] - 2 * one[1]) <= 2


def test_svg_export_parses_and_holds_every_node_and_edge(renderer: Renderer) -> None:
    root = parse_svg(render_chart(charted(), "svg", renderer=renderer))

    assert len(groups(root, "node")) == 4
    assert len(groups(root, "edge")) == 3
    labels = {line for group in groups(root, "node") for line in text_lines(group)}
    assert labels == {"Pager fires", "Is it DNS?", "Blame the CDN", "It was DNS"}


def test_from_timeline_exports_the_generated_chart_not_the_saved_one(renderer: Renderer) -> None:
    document = charted().model_copy(update={"timeline": timeline_only().timeline})
    root = parse_svg(render_chart(document, "svg", from_timeline=True, renderer=renderer))

    labels = {line for group in groups(root, "node") for line in text_lines(group)}
    assert labels == {"Alert", "Restart", "Fixed"}


def test_nothing_to_draw_is_a_clear_error() -> None:
    with pytest.raises(DocumentError, match="no flowchart"):
        render_chart(PostMortem(), "svg")
    with pytest.raises(DocumentError, match="timeline has no events"):
        render_chart(PostMortem(), "png", from_timeline=True)
    with pytest.raises(DocumentError, match="scale"):
        render_chart(charted(), "png", scale=100)
    with pytest.raises(DocumentError, match=r"\.png or \.svg"):
        render_chart(charted(), "gif")


def test_the_command_line_path_writes_chart_files(qapp: object, tmp_path: Path) -> None:
    # `postmortem-editor export INPUT -o chart.png [--from-timeline]` goes through files.save.
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    files.save(timeline_only(), png, from_timeline=True)
    files.save(charted(), svg)

    assert png_size(png.read_bytes())[0] > 0
    assert len(groups(parse_svg(svg.read_bytes()), "node")) == 4
    with pytest.raises(DocumentError, match="no flowchart"):
        files.save(timeline_only(), tmp_path / "none.png")
    assert not (tmp_path / "none.png").exists()


class SvgOnlyRenderer(Renderer):
    """Writes only SVG, like the embedded Graphviz: a PNG then needs Qt's SVG module."""

    name = "svg-only"

    def available(self) -> bool:
        return True

    def version(self) -> str:
        return "1"

    def describe(self) -> str:
        return "svg-only test renderer"

    def render(self, source: str, fmt: str = "svg", **options: object) -> bytes:
        return b'<svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="10pt"></svg>'


def test_png_without_dot_or_qt_is_a_clear_error_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import cli
    from app.flowchart import export

    monkeypatch.setattr(export, "default_renderer", SvgOnlyRenderer)
    monkeypatch.setitem(sys.modules, "widgets.flowchart.raster", None)  # Qt cannot be imported.
    source, output = tmp_path / "in.json", tmp_path / "chart.png"
    files.save(charted(), source)

    with pytest.raises(DocumentError, match=r"PNG needs Graphviz's dot program or Qt's SVG module.*install graphviz"):
        render_chart(charted(), "png")
    assert cli.main(["export", str(source), "-o", str(output)]) == 1

    error = capsys.readouterr().err
    assert "install graphviz" in error and "internal error" not in error
    assert not output.exists()


# --------------------------------------------------------------------------- File menu actions


class FakeDialogs:
    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, Path, str]] = []
        self.errors: list[str] = []

    def save_path(self, title: str, suggested: Path, name_filter: str = "") -> Path | None:
        self.asked.append((title, suggested, name_filter))
        return self.answer

    def show_error(self, title: str, message: str) -> None:
        self.errors.append(message)


def test_export_png_action_asks_scale_and_path_then_writes_the_file(qtbot, tmp_path: Path, monkeypatch) -> None:
    document = Document(charted(), path=tmp_path / "incident.json")
    dialogs = FakeDialogs(tmp_path / "picked.png")
    exporter = ChartExporter(document, dialogs)
    monkeypatch.setattr(exporter, "choose_png_scale", lambda: 1.0)

    with qtbot.waitSignal(exporter.exported, timeout=30000) as blocker:
        exporter.png_action.trigger()

    assert blocker.args == [tmp_path / "picked.png"]
    # Never the name of the picture a Markdown save writes beside the page (incident.flowchart.png).
    assert dialogs.asked[0][1] == tmp_path / "incident-flowchart.png"
    one = png_size((tmp_path / "picked.png").read_bytes())
    with qtbot.waitSignal(exporter.exported, timeout=30000):
        exporter.export_to(tmp_path / "double.png")
    two = png_size((tmp_path / "double.png").read_bytes())
    assert abs(two[0] - 2 * one[0]) <= 2


def test_export_svg_action_writes_svg_and_cancel_writes_nothing(qtbot, tmp_path: Path) -> None:
    document = Document(charted())
    dialogs = FakeDialogs(tmp_path / "chart.svg")
    exporter = ChartExporter(document, dialogs)
    with qtbot.waitSignal(exporter.exported, timeout=30000):
        exporter.svg_action.trigger()
    assert len(groups(parse_svg((tmp_path / "chart.svg").read_bytes()), "node")) == 4

    dialogs.answer = None
    exporter.svg_action.trigger()
    exporter.wait_for_done()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.svg"]


def test_export_failure_is_reported_through_the_dialog_seam(qtbot, tmp_path: Path) -> None:
    exporter = ChartExporter(Document(charted()), FakeDialogs(tmp_path / "missing-folder" / "chart.svg"))
    with qtbot.waitSignal(exporter.export_failed, timeout=30000) as blocker:
        exporter.svg_action.trigger()
    assert blocker.args[0].startswith("chart.svg: ")
    assert exporter._dialogs.errors == blocker.args  # type: ignore[attr-defined]


def test_export_actions_are_disabled_without_a_chart(qtbot) -> None:
    document = Document(PostMortem())
    exporter = ChartExporter(document, FakeDialogs(None))
    assert not exporter.png_action.isEnabled() and not exporter.svg_action.isEnabled()

    document.insert_items("nodes", 0, [FlowNode(id="a", label="A")])
    assert exporter.png_action.isEnabled() and exporter.svg_action.isEnabled()
