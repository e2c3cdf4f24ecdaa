"""A "#" typed as each timeline entry's bullet, right against its date or time ("#Jun 3, 2024: …"): one entry
a line, at its date, not one paragraph of "#" lines."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_HASHED = """\
# Mail Relay Lockout

## Timeline

#Jun 3, 2024: The relay's certificate was rotated by the hosting team.
#Jun 4, 2024: Outgoing mail started bouncing for every customer.
#[Jun 4, 2024]: The old certificate was restored and mail flowed again.

## Root Cause

The new certificate was missing its intermediate chain.
"""


def test_each_hash_led_line_is_one_event_at_its_date() -> None:
    document = from_markdown(_HASHED)
    assert [event.time for event in document.timeline] == [
        datetime(2024, 6, 3, tzinfo=UTC),
        datetime(2024, 6, 4, tzinfo=UTC),
        datetime(2024, 6, 4, tzinfo=UTC),
    ]
    assert document.timeline[1].text == "Outgoing mail started bouncing for every customer."


def test_one_line_opening_with_a_hash_and_a_number_is_left_as_written() -> None:
    document = from_markdown("# Outage\n\n## Summary\n\n#2024-06-03 is the tag the team used.\n")
    assert "#2024-06-03 is the tag the team used." in document.introduction + document.summary.impact
