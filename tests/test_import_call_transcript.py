"""A call or chat pasted as the record of the incident, one message a line, with no times.

"Zoom: Warren-SRE: Declaring SEV-2" over "Zoom: Preetha-Dev: found the leak": a reader sees each message as a
step of the response, in the order said, under a heading such as "Incident Script" or "Transcript".
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

TRANSCRIPT = """# Checkout API outage

## Incident Script
Meet: Ana-SRE: Pager says checkout is returning 502s, joining the bridge
Meet: Tomas-Dev: Latest deploy went out ten minutes ago, looking at it
Meet: Ana-SRE: Rolling back the deploy now
Meet: Tomas-Dev: The new client never closes its connections
Meet: Ana-SRE: Rollback done, error rate back to normal. Marking as resolved
"""


def test_each_message_of_a_transcript_is_an_untimed_event_in_order() -> None:
    events = from_markdown(TRANSCRIPT).timeline
    assert [event.text for event in events] == [line for line in TRANSCRIPT.splitlines() if line.startswith("Meet: ")]
    assert all(event.time is None for event in events)
    assert events[-1].kind is EventKind.RESOLUTION


def test_a_paragraph_of_labelled_lines_that_are_not_a_conversation_stays_one_entry() -> None:
    document = from_markdown(
        "# Release stuck\n\n## Timeline\n\nBuild: failed on main twice\n"
        "Deploy: paused by the release bot\nQueue: drained by hand\n"
    )
    assert len(document.timeline) == 1  # three labels, no one speaking twice: not a chat
