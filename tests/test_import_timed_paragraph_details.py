"""Bullets without a time right under a timed paragraph are that entry's details, not events of their own."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Queue outage

**Date:** 2024-03-05

## Timeline

**09:02** - Deployed the new consumer release
- the release changed the prefetch setting
- every consumer restarted at once

**09:06** - Queue depth alert fired

**09:15** - Rolled the consumers back
- one by one, to keep the queue drained

**09:20** - Queue depth back to normal
"""


def test_untimed_bullets_stay_with_the_timed_entry_above() -> None:
    doc = from_markdown(REPORT)

    assert len(doc.timeline) == 4
    assert "prefetch setting" in doc.timeline[0].text
    assert "every consumer restarted" in doc.timeline[0].text
    assert "one by one" in doc.timeline[2].text


def test_timed_bullets_under_a_timed_line_stay_entries() -> None:
    doc = from_markdown(
        "# Queue outage\n\n**Date:** 2024-03-05\n\n## Timeline\n\n"
        "09:00 - Checks began\n- 09:05 disk checked\n- 09:10 network checked\n"
    )

    assert len(doc.timeline) == 3


def test_labelled_bullets_under_a_timed_line_stay_their_own() -> None:
    doc = from_markdown(
        "# Queue outage\n\n**Date:** 2024-03-05\n\n## Timeline\n\n"
        "09:00 - Queue depth alert fired\n- Actions Taken: Restarted the consumers.\n"
    )

    assert len(doc.timeline) == 2
