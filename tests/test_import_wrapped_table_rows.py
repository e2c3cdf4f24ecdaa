"""A timeline table whose row lost its closing pipe to the next line ("| 11:00 | Mail sent" over a lone "|").

An editor that wraps long lines leaves the row's last "|" alone on a line of its own; a reader sees the row it
closes, not a row of nothing: the timeline holds one entry per written row, none empty.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_WRAPPED = """\
# Queue outage

## Timeline

| Time             | Event                          |
| :--------------- | ------------------------------ |
| 2024-06-02 10:15 | Consumers stop acking          |
| 2024-06-02 10:20 | Mail sent to the platform lead
|
| 2024-06-02 10:40 | Broker restarted, queue drains |
"""

_EMPTY_SPACER = """\
# Queue outage

## Timeline

| Time  | What happened         |
|-------|-----------------------|
| 10:15 | Consumers stop acking |
|       |                       |
| 10:40 | Broker restarted      |
| 10:55 | Queue drained
|
"""


@pytest.mark.parametrize("text", [_WRAPPED, _EMPTY_SPACER])
def test_no_entry_for_a_row_with_nothing_written(text: str) -> None:
    incident = from_markdown(text)
    assert len(incident.timeline) == 3
    assert all(event.text.strip() for event in incident.timeline)
    assert "Consumers stop acking" in incident.timeline[0].text
