"""A report told phase by phase ("## Detection", "## Containment", "## Recovery"), each over timed bullets.

A careful reader takes the phases' bullets, in order, as the timeline, and takes the fix from where the
report states it, not from the bullets under "Containment" or "Recovery".
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

PHASES = """\
# Breach report: admin token posted in a public gist

On 3 March 2025 an admin token sat in a public gist for half an hour. All times are UTC.

## Identification

- **09:02** — gist with the token made public by a contractor
- **09:10** — token scanner mails the security team

## Containment & Eradication

- **09:15** — on-call engineer disables the token
- **09:31** — gist removed; new token issued to the contractor

## Recovery

- **10:05** — audit log shows no call made with the token; incident closed

## Root cause and resolution

The contractor pasted a debug script with the token in it.

Resolution: disabled and replaced the token, removed the gist.
"""


def test_timed_bullets_under_phase_headings_are_the_timeline_in_order() -> None:
    document = from_markdown(PHASES)
    assert [event.time for event in document.timeline] == [
        datetime(2025, 3, 3, hour, minute, tzinfo=UTC) for hour, minute in ((9, 2), (9, 10), (9, 15), (9, 31), (10, 5))
    ]
    assert not any(section.heading in ("Identification", "Recovery") for section in document.extra_sections)


def test_the_stated_resolution_is_not_replaced_by_the_recovery_bullets() -> None:
    document = from_markdown(PHASES)
    assert document.root_cause.resolution.startswith("disabled and replaced the token")


def test_a_recovery_section_in_prose_stays_the_resolution() -> None:
    prose = PHASES.replace(
        "- **10:05** — audit log shows no call made with the token; incident closed",
        "We replaced the token and checked the audit log for misuse.",
    ).split("## Root cause")[0]
    document = from_markdown(prose)
    assert "audit log" in document.root_cause.resolution
