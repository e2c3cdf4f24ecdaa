"""The net, window side: hostile documents open in the window, every page is shown, preview and chart render.

Fails on a crash (the test process dies), an exception reaching Qt or caught by
a guard (pytest-qt fails the test on either, through ``sys.excepthook``), a
preview or chart that never finishes, or a UI thread blocked past ``HANG_SECONDS``
(a hang, not a speed target: speed is measured by ``make bench``).

A few examples run in ``make test``; set ``POSTMORTEM_EDITOR_FUZZ=500`` for a
longer run.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTimer

from app.model import PostMortem
from tests.strategies import HOSTILE_FRAGMENTS, documents
from tests.test_window_fixtures import make_window
from widgets.runner import Runner

EXAMPLES = int(os.environ.get("POSTMORTEM_EDITOR_FUZZ", "6"))
HANG_SECONDS = 5.0
RENDER_WAIT_MS = 30_000

# Offsets at the ends of what a zone may be, and times at the ends of the calendar.
EDGE_OFFSETS = [timedelta(0), timedelta(minutes=1), -timedelta(minutes=1), timedelta(hours=23, minutes=59)]
EDGE_OFFSETS.append(-EDGE_OFFSETS[-1])
EDGE_TIMES = st.sampled_from(
    [
        datetime(1, 1, 1, 0, 0),
        datetime(1, 1, 1, 23, 59, 59),
        datetime(9999, 12, 31, 0, 0),
        datetime(9999, 12, 31, 23, 59, 59),
        datetime(1970, 1, 1),
        datetime(2038, 1, 19, 3, 14, 8),
    ]
)
edge_times = st.builds(
    lambda moment, offset: moment.replace(tzinfo=timezone(offset)), EDGE_TIMES, st.sampled_from(EDGE_OFFSETS)
)

hostile_texts = st.one_of(
    st.just(""),
    st.sampled_from(HOSTILE_FRAGMENTS),
    st.integers(1, 40_000).map(lambda n: "x" * n),  # one long unbroken line
    st.integers(1, 3_000).map(lambda n: "***\n" * n),  # many blocks
    st.integers(1, 400).map(lambda n: "  " * n + "- deep"),  # deep nesting
    st.integers(1, 200).map(lambda n: "> " * n + "quote"),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000), max_size=200),  # controls and all
    st.just("```\n" + "code\n" * 500),
)


@st.composite
def hostile_documents(draw: st.DrawFn) -> PostMortem:
    model = draw(documents(max_events=6))
    data = model.model_dump()
    for field in ("introduction", "closing_notes"):
        if draw(st.booleans()):
            data[field] = draw(hostile_texts)
    data["metadata"]["title"] = draw(st.one_of(st.just(data["metadata"]["title"]), hostile_texts))
    data["summary"]["start"] = draw(st.one_of(st.none(), edge_times, st.just(data["summary"]["start"])))
    data["summary"]["end"] = draw(st.one_of(st.none(), edge_times))
    for event in data["timeline"]:
        if draw(st.booleans()):
            event["time"] = draw(edge_times)
        if draw(st.booleans()):
            event["text"] = draw(hostile_texts)
    for node in data["humor"]["flowchart"]["nodes"]:
        if draw(st.booleans()):
            node["label"] = draw(hostile_texts)
    if draw(st.booleans()) and data["measures"]["tasks"]:
        data["measures"]["tasks"][0]["text"] = draw(hostile_texts)
    return PostMortem.model_validate(data)


def test_hostile_documents_open_and_every_page_and_the_preview_render(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.resize(1100, 700)
    window.show()
    beat = {"last": time.perf_counter(), "worst": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        beat["worst"] = max(beat["worst"], now - beat["last"])
        beat["last"] = now

    heartbeat = QTimer(window)
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(tick)
    heartbeat.start()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(hostile_documents())
    def opens(model: PostMortem) -> None:
        rendered: list[bool] = []
        window.preview.rendered.connect(lambda: rendered.append(True))
        beat["last"], beat["worst"] = time.perf_counter(), 0.0
        window.document.replace_model(model)
        for key in window.sections.keys:
            window.sections.show_section(key)
            qtbot.wait(1)
            window.page(key).grab()  # paint it: paint, sizeHint and data run now
        window.preview.grab()
        qtbot.waitUntil(lambda: bool(rendered), timeout=RENDER_WAIT_MS)
        runners = window.findChildren(Runner)
        qtbot.waitUntil(lambda: not any(runner.is_busy() for runner in runners), timeout=RENDER_WAIT_MS)
        window.preview.rendered.disconnect()
        assert beat["worst"] < HANG_SECONDS, f"the window hung for {beat['worst']:.1f} s"

    opens()
    window.document.undo_stack.setClean()
