"""Section names typed with one "#" and no space ("#Timeline", "#Action Items:"): a careful reader sees every one as a
heading, so the page gets its timeline and its tasks; a "#hashtag" or an "#123" in the text stays text."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_UNSPACED = """\
#Incident Summary
Window: March 2, 2025, 14:00 to 15:10 (UTC)
Impact: Nobody could upload a photo for seventy minutes.

#Timeline
14:05: The upload error rate alarm fired.
14:20: The on-call engineer rolled back the storage client.
15:10: Uploads succeeded again.
#Root Cause
A client upgrade sent every upload to a retired bucket.
#Action Items:

Remove the retired bucket's name from the configuration.
Add a smoke test that uploads one photo after each deploy.
"""


def test_one_hash_section_names_give_the_timeline_and_the_tasks() -> None:
    document = from_markdown(_UNSPACED)
    assert [event.time for event in document.timeline] == [
        datetime(2025, 3, 2, 14, 5, tzinfo=UTC),
        datetime(2025, 3, 2, 14, 20, tzinfo=UTC),
        datetime(2025, 3, 2, 15, 10, tzinfo=UTC),
    ]
    assert "retired bucket" in document.root_cause.cause
    assert [task.text for task in document.measures.tasks] == [
        "Remove the retired bucket's name from the configuration.",
        "Add a smoke test that uploads one photo after each deploy.",
    ]


def test_a_hashtag_alone_on_its_line_is_not_a_heading() -> None:
    document = from_markdown("# Upload outage\n\n## Summary\n\nWe talked it over in the channel:\n#Timeline\n")
    assert "#Timeline" in document.introduction + document.summary.impact


def test_hash_led_dates_stay_timeline_entries_beside_one_hash_headings() -> None:
    text = "#Summary\nUploads failed.\n\n#Timeline\n#Mar 2, 2025: Uploads failed.\n#Mar 3, 2025: Fixed.\n"
    document = from_markdown(text)
    assert [event.time for event in document.timeline] == [
        datetime(2025, 3, 2, tzinfo=UTC),
        datetime(2025, 3, 3, tzinfo=UTC),
    ]


_BARE_NAME_AMONG_LEVEL_ONE = """\
# Summary
Photo uploads failed for seventy minutes.

# Root Cause and Resolution
A client upgrade sent every upload to a retired bucket.

We pointed the client back at the live bucket.

Corrective and Preventive Measures
Improvements:

Check bucket names in the deploy pipeline.
Alert when uploads fail for five minutes.
"""


def test_a_section_name_standing_alone_among_level_one_sections_starts_the_next_section() -> None:
    document = from_markdown(_BARE_NAME_AMONG_LEVEL_ONE)
    assert document.measures.improvements == [
        "Check bucket names in the deploy pipeline.",
        "Alert when uploads fail for five minutes.",
    ]
    assert "Check bucket names" not in document.root_cause.cause
