"""The incident's window told as a story, not as a range: the start and the end the sentence gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import read_markdown

CEST = timezone(timedelta(hours=2))
PDT = timezone(timedelta(hours=-7))


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # A start told alone first ("as planned"), then the incident's own start and end in one clause.
        (
            "The nightly export started at 01:00 CEST as planned; a second copy started at 01:25 CEST and ran "
            "until we stopped it at 01:52 CEST.",
            datetime(2024, 6, 3, 1, 25, tzinfo=CEST),
            datetime(2024, 6, 3, 1, 52, tzinfo=CEST),
        ),
        (
            "The import started at 9:05 UTC and kept running until the on-call engineer killed it at 9:58 UTC.",
            datetime(2024, 6, 3, 9, 5, tzinfo=UTC),
            datetime(2024, 6, 3, 9, 58, tzinfo=UTC),
        ),
        (
            "Errors began at 14:02 UTC. They went on until somebody finally restarted the pod by 14:40 UTC.",
            datetime(2024, 6, 3, 14, 2, tzinfo=UTC),
            datetime(2024, 6, 3, 14, 40, tzinfo=UTC),
        ),
    ],
)
def test_an_end_a_few_words_after_until_closes_the_window(sentence: str, start: datetime, end: datetime) -> None:
    draft, _ = read_markdown(f"# Duplicate export\n\n## Summary\n\nOn Monday 3 June 2024 it went wrong. {sentence}\n")
    assert (draft.summary.start, draft.summary.end) == (start, end)


@pytest.mark.parametrize(
    "opening",
    [
        "Between 09:42 PDT and 13:17 PDT on 17 July 2024, some customers saw failed uploads.",
        "From 09:42 to 13:17 PDT on 17 July 2024 some customers saw failed uploads.",
        "Between 09:42 and 13:17 PDT on 17 July 2024 (16:42 and 20:17 UTC), uploads failed for some customers.",
    ],
)
def test_a_window_opening_a_what_happened_section_gives_both_ends(opening: str) -> None:
    text = (
        "# PIR - Upload failures\n\n## What happened?\n\n"
        f"{opening}\n\n"
        "## How did we respond?\n\n"
        "Monitoring raised an alert at 09:50 PDT. By 13:17 PDT (20:17 UTC) uploads worked again.\n"
    )
    draft, _ = read_markdown(text)
    assert draft.summary.start == datetime(2024, 7, 17, 9, 42, tzinfo=PDT)
    assert draft.summary.end == datetime(2024, 7, 17, 13, 17, tzinfo=PDT)
