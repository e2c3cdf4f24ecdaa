"""A blog retro that tells its story in prose and lists the fix with a clock per line under "How did we fix
it?" gets those steps on its timeline too, beside the story's own moments; the list stays in the resolution."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

_EDT = timezone(timedelta(hours=-4))

RETRO = """# How our newsletter went out twice

*Posted by Lee Morgan — June 3, 2026*

## What happened?

On Monday, June 1st, at about 6:10pm ET, the scheduler started the weekly newsletter send. Our support
inbox got the first "why did I get this twice?" at 6:25pm.

## How did we fix it?

- 6:40pm — paused the scheduler
- 7:05pm — removed the duplicate job from the queue
- 7:30pm — resumed sending to the people who had not had it yet. All done.
"""


def test_the_fix_steps_join_the_story_on_the_timeline() -> None:
    document = from_markdown(RETRO)
    times = [event.time for event in document.timeline]

    assert datetime(2026, 6, 1, 18, 25, tzinfo=_EDT) in times  # the story's moment
    assert times[-3:] == [
        datetime(2026, 6, 1, 18, 40, tzinfo=_EDT),
        datetime(2026, 6, 1, 19, 5, tzinfo=_EDT),
        datetime(2026, 6, 1, 19, 30, tzinfo=_EDT),
    ]
    assert document.timeline[-2].text == "removed the duplicate job from the queue"
    assert "paused the scheduler" in document.root_cause.resolution


def test_steps_that_retell_the_timeline_are_not_added_twice() -> None:
    report = """# Disk full on the build server

## Timeline

- 10:00 UTC — builds start failing
- 10:20 UTC — old artefacts deleted
- 10:30 UTC — builds green again

## How did we fix it?

- 10:20 UTC — old artefacts deleted
- 10:30 UTC — builds green again
"""
    assert len(from_markdown(report).timeline) == 3
