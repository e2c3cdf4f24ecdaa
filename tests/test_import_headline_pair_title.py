"""A plain-text report whose first line is a two-part headline ("Lost in the Logs: A Week of Outages"), standing
alone: a careful reader takes the whole line as the title, even with a word cut off at its start. A field's line
("Author: Jane Ann Smith", "Service: Billing API") standing there first is no title.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

BODY = """
Issue Summary
Duration:
Start: 2025-02-03 09:00 UTC
End: 2025-02-03 10:00 UTC
Impact:
Our booking site answered every request with an error.
Timeline
09:00 UTC: An alert fired.
10:00 UTC: The release was rolled back.
"""


@pytest.mark.parametrize(
    "first",
    [
        "Lost in the Logs: A Week of Outages",
        "rtmortem: The Great Cache Stampede of 2025",
        "Notes From the Pager: The Night the Queue Froze",
    ],
)
def test_a_two_part_headline_standing_first_is_the_title(first: str) -> None:
    assert from_markdown(f"\n{first}{BODY}").metadata.title == first


@pytest.mark.parametrize("first", ["Author: Jane Ann Smith", "Service: Billing API", "Date: The Third of May"])
def test_a_field_standing_first_is_no_title(first: str) -> None:
    assert from_markdown(f"\n{first}{BODY}").metadata.title != first
