"""A report told phase by phase in paragraphs ("## Alert", "## Investigation", "## Mitigation"), no clock list.

A careful reader makes each paragraph an event, in order: the alert's the detection, the investigation's and
the mitigation's steps taken unless their words say otherwise, timed only where the paragraph tells its
moment. The mitigation stays the resolution as well.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_OPENING = """\
# 2023-11-08 Build farm down

"""

_PHASES = """\
{level} Alert

On 2023-11-08 at 14:20 CET a contributor wrote in the chat that no build had finished since noon.

{level} Investigation

Priya and Omar notice that the build queue is stuck.

We first suspected the new compiler image, but that turned out not to be it.

Omar then finds that the runners cannot reach the artifact store.

{level} Mitigation

Priya rebooted the artifact store VM and checked its disks.

She purges the stale lock files from the queue.

Note that the storage alert had fired by mail on Monday, and nobody read it.
"""

_CLOSING = """\

## What happened

A kernel update on Monday left the store's network interface half configured.

## Lessons learned

Read the storage alerts.
"""

_CET = timezone(timedelta(hours=1))


def _phases_at_the_top() -> str:
    return _OPENING + _PHASES.format(level="##") + _CLOSING


def _phases_under_a_timeline() -> str:
    return _OPENING + "## Timeline\n\n" + _PHASES.format(level="###") + _CLOSING


def _check_events(text: str) -> None:
    postmortem = from_markdown(text)
    events = postmortem.timeline
    assert [event.kind for event in events] == [
        EventKind.DETECTION,
        EventKind.ACTION,
        EventKind.MISLEADING,
        EventKind.ACTION,
        EventKind.ACTION,
        EventKind.ACTION,
        EventKind.NOTE,
    ]
    assert events[0].time == datetime(2023, 11, 8, 14, 20, tzinfo=_CET)
    assert "no build had finished" in events[0].text
    assert all(event.time is None for event in events[1:])
    assert events[1].text.startswith("Priya and Omar notice")
    assert events[5].text.startswith("She purges the stale lock files")
    # The mitigation is still the resolution, and no phase is left over as a section of its own.
    assert "purges the stale lock files" in postmortem.root_cause.resolution
    headings = [section.heading for section in postmortem.extra_sections]
    assert not {"Alert", "Investigation", "Timeline"} & set(headings)
    assert "kernel update" not in " ".join(event.text for event in events)


def test_phase_sections_of_paragraphs_are_the_timeline() -> None:
    _check_events(_phases_at_the_top())


def test_phase_subheadings_of_paragraphs_under_the_timeline_are_its_events() -> None:
    _check_events(_phases_under_a_timeline())


def test_a_detection_then_a_resolution_section_are_no_story_told_by_phases() -> None:
    text = """\
# Postmortem: cache outage

## Detection

A customer reported blank pages on the shop.

## Resolution

We restarted the cache cluster and the pages came back.
"""
    postmortem = from_markdown(text)
    assert "restarted the cache cluster" in postmortem.root_cause.resolution
    assert not any("customer reported" in event.text for event in postmortem.timeline)


def test_phases_beside_a_timeline_of_their_own_stay_as_they_are() -> None:
    text = """\
# Postmortem: queue backlog

## Alert

The backlog monitor paged the on-call.

## Investigation

The consumers were all waiting on one lock.

## Timeline

- 2024-02-01 10:00 UTC — backlog monitor pages
- 2024-02-01 10:30 UTC — consumers restarted, backlog draining

## Resolution

The consumers were restarted.
"""
    postmortem = from_markdown(text)
    assert [event.text for event in postmortem.timeline] == [
        "backlog monitor pages",
        "consumers restarted, backlog draining",
    ]


def test_a_students_timeline_of_phase_subheadings_keeps_every_paragraph() -> None:
    text = """\
# Postmortem: login page outage

## Issue Summary

On 12 April 2024 from 08:00 to 08:40 UTC nobody could log in.

## Timeline

### Detection

The uptime checker mailed the team that the login page timed out.

### Investigation

An engineer read the proxy logs and saw nothing unusual.

Then she restarted the session store, with no change.

### Resolution

The team rolled the auth service back to the previous release.

## Root Cause

The new release read the session secret from a variable that was never set.
"""
    postmortem = from_markdown(text)
    texts = [event.text for event in postmortem.timeline]
    assert len(texts) == 4
    assert texts[1].startswith("An engineer read the proxy logs")
    assert texts[2].startswith("Then she restarted the session store")
    assert postmortem.timeline[0].kind is EventKind.DETECTION
    assert postmortem.timeline[3].kind is EventKind.RESOLUTION  # the phase names it, whatever its words
    assert not any(section.heading == "Timeline" for section in postmortem.extra_sections)
