"""Timelines as students and small teams type them: a step a line though a line lacks its stop, a table headed
in words of another language over a column of clocks, a summary sentence opening with the moment the service
failed ("At 9:15 AM ET on 03-14-2022 the shop went down"), a zone written on the first headings only, and an
entry of several paragraphs whose first says what happened at that time."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.reader import read_markdown
from app.model import EventKind

_STEPS = (
    "# Outage\n\n## Timeline\n"
    "The trouble began some time after lunch on friday\n"
    "A customer wrote to the help desk that the page was blank.\n"
    "We restarted the web server, which did not help.\n"
    "Our hosting company confirmed a fault on their side.\n"
    "\n## Root cause\n\nThe host's router failed.\n"
)


def test_lines_typed_a_step_a_line_are_one_event_each_though_the_first_has_no_stop():
    document = from_markdown(_STEPS)
    texts = [event.text for event in document.timeline]
    assert len(texts) == 4
    assert texts[0] == "The trouble began some time after lunch on friday"
    assert texts[3].startswith("Our hosting company")


def test_lines_typed_a_step_a_line_stay_apart_when_the_file_gives_a_day():
    document, _ = read_markdown(_STEPS.replace("after lunch", "around 12:30"), file_day=date(2026, 5, 4))
    assert len(document.timeline) == 4


def test_a_paragraph_wrapped_to_a_width_stays_one_entry():
    document = from_markdown(
        "# Outage\n\n## Timeline\n"
        "The trouble began after the deploy, when the cache nodes started evicting keys and the API\n"
        "Gateway began returning errors to most clients. We rolled back. The errors stopped soon.\n"
        "Everyone agreed the rollback was right and that the cache needs more memory next time.\n"
        "\n## Root cause\n\nThe cache was too small.\n"
    )
    assert len(document.timeline) == 1


def test_a_table_headed_in_unknown_words_over_a_column_of_clocks_is_the_timeline():
    document = from_markdown(
        "# Häiriö\n\n**Päivä:** 2025-03-04\n\n## Aikajana\n\n"
        "| Aika | Tapahtuma |\n|---|---|\n"
        "| 10:02:11 | Kuormitus nousi |\n| 10:05:40 | Palvelin kaatui |\n| 10:20:00 | Palvelu palautettu |\n"
    )
    texts = [event.text for event in document.timeline]
    assert texts == ["Kuormitus nousi", "Palvelin kaatui", "Palvelu palautettu"]
    assert [event.time.strftime("%H:%M:%S") for event in document.timeline if event.time] == [
        "10:02:11",
        "10:05:40",
        "10:20:00",
    ]


def test_a_summary_opening_with_the_moment_the_shop_failed_gives_the_window_and_the_day():
    document = from_markdown(
        "Shop post-mortem\n\n## Issue Summary\n\n"
        "At 9:15 AM ET on 03-14-2022 the checkout service went down. Orders failed for everyone. "
        "After a restart the checkout was back online by 10:05 AM ET.\n\n"
        "## Timeline\n- 9:15 AM Ana saw the orders page erroring.\n- 9:40 AM logs were read.\n"
        "- 10:05 AM checkout works again.\n"
    )
    eastern = timezone(timedelta(hours=-4))  # 14 March 2022: daylight time
    assert document.summary.start == datetime(2022, 3, 14, 9, 15, tzinfo=eastern)
    assert document.summary.end == datetime(2022, 3, 14, 10, 5, tzinfo=eastern)
    assert document.timeline[1].time == datetime(2022, 3, 14, 9, 40, tzinfo=eastern)


def test_headings_that_drop_the_zone_keep_the_one_written_above_them():
    document = from_markdown(
        "# Incident report 2024-01-10\n\nSeen at 18:02 CET by Ana, 09:02 PST by Bo.\n\n## Timeline\n\n"
        "### 2024-01-10 09:00 PST\n\nDisk fills.\n\n### 09:05 PST\n\nAlert fires.\n\n"
        "### 09:20\n\nBo deletes old logs.\n\n### 09:31\n\nService is restored.\n"
    )
    pacific = timezone(timedelta(hours=-8))
    assert [event.time for event in document.timeline][2:] == [
        datetime(2024, 1, 10, 9, 20, tzinfo=pacific),
        datetime(2024, 1, 10, 9, 31, tzinfo=pacific),
    ]


def test_an_entry_of_several_paragraphs_takes_its_first_paragraphs_kind_and_a_success_rate_at_zero_starts():
    document = from_markdown(
        "# Builds failing\n\n## Timeline\n\nAll times in CET\n\n"
        "### 2024-06-03 08:10\n\nBuild success rate drops to 0%.\n\n"
        "### 2024-06-03 08:40\n\nRunners self-heal, build success back to 100%.\n\n"
        "### 2024-06-03 13:00\n\nThe dip was noticed on the dashboard, investigation launched.\n\n"
        "Two runners had full disks; both have since recovered.\n"
    )
    kinds = [event.kind for event in document.timeline]
    assert kinds[2] is EventKind.DETECTION
    assert document.summary.start is not None and document.summary.start.hour == 8
    assert document.summary.start.minute == 10
    assert document.summary.end is not None and (document.summary.end.hour, document.summary.end.minute) == (8, 40)


_ANSWERED = (
    "# Shop down\n\n## Timeline (must contain):\n\n"
    "When was the outage detected?  \n`9:12am -EST`\n\n"
    "How was the outage detected (an alert, a customer, …)?  \n`A customer phoned the help desk`\n\n"
    "Actions taken?  \n`Checked nginx and the disk`\n\n"
    "Which team was the incident escalated to?  \n`The database team`\n\n"
    "How was the incident resolved?  \n`Restored the config from backup`\n"
)


def test_questions_each_answered_on_the_line_under_them_are_steps_of_the_kind_asked_about():
    document = from_markdown(_ANSWERED)
    texts = [event.text for event in document.timeline]
    kinds = [event.kind for event in document.timeline]
    assert texts[0] == "9:12am EST: A customer phoned the help desk"  # no day: the time stays in the words
    assert texts[1:] == ["Checked nginx and the disk", "The database team", "Restored the config from backup"]
    assert kinds == [EventKind.DETECTION, EventKind.ACTION, EventKind.ESCALATION, EventKind.RESOLUTION]


def test_a_time_answering_when_dates_the_next_answer_once_the_day_is_known():
    document = from_markdown(_ANSWERED.replace("## Timeline", "**Date:** 2023-01-09\n\n## Timeline"))
    first = document.timeline[0]
    assert first.text == "A customer phoned the help desk"
    assert first.time == datetime(2023, 1, 9, 9, 12, tzinfo=timezone(timedelta(hours=-5)))


def test_a_lone_question_in_a_timeline_is_no_answered_form():
    document = from_markdown(
        "# Outage\n\n## Timeline\n\n- 10:00 UTC alerts fire\n\nWhy did nobody look?\n`a fair question`\n\n"
        "- 10:30 UTC fixed\n"
    )
    assert not any(event.text == "a fair question" for event in document.timeline)


def test_someone_finding_the_issue_is_the_detection_and_a_decided_deed_is_a_deed():
    document = from_markdown(
        "# Outage\n\n## Timeline\n\n"
        "- 2024-05-02 10:00 UTC Priya found the problem while looking at the status page.\n"
        "- 10:10 UTC Decided to restart the queue workers.\n"
        "- 10:12 UTC Decided to wait for the vendor.\n"
        "- 10:40 UTC Принято решение об откате релиза.\n"
    )
    kinds = [event.kind for event in document.timeline]
    assert kinds[:2] == [EventKind.DETECTION, EventKind.ACTION]
    assert kinds[2] is not EventKind.ACTION
    assert kinds[3] is EventKind.ACTION
