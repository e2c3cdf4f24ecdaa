"""A first line naming the system, then that it is its post-mortem, then what happened ("Harbor Online Booking
System Postmortem: …"): the report's title, however many words the system's name takes."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_REPORT = """
{first}
Issue Summary:

Duration:
Start Time: 15 January 2025, 08:00 GMT
End Time: 15 January 2025, 09:30 GMT

Impact:

Bookings timed out for every guest.

Root Cause:

A migration locked the bookings table.
"""


def test_a_first_line_naming_a_long_system_then_its_postmortem_is_the_title() -> None:
    text = _REPORT.format(first="Harbor Online Booking System Postmortem: The Morning the Queue Stood Still")
    document = from_markdown(text)
    assert document.metadata.title == "Harbor Online Booking System Postmortem: The Morning the Queue Stood Still"
