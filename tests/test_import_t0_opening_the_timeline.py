"""A timeline whose first entry states the moment the others count from: "T+0 (22:10Z): replica lag alarm",
"T+0 = 22:10 UTC: …", "T0: 22:10 – …". That entry is an event at that moment, and "T+7m", "T+1h05",
"T+90s" below it count from it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.formats.markdown_import import from_markdown

_LATER = "- T+7m: on-call restarts the replication worker.\n- T+1h05: primary promoted, writes resume.\n"


@pytest.mark.parametrize(
    "first",
    [
        "- T+0 (22:10Z): replica lag alarm fires on the orders database.",
        "- T+0 (22:10 UTC) replica lag alarm fires on the orders database.",
        "- T+0 = 22:10 UTC: replica lag alarm fires on the orders database.",
        "- T0: 22:10 UTC – replica lag alarm fires on the orders database.",
        "- **T+0 (22:10Z):** replica lag alarm fires on the orders database.",
    ],
)
def test_the_first_entry_states_t0_and_the_rest_count_from_it(first: str) -> None:
    document = from_markdown(f"# Failover drill\n\nDate: 2025-11-03\n\n## Timeline\n\n{first}\n{_LATER}")
    t0 = datetime(2025, 11, 3, 22, 10, tzinfo=UTC)
    assert [event.time for event in document.timeline] == [
        t0,
        t0 + timedelta(minutes=7),
        t0 + timedelta(hours=1, minutes=5),
    ]
    assert document.timeline[0].text.lower().startswith("replica lag alarm fires")
    assert document.timeline[1].text.lower() == "on-call restarts the replication worker."


def test_t0_stated_on_its_own_line_above_the_entries() -> None:
    document = from_markdown(
        "# Failover drill\n\nDate: 2025-11-03\n\n## Timeline\n\nT+0 = 22:10 UTC\n\n"
        "- T+90s: replica lag alarm fires.\n- T+1h05: primary promoted.\n"
    )
    t0 = datetime(2025, 11, 3, 22, 10, tzinfo=UTC)
    assert [event.time for event in document.timeline] == [t0 + timedelta(seconds=90), t0 + timedelta(minutes=65)]
