"""Slashed dates that read both ways ("04/03/2025"): the document says which way round it writes them.

Month first is the US reading and stays the default; a title naming the month the dates fall in, or a writer
whose clock is outside North America, turns them round, as a careful reader would. Also a timeline line
labelled by its kind and then its moment ("Incident detection: 04/03/2025, 9:30 AM").
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.model import EventKind


def _window(text: str) -> tuple[datetime | None, datetime | None]:
    document = from_markdown(text)
    return document.summary.start, document.summary.end


_WINDOW = "## Setup\n\n**Duration of the outage:**\n\n- Start: 04/03/2025, 9:15 AM\n- End: 07/03/2025, 6:30 PM\n\n"
_STORY = "## Impact\n\n**Impact:**\n\n- Finance could not bill customers.\n"


def test_a_title_naming_the_month_reads_slashed_dates_day_first() -> None:
    start, end = _window(f"# The billing export blackout of March 2025\n\n{_WINDOW}{_STORY}")
    assert start == datetime(2025, 3, 4, 9, 15, tzinfo=UTC)
    assert end == datetime(2025, 3, 7, 18, 30, tzinfo=UTC)


def test_a_title_naming_the_other_reading_keeps_month_first() -> None:
    start, _ = _window(f"# The billing export blackout, April 2025\n\n{_WINDOW}{_STORY}")
    assert start == datetime(2025, 4, 3, 9, 15, tzinfo=UTC)


def test_a_writer_in_east_africa_writes_the_day_first() -> None:
    document = from_markdown(
        "# Billing export blackout\n\n## Timeline\n\n- 04/03/2025, 9:15 AM EAT: exports began writing empty files\n"
        "- 04/03/2025, 11:40 AM EAT: exports fixed\n"
    )
    eat = timezone(timedelta(hours=3))
    assert [event.time for event in document.timeline] == [
        datetime(2025, 3, 4, 9, 15, tzinfo=eat),
        datetime(2025, 3, 4, 11, 40, tzinfo=eat),
    ]


def test_a_stated_central_european_clock_writes_the_day_first() -> None:
    start, _ = _window(f"# Billing export blackout\n\nAll times are CET.\n\n{_WINDOW}{_STORY}")
    assert start is not None and (start.month, start.day) == (3, 4)


def test_us_and_unstated_clocks_keep_month_first() -> None:
    for stated in ("All times are Eastern (EST).\n\n", "All times UTC.\n\n", ""):
        start, _ = _window(f"# Billing export blackout\n\n{stated}{_WINDOW}{_STORY}")
        assert start is not None and (start.month, start.day) == (4, 3), stated


def test_a_kind_label_with_its_subject_then_a_date_and_time_is_a_timed_event_of_that_kind() -> None:
    document = from_markdown(
        "# Billing export blackout of March 2025\n\n## Timeline\n\n"
        "- Incident detection: 04/03/2025, 9:30 AM\n"
        "- Detection method: a finance analyst opened an empty file.\n"
        "- Problem resolution: 04/03/2025, 11:40 AM\n"
    )
    first, *_, last = document.timeline
    assert (first.time, first.kind) == (datetime(2025, 3, 4, 9, 30, tzinfo=UTC), EventKind.DETECTION)
    assert "detection" in first.text.lower()
    assert (last.time, last.kind) == (datetime(2025, 3, 4, 11, 40, tzinfo=UTC), EventKind.RESOLUTION)
    assert last.text == "Problem resolution"


def test_incident_notes_are_no_kind_label() -> None:
    document = from_markdown("# Export\n\n## Timeline\n\n- 09:00 UTC exports failed\n\n## Incident notes\n\nNone.\n")
    assert all(event.kind is not EventKind.NOTE or "None" not in event.text for event in document.timeline)


def test_a_problem_said_solved_is_the_resolution() -> None:
    document = from_markdown(
        "# Proxy outage\n\n## Timeline\n\n- 08:10 - the proxy stopped answering\n- 08:40 - the issue solved\n"
        "- 08:45 - we tried to solve the cache warnings too\n"
    )
    kinds = [event.kind for event in document.timeline]
    assert kinds[1] is EventKind.RESOLUTION
    assert kinds[2] is not EventKind.RESOLUTION


def test_work_done_with_another_team_is_an_action() -> None:
    document = from_markdown(
        "# Storage outage\n\n## Timeline\n\n- 08:10 - the array went read-only\n"
        "- 09:05 - Collaborated with the storage vendor to swap the controller\n"
        "- 09:30 - Worked with facilities on the cooling unit\n"
    )
    assert [event.kind for event in document.timeline][1:] == [EventKind.ACTION, EventKind.ACTION]


def test_timeline_clocks_without_pm_under_an_evening_window_are_that_evening() -> None:
    document = from_markdown(
        "# Queue stall\n\nThe outage began at 8:10 pm on 2 June 2025 and ended at 8:50 pm UTC.\n\n"
        "## Timeline\n\n- 08:10 - consumers stopped acknowledging\n- 08:25 - broker restarted\n"
        "- 08:50 - queue drained, all clear\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2025, 6, 2, 20, 10, tzinfo=UTC),
        datetime(2025, 6, 2, 20, 25, tzinfo=UTC),
        datetime(2025, 6, 2, 20, 50, tzinfo=UTC),
    ]


def test_a_morning_timeline_sharing_a_clock_with_its_evening_window_stays_as_written() -> None:
    document = from_markdown(
        "# Queue stall\n\nThe outage began at 8:10 pm on 2 June 2025 and ended at 8:50 pm UTC.\n\n"
        "## Timeline\n\n- 09:00 - nightly batch queued\n- 20:10 - consumers stopped acknowledging\n"
        "- 20:50 - queue drained, all clear\n"
    )
    assert document.timeline[0].time == datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


def test_a_window_on_the_date_line_wins_over_the_first_impact_row() -> None:
    document = from_markdown(
        "# Search outage\n\n**Date:** 2025-03-02, 14:05–15:40 UTC (1h35m)\n\n## Summary\n\nSearch returned nothing.\n\n"
        "## Timeline (UTC)\n\n- **14:05** — index schema v9 deployed.\n- **14:07** — Search error rate rises to 100%.\n"
        "- **15:10** — Rollback complete. Search recovers.\n"
    )
    assert (document.summary.start, document.summary.end) == (
        datetime(2025, 3, 2, 14, 5, tzinfo=UTC),
        datetime(2025, 3, 2, 15, 40, tzinfo=UTC),
    )


def test_a_day_and_month_with_no_year_follow_the_month_the_document_names_in_its_own_language() -> None:
    # "Data: 3 de Maio de 2025" over a table of "03/05 09:10 PM": the 3rd of May, as the date line says.
    text = (
        "# Chave exposta\n\n**Data**: 3 de Maio de 2025\n\n## Linha do tempo\n\n| Hora | Evento |\n|---|---|\n"
        "| 03/05 09:10 PM | alerta do scanner |\n| 03/05 09:40 PM | chave revogada |\n"
    )
    times = [event.time for event in from_markdown(text).timeline]
    assert times == [datetime(2025, 5, 3, 21, 10, tzinfo=UTC), datetime(2025, 5, 3, 21, 40, tzinfo=UTC)]


def test_a_day_and_month_with_no_year_stay_month_first_when_nothing_says_otherwise() -> None:
    text = (
        "# Leak\n\n**Date**: 2025-05-03\n\nWe run 24/7; 3/4 of requests failed.\n\n"
        "## Timeline\n\n- 05/03 09:10 PM alert\n"
    )
    assert from_markdown(text).timeline[0].time == datetime(2025, 5, 3, 21, 10, tzinfo=UTC)


def test_days_written_month_first_keep_a_due_date_with_no_year_month_first() -> None:
    text = (
        "# Webhook outage\n\nWhen: Saturday March 14, 2026, 9:38 PM ET.\n\n## Timeline\n\n- 3/14 9:41 PM alert\n\n"
        "## Action items\n\n- Add the secret to the drift check - Owner: Kemal - Due 4/3\n"
    )
    document = from_markdown(text)
    assert document.measures.tasks[0].due == date(2026, 4, 3)
