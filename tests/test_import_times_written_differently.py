"""Times as people write them in reports the earlier layouts did not cover: offsets from a stated T0 without
the "T", days numbered inline ("Day 2 00:05"), British dates with dotted clocks ("30/11/2023 23.10"), dates
in capitals ("07 NOV 2024"). Each test opens a small file and checks the times a careful reader would take.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import EventKind, Severity

CET = timezone(timedelta(hours=1))


def test_offsets_written_without_the_t_count_from_the_t0_stated_above_them() -> None:
    document = from_markdown(
        "# Reset mails not delivered\n\nDate: 2024-06-27\n\n## Timeline\n\n"
        "T0 is 14:05 UTC, when the DNS change was applied. Times below are hours:minutes after T0.\n\n"
        "- +00:00 DNS zone change applied\n- +00:21 Support reports users who cannot reset\n"
        "- +01:23 Bounce rate back under 1%\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 6, 27, 14, 5, tzinfo=UTC), "DNS zone change applied"),
        (datetime(2024, 6, 27, 14, 26, tzinfo=UTC), "Support reports users who cannot reset"),
        (datetime(2024, 6, 27, 15, 28, tzinfo=UTC), "Bounce rate back under 1%"),
    ]


def test_a_signed_clock_with_no_t0_stated_stays_text() -> None:
    document = from_markdown("# T\n\nDate: 2024-06-27\n\n## Timeline\n\n- 14:05 UTC change applied\n- +00:21 later\n")
    assert document.timeline[-1].text.startswith("+00:21")


def test_days_numbered_inline_count_from_the_date_day_one_writes() -> None:
    document = from_markdown(
        "# Restore drill\n\n**Dates:** 2024-02-19 to 2024-02-21 (all times CET)\n\n## Timeline\n\n"
        "- Day 1 (Mon 19 Feb) 21:30 – DR drill starts\n- Day 1 23:15 – Nora reverts the DNS change\n"
        "- Day 2 00:05 – Felix realises the wrong bucket was deleted\n- Day 3 06:30 – Restore complete\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 2, 19, 21, 30, tzinfo=CET), "DR drill starts"),
        (datetime(2024, 2, 19, 23, 15, tzinfo=CET), "Nora reverts the DNS change"),
        (datetime(2024, 2, 20, 0, 5, tzinfo=CET), "Felix realises the wrong bucket was deleted"),
        (datetime(2024, 2, 21, 6, 30, tzinfo=CET), "Restore complete"),
    ]


def test_day_one_is_the_timeline_s_day_when_no_date_is_written_beside_it() -> None:
    document = from_markdown(
        "# T\n\nDate: 2024-02-19\n\n## Timeline (UTC)\n\n- Day 1 22:40 – bucket deleted\n- Day 2 09:00 – status page\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2024, 2, 19, 22, 40, tzinfo=UTC),
        datetime(2024, 2, 20, 9, 0, tzinfo=UTC),
    ]


ZULU_LOG = """# FLIGHT OPS DATA LINK OUTAGE – INCIDENT REVIEW

Date of occurrence: 07 NOV 2024
Classification: SEV2

## Sequence of events

0915Z  First uplink rejected by the service provider
1018Z  Engineer restarts the gateway service; rejects continue
1142Z  Uplinks accepted again; backlog delivered by 1150Z
"""


def test_a_date_with_its_month_in_capitals_dates_the_timeline() -> None:
    document = from_markdown(ZULU_LOG)
    assert [event.time for event in document.timeline] == [
        datetime(2024, 11, 7, 9, 15, tzinfo=UTC),
        datetime(2024, 11, 7, 10, 18, tzinfo=UTC),
        datetime(2024, 11, 7, 11, 42, tzinfo=UTC),
    ]
    assert document.timeline[-1].kind is EventKind.RESOLUTION  # "accepted again"
    assert document.metadata.severity is Severity.SEV2  # "Classification: SEV2", the level written as one word


def test_a_gitlab_severity_label_as_the_severity_s_value() -> None:
    document = from_markdown('# T\n\n**Severity**: ~"severity::2"\n\ntext\n')
    assert document.metadata.severity is Severity.SEV2
    assert "severity::2" not in document.introduction
    document = from_markdown('# T\n\n**Severity**: ~"severity::3" ~"team::infra"\n\ntext\n')
    assert document.metadata.severity is Severity.SEV3
    assert "team::infra" in to_markdown(document)


BRITISH = """# Online council tax payments unavailable

## Chronology

All times are GMT.

* 30/11/2023 23.10 – First failed payment is recorded
* 01/12/2023 07.50 – Contact centre supervisor reports a queue of callers
* 01/12/2023 10.25 – Test payment succeeds; service restored

## Recommendations

| Recommendation | Owner | Target date |
|---|---|---|
| Make the error rate monitor alert out of hours | Priya Chandra | 02/01/2024 |
"""


def test_british_dates_with_dotted_clocks_read_day_first() -> None:
    document = from_markdown(BRITISH)
    assert [event.time for event in document.timeline] == [
        datetime(2023, 11, 30, 23, 10, tzinfo=UTC),
        datetime(2023, 12, 1, 7, 50, tzinfo=UTC),
        datetime(2023, 12, 1, 10, 25, tzinfo=UTC),
    ]
    assert str(document.measures.tasks[0].due) == "2024-01-02"


def test_slashed_dates_stay_month_first_when_one_can_only_be_month_first() -> None:
    document = from_markdown(BRITISH.replace("30/11/2023 23.10", "11/30/2023 23.10"))
    assert document.timeline[1].time == datetime(2023, 1, 12, 7, 50, tzinfo=UTC)


def test_times_told_in_words_follow_the_story_through_the_afternoon_and_into_the_next_morning() -> None:
    document = from_markdown(
        "# How I took down our login page\n\n*Posted by Sam on 22 August 2024*\n\n## What happened\n\n"
        "On Wednesday 21 August, at around 2pm, I merged a change. The deploy went out at about ten past two.\n\n"
        "At quarter past two the first ticket came in. At ten to three Dana opened an incident.\n\n"
        "We reverted my change at five past three. The next morning at nine, Viktor and I went through the file.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2024, 8, 21, 14, 0, tzinfo=UTC),
        datetime(2024, 8, 21, 14, 10, tzinfo=UTC),
        datetime(2024, 8, 21, 14, 15, tzinfo=UTC),
        datetime(2024, 8, 21, 14, 50, tzinfo=UTC),
        datetime(2024, 8, 21, 15, 5, tzinfo=UTC),
        datetime(2024, 8, 22, 9, 0, tzinfo=UTC),
    ]
    assert document.timeline[3].kind is EventKind.ESCALATION


def test_an_hour_word_that_is_no_time_stays_words() -> None:
    document = from_markdown(
        "# Outage\n\n## What happened\n\nOn 21 August 2024 at 14:00 UTC the API failed. "
        "At one of our partners the retries piled up, and by nine servers the queue was full.\n"
    )
    assert [event.time for event in document.timeline] == [datetime(2024, 8, 21, 14, 0, tzinfo=UTC)]


def test_the_next_morning_after_the_last_day_of_the_calendar_is_no_time() -> None:
    document = from_markdown(
        "# T\n\n## Summary\n\nOn 31 December 9999 at 23:00 UTC it failed. The next morning at nine, we fixed it.\n"
    )
    assert [event.time for event in document.timeline] == [datetime(9999, 12, 31, 23, 0, tzinfo=UTC)]


def test_an_offset_spaced_out_gmt_plus_one_is_the_zone_of_the_times_it_follows() -> None:
    document = from_markdown(
        "# Checkout down\n\n## Issue Summary\n\n"
        "- Duration: the outage began on 9th May 2024 at 8:15 am GMT + 2 and lasted for 40 minutes.\n\n"
        "## Timeline (GMT + 2)\n\n- 8:15 AM: Checkout pods crash after the release.\n"
        "- 8:55 AM: Release rolled back; checkout works again.\n"
    )
    plus_two = timezone(timedelta(hours=2))
    assert document.summary.start == datetime(2024, 5, 9, 8, 15, tzinfo=plus_two)
    assert [event.time for event in document.timeline] == [
        datetime(2024, 5, 9, 8, 15, tzinfo=plus_two),
        datetime(2024, 5, 9, 8, 55, tzinfo=plus_two),
    ]


def test_a_range_after_utc_stays_a_range_not_an_offset() -> None:
    document = from_markdown(
        "# Slow search\n\n## Timeline\n\n- 2024-05-09 10:00 UTC - 11:00 UTC: search slow for everyone.\n"
    )
    [event] = document.timeline
    assert event.time == datetime(2024, 5, 9, 10, 0, tzinfo=UTC)


def test_a_clock_without_pm_below_an_afternoon_entry_is_in_the_afternoon_and_the_guess_is_said() -> None:
    from app.formats.markdown_import import read_markdown

    document, notes = read_markdown(
        "# Payroll export stuck\n\nDate: 12 March 2024\n\n## Timeline\n\n"
        "- 12:50pm PST: Export job hangs at 40 %.\n- 1:05 PST: Worker restarted, still stuck.\n"
        "- 1:30 PST: Export finishes after the lock is cleared.\n"
    )
    assert [event.time.strftime("%H:%M") for event in document.timeline] == ["12:50", "13:05", "13:30"]
    assert any("afternoon" in note and "“1:05” as 13:05" in note for note in notes)


def test_a_twenty_four_hour_timeline_past_midnight_still_goes_to_the_next_day() -> None:
    document = from_markdown(
        "# Nightly batch late\n\nDate: 12 March 2024\n\n## Timeline (UTC)\n\n"
        "- 22:40 Batch starts late.\n- 23:55 Batch still running.\n- 1:10 Batch finishes.\n"
    )
    assert document.timeline[-1].time == datetime(2024, 3, 13, 1, 10, tzinfo=UTC)


def test_a_date_written_after_the_time_with_its_year_is_the_entrys_date_and_not_its_text() -> None:
    document = from_markdown(
        "# Slow uploads\n\n## Timeline\n\n- 4:20 PM, April 9, 2024: Upload latency alert fires.\n"
        "- 9:05 AM, April 10, 2024: Storage node replaced; uploads fast again.\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 4, 9, 16, 20, tzinfo=UTC), "Upload latency alert fires."),
        (datetime(2024, 4, 10, 9, 5, tzinfo=UTC), "Storage node replaced; uploads fast again."),
    ]


def test_a_close_written_afternoon_clock_before_after_keeps_its_time_a_short_length_does_not() -> None:
    document = from_markdown(
        "# Slow maps on 3 March 2024\n\n## Timeline\n\n- 15h40 after the tile cache was flushed, maps slowed.\n"
        "- 2h30 after that, the cache was warm again.\n"
    )
    first, second = document.timeline
    assert first.time == datetime(2024, 3, 3, 15, 40, tzinfo=UTC)
    assert first.text == "after the tile cache was flushed, maps slowed."
    assert second.time is None and second.text.startswith("2h30 after")


def test_entries_joined_by_backslash_line_breaks_keep_no_backslash_in_their_text() -> None:
    document = from_markdown(
        "# Docs site down on 2024-02-02\n\n## Timeline\n\n*08:10*: docs site down, seen by the on-call\\\n"
        "*08:30*: host restarted the machine\\\n*09:05*: docs site back online\n"
    )
    assert [event.text for event in document.timeline] == [
        "docs site down, seen by the on-call",
        "host restarted the machine",
        "docs site back online",
    ]


def test_workloads_left_unschedulable_start_the_incident() -> None:
    document = from_markdown(
        "# Cluster nodes deleted\n\n## Timeline\n\nAll times in CET.\n\n| Time | Event |\n|---|---|\n"
        "| 2024-01-09 00:30 | A cleanup script deleted every worker node, leaving workloads unschedulable |\n"
        "| 2024-01-09 00:40 | New nodes provisioned |\n| 2024-01-09 01:20 | Verified all systems operational |\n"
    )
    assert document.summary.start is not None and document.summary.start.strftime("%H:%M") == "00:30"
    assert document.summary.end is not None and document.summary.end.strftime("%H:%M") == "01:20"


def test_entries_numbered_by_hand_with_a_dash_are_one_event_each() -> None:
    document = from_markdown(
        "# Gateway crash on 12 August 2023\n\n## Timeline (WAT)\n\n1 - 11:49 AM: Untested package pushed.\n"
        "2 - 12:00 PM: Gateway returns 500 for every request.\n3 - 12:55 PM: Traffic back online.\n"
    )
    wat = timezone(timedelta(hours=1))
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2023, 8, 12, 11, 49, tzinfo=wat), "Untested package pushed."),
        (datetime(2023, 8, 12, 12, 0, tzinfo=wat), "Gateway returns 500 for every request."),
        (datetime(2023, 8, 12, 12, 55, tzinfo=wat), "Traffic back online."),
    ]


def test_a_time_led_line_that_lost_its_bullet_is_its_own_entry_not_more_of_the_one_above() -> None:
    document = from_markdown(
        "# Queue backlog\n\n## Timeline\n\n2024-05-02 (all times UTC)\n"
        "  - 09:10 Consumer lag alert fires\n  - 09:14 Lena starts looking at the consumers\n"
        "  09:20 Lena finds a stuck partition, restarts its consumer\n  - 09:31 Lag back to zero\n"
    )
    assert [(event.time.strftime("%H:%M"), event.text) for event in document.timeline] == [
        ("09:10", "Consumer lag alert fires"),
        ("09:14", "Lena starts looking at the consumers"),
        ("09:20", "Lena finds a stuck partition, restarts its consumer"),
        ("09:31", "Lag back to zero"),
    ]


def test_a_story_whose_first_timed_sentence_says_the_service_became_unresponsive_starts_there() -> None:
    document = from_markdown(
        "# Database outage on 2024-01-20\n\nOn 2024-01-20 at 9:15am PST, the orders database became unresponsive. "
        "At 9:50am PST we failed over to the replica and orders flowed again.\n"
    )
    assert document.summary.start is not None
    assert document.summary.start.strftime("%H:%M") == "09:15"


def test_a_date_and_a_clock_joined_by_a_slash_are_that_moment_not_a_year_read_as_a_clock() -> None:
    # "2025-03-09/14:22", as some logs and hand-kept notes stamp an entry: 14:22 that day, not "20:25".
    document = from_markdown(
        "# Mail relay blocked\n\n## Timeline\n\n"
        "*2025-03-09 08:05*: Relay queue alert fired.\n\n"
        "*2025-03-09/14:22*: Provider confirmed our IP was listed.\n\n"
        "- 2025/03/10/09:40 Delisting request accepted\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2025, 3, 9, 8, 5, tzinfo=UTC), "Relay queue alert fired."),
        (datetime(2025, 3, 9, 14, 22, tzinfo=UTC), "Provider confirmed our IP was listed."),
        (datetime(2025, 3, 10, 9, 40, tzinfo=UTC), "Delisting request accepted"),
    ]
