"""A long document is held compactly: its model, its problems and what the pages work out from them.

Memory is counted with tracemalloc, in Python objects only (exact, whatever the machine's load).
Before these were made compact, an event took 620 bytes in the model (an equal set of field names in
each) and 230 in its problems, their grouping by part and the timeline's gaps; now about 400 and 100.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from app.formats import json_format
from app.timeline_order import packed_gaps
from tests.test_window_fixtures import large_document
from widgets.findings import work_out
from widgets.panes.page import problems_for

EVENTS = 2_000


def bytes_per_event(make: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    tracemalloc.start()
    try:
        made = make()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return held / EVENTS, made


def test_a_long_timeline_read_from_a_file_holds_under_450_bytes_an_event():
    text = json_format.dumps(large_document(EVENTS))
    json_format.loads(text)  # everything reading needs is loaded before counting
    per_event, model = bytes_per_event(lambda: json_format.loads(text))
    assert len(model.timeline) == EVENTS
    assert per_event < 450


def test_its_problems_grouped_for_the_pages_and_its_gaps_hold_under_150_bytes_an_event():
    model = large_document(EVENTS)
    assert model.summary.start is not None
    # Ended ten minutes in: most events are after the end, a problem each (as in the hostile file).
    model.summary = model.summary.model_copy(update={"end": model.summary.start + timedelta(minutes=10)})
    problems_for(work_out(model)["problems"], ("timeline",))  # loaded before counting
    packed_gaps(model.timeline)

    def worked_out() -> tuple[list[Any], Any]:
        problems = work_out(model)["problems"]
        return problems, (problems_for(problems, ("timeline", "summary.start")), packed_gaps(model.timeline))

    per_event, (problems, (timeline_problems, _gaps)) = bytes_per_event(worked_out)
    assert len(problems) > EVENTS / 2 and len(timeline_problems) == len(problems)
    assert per_event < 150
