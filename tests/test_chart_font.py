"""Flowchart labels stay inside their shapes when the embedded Graphviz lays the chart out."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPolygonF

from app.flowchart.dot import build_dot
from app.flowchart.render import EmbeddedGraphviz
from app.model import Flowchart, FlowNode
from widgets.flowchart.chart_font import chart_font_family, with_chart_font

SVG = "{http://www.w3.org/2000/svg}"
WASM = EmbeddedGraphviz()

LABELS = [
    ("question", "Is it the web servers?"),
    ("question", "Does the name even resolve?"),
    ("dead end", "It's the web servers.\nRestart them anyway."),
    ("step", "Roll back the front-end release"),
    ("resolution", "It was DNS.\nRestore the apex A records."),
    ("start", "LunchLine is down!"),
]


def shapes(svg: bytes) -> list[tuple[QPolygonF, list[ET.Element]]]:
    root = ET.fromstring(svg)
    found = []
    for group in root.iter(f"{SVG}g"):
        if group.get("class") != "node":
            continue
        polygon = next(group.iter(f"{SVG}polygon"), None)
        ellipse = next(group.iter(f"{SVG}ellipse"), None)
        path = next(group.iter(f"{SVG}path"), None)
        if polygon is not None:
            points = [QPointF(*map(float, p.split(","))) for p in polygon.get("points").split()]
        elif ellipse is not None:
            cx, cy, rx, ry = (float(ellipse.get(k)) for k in ("cx", "cy", "rx", "ry"))
            points = [QPointF(cx + rx * c, cy + ry * s) for c, s in _circle(48)]
        else:  # a rounded box: its outline's points (corners' control points included) bound it well enough
            numbers = [float(n) for n in re.findall(r"-?[0-9.]+", path.get("d"))]
            points = [QPointF(x, y) for x, y in zip(numbers[::2], numbers[1::2], strict=False)]
        found.append((QPolygonF(points), list(group.iter(f"{SVG}text"))))
    return found


def _circle(steps: int):
    import math

    return [(math.cos(2 * math.pi * i / steps), math.sin(2 * math.pi * i / steps)) for i in range(steps)]


def drawn_font(text: ET.Element) -> QFont:
    """The font Qt's SVG renderer draws ``text`` in: its family list, at its size in pixels."""
    font = QFont()
    font.setFamilies([name.strip() for name in text.get("font-family").split(",")])
    font.setPixelSize(round(float(text.get("font-size"))))
    return font


@pytest.mark.skipif(not WASM.available(), reason="the embedded Graphviz is not installed")
def test_every_label_is_drawn_inside_its_shape(qapp):
    assert chart_font_family() == "Liberation Sans"
    chart = Flowchart(nodes=[FlowNode(id=f"n{i}", kind=kind, label=label) for i, (kind, label) in enumerate(LABELS)])
    svg = with_chart_font(WASM.render(build_dot(chart).dot, timeout=60))
    assert b"Helvetica" not in svg
    for shape, texts in shapes(svg):
        for text in texts:
            metrics = QFontMetricsF(drawn_font(text))
            width = metrics.horizontalAdvance(text.text or "")
            x, y = float(text.get("x")), float(text.get("y"))
            left = x - width / 2 if text.get("text-anchor") == "middle" else x
            top, bottom = y - metrics.ascent() * 0.75, y  # the letters' body, above the baseline
            for corner in (
                QPointF(left, top),
                QPointF(left + width, top),
                QPointF(left, bottom),
                QPointF(left + width, bottom),
            ):
                assert shape.containsPoint(corner, Qt.FillRule.OddEvenFill), (text.text, width)


def test_graphviz_font_list_is_replaced_only_where_graphviz_wrote_it(qapp):
    svg = b'<svg><text font-family="Helvetica,Arial,sans-serif">a</text><text font-family="Courier">b</text></svg>'
    family = chart_font_family()
    assert with_chart_font(svg) == svg.replace(b"Helvetica,Arial,sans-serif", family.encode())
    assert re.search(rb'font-family="Courier"', with_chart_font(svg))


_HEAP_AFTER_REGISTERING = """
import ctypes
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

application = QApplication(["test", "-platform", "offscreen"])


class MallInfo(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()
    ]


libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo


def heap_in_use():
    info = libc.mallinfo2()
    return info.uordblks + info.hblkhd


QFontDatabase.families()  # the system's fonts, read before measuring
before = heap_in_use()
from widgets.flowchart.chart_font import chart_font_family

assert chart_font_family() == "Liberation Sans"
print(heap_in_use() - before)
"""


@pytest.mark.skipif(not hasattr(__import__("ctypes").CDLL(None), "mallinfo2"), reason="needs glibc's mallinfo2")
def test_registering_the_chart_font_keeps_no_copy_of_its_files_in_memory():
    # Handed over as bytes, the two files (0.8 MB) stayed in Qt's font database for the whole session.
    import os
    import subprocess
    import sys
    from importlib import resources
    from pathlib import Path

    from widgets.flowchart.chart_font import FONT_FILES

    folder = resources.files("resources").joinpath("fonts")
    files_size = sum(len(folder.joinpath(name).read_bytes()) for name in FONT_FILES)
    root = Path(__file__).resolve().parent.parent
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", _HEAP_AFTER_REGISTERING], capture_output=True, text=True, env=environment, timeout=120
    )
    assert result.returncode == 0, result.stderr
    grown = int(result.stdout.split()[-1])
    assert grown < files_size / 2
