"""A multi-day timeline whose days are labelled by number ("Day 2 —", "Day 2 (Tuesday):", "**Day 3**").

The label gives the times under it their day, counted from the incident's first
day, and its words stay in the timeline, as an untimed note where the day starts.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.formats.markdown_import import from_markdown

LOOSE_LABELS = """# Queue backlog

**Date:** 2026-03-02

## Timeline

Day 1 — Monday

- 14:05 Alerts fire on queue depth.
- 18:30 The team goes home, the backlog still growing.

Day 2 (Tuesday):

- 09:10 The backlog reaches two million messages.
- 11:00 Consumers are scaled out.

**Day 3**

- 08:00 The backlog is drained.

### Day 4 — the review

- 10:00 Review held with the queue team.
"""


def _timed(document) -> list[tuple[datetime, str]]:  # type: ignore[no-untyped-def]
    return [(event.time, event.text) for event in document.timeline if event.time is not None]


def test_day_labels_on_their_own_lines_give_the_times_under_them_their_day() -> None:
    document = from_markdown(LOOSE_LABELS)

    assert [moment for moment, _ in _timed(document)] == [
        datetime(2026, 3, 2, 14, 5, tzinfo=UTC),
        datetime(2026, 3, 2, 18, 30, tzinfo=UTC),
        datetime(2026, 3, 3, 9, 10, tzinfo=UTC),
        datetime(2026, 3, 3, 11, 0, tzinfo=UTC),
        datetime(2026, 3, 4, 8, 0, tzinfo=UTC),
        datetime(2026, 3, 5, 10, 0, tzinfo=UTC),
    ]


def test_a_day_label_s_words_stay_in_the_timeline_where_its_day_starts() -> None:
    document = from_markdown(LOOSE_LABELS)

    untimed = [event.text for event in document.timeline if event.time is None]
    assert untimed == ["Day 1 — Monday", "Day 2 (Tuesday)", "Day 3", "Day 4 — the review"]
    assert document.extra_sections == []
    texts = [event.text for event in document.timeline]
    assert texts.index("Day 2 (Tuesday)") == texts.index("The team goes home, the backlog still growing.") + 1


def test_days_are_counted_from_the_first_entry_s_day_when_the_document_states_none() -> None:
    document = from_markdown(
        "# Queue backlog\n\n## Timeline\n\n- 2026-03-02 14:05 Alerts fire on queue depth.\n\n"
        "**Day 2**\n\n- 09:10 The backlog reaches two million messages.\n\n"
        "Day 3 —\n\n- 08:00 The backlog is drained.\n"
    )

    assert [moment.date() for moment, _ in _timed(document)] == [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)]


@pytest.mark.parametrize(
    "entry",
    [
        "- Day 2 — 09:10 The backlog reaches two million messages.",
        "- Day 2 (Tuesday): 09:10 The backlog reaches two million messages.",
        "- **Day 2** — 09:10 The backlog reaches two million messages.",
    ],
)
def test_a_day_label_in_front_of_an_entry_s_time_is_its_day(entry: str) -> None:
    document = from_markdown(
        f"# Queue backlog\n\n**Date:** 2026-03-02\n\n## Timeline\n\n- 14:05 Alerts fire.\n{entry}\n"
    )

    assert _timed(document)[-1] == (
        datetime(2026, 3, 3, 9, 10, tzinfo=UTC),
        "The backlog reaches two million messages.",
    )


def test_a_day_label_bullet_gives_its_day_to_the_bullets_under_it() -> None:
    document = from_markdown(
        "# Queue backlog\n\n**Date:** 2026-03-02\n\n## Timeline\n\n- **Day 1**\n  - 14:05 Alerts fire.\n"
        "- **Day 2 — the long night**\n  - 09:10 Backlog at two million.\n"
    )

    assert [moment for moment, _ in _timed(document)] == [
        datetime(2026, 3, 2, 14, 5, tzinfo=UTC),
        datetime(2026, 3, 3, 9, 10, tzinfo=UTC),
    ]
    assert "Day 2 — the long night" in [event.text for event in document.timeline]


def test_a_sentence_that_starts_with_a_day_number_is_no_label() -> None:
    document = from_markdown(
        "# Migration\n\n**Date:** 2026-03-02\n\n## Timeline\n\n- 14:05 Cutover starts.\n\n"
        "Day 2 of the migration went better than the first.\n\n- 16:00 Cutover done.\n"
    )

    assert [moment for moment, _ in _timed(document)] == [
        datetime(2026, 3, 2, 14, 5, tzinfo=UTC),
        datetime(2026, 3, 2, 16, 0, tzinfo=UTC),
    ]


def test_a_day_line_whose_zone_statement_keeps_its_italics_gives_day_and_zone() -> None:
    # A Google Docs export: "2024\-11\-19 *(all times PT)*" over the entries.
    document = from_markdown(
        "# Login failures\n\n## Timeline\n\n2024\\-11\\-19 *(all times PT)*\n\n"
        "* 10:14 Certificate expired\\.\n* 10:17 Probe alert fires\\.\n"
    )
    assert [event.text for event in document.timeline] == ["Certificate expired.", "Probe alert fires."]
    first = document.timeline[0].time
    assert first is not None and (first.date(), first.hour, first.utcoffset().total_seconds()) == (
        date(2024, 11, 19),
        10,
        -8 * 3600,
    )
