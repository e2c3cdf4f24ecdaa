"""A start the opening prose states alone ("starting at approximately 20:00 UTC, the registry sustained an
incident") is the incident's start, over the first timeline entry's, which only reports the trouble later."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_TIMELINE = (
    "## Timeline\n\n"
    "- 09:40 UTC: A user reports failed uploads in the forum\n"
    "- 09:55 UTC: The on-call engineer restarts the upload workers\n"
    "- 10:30 UTC: Uploads are fully restored\n"
)


def test_a_start_stated_alone_in_the_opening_is_the_start() -> None:
    text = (
        "# Upload failures\n\nOn Tuesday, March 4, 2025, starting at approximately 09:00 UTC, uploads to the "
        "registry failed for most users.\n\n" + _TIMELINE
    )
    doc = from_markdown(text)
    assert doc.summary.start == datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
    assert doc.summary.end == datetime(2025, 3, 4, 10, 30, tzinfo=UTC)


def test_the_start_said_with_began_around() -> None:
    text = "# Upload failures\n\n## Summary\n\nThe trouble began around 09:15 UTC on 4 March 2025.\n\n" + _TIMELINE
    assert from_markdown(text).summary.start == datetime(2025, 3, 4, 9, 15, tzinfo=UTC)


def test_without_such_words_the_timeline_still_gives_the_start() -> None:
    text = "# Upload failures\n\nOn 4 March 2025 uploads to the registry failed for most users.\n\n" + _TIMELINE
    assert from_markdown(text).summary.start != datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
