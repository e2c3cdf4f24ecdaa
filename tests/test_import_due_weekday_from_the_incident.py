"""A task due "by Friday" is due the first Friday after the incident's day (or, with none stated, the day the
report is dated), never after another task's due date; nor is a task's date the day of the timeline's times."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.formats.markdown_import import from_markdown

TASKS_FIRST = """# Cache outage

## {heading}

### Short term

{mark}Add alerts on evictions — Mina Park — 2026-03-20
{mark}Fix the cache sizing — Tom Reed — by Friday

## Summary

On 3 March 2026 the cache cluster failed.

## Timeline

- 14:05 Cache fails.
"""


@pytest.mark.parametrize(
    ("heading", "mark"), [("Action items", "- [ ] "), ("Action items", "- "), ("Next steps", "* [ ] ")]
)
def test_a_task_s_date_above_the_incident_s_is_not_the_day_of_by_friday(heading: str, mark: str) -> None:
    document = from_markdown(TASKS_FIRST.format(heading=heading, mark=mark))

    assert [(task.text, task.due) for task in document.measures.tasks] == [
        ("Add alerts on evictions", date(2026, 3, 20)),
        ("Fix the cache sizing", date(2026, 3, 6)),  # 3 March 2026 is a Tuesday
    ]
    assert [event.time for event in document.timeline] == [datetime(2026, 3, 3, 14, 5, tzinfo=UTC)]


def test_with_no_incident_date_by_friday_counts_from_the_report_s_date() -> None:
    document = from_markdown(
        "# Cache outage\n\n_Written 2026-03-09 by Ana._\n\nThe cache failed at 14:05 and came back at 14:40.\n\n"
        "## Action items\n\n- [ ] Add alerts — Mina Park — 2026-03-20\n"
        "- [ ] Fix the cache sizing — Tom Reed — by Friday\n"
    )

    assert [task.due for task in document.measures.tasks] == [date(2026, 3, 20), date(2026, 3, 13)]


def test_a_checked_off_task_s_date_under_any_heading_is_not_the_incident_s_day() -> None:
    document = from_markdown(
        "# Cache outage\n\n## Left to do\n\n- [ ] Add alerts — Mina Park — 2026-03-20\n\n"
        "## Summary\n\nOn 3 March 2026 the cache cluster failed.\n\n## Timeline\n\n- 14:05 Cache fails.\n"
    )

    assert [event.time for event in document.timeline] == [datetime(2026, 3, 3, 14, 5, tzinfo=UTC)]
