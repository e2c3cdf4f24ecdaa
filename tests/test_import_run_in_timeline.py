"""A timeline whose entries were run into one paragraph (pasted from a form or a chat box): one entry per time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.timeline.run_in import cut_run_in_entries
from app.model import EventKind

EAT = timezone(timedelta(hours=3))

RUN_IN = """# Cache node outage

Date: 9 May 2023, all times EAT.

## Timeline

09:00am EAT: Uptime check fails for the cache node. 09:04am EAT: Tamar logs in and sees the disk at 100%
09:10am EAT: Tamar deletes old snapshots to free space. 09:18am EAT: Node restarted. The logs said:

* disk full, writes refused
* snapshot directory 40 GB 09:25am EAT: Tamar confirms the cache answers again. 09:30am EAT: Incident closed.

## Root Cause

Snapshots were never pruned.
"""


def test_each_time_label_in_a_run_in_paragraph_starts_an_entry():
    document = from_markdown(RUN_IN)
    timed = [event for event in document.timeline if event.time is not None]
    assert [event.time.strftime("%H:%M") for event in timed] == ["09:00", "09:04", "09:10", "09:18", "09:25", "09:30"]
    assert timed[0].time == datetime(2023, 5, 9, 9, 0, tzinfo=EAT)
    assert timed[0].text == "Uptime check fails for the cache node."
    assert timed[-1].kind is EventKind.RESOLUTION
    assert document.summary.end == datetime(2023, 5, 9, 9, 30, tzinfo=EAT)


def test_cutting_adds_line_breaks_only():
    lines = RUN_IN.splitlines()
    assert " ".join(cut_run_in_entries(lines)).split() == " ".join(lines).split()


def test_a_time_told_inside_a_sentence_is_not_cut():
    lines = ["14:02 UTC: Alerts fire. We restarted it at 14:09 and waited; 14:20 UTC it was still down."]
    assert cut_run_in_entries(lines) == lines  # neither "14:09 and" nor "14:20 UTC it" is a label like "14:02 UTC:"
    labelled = ["14:02 UTC: Alerts fire. 14:09 UTC: Restarted."]
    assert cut_run_in_entries(labelled) == ["14:02 UTC: Alerts fire.", "14:09 UTC: Restarted."]


def test_a_version_number_in_a_sentence_is_no_label():
    lines = ["- 14:05: Deployed the API. 14:20: Errors rose after version 2.10: the new client broke."]
    assert cut_run_in_entries(lines) == [
        "- 14:05: Deployed the API.",
        "- 14:20: Errors rose after version 2.10: the new client broke.",
    ]
