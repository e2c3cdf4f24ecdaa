"""A bold time's closing marks left after it go with the time, and no event is left without words: the
template's detection time and method written in a list indented by one space are still one detection."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("- 09:00 ** -Bounce errors for every outgoing message", "Bounce errors for every outgoing message"),
        ("- 09:05 ** - Checked the relay settings", "Checked the relay settings"),
        ("- **09:10 ** - Moved the relay to a clean address", "Moved the relay to a clean address"),
        ("- 09:15 __ : Mail flowing again", "Mail flowing again"),
        ("- 09:25 **Bold start** of the text", "**Bold start** of the text"),
    ],
)
def test_a_bold_marks_left_after_a_time_are_the_times(line, text):
    document = from_markdown(f"# Relay outage\n\nOn March 3, 2024 the relay stopped.\n\n## Timeline\n\n{line}\n")
    [event] = document.timeline
    assert event.text == text
    assert event.time is not None and event.time.hour == 9


def test_the_templates_detection_in_a_list_indented_by_one_space_is_one_event_with_words():
    document = from_markdown(
        "# Pantry API outage\n\n## Timeline\n"
        " * When was the issue detected: 2023-03-14 09:00 (GMT+01:00)\n"
        " * How was the issue detected: A customer wrote in\n"
        " * Actions taken: Restarted the pantry workers\n"
    )
    assert [event.text for event in document.timeline] == ["A customer wrote in", "Restarted the pantry workers"]
    assert document.timeline[0].time is not None
    assert all(event.text.strip() for event in document.timeline)
