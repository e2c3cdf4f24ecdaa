"""Timelines in the forms people write them, read as a careful person would (one behaviour a test).

The samples in ``tests/samples`` show whole documents; these pin one rule each.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import EventKind

PDT = timezone(timedelta(hours=-7))


def _timeline(body: str, header: str = "**Date:** 2024-05-01\n\n"):  # type: ignore[no-untyped-def]
    document = from_markdown(f"# Outage\n\n{header}## Timeline\n\n{body}\n")
    return document, [(event.time, event.text) for event in document.timeline]


def test_clock_times_that_pass_midnight_move_to_the_next_day():
    _, events = _timeline("- 23:50 failover starts\n- 00:10 replica promoted\n- 00:05 written out of order")
    assert [time for time, _ in events] == [
        datetime(2024, 5, 1, 23, 50, tzinfo=UTC),
        datetime(2024, 5, 2, 0, 10, tzinfo=UTC),
        datetime(2024, 5, 2, 0, 5, tzinfo=UTC),  # a small step back stays on its day
    ]


def test_four_digit_times_only_where_the_timeline_writes_its_times_so():
    _, compact = _timeline("- 1403 upgrade\n- 1930 restart")
    assert [time for time, _ in compact] == [
        datetime(2024, 5, 1, 14, 3, tzinfo=UTC),
        datetime(2024, 5, 1, 19, 30, tzinfo=UTC),
    ]
    _, mixed = _timeline("- 14:03 upgrade\n- 1930 was when the building opened")
    assert mixed[1] == (None, "1930 was when the building opened")


def test_a_date_line_gives_its_day_and_zone_to_the_clock_times_below_it():
    _, events = _timeline("2024-09-12 (all times PDT)\n\n- 09:00 deploy\n- 09:30 rollback", header="")
    assert [time for time, _ in events] == [
        datetime(2024, 9, 12, 9, 0, tzinfo=PDT),
        datetime(2024, 9, 12, 9, 30, tzinfo=PDT),
    ]


def test_a_zone_the_document_states_applies_to_times_written_without_one():
    document = from_markdown(
        "# Outage\n\nAll times in PDT.\n\n## Timeline\n\n| When | What |\n|---|---|\n| 2024-07-01 10:00 | deploy |\n"
    )
    assert document.timeline[0].time == datetime(2024, 7, 1, 10, 0, tzinfo=PDT)


def test_sub_bullets_belong_to_their_entry_and_link_lists_are_not_events():
    document, events = _timeline(
        "- 14:03 alert fired\n  - p99 above 2 s\n\nSee also:\n\n- [Runbook](https://example.com/runbook)"
    )
    assert events == [(datetime(2024, 5, 1, 14, 3, tzinfo=UTC), "alert fired\n- p99 above 2 s")]
    assert "[Runbook](https://example.com/runbook)" in document.extra_sections[0].body


def test_a_bold_title_in_a_time_led_paragraph_keeps_its_words_and_names_the_kind():
    document, events = _timeline("**15:00 UTC: Issue Detection** Synthetic checks failed.")
    assert events == [(datetime(2024, 5, 1, 15, 0, tzinfo=UTC), "**Issue Detection** Synthetic checks failed.")]
    assert document.timeline[0].kind is EventKind.DETECTION


def test_a_time_alone_on_a_line_takes_the_paragraph_below_as_its_text():
    _, events = _timeline("**2018 October 21 22:54 UTC**\n\nMonitoring began to alert.")
    assert events == [(datetime(2018, 10, 21, 22, 54, tzinfo=UTC), "Monitoring began to alert.")]


def test_a_range_is_read_at_its_start_and_keeps_its_words():
    _, events = _timeline("- 14:03–14:10 PDT: engineers investigated")
    assert events == [(datetime(2024, 5, 1, 14, 3, tzinfo=PDT), "14:03–14:10 PDT: engineers investigated")]


def test_a_timeline_with_no_times_stays_in_the_timeline_as_notes():
    document, events = _timeline("We first looked at the database.\n\nThen at the cache.", header="")
    assert events == [(None, "We first looked at the database."), (None, "Then at the cache.")]
    assert to_markdown(document).count("Timeline") == 1


def test_a_trailing_level_one_heading_does_not_swallow_the_document():
    document = from_markdown(
        "# Title\n\n## Summary\n\nIt broke.\n\n## Timeline\n\n- 14:03 alert\n\n# Stats\n\n- 3 pages\n"
    )
    assert document.metadata.title == "Title"
    assert len(document.timeline) == 1
    assert [extra.heading for extra in document.extra_sections] == ["Stats"]


def test_the_window_comes_from_a_duration_range_and_the_zone_written_once():
    document = from_markdown("# T\n\n**Duration:** 2024-07-11 09:14 to 10:02 PDT\n\n## Timeline\n\n- 09:20 x\n")
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 7, 11, 9, 14, tzinfo=PDT),
        datetime(2024, 7, 11, 10, 2, tzinfo=PDT),
    )


def test_a_document_with_no_date_keeps_its_times_undated_whatever_the_files_date(tmp_path):
    import os

    from app.formats.files import load_with_notes

    path = tmp_path / "voice.md"
    path.write_text("# Voice down\n\n## Timeline\n\n**11:36** - Deploy starts.\n", encoding="utf-8")
    moment = datetime(2022, 7, 8, 12, 0).timestamp()
    os.utime(path, (moment, moment))
    document, notes = load_with_notes(path)
    assert (document.timeline[0].time, document.timeline[0].text) == (None, "11:36 - Deploy starts.")
    assert document.summary.start is None
    assert any("undated" in note for note in notes) and not any("2022" in note for note in notes)


def test_markup_closing_after_the_separator_is_not_left_in_the_text():
    _, events = _timeline("- **14:03:** Alert fired\n- `14:05 UTC`: Acknowledged")
    assert [text for _, text in events] == ["Alert fired", "Acknowledged"]


def test_a_date_bullet_gives_its_day_to_the_clock_times_nested_under_it():
    _, events = _timeline("- **2024-05-02**\n  - 14:03 alert fired\n- **May 3**\n  - 09:00 follow-up call")
    assert events == [
        (datetime(2024, 5, 2, 14, 3, tzinfo=UTC), "alert fired"),
        (datetime(2024, 5, 3, 9, 0, tzinfo=UTC), "follow-up call"),
    ]


def test_a_date_heading_inside_the_timeline_is_a_day_not_an_event():
    _, events = _timeline("### May 2, 2024\n\n- 14:03 alert")
    assert events == [(datetime(2024, 5, 2, 14, 3, tzinfo=UTC), "alert")]


def test_a_timeline_is_found_under_any_name_that_says_so():
    for heading in ("Incident response timeline", "Chronology of events", "Event log", "📅 Timeline (all times UTC)"):
        document = from_markdown(f"# T\n\n**Date:** 2024-05-01\n\n## {heading}\n\n- 14:03 alert fired\n")
        assert [event.time for event in document.timeline] == [datetime(2024, 5, 1, 14, 3, tzinfo=UTC)], heading


def test_an_authors_section_fills_the_authors_and_a_task_that_is_a_link_keeps_text_and_address():
    document = from_markdown(
        "# T\n\n## Authors\n\n- Ines Duarte\n- Kofi Mensah\n\n## Action items\n\n"
        "- [Wait for warm-up](https://tracker.example.net/OPS-77)\n"
    )
    assert document.metadata.authors == ["Ines Duarte", "Kofi Mensah"]
    task = document.measures.tasks[0]
    assert (task.text, task.link) == ("Wait for warm-up", "https://tracker.example.net/OPS-77")


def test_a_table_without_a_time_column_stays_in_the_timeline_as_written():
    document, events = _timeline("| Step | What we did |\n|---|---|\n| 1 | Looked at logs |", header="")
    assert events == [(None, "| Step | What we did |\n|---|---|\n| 1 | Looked at logs |")]
    assert to_markdown(document).count("## Timeline") == 1


def test_an_ambiguous_zone_the_document_states_is_read_the_common_way_and_noted():
    from app.formats.markdown_read import read_markdown

    document, notes = read_markdown("# T\n\nAll times in IST.\n\n## Timeline\n\n- 2024-05-01 14:03 alert\n")
    assert document.timeline[0].time == datetime(2024, 5, 1, 14, 3, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert any("IST" in note and "India" in note for note in notes)


EDT = timezone(timedelta(hours=-4))
CET = timezone(timedelta(hours=1))


def test_prose_under_what_happened_does_not_take_the_place_of_the_timeline():
    document = from_markdown(
        "# T\n\n## What happened\n\nOn 2023-07-18 a change was merged.\n\n"
        "## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n| 2023-07-18 14:15 | alerts fire |\n| 14:30 | rollback |\n"
    )
    assert [event.text for event in document.timeline] == ["alerts fire", "rollback"]
    # Told in prose, it is the story: the introduction, when the document has none (as with no Timeline).
    assert document.introduction == "On 2023-07-18 a change was merged."
    assert "What happened" not in [extra.heading for extra in document.extra_sections]


def test_dotted_dates_are_day_first():
    _, events = _timeline("| When (CET) | What |\n|---|---|\n| 11.01.2024 16:30 | secret stored |", header="")
    assert events == [(datetime(2024, 1, 11, 16, 30, tzinfo=CET), "secret stored")]


def test_a_day_line_with_its_zone_in_emphasis_is_a_day_not_an_event():
    _, events = _timeline("2019-01-23 (*all times UTC*)\n\n14:51 pages fire", header="")
    assert events == [(datetime(2019, 1, 23, 14, 51, tzinfo=UTC), "pages fire")]


def test_outage_ends_beats_outage_mitigated_and_impact_stop_is_an_end():
    document, _ = _timeline("14:00 **OUTAGE BEGINS** x\n\n16:12 done **OUTAGE MITIGATED**\n\n16:27 **OUTAGE ENDS** y")
    assert document.summary.end == datetime(2024, 5, 1, 16, 27, tzinfo=UTC)
    document, _ = _timeline("| Time | Event |\n|---|---|\n| 14:00 | bad |\n| 15:48 | fine **IMPACT STOP** |")
    assert document.summary.end == datetime(2024, 5, 1, 15, 48, tzinfo=UTC)


def test_a_paragraph_led_by_a_range_is_an_event_at_its_start():
    _, events = _timeline("Between 14:40 and 14:55 UTC, we tried switching reads back.")
    assert events == [
        (datetime(2024, 5, 1, 14, 40, tzinfo=UTC), "Between 14:40 and 14:55 UTC, we tried switching reads back.")
    ]


def test_a_window_told_in_words_or_in_a_section_kept_as_written_is_read():
    document = from_markdown(
        "# T\n\n**Date:** 2022-02-17\n\n## Impact\n\nImpact began at 13:58 UTC and ended at 15:40 UTC.\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2022, 2, 17, 13, 58, tzinfo=UTC),
        datetime(2022, 2, 17, 15, 40, tzinfo=UTC),
    )
    document = from_markdown(
        "# T\n\n## Detailed description of impact\n\nOn Tuesday, 14 March 2023 from 09:12 to 11:29 UTC, errors rose.\n"
    )
    assert document.summary.start == datetime(2023, 3, 14, 9, 12, tzinfo=UTC)


def test_a_key_value_table_and_a_quoted_line_of_labels_give_the_window():
    document = from_markdown(
        "# T\n\n| Field | Value |\n|---|---|\n| **Start Time** | Aug 12, 2021 10:02 AM EDT |\n"
        "| **End Time** | Aug 12, 2021 11:14 AM EDT |\n\n## Timeline\n\n- 10:19 AM alert\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2021, 8, 12, 10, 2, tzinfo=EDT),
        datetime(2021, 8, 12, 11, 14, tzinfo=EDT),
    )
    assert "| **Start Time** |" in document.introduction  # the table stays as written
    document = from_markdown(
        "# T\n\n> 🗓️ **Incident date:** 12 January 2024 · ⏱️ **Impact:** 09:02–10:47 CET · **Lead:** Jasper\n"
    )
    assert document.summary.start == datetime(2024, 1, 12, 9, 2, tzinfo=CET)


def test_a_date_without_a_clock_time_is_not_taken_for_the_incident_start():
    document, _ = _timeline("- 2024-01-09: we released 2.4.0\n- 2024-01-09 15:52: reports of broken wheels", header="")
    assert document.summary.start == datetime(2024, 1, 9, 15, 52, tzinfo=UTC)


def test_a_report_told_in_sentences_gets_a_timeline_of_its_timed_clauses():
    document = from_markdown(
        "# Elevated errors\n\n## Summary\n\nOn 14 March 2023 from 09:12 to 11:29 UTC, requests failed.\n\n"
        "## Remediation\n\nEngineers were alerted at 09:12 and began an investigation. At 10:05, the team "
        "paused the release. The rollback completed at 11:20, and error rates returned to normal by 11:29.\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2023, 3, 14, 9, 12, tzinfo=UTC), "Engineers were alerted at 09:12 and began an investigation."),
        (datetime(2023, 3, 14, 10, 5, tzinfo=UTC), "At 10:05, the team paused the release."),
        (datetime(2023, 3, 14, 11, 20, tzinfo=UTC), "The rollback completed at 11:20"),
        (datetime(2023, 3, 14, 11, 29, tzinfo=UTC), "error rates returned to normal by 11:29."),
    ]
    assert "paused the release" in document.root_cause.resolution  # the prose stays as written


EET = timezone(timedelta(hours=2))


def test_clock_times_written_14h05_or_14_dot_03_at_the_start_of_an_entry():
    _, events = _timeline("- 14h05 — gateways reject clients\n- 15h02 — back to normal")
    assert [time for time, _ in events] == [
        datetime(2024, 5, 1, 14, 5, tzinfo=UTC),
        datetime(2024, 5, 1, 15, 2, tzinfo=UTC),
    ]
    _, events = _timeline("- 14.03 logins fail\n- 15.47 login back to normal")
    assert events == [
        (datetime(2024, 5, 1, 14, 3, tzinfo=UTC), "logins fail"),
        (datetime(2024, 5, 1, 15, 47, tzinfo=UTC), "login back to normal"),
    ]
    _, events = _timeline("- 14:03 deploy\n- 2.10 was the version that broke")  # a version, where times have colons
    assert events[1] == (None, "2.10 was the version that broke")


def test_a_zone_named_among_others_in_parentheses_is_the_documents():
    document = from_markdown(
        "# T\n\n**Date:** 2024-02-21\n\n## Timeline\n\nAll times are Finnish time (EET, UTC+2).\n\n- 14:03 x\n"
    )
    assert document.timeline[0].time == datetime(2024, 2, 21, 14, 3, tzinfo=EET)


def test_a_bold_line_or_an_html_summary_naming_the_timeline_stands_for_its_heading():
    document = from_markdown("# T\n\n**Date:** 2024-10-12\n\n**Timeline (UTC)**\n\n- 09:40 published\n- 10:31 fixed\n")
    assert [event.time for event in document.timeline] == [
        datetime(2024, 10, 12, 9, 40, tzinfo=UTC),
        datetime(2024, 10, 12, 10, 31, tzinfo=UTC),
    ]
    document = from_markdown(
        "# T\n\n**Date:** 2024-10-12\n\n## Cause\n\nA bad deploy.\n\n<details>\n"
        "<summary>Detailed timeline</summary>\n\n- 08:14 deploy\n- 08:29 alert\n\n</details>\n"
    )
    assert [event.text for event in document.timeline] == ["deploy", "alert"]
    assert "<details>" not in to_markdown(document)  # no unclosed details element left to fold the page


def test_an_impact_label_holding_a_range_is_the_window_and_wins_over_resolved():
    document = from_markdown(
        "# T\n\n| Field | Value |\n|---|---|\n| Resolved | 2022-11-03 10:47 UTC |\n"
        "| Customer impact | 2022-11-03 08:09 – 10:31 UTC |\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2022, 11, 3, 8, 9, tzinfo=UTC),
        datetime(2022, 11, 3, 10, 31, tzinfo=UTC),
    )


def test_a_range_in_parentheses_in_the_impact_is_the_window():
    document = from_markdown(
        "# T\n\n**Date:** 2024-07-16\n\n## Impact\n\nPulls failed for 3 hours (10:05am–1:02pm UTC).\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 7, 16, 10, 5, tzinfo=UTC),
        datetime(2024, 7, 16, 13, 2, tzinfo=UTC),
    )


def test_a_definition_list_entry_keeps_its_text_without_the_marker():
    _, events = _timeline("13:47\n: Certificate expires.")
    assert events == [(datetime(2024, 5, 1, 13, 47, tzinfo=UTC), "Certificate expires.")]


def test_kinds_guessed_from_the_words_are_said_to_be_guesses():
    from app.formats.markdown_read import read_markdown

    _, notes = read_markdown("# T\n\n**Date:** 2024-05-01\n\n## Timeline\n\n- 14:03 alert fired\n- 14:10 rolled back\n")
    assert "2 events' kinds were guessed from the words; check them on the Timeline page" in notes
    _, notes = read_markdown("# T\n\n## Timeline\n\n### Detection\n\n- 2024-05-01 14:03 alert fired\n")
    assert not any("guessed" in note for note in notes)  # its heading named the kind


def test_a_count_of_guessed_kinds_in_the_thousands_is_written_with_its_separator():
    from app.formats.markdown_read import read_markdown

    entries = "".join(f"- 14:{minute % 60:02d} restarted worker {minute}\n" for minute in range(1_200))
    _, notes = read_markdown(f"# T\n\n**Date:** 2024-05-01\n\n## Timeline\n\n{entries}")
    assert "1,200 events' kinds were guessed from the words; check them on the Timeline page" in notes


def test_times_relative_to_a_stated_t_zero():
    _, events = _timeline(
        "T+0 = 2024-09-03 16:20 UTC.\n\n"
        "- **T-12m** — resize started\n- **T+0** — alert fires\n- **T+1h05m** — cache warm",
        header="",
    )
    assert [time for time, _ in events] == [
        datetime(2024, 9, 3, 16, 8, tzinfo=UTC),
        datetime(2024, 9, 3, 16, 20, tzinfo=UTC),
        datetime(2024, 9, 3, 17, 25, tzinfo=UTC),
    ]
    assert events[2][1] == "cache warm"


def test_times_relative_to_t_zero_with_their_unit_after_a_space():
    _, events = _timeline(
        "T+0 = 2024-09-03 16:20 UTC.\n\n"
        "- **T-6 min** — resize started\n- **T+0** — alert fires\n- **T+1 h 5 min** — cache warm\n"
        "- **T+2 hours** — closed\n- **T+5** more retries queued",
        header="",
    )
    assert events == [
        (datetime(2024, 9, 3, 16, 14, tzinfo=UTC), "resize started"),
        (datetime(2024, 9, 3, 16, 20, tzinfo=UTC), "alert fires"),
        (datetime(2024, 9, 3, 17, 25, tzinfo=UTC), "cache warm"),
        (datetime(2024, 9, 3, 18, 20, tzinfo=UTC), "closed"),
        (datetime(2024, 9, 3, 16, 25, tzinfo=UTC), "more retries queued"),  # "5 m" of "more" is no unit
    ]


def test_status_page_updates_copied_into_a_report_become_events_oldest_first():
    document = from_markdown(
        "# Delayed builds\n\n**Resolved** - Back to normal.\nPosted Mar 03, 2022 - 14:12 UTC\n\n"
        "**Investigating** - We are looking into delays.\nPosted Mar 03, 2022 - 12:05 UTC\n"
    )
    assert [(event.time, event.kind) for event in document.timeline] == [
        (datetime(2022, 3, 3, 12, 5, tzinfo=UTC), EventKind.DETECTION),
        (datetime(2022, 3, 3, 14, 12, tzinfo=UTC), EventKind.RESOLUTION),
    ]
    assert (document.summary.start, document.summary.end) == (
        datetime(2022, 3, 3, 12, 5, tzinfo=UTC),
        datetime(2022, 3, 3, 14, 12, tzinfo=UTC),
    )


def test_a_timeline_written_as_an_html_table():
    _, events = _timeline(
        "<table>\n  <tr><th>Time (UTC)</th><th>Event</th></tr>\n"
        "  <tr><td>09:05</td><td>Upgrade started</td></tr>\n"
        "  <tr><td>10:37</td><td>Workers restarted with <code>classic</code></td></tr>\n</table>"
    )
    assert events == [
        (datetime(2024, 5, 1, 9, 5, tzinfo=UTC), "Upgrade started"),
        (datetime(2024, 5, 1, 10, 37, tzinfo=UTC), "Workers restarted with `classic`"),
    ]


def test_a_window_whose_times_are_followed_by_their_dates_and_joined_by_a_few_words():
    document = from_markdown(
        "# T\n\n## Impact\n\nThe broken version was live from 21:04 UTC on 14 February 2024 "
        "until the yank at 00:12 UTC on 15 February 2024.\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 2, 14, 21, 4, tzinfo=UTC),
        datetime(2024, 2, 15, 0, 12, tzinfo=UTC),
    )


def test_days_written_without_a_year_stay_in_the_events_words_undated():
    from datetime import date

    from app.formats.markdown_read import read_markdown

    document, notes = read_markdown(
        "# T\n\n## Timeline\n\n- 21:04 UTC on 14 February: published\n- 00:12 UTC on 15 February: yanked\n",
        file_day=date(2024, 6, 30),
    )
    # "14 February" names no year: the file's year would be a guess.
    assert [(event.time, event.text) for event in document.timeline] == [
        (None, "21:04 UTC on 14 February: published"),
        (None, "00:12 UTC on 15 February: yanked"),
    ]
    assert any("no year" in note and "undated" in note for note in notes)


def _read_with_notes(text: str, file_day=None):  # type: ignore[no-untyped-def]
    from app.formats.markdown_read import read_markdown

    return read_markdown(text, file_day=file_day)


def test_the_date_beside_the_incidents_times_beats_the_date_the_report_was_posted():
    document, _ = _read_with_notes(
        "# Outage\n\n*Posted March 5, 2025 by Elena*\n\n## What happened\n\n"
        "*All times are UTC, Saturday 1 March 2025.*\n\n## Timeline\n\n- 18:42 alerts fire\n"
    )
    assert document.timeline[0].time == datetime(2025, 3, 1, 18, 42, tzinfo=UTC)


def test_a_tasks_due_date_is_never_the_incidents_day():
    from datetime import date

    document, notes = _read_with_notes(
        "# Outage\n\n## Timeline\n\n- 14:03 alerts fire\n\n## Action items\n\n1. Add a test (due 2024-04-19)\n",
        file_day=date(2024, 6, 1),
    )
    assert (document.timeline[0].time, document.timeline[0].text) == (None, "14:03 alerts fire")
    assert any("no date" in note for note in notes)


def test_a_weekday_and_day_without_a_year_are_placed_in_the_latest_year_that_fits():
    from datetime import date

    document, notes = _read_with_notes(
        "# Outage\n\nWhen: Tue 4/9, times in UTC\n\n## Timeline\n\n"
        "1. Tue 4/9 2:58pm – deploy\n2. 3:15pm – duplicates\n",
        file_day=date(2026, 12, 1),
    )
    assert [event.time for event in document.timeline] == [
        datetime(2024, 4, 9, 14, 58, tzinfo=UTC),  # April 9 was last a Tuesday in 2024
        datetime(2024, 4, 9, 15, 15, tzinfo=UTC),
    ]
    assert any("falls on the weekday it names" in note for note in notes)


def test_the_one_zone_a_story_names_is_the_zone_of_its_other_times():
    document, notes = _read_with_notes(
        "# Outage\n\n**Date:** 2024-06-30\n\n## Timeline\n\n"
        "At 10:40 ET the page timed out.\n\nAt 10:52 Kai was paged.\n"
    )
    eastern = timezone(timedelta(hours=-4))
    assert [event.time for event in document.timeline] == [
        datetime(2024, 6, 30, 10, 40, tzinfo=eastern),
        datetime(2024, 6, 30, 10, 52, tzinfo=eastern),
    ]
    assert "Times written without a zone were read in ET, the only zone the document names." in notes


def test_times_in_a_document_naming_no_zone_are_said_to_be_read_as_utc():
    _, notes = _read_with_notes("# Outage\n\n**Date:** 2024-06-30\n\n## Timeline\n\n- 10:40 page timed out\n")
    assert "The document names no time zone: its times were read as UTC." in notes
    _, zoned = _read_with_notes("# Outage\n\n**Date:** 2024-06-30\n\n## Timeline\n\n- 10:40 UTC page timed out\n")
    assert not any("names no time zone" in note for note in zoned)


def test_a_window_stated_to_the_minute_takes_the_seconds_of_its_timeline_entry():
    document = from_markdown(
        "# T\n\n**Date:** 2023-02-14\n\n## Impact\n\nBroken from 21:04 UTC until 00:12 UTC.\n\n"
        "## Timeline\n\n- 21:04:12 UTC — 1.4.0 published\n- 00:12:31 UTC — 1.4.0 yanked\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2023, 2, 14, 21, 4, 12, tzinfo=UTC),
        datetime(2023, 2, 15, 0, 12, 31, tzinfo=UTC),
    )


def test_confluence_wiki_headings_are_headings():
    document = from_markdown(
        "# Billing run failed\n\n**Date:** 2024-02-27\n\nh2. Impact\n\nInvoices went out late.\n\n"
        "h2. Timeline\n\n| Time (GMT) | What happened |\n|---|---|\n| 01:00 | Job starts |\n| 01:47 | Job fails |\n"
    )
    assert document.summary.impact == "Invoices went out late."
    assert [event.text for event in document.timeline] == ["Job starts", "Job fails"]
    assert "h2." not in document.introduction


def test_an_azure_review_timeline_under_how_did_we_respond():
    document = from_markdown(
        "# Storage latency\n\n## How did we respond?\n\n"
        "- 07:45 UTC on 18 September 2024 – Customer impact began.\n"
        "- 08:02 UTC on 18 September 2024 – Monitoring alerted our engineers.\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 9, 18, 7, 45, tzinfo=UTC), "Customer impact began."),
        (datetime(2024, 9, 18, 8, 2, tzinfo=UTC), "Monitoring alerted our engineers."),
    ]


def test_status_updates_headed_by_status_and_time_read_oldest_first_with_their_kinds():
    from app.formats.markdown_read import read_markdown

    document, notes = read_markdown(
        "# Deploys failing\n\n## Incident history\n\n"
        "**Resolved** — 10 Oct 2023, 18:02 UTC\n\nOperating normally. This incident is resolved.\n\n"
        "**Monitoring** — 10 Oct 2023, 17:51 UTC\n\nA fix has been deployed.\n\n"
        "**Investigating** — 10 Oct 2023, 16:20 UTC\n\nWe are investigating reports of failed deploys.\n"
    )
    assert [(event.time, event.kind, event.text) for event in document.timeline] == [
        (
            datetime(2023, 10, 10, 16, 20, tzinfo=UTC),
            EventKind.DETECTION,
            "Investigating: We are investigating reports of failed deploys.",
        ),
        (datetime(2023, 10, 10, 17, 51, tzinfo=UTC), EventKind.ACTION, "Monitoring: A fix has been deployed."),
        (
            datetime(2023, 10, 10, 18, 2, tzinfo=UTC),
            EventKind.RESOLUTION,
            "Resolved: Operating normally. This incident is resolved.",
        ),
    ]
    assert "The timeline was written newest first: its 3 entries now read oldest first." in notes


def test_two_entries_out_of_order_stay_as_the_author_put_them():
    _, events = _timeline("- 14:10 rolled back\n- 14:03 alert fired")
    assert [text for _, text in events] == ["rolled back", "alert fired"]


def test_a_window_written_with_an_arrow_gives_its_zone_to_the_timeline():
    document = from_markdown(
        "# T\n\nIncident window: April 3, 2024 9:10 AM → April 3, 2024 11:25 AM (CEST)\n\n"
        "## Timeline\n\n- 9:40 AM support flags failed logins\n"
    )
    cest = timezone(timedelta(hours=2))
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 4, 3, 9, 10, tzinfo=cest),
        datetime(2024, 4, 3, 11, 25, tzinfo=cest),
    )
    assert document.timeline[0].time == datetime(2024, 4, 3, 9, 40, tzinfo=cest)


def test_an_approximate_window_is_still_the_window():
    document = from_markdown(
        "# T\n\n## Impact\n\nFrom approximately 08:05 until about 11:05 on Tuesday 14 November 2023, calls failed.\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2023, 11, 14, 8, 5, tzinfo=UTC),
        datetime(2023, 11, 14, 11, 5, tzinfo=UTC),
    )


def test_growing_lag_starts_the_window_and_replicas_catching_up_ends_it():
    document = from_markdown(
        "# T\n\n**Date:** 2024-08-21\n\n## Timeline\n\n"
        "- 03:20 replication lag on the ci replicas begins to grow\n- 03:31 alert fires\n"
        "- 05:25 replicas caught up; statuses correct again\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2024, 8, 21, 3, 20, tzinfo=UTC),
        datetime(2024, 8, 21, 5, 25, tzinfo=UTC),
    )


def test_a_window_written_with_its_seconds_keeps_them():
    document = from_markdown(
        "# T\n\n| Milestone | Time |\n|---|---|\n| Started | 2024-05-14 09:12:00 EDT |\n\n"
        "## Timeline\n\n- 2024-05-14 09:12:04 EDT — first webhook fails\n"
    )
    assert document.summary.start == datetime(2024, 5, 14, 9, 12, tzinfo=timezone(timedelta(hours=-4)))


def test_a_job_that_fails_starts_the_guessed_window():
    document = from_markdown(
        "# T\n\n**Date:** 2024-02-27\n\n## Timeline\n\n| Time (GMT) | What happened |\n|---|---|\n"
        "| 01:00 | Billing job starts on schedule |\n| 01:47 | Job fails with a database error |\n"
        "| 02:30 | Retry fails; no alert fires |\n"
    )
    assert document.summary.start == datetime(2024, 2, 27, 1, 47, tzinfo=UTC)


def test_an_emoji_before_an_entry_s_time_marks_the_entry_and_the_time_is_still_read():
    _, events = _timeline(
        "- 🔔 **19:10** – Monitoring emails: site down.\n- 🛠️ **19:40** – Fixed the typo.\n"
        "- ✅ 19:55 – All servers return 200.\n- 🧑‍💻 **20:05** – Wrote it up."
    )
    assert events == [
        (datetime(2024, 5, 1, 19, 10, tzinfo=UTC), "Monitoring emails: site down."),
        (datetime(2024, 5, 1, 19, 40, tzinfo=UTC), "Fixed the typo."),
        (datetime(2024, 5, 1, 19, 55, tzinfo=UTC), "All servers return 200."),
        (datetime(2024, 5, 1, 20, 5, tzinfo=UTC), "Wrote it up."),
    ]


def test_an_emoji_before_a_word_that_is_no_time_stays_in_the_text():
    _, events = _timeline("- 🔥 Everything is on fire")
    assert events == [(None, "🔥 Everything is on fire")]


def test_an_entry_typed_after_its_time_as_incident_tools_export_it_takes_the_kind_the_type_names():
    document, events = _timeline(
        "**08:14:00 UTC** · Alert\nPagerDuty: consumer lag fired.\n\n"
        "**08:52:30 UTC** · Escalated\nStreaming on-call paged.\n\n"
        "**09:31:00 UTC** · Mitigated\nRollback complete.\n\n"
        "**10:37:00 UTC** · Resolved\nLag back below 1k."
    )
    assert events == [
        (datetime(2024, 5, 1, 8, 14, tzinfo=UTC), "Alert: PagerDuty: consumer lag fired."),
        (datetime(2024, 5, 1, 8, 52, 30, tzinfo=UTC), "Escalated: Streaming on-call paged."),
        (datetime(2024, 5, 1, 9, 31, tzinfo=UTC), "Mitigated: Rollback complete."),
        (datetime(2024, 5, 1, 10, 37, tzinfo=UTC), "Resolved: Lag back below 1k."),
    ]
    assert [event.kind.value for event in document.timeline] == ["detection", "escalation", "action", "resolution"]
