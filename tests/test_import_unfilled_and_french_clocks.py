"""A French clock closed by a colon ("15h45: x") is the entry's time; a line whose clock was never filled in
("xx:xx PM March 3, 2025: x") stays in the timeline, on its day, without a made-up time."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown


def test_a_french_clock_with_a_colon_after_it_is_read() -> None:
    text = (
        "# Panne\n\n**Date:** 2025-02-04\n\n## Timeline\n\n"
        "- 3:30 pm: Cause found.\n- 15h45: A temporary fix is applied.\n"
    )
    events = from_markdown(text).timeline
    assert [(event.time, event.text) for event in events] == [
        (datetime(2025, 2, 4, 15, 30, tzinfo=UTC), "Cause found."),
        (datetime(2025, 2, 4, 15, 45, tzinfo=UTC), "A temporary fix is applied."),
    ]


def test_a_line_with_a_placeholder_clock_is_kept_as_an_event_of_its_day() -> None:
    text = (
        "# Lost tokens\n\n## Timeline\n\n1:05 PM March 3, 2025: The deploy went out.\n\n"
        "xx:xx PM March 3, 2025: The customer confirmed the fix.\n\n## Resolution\n\nDone.\n"
    )
    document = from_markdown(text)
    last = document.timeline[-1]
    assert last.text == "The customer confirmed the fix."
    assert last.time is not None and last.time.date() == datetime(2025, 3, 3).date()
    assert not any("confirmed" in section.body for section in document.extra_sections)
